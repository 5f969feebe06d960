"""Protects ``generator.models.finish``: one parse gives what the three separate edits give.

``finish`` edits the tool's source on the lines of one ``ast`` tree and reads the class index
from that tree. The reference below is the plain composition, which parses after every edit;
both must agree byte for byte and field for field.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.load import load_spec
from generator.models import (
    Models,
    alias_root_models,
    configure,
    finish,
    index_classes,
    split_aliases,
    tool_source,
)
from generator.plan import plan_models

ROOT = Path(__file__).resolve().parents[2]


def _reference(source: str) -> Models:
    edited = configure(split_aliases(alias_root_models(source)))
    return Models(edited, index_classes(edited))


def _document(schemas: dict[str, Any]) -> dict[str, Any]:
    document = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {},
                "components": {"schemas": schemas}}
    return plan_models(document).document


_OBJECT = {"type": "object"}
SCHEMAS: dict[str, dict[str, Any]] = {
    # Wire names that are not identifiers (aliases), in a class, a nested class and a union.
    "aliases": {
        "Thing": {**_OBJECT, "properties": {
            "from": {"type": "string"}, "Class": {"type": "integer"},
            "my-name": {"type": "string", "default": "x"}, "déjà vu": {"type": "string"},
            "日本": {"type": "string", "description": "é alias="},
            "list": {"type": "array", "items": {**_OBJECT, "properties": {"import": {"type": "string"}}}}}},
        "Things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}, "default": []},
        "Pattern": {"type": "string", "pattern": "^a$", "description": "alias= in text"},
        "Either": {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"$ref": "#/components/schemas/Other"}]},
        "Other": {**_OBJECT, "properties": {"global": {"type": "boolean"}}},
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "kind"}},
        "Cat": {**_OBJECT, "required": ["kind"], "properties": {"kind": {"const": "cat"},
                                                               "Meow-Level": {"type": "integer"}}},
        "Dog": {**_OBJECT, "required": ["kind"], "properties": {"kind": {"const": "dog"}}},
        "Names": {**_OBJECT, "properties": {"model_dump": {"type": "string"}, "model_config": {"type": "string"}}},
        "Map": {**_OBJECT, "additionalProperties": {"$ref": "#/components/schemas/Thing"}},
    },
    # Recursive models are rebuilt by the tool and stay classes; a forward reference too.
    "recursive": {
        "Node": {**_OBJECT, "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                                           "for": {"type": "string"}}},
        "Nodes": {"type": "array", "items": {"$ref": "#/components/schemas/Nodes"}},
        "Early": {"type": "array", "items": {"$ref": "#/components/schemas/Late"}},
        "Late": {**_OBJECT, "properties": {"async": {"type": "string"}}},
    },
    # The ConfigDict text where the index reads: a description, a default, an enum value.
    "config_text": {
        "A": {**_OBJECT, "description": "model_config = ConfigDict(x)", "properties": {
            "from": {"type": "string", "description": "model_config = ConfigDict(",
                     "default": "model_config = ConfigDict("},
            "x": {"type": "string", "enum": ["model_config = ConfigDict("]}}},
        "B": {"type": "string", "default": "model_config = ConfigDict("},
    },
}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_one_parse_equals_the_three_edits(name: str) -> None:
    source = tool_source(_document(SCHEMAS[name]))
    assert finish(source) == _reference(source)


@pytest.mark.parametrize("spec", ["spec/openapi.yaml", "tests/cases/models/spec.yaml",
                                  "tests/cases/union/spec.yaml", "tests/corpus/odd/odd.yaml"])
def test_one_parse_equals_the_three_edits_on_real_specs(spec: str) -> None:
    source = tool_source(plan_models(load_spec(ROOT / spec).document).document)
    assert finish(source) == _reference(source)


def test_config_text_in_a_string_is_left_alone() -> None:
    """Only the real ``model_config`` statements get our settings, not a default or enum value."""
    models = finish(tool_source(_document(SCHEMAS["config_text"])))
    namespace: dict[str, Any] = {}
    exec(compile(models.source, "models.py", "exec"), namespace)
    model = namespace["A"]
    assert model.model_config["defer_build"] is True
    assert model.model_fields["from_"].default == "model_config = ConfigDict("
    assert "Literal['model_config = ConfigDict(']" in models.source  # the enum value


_TOOL_RUN = """
import json, sys
from pathlib import Path
from generator.load import load_spec
from generator.models import tool_source, warm_up
from generator.plan import plan_models
if sys.argv[1] == "warm":
    warm_up()
print(json.dumps([tool_source(plan_models(load_spec(Path(spec)).document).document)
                  for spec in sys.argv[2:]]))
"""


def _tool_outputs(mode: str, specs: list[str]) -> list[str]:
    run = subprocess.run([sys.executable, "-c", _TOOL_RUN, mode, *specs], cwd=ROOT, check=True,
                         capture_output=True, text=True)
    outputs: list[str] = json.loads(run.stdout)
    return outputs


def test_warming_up_the_tool_leaves_its_output_unchanged() -> None:
    """The worker warms the tool up while it waits (``generator.pipeline``): output as from cold.

    Each spec once in a fresh interpreter, then all of them in one interpreter after the
    warm-up, one after the other: no state of an earlier call may leak into a later one.
    """
    specs = ["spec/openapi.yaml", "tests/cases/union/spec.yaml", "tests/corpus/odd/odd.yaml"]
    cold = [_tool_outputs("cold", [spec])[0] for spec in specs]
    assert _tool_outputs("warm", specs) == cold
