"""The diff rule table: one spec pair per rule, each with its exact changes and semver bump."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.release.diff import ChangeKind, DiffReport, diff_documents

CASES = Path(__file__).parent / "diff_cases"
_REF = {"$ref": "#/components/schemas/Pet"}


def _cases() -> Iterator[Any]:
    for file in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(file.read_text(encoding="utf-8")):
            yield pytest.param(case, id=f"{file.stem}:{case['id']}")


def _schema_document(case: dict[str, Any], which: str) -> dict[str, Any]:
    """Wrap the case's `Pet` schema in an operation that sends it or returns it."""
    schemas = {
        **case.get("components", {}),
        **case.get(f"{which}_components", {}),
        "Pet": case[which],
    }
    media = {"application/json": {"schema": _REF}}
    if case["side"] == "request":
        operation = {
            "operationId": "createPet",
            "requestBody": {"required": True, "content": media},
            "responses": {"204": {"description": "created"}},
        }
        paths = {"/pets": {"post": operation}}
    else:
        operation = {
            "operationId": "listPets",
            "responses": {"200": {"description": "ok", "content": media}},
        }
        paths = {"/pets": {"get": operation}}
    return {
        "openapi": case.get("openapi", "3.1.0"),
        "info": {"title": "Pets", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def documents(case: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The case's (old, new) documents."""
    if "side" in case:
        return _schema_document(case, "old"), _schema_document(case, "new")
    defaults = {"openapi": "3.1.0", "info": {"title": "Pets", "version": "1"}}
    return {**defaults, **case["old"]}, {**defaults, **case["new"]}


def _observed(report: DiffReport) -> list[list[str]]:
    return [[c.kind.value, c.severity.value, c.pointer] for c in report.changes]


@pytest.mark.parametrize("case", list(_cases()))
def test_rule(case: dict[str, Any]) -> None:
    old, new = documents(case)
    report = diff_documents(old, new)
    assert _observed(report) == case["expect"]
    assert report.bump == case["bump"]
    if "messages" in case:
        assert [c.message for c in report.changes] == case["messages"]
    for change in report.changes:
        assert change.message and "\n" not in change.message


def test_every_kind_has_a_case() -> None:
    covered = {kind for case in _cases() for kind, _, _ in case.values[0]["expect"]}
    assert sorted(k.value for k in ChangeKind if k.value not in covered) == []


def test_cases_state_the_rule_table_severity() -> None:
    for case in _cases():
        for kind, severity, _ in case.values[0]["expect"]:
            assert ChangeKind(kind).severity.value == severity, case.id


def test_no_change_when_a_document_is_compared_with_itself() -> None:
    for case in _cases():
        old, new = documents(case.values[0])
        assert diff_documents(old, old).changes == ()
        assert diff_documents(new, new).changes == ()
