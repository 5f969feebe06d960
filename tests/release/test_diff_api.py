"""The diff package's public surface, report invariants, ref cycles, input errors and run_diff."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import pytest

import generator.release.diff as diff
from generator.errors import DiffError
from generator.release.diff import (
    RULES,
    Change,
    ChangeKind,
    DiffReport,
    Severity,
    diff_documents,
    format_json,
    run_diff,
)


def _document(schemas: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A document where POST /pets sends Pet and returns Pet."""
    media = {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
    operation = {
        "operationId": "createPet",
        "requestBody": {"content": media},
        "responses": {"200": {"description": "ok", "content": media}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets": {"post": operation}},
        "components": {"schemas": schemas},
        **extra,
    }


def test_public_surface_is_exact() -> None:
    assert diff.__all__ == [
        "RULES",
        "Bump",
        "Change",
        "ChangeKind",
        "DiffReport",
        "Severity",
        "diff_documents",
        "format_json",
        "format_table",
        "run_diff",
    ]
    for name in diff.__all__:
        assert hasattr(diff, name)


_SIDED_RULES = (
    "TYPE_CHANGED",
    "TYPE_WIDENED",
    "TYPE_NARROWED",
    "BECAME_UNION",
    "MODEL_CHANGED",
    "FORMAT_CHANGED",
    "ENUM_VALUE_ADDED",
    "ENUM_VALUE_REMOVED",
    "ENUM_RESTRICTED",
    "ENUM_LIFTED",
    "VARIANT_ADDED",
    "VARIANT_REMOVED",
    "BECAME_NULLABLE",
    "BECAME_NON_NULLABLE",
    "CONSTRAINT_TIGHTENED",
    "CONSTRAINT_RELAXED",
    "MEDIA_TYPE_ADDED",
    "MEDIA_TYPE_REMOVED",
    "FIELD_REMOVED",
    "FIELD_RENAMED",
    "FIELD_BECAME_REQUIRED",
    "FIELD_BECAME_OPTIONAL",
)


def test_every_kind_has_a_rule_and_sided_rules_exist_for_both_sides() -> None:
    assert set(RULES) == set(ChangeKind)
    for rule in _SIDED_RULES:
        assert ChangeKind[f"REQUEST_{rule}"] and ChangeKind[f"RESPONSE_{rule}"]


def test_severities_map_to_bumps() -> None:
    assert {s.value: s.bump for s in Severity} == {
        "breaking": "major",
        "potentially_breaking": "minor",
        "feature": "minor",
        "docs": "patch",
    }


def test_report_sorts_deduplicates_and_is_frozen() -> None:
    docs = Change.of(ChangeKind.DOCS_CHANGED, "/a", "d")
    feature = Change.of(ChangeKind.MODEL_ADDED, "/b", "f")
    breaking_z = Change.of(ChangeKind.MODEL_REMOVED, "/z", "b")
    breaking_a = Change.of(ChangeKind.OPERATION_REMOVED, "/a", "b")
    report = DiffReport((docs, feature, breaking_z, docs, breaking_a))
    assert report.changes == (breaking_a, breaking_z, feature, docs)
    assert report.bump == "major"
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.changes = ()  # type: ignore[misc]


def test_bump_and_exit_code_follow_the_most_severe_change() -> None:
    flagged = Change.of(ChangeKind.RESPONSE_ENUM_VALUE_ADDED, "/p", "m")
    report = DiffReport((flagged, Change.of(ChangeKind.DOCS_CHANGED, "/d", "m")))
    assert report.bump == "minor"
    assert report.flagged == (flagged,)
    assert report.exit_code(None) == 0
    assert report.exit_code(Severity.BREAKING) == 0
    assert report.exit_code(Severity.POTENTIALLY_BREAKING) == 1
    assert DiffReport(()).bump == "none"
    assert DiffReport(()).exit_code(Severity.DOCS) == 0


def test_mutually_recursive_schemas_are_compared_once_and_terminate() -> None:
    node = {
        "type": "object",
        "properties": {"owner": {"$ref": "#/components/schemas/Owner"}},
    }
    owner = {
        "type": "object",
        "properties": {
            "pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}
        },
    }
    old = _document({"Pet": node, "Owner": owner})
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Owner"]["properties"]["name"] = {"type": "string"}
    report = diff_documents(old, new)
    assert [(c.kind, c.pointer) for c in report.changes] == [
        (
            ChangeKind.REQUEST_FIELD_ADDED_OPTIONAL,
            "/components/schemas/Owner/properties/name",
        ),
        (ChangeKind.RESPONSE_FIELD_ADDED, "/components/schemas/Owner/properties/name"),
    ]


@pytest.mark.parametrize(
    ("schemas", "words"),
    [
        (
            {
                "Pet": {"$ref": "#/components/schemas/Loop"},
                "Loop": {"$ref": "#/components/schemas/Pet"},
            },
            "refers to itself",
        ),
        (
            {"Pet": {"allOf": [{"$ref": "#/components/schemas/Pet"}]}},
            "refers to itself",
        ),
        ({"Pet": {"$ref": "#/components/schemas/Missing"}}, "does not resolve"),
        ({"Pet": {"$ref": "pet.yaml#/Pet"}}, "is not local"),
    ],
)
def test_bad_refs_raise_located_errors(schemas: dict[str, Any], words: str) -> None:
    good = _document({"Pet": {"type": "object"}})
    with pytest.raises(DiffError, match=r"^new document: /") as caught:
        diff_documents(good, _document(schemas))
    assert words in str(caught.value)


def test_a_ref_cycle_outside_schemas_raises_a_located_error() -> None:
    old = _document({})
    new = copy.deepcopy(old)
    new["paths"]["/pets"]["post"]["parameters"] = [
        {"$ref": "#/components/parameters/A"}
    ]
    new["components"]["parameters"] = {
        "A": {"$ref": "#/components/parameters/B"},
        "B": {"$ref": "#/components/parameters/A"},
    }
    with pytest.raises(
        DiffError, match=r"^new document: /components/parameters/A: \$ref cycle"
    ):
        diff_documents(old, new)


def test_documents_that_are_not_openapi_3_are_rejected() -> None:
    with pytest.raises(
        DiffError, match=r"old document: /openapi: '2.0' is not an OpenAPI 3.0 or 3.1"
    ):
        diff_documents({"swagger": "2.0", "openapi": "2.0"}, _document({}))
    with pytest.raises(DiffError, match="not a mapping"):
        diff_documents(_document({}), [])  # type: ignore[arg-type]


def _reversed(node: Any) -> Any:
    """The same document with every mapping's keys in reverse order."""
    if isinstance(node, dict):
        return {k: _reversed(node[k]) for k in reversed(list(node))}
    if isinstance(node, list):
        return [_reversed(v) for v in node]
    return node


def test_output_does_not_depend_on_key_order_and_inputs_are_untouched() -> None:
    pet = {
        "type": "object",
        "required": ["a"],
        "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
    }
    old = _document({"Pet": pet, "Gone": {"type": "string"}})
    new = _document(
        {
            "Pet": {
                "type": "object",
                "properties": {"a": {"type": "integer"}, "c": {"type": "string"}},
            }
        },
        servers=[{"url": "https://example.com"}],
    )
    snapshot = copy.deepcopy((old, new))
    first = format_json(diff_documents(old, new))
    assert format_json(diff_documents(_reversed(old), _reversed(new))) == first
    assert (old, new) == snapshot
    assert len(json.loads(first)["changes"]) == 10


def test_run_diff_renders_and_picks_the_exit_code() -> None:
    old = _document({"Pet": {"type": "object", "properties": {"s": {"enum": ["a"]}}}})
    new = _document(
        {"Pet": {"type": "object", "properties": {"s": {"enum": ["a", "b"]}}}}
    )
    text, code = run_diff(old, new, fmt="table", fail_on=None)
    assert text.endswith("semver bump: minor\n") and code == 0
    assert run_diff(old, new, fmt="table", fail_on="breaking")[1] == 0
    assert run_diff(old, new, fmt="table", fail_on="potentially-breaking")[1] == 1
    text, code = run_diff(old, new, fmt="json", fail_on="feature")
    assert json.loads(text)["bump"] == "minor" and code == 1


@pytest.mark.parametrize(
    ("fmt", "fail_on", "words"),
    [
        ("xml", None, "--format 'xml' is unknown"),
        ("table", "major", "--fail-on 'major' is unknown"),
    ],
)
def test_run_diff_rejects_unknown_options(
    fmt: str, fail_on: str | None, words: str
) -> None:
    with pytest.raises(DiffError, match=words):
        run_diff(_document({}), _document({}), fmt=fmt, fail_on=fail_on)
