"""The models stage: datamodel-code-generator's output with our edits, and its class index.

Each edit is checked by what the edited module does when it runs: aliases carry plain types,
wire names that are not identifiers read and write JSON while Python takes the field name,
models build on first use, and undiscriminated unions are read in the spec's order.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from generator.models import Models, build_models
from generator.plan import plan_models


def _document(schemas: dict[str, Any]) -> dict[str, Any]:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return plan_models(document).document


_OBJECT = {"type": "object"}
SCHEMAS: dict[str, dict[str, Any]] = {
    # Wire names that are not identifiers (aliases), in a class, a nested class and a union.
    "aliases": {
        "Thing": {
            **_OBJECT,
            "properties": {
                "from": {"type": "string"},
                "Class": {"type": "integer"},
                "my-name": {"type": "string", "default": "x"},
                "déjà vu": {"type": "string"},
                "日本": {"type": "string", "description": "é alias="},
                "list": {
                    "type": "array",
                    "items": {**_OBJECT, "properties": {"import": {"type": "string"}}},
                },
            },
        },
        "Things": {
            "type": "array",
            "items": {"$ref": "#/components/schemas/Thing"},
            "default": [],
        },
        "Pattern": {
            "type": "string",
            "pattern": "^a$",
            "description": "alias= in text",
        },
        "Either": {
            "anyOf": [
                {"$ref": "#/components/schemas/Thing"},
                {"$ref": "#/components/schemas/Other"},
            ]
        },
        "Other": {**_OBJECT, "properties": {"global": {"type": "boolean"}}},
        "Pet": {
            "oneOf": [
                {"$ref": "#/components/schemas/Cat"},
                {"$ref": "#/components/schemas/Dog"},
            ],
            "discriminator": {"propertyName": "kind"},
        },
        "Cat": {
            **_OBJECT,
            "required": ["kind"],
            "properties": {"kind": {"const": "cat"}, "Meow-Level": {"type": "integer"}},
        },
        "Dog": {
            **_OBJECT,
            "required": ["kind"],
            "properties": {"kind": {"const": "dog"}},
        },
        "Names": {
            **_OBJECT,
            "properties": {
                "model_dump": {"type": "string"},
                "model_config": {"type": "string"},
            },
        },
        "Map": {
            **_OBJECT,
            "additionalProperties": {"$ref": "#/components/schemas/Thing"},
        },
    },
    # Recursive models are rebuilt by the tool and stay classes; a forward reference too.
    "recursive": {
        "Node": {
            **_OBJECT,
            "properties": {
                "children": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/Node"},
                },
                "for": {"type": "string"},
            },
        },
        "Nodes": {"type": "array", "items": {"$ref": "#/components/schemas/Nodes"}},
        "Early": {"type": "array", "items": {"$ref": "#/components/schemas/Late"}},
        "Late": {**_OBJECT, "properties": {"async": {"type": "string"}}},
    },
    # The ConfigDict text where the index reads: a description, a default, an enum value.
    "config_text": {
        "A": {
            **_OBJECT,
            "description": "model_config = ConfigDict(x)",
            "properties": {
                "from": {
                    "type": "string",
                    "description": "model_config = ConfigDict(",
                    "default": "model_config = ConfigDict(",
                },
                "x": {"type": "string", "enum": ["model_config = ConfigDict("]},
            },
        },
        "B": {"type": "string", "default": "model_config = ConfigDict("},
    },
}


def _run(schemas: dict[str, Any]) -> tuple[Models, dict[str, Any]]:
    """The models and the namespace of their module, imported as a real module."""
    models = build_models(_document(schemas))
    module = types.ModuleType(f"_models_{len(sys.modules)}")
    # The models import the runtime relatively (``.._models``): the generated package's.
    module.__package__ = "contactswing.models"
    sys.modules[module.__name__] = (
        module  # pydantic resolves forward references through it
    )
    exec(compile(models.source, "models.py", "exec"), module.__dict__)
    return models, module.__dict__


def test_root_models_of_plain_types_become_aliases() -> None:
    models, namespace = _run(SCHEMAS["aliases"])
    assert "class Pattern" not in models.source and models.classes["Pattern"].is_alias
    assert "class Things" not in models.source and models.classes["Things"].is_alias
    assert namespace["Thing"].model_config["defer_build"] is True


def test_wire_names_read_and_write_json_while_python_takes_the_field_name() -> None:
    models, namespace = _run(SCHEMAS["aliases"])
    thing = namespace["Thing"](from_="a", class_=1, my_name="n")
    assert thing.model_dump(by_alias=True, exclude_unset=True) == {
        "from": "a",
        "Class": 1,
        "my-name": "n",
    }
    read = namespace["Thing"].model_validate({"from": "b", "日本": "x"})
    assert read.from_ == "b"
    fields = {f.name: f.alias for f in models.classes["Thing"].fields}
    assert fields["from_"] == "from" and fields["my_name"] == "my-name"


def test_an_undiscriminated_union_is_read_in_the_spec_order() -> None:
    _, namespace = _run(SCHEMAS["aliases"])
    from pydantic import TypeAdapter

    either = TypeAdapter(namespace["Either"]).validate_python({"global": True})
    assert (
        type(either).__name__ == "Thing"
    )  # the first member that accepts it, as listed


def test_recursive_models_stay_classes_and_build() -> None:
    models, namespace = _run(SCHEMAS["recursive"])
    assert not models.classes["Node"].is_alias
    node = namespace["Node"].model_validate(
        {"children": [{"children": [], "for": "x"}]}
    )
    assert node.children[0].for_ == "x"


def test_config_text_in_a_string_is_left_alone() -> None:
    """Only the real ``model_config`` statements get our settings, not a default or enum value."""
    models, namespace = _run(SCHEMAS["config_text"])
    model = namespace["A"]
    assert model.model_config["defer_build"] is True
    assert model.model_fields["from_"].default == "model_config = ConfigDict("
    assert "Literal['model_config = ConfigDict(']" in models.source  # the enum value
