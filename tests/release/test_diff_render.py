"""The diff renderers: the table and the JSON are golden strings, stable run after run."""

from __future__ import annotations

import json
from typing import Any

from generator.release.diff import (
    Change,
    ChangeKind,
    DiffReport,
    diff_documents,
    format_json,
    format_table,
)


def _pair() -> tuple[dict[str, Any], dict[str, Any]]:
    """One change of each severity."""

    def document(
        status: list[str], tag: dict[str, Any] | None, summary: str
    ) -> dict[str, Any]:
        pet: dict[str, Any] = {
            "type": "object",
            "properties": {"status": {"type": "string", "enum": status}},
        }
        if tag is not None:
            pet["properties"]["tag"] = tag
        media = {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
        return {
            "openapi": "3.1.0",
            "info": {"title": "Pets", "version": "1"},
            "paths": {
                "/pets": {
                    "get": {
                        "operationId": "listPets",
                        "summary": summary,
                        "responses": {"200": {"description": "ok", "content": media}},
                    }
                }
            },
            "components": {"schemas": {"Pet": pet}},
        }

    old = document(["available", "sold"], {"type": "string"}, "List pets")
    new = document(["available", "pending", "sold"], None, "List all pets")
    new["paths"]["/pets"]["post"] = {
        "operationId": "createPet",
        "responses": {"201": {"description": "created"}},
    }
    return old, new


TABLE = """\
severity              kind                       pointer                                           message
breaking              response_field_removed     /components/schemas/Pet/properties/tag            response field "tag" removed; code that reads it breaks
potentially_breaking  response_enum_value_added  /components/schemas/Pet/properties/status/enum/1  field "status": enum value "pending" may now be returned; exhaustive matches need a new case
feature               operation_added            /paths/~1pets/post                                operation POST /pets (createPet) added; a new client method, client.default.create_pet
docs                  docs_changed               /paths/~1pets/get/summary                         operation GET /pets: summary changed
semver bump: major
"""

JSON = """\
{
  "bump": "major",
  "changes": [
    {
      "severity": "breaking",
      "kind": "response_field_removed",
      "pointer": "/components/schemas/Pet/properties/tag",
      "message": "response field \\"tag\\" removed; code that reads it breaks"
    },
    {
      "severity": "potentially_breaking",
      "kind": "response_enum_value_added",
      "pointer": "/components/schemas/Pet/properties/status/enum/1",
      "message": "field \\"status\\": enum value \\"pending\\" may now be returned; exhaustive matches need a new case"
    },
    {
      "severity": "feature",
      "kind": "operation_added",
      "pointer": "/paths/~1pets/post",
      "message": "operation POST /pets (createPet) added; a new client method, client.default.create_pet"
    },
    {
      "severity": "docs",
      "kind": "docs_changed",
      "pointer": "/paths/~1pets/get/summary",
      "message": "operation GET /pets: summary changed"
    }
  ]
}
"""


def test_table_is_golden() -> None:
    assert format_table(diff_documents(*_pair())) == TABLE


def test_table_without_changes() -> None:
    old, _ = _pair()
    assert (
        format_table(diff_documents(old, old)) == "no API changes\nsemver bump: none\n"
    )


def test_json_is_golden_and_stable() -> None:
    report = diff_documents(*_pair())
    assert format_json(report) == JSON
    assert format_json(diff_documents(*_pair())) == JSON
    assert list(json.loads(JSON)) == ["bump", "changes"]
    assert format_json(DiffReport(())) == '{\n  "bump": "none",\n  "changes": []\n}\n'


def test_table_keeps_one_change_per_line() -> None:
    change = Change.of(ChangeKind.DOCS_CHANGED, "/paths/~1a\nb", "tab\there\r\nnewline")
    lines = format_table(DiffReport((change,))).splitlines()
    assert lines[1] == "docs      docs_changed  /paths/~1a\\nb  tab\\there\\r\\nnewline"
    assert len(lines) == 3
