"""Protects the argument values: valid for their schema, complete, and the same every run."""

from __future__ import annotations

from typing import Any

import pytest

from .document import Document
from .regex import example_for
from .values import Values

SCHEMAS: dict[str, Any] = {
    "Sid": {"type": "string", "pattern": "^AC[0-9a-fA-F]{32}$"},
    "Bounded": {"type": "integer", "minimum": 5, "maximum": 9, "multipleOf": 3},
    "Exclusive": {"type": "number", "exclusiveMinimum": True, "minimum": 2},
    "Short": {"type": "string", "minLength": 6, "maxLength": 8},
    "Colour": {"type": "string", "enum": ["red", "green"]},
    "Example": {"type": "string", "format": "email", "example": "not an email"},
    "Site": {"type": "string", "format": "uri", "example": "myUrl"},
    "Thing": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "name": {"type": "string", "example": "Rex"},
            "when": {"type": "string", "format": "date-time"},
            "site": {"type": "string", "format": "uri"},
            "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Colour"}},
            "child": {"$ref": "#/components/schemas/Thing"},
        },
    },
    "Either": {
        "oneOf": [
            {"$ref": "#/components/schemas/Sid"},
            {"$ref": "#/components/schemas/Bounded"},
        ]
    },
}
DOCUMENT = Document({"openapi": "3.0.3", "components": {"schemas": SCHEMAS}})


def _derive(name: str) -> Any:
    derived = Values(DOCUMENT).derive(
        {"$ref": f"#/components/schemas/{name}"}, f"/components/schemas/{name}"
    )
    assert derived.valid, (name, derived.value)
    return derived.value


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_value_is_valid_for_its_schema_and_the_same_every_time(name: str) -> None:
    assert _derive(name) == _derive(name)


def test_constraints_enum_and_examples_are_honoured() -> None:
    assert _derive("Sid") == "AC" + "0" * 32
    assert _derive("Bounded") == 6
    assert _derive("Exclusive") > 2
    assert 6 <= len(_derive("Short")) <= 8
    assert _derive("Colour") == "red"
    assert _derive("Example") == "user@example.com"  # the example breaks its own format
    assert (
        _derive("Site") == "https://example.com"
    )  # "myUrl" is no URI: it has no scheme


def test_objects_carry_optional_properties_and_leave_read_only_ones_out() -> None:
    thing = _derive("Thing")
    assert "id" not in thing  # readOnly: never sent in a request (3.0 write validator)
    assert thing["name"] == "Rex"
    assert thing["when"] == "2024-01-02T03:04:05Z"
    assert (
        thing["site"] == "https://example.com"
    )  # as users write it: no trailing slash
    assert thing["tags"] == ["red", "green"]  # two items, so delimiters are exercised
    assert "child" in thing  # recursion stops at a depth, not at the first level


def test_simple_patterns_give_matching_strings() -> None:
    assert example_for(r"^\+[1-9]\d{1,14}$") == "+10"
    assert example_for("^(CA|PN)[0-9a-f]{2}$") == "CA00"
    assert example_for(r"^(?=x)y$") is None  # a look-ahead it cannot satisfy: no guess
