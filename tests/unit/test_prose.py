"""Descriptions set apart from structure (``generator.prose``, ``generator.reuse``).

What must hold: a run that reuses cached validation or model generation writes exactly what a
run without any cache writes, and a change that is not only in the words of a description is
never served from the cache.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from generator import prose, reuse
from generator.load import load_spec
from generator.models import tool_source
from generator.plan import plan_models
from generator.validate import validate

ROOT = Path(__file__).resolve().parents[2]

_AWKWARD = [
    "plain", "two\nlines", "blank line\n\nbetween", "back\\slash \\n", 'ends with a quote"',
    'triple """ quotes', "unicode: déjà vu 日本 \u2028", "  leading and trailing  ", "nul \0 byte",
    "looks like code: model_config = ConfigDict(", "trailing newline\n", "CsProse000000Token",
]


def _schemas(texts: list[str] = _AWKWARD[:-1]) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for i, text in enumerate(texts):
        schemas[f"Thing{i}"] = {
            "type": "object", "description": text,
            "properties": {"a": {"type": "string", "description": text},
                           "b": {"type": "array", "description": text,
                                 "items": {"type": "object", "description": text,
                                           "properties": {"c": {"type": "integer"}}}},
                           "description": {"type": "string", "description": text}}}
    # Equal inline objects, prose included, become one class; different prose, two classes.
    for name, text in (("Twin1", "same"), ("Twin2", "same"), ("Twin3", "other")):
        schemas[name] = {"type": "object", "properties": {"caps": {
            "type": "object", "title": "Caps", "description": text,
            "properties": {"sms": {"type": "boolean"}}}}}
    schemas["Blank"] = {"type": "string", "description": "   "}
    schemas["Root"] = {"type": "array", "description": "a list\nof things",
                       "items": {"$ref": "#/components/schemas/Thing0"}}
    schemas["Either"] = {"description": "one or the other",
                         "anyOf": [{"$ref": "#/components/schemas/Thing1"},
                                   {"$ref": "#/components/schemas/Thing2"}]}
    return schemas


def _document(schemas: Mapping[str, Any]) -> dict[str, Any]:
    document = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {},
                "components": {"schemas": dict(schemas)}}
    return plan_models(document).document


def _specs() -> list[dict[str, Any]]:
    paths = ["spec/openapi.yaml", "tests/cases/models/spec.yaml", "tests/cases/union/spec.yaml",
             "tests/corpus/odd/odd.yaml"]
    return [plan_models(load_spec(ROOT / p).document).document for p in paths]


@pytest.mark.parametrize("document", [_document(_schemas()), _document(_schemas(_AWKWARD)),
                                      *_specs()],
                         ids=["awkward", "placeholder-like", "contactswing", "models", "union",
                              "odd"])
def test_placeholders_give_the_tools_own_output(document: dict[str, Any]) -> None:
    """Texts written back into the output for placeholders = the tool run on the real texts."""
    assert reuse.models_source(document, None, "", tool_source) == tool_source(document)


def test_a_reworded_description_reuses_the_models(tmp_path: Path) -> None:
    calls: list[Mapping[str, Any]] = []

    def counting(document: Mapping[str, Any]) -> str:
        calls.append(document)
        return tool_source(document)

    before = _document(_schemas())
    reuse.models_source(before, tmp_path, "env", counting)
    after = copy.deepcopy(before)
    after["components"]["schemas"]["Root"]["description"] = "new\nwords"  # a text used once
    assert reuse.models_source(after, tmp_path, "env", counting) == tool_source(after)
    assert len(calls) == 1
    # Another environment (tool version, generator code) does not share entries.
    reuse.models_source(after, tmp_path, "other", counting)
    assert len(calls) == 2


def _with(document: dict[str, Any], pointer: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    node = changed
    for key in pointer[:-1]:
        node = node[key]
    node[pointer[-1]] = value
    return changed


_PROPERTY = ("components", "schemas", "Thing0", "properties")


@pytest.mark.parametrize(("pointer", "value"), [
    ((*_PROPERTY, "a", "type"), "integer"),  # structure
    ((*_PROPERTY, "a", "description"), " "),  # blank: our strict check reads that
    ((*_PROPERTY, "a", "default"), {"description": "x"}),  # data under default
    ((*_PROPERTY, "a", "x-note"), {"description": "x"}),  # an extension's content
    ((*_PROPERTY, "a", "example"), {"description": "x"}),
    ((*_PROPERTY, "a", "enum"), [{"description": "x"}]),
    ((*_PROPERTY, "description", "type"), "integer"),  # a property called description
    (("components", "schemas", "Thing0", "title"), "Other"),
])
def test_the_structure_sees_everything_but_description_words(pointer: tuple[Any, ...],
                                                              value: Any) -> None:
    document = _document(_schemas())
    assert prose.structure_digest(_with(document, pointer, value)) != prose.structure_digest(document)


def test_the_structure_ignores_description_words() -> None:
    document = _document(_schemas())
    reworded = _with(document, (*_PROPERTY, "a", "description"), "quite different")
    assert prose.structure_digest(reworded) == prose.structure_digest(document)
    assert prose.digest({200: 1}) != prose.digest({"200": 1})


SPEC = """\
openapi: 3.1.0
info: {title: Reused, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      description: DESCRIPTION
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string, default: 5, description: a name}
"""


def test_reused_validation_is_located_in_the_files_as_they_are(tmp_path: Path) -> None:
    """A description grown by two lines moves the warnings below it; the reused ones follow."""
    spec_file = tmp_path / "openapi.yaml"
    calls: list[int] = []

    def counting(spec: Any) -> Any:
        calls.append(1)
        return validate(spec, allow_invalid=True)

    spec_file.write_text(SPEC.replace("DESCRIPTION", "short"))
    spec = load_spec(spec_file)
    first = reuse.validation(spec, prose.structure_digest(spec.document), tmp_path / "cache",
                             "env", counting)
    spec_file.write_text(SPEC.replace("DESCRIPTION", "|\n        three\n        lines\n        long"))
    spec = load_spec(spec_file)
    second = reuse.validation(spec, prose.structure_digest(spec.document), tmp_path / "cache",
                              "env", counting)
    assert len(calls) == 1
    assert first and second == validate(spec, allow_invalid=True)
    assert [w.line for w in second] == [w.line + 3 for w in first]


def test_a_damaged_cache_entry_is_recomputed(tmp_path: Path) -> None:
    document = _document(_schemas())
    reuse.models_source(document, tmp_path, "env", tool_source)
    (entry,) = tmp_path.iterdir()
    entry.write_text(entry.read_text().replace("class ", "klass ", 1))
    assert reuse.models_source(document, tmp_path, "env", tool_source) == tool_source(document)


def test_the_invalid_defaults_of_a_structure_are_reused(tmp_path: Path) -> None:
    calls: list[int] = []

    def find(document: Mapping[str, Any]) -> dict[str, list[str]]:
        calls.append(1)
        return {"/components/schemas/Pet/properties/name": ["5 is not of type 'string'"]}

    document = _document(_schemas())
    structure = prose.structure_digest(document)
    assert not reuse.invalid_defaults_cached(structure, tmp_path, "env")
    first = reuse.invalid_defaults(document, structure, tmp_path, "env", find)
    assert reuse.invalid_defaults_cached(structure, tmp_path, "env")  # the worker skips its warm-up
    assert reuse.invalid_defaults(document, structure, tmp_path, "env", find) == first
    assert not reuse.invalid_defaults_cached(structure, tmp_path, "another env")
    reuse.invalid_defaults(document, "another structure", tmp_path, "env", find)
    assert len(calls) == 2
