"""Prepare the document for model generation: one named component per model we will refer to.

* Component schemas are renamed to the class names we chose (valid, unique PascalCase), and
  every reference to them is rewritten, so the class name of a component is known in advance.
* Inline request-body and response schemas are hoisted into components (``<Operation>Request``,
  ``<Operation>Response``), so every type an operation uses has a name.
* Inline object schemas that carry a ``title`` are hoisted under that title, so nested classes
  keep stable names when sibling schemas are added.
* Extensions that would make datamodel-code-generator emit code or imports named by the spec
  are removed (spec text never becomes code).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.sourcemap import escape, split_pointer
from generator.walk import DATA_KEYS, iter_operations

# Keys datamodel-code-generator turns into imports, base classes or raw type text.
CODE_BEARING = frozenset({"customTypePath", "customBasePath", "x-python-type", "x-python-import",
                          "x-python-base-class", "customBaseClass", "x-python-types"})
_REF_PREFIX = "#/components/schemas/"


@dataclass(frozen=True, slots=True)
class ModelPlan:
    """The document to hand to datamodel-code-generator and what we named in it."""

    document: dict[str, Any]
    class_of: Mapping[str, str]  # original component key → class name
    removed: tuple[str, ...]  # pointers of code-bearing keys that were dropped


def plan_models(document: Mapping[str, Any], drop_defaults: Iterable[str] = ()) -> ModelPlan:
    """A deep copy of ``document`` with every model we refer to named and hoisted.

    ``drop_defaults`` lists schema pointers whose ``default`` is invalid and must not become code.
    """
    doc: dict[str, Any] = copy.deepcopy(dict(document))
    for pointer in drop_defaults:
        node: Any = doc
        for segment in split_pointer(pointer):
            node = node[int(segment)] if isinstance(node, list) else node[segment]
        if isinstance(node, dict):
            node.pop("default", None)
    removed = tuple(_strip_code_bearing(doc, ""))
    _normalise_prose(doc)
    _plain_formats(doc)
    components = doc.setdefault("components", {})
    schemas: dict[str, Any] = components.get("schemas") or {}
    taken: set[str] = set()
    class_of = {key: naming.unique(naming.pascal(key), taken) for key in schemas}
    renamed = {f"{_REF_PREFIX}{escape(k)}": f"{_REF_PREFIX}{escape(v)}" for k, v in class_of.items()}
    _rewrite_refs(doc, renamed)
    new_schemas: dict[str, Any] = {class_of[k]: v for k, v in schemas.items()}
    components["schemas"] = new_schemas
    for op_id, op in _operations(doc):
        base = naming.pascal(op_id)
        body = op.get("requestBody")
        if isinstance(body, Mapping):
            for media in _json_media(body):
                _hoist_inline(media, f"{base}Request", new_schemas, taken)
        responses = op.get("responses")
        if isinstance(responses, Mapping):
            successes = [str(s) for s in responses if str(s).startswith("2")]
            for status in successes:
                response = responses.get(status, responses.get(int(status) if status.isdigit() else status))
                if isinstance(response, Mapping):
                    suffix = "Response" if len(successes) == 1 else f"Response{status}"
                    for media in _json_media(response):
                        _hoist_inline(media, f"{base}{suffix}", new_schemas, taken)
    for name in list(new_schemas):
        _hoist_titled(new_schemas[name], new_schemas, taken, top=True)
    return ModelPlan(doc, class_of, removed)


def _operations(doc: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(operationId or "method path", operation) for every operation of the planned copy."""
    for ref in iter_operations(doc):
        op_id = ref.operation.get("operationId")
        yield (op_id if isinstance(op_id, str) and op_id else f"{ref.method} {ref.path}"), ref.operation


def _json_media(holder: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    content = holder.get("content")
    if isinstance(content, Mapping):
        for media_type, media in content.items():
            if isinstance(media, dict) and (is_json(str(media_type)) or is_form(str(media_type))):
                yield media


def is_form(media_type: str) -> bool:
    """Whether a media type is a URL-encoded form (Twilio sends every body this way)."""
    return media_type.split(";")[0].strip().lower() == "application/x-www-form-urlencoded"


def is_json(media_type: str) -> bool:
    """Whether a media type carries JSON (``application/json``, ``...+json``)."""
    main = media_type.split(";")[0].strip().lower()
    return main == "application/json" or main.endswith("+json") or main == "*/*"


def _hoist_inline(media: dict[str, Any], name: str, schemas: dict[str, Any], taken: set[str]) -> None:
    schema = media.get("schema")
    if not isinstance(schema, Mapping) or ("$ref" in schema and len(schema) == 1):
        return
    key = naming.unique(naming.pascal(name), taken)
    schemas[key] = schema
    media["schema"] = {"$ref": f"{_REF_PREFIX}{escape(key)}"}


def _hoist_titled(schema: Any, schemas: dict[str, Any], taken: set[str], *, top: bool) -> None:
    """Replace nested titled object schemas with refs to new components of that name."""
    if not isinstance(schema, dict):
        return
    for key, value in list(schema.items()):
        if key in ("properties", "patternProperties", "$defs", "definitions") and isinstance(value, dict):
            for name, child in list(value.items()):
                value[name] = _maybe_hoist(child, schemas, taken)
        elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            schema[key] = _maybe_hoist(value, schemas, taken)
        elif key in ("allOf", "anyOf", "oneOf", "prefixItems") and isinstance(value, list):
            schema[key] = [_maybe_hoist(child, schemas, taken) for child in value]
    del top


def _maybe_hoist(schema: Any, schemas: dict[str, Any], taken: set[str]) -> Any:
    if not isinstance(schema, dict):
        return schema
    title = schema.get("title")
    if isinstance(title, str) and title.strip() and "$ref" not in schema:
        key = naming.unique(naming.pascal(title), taken)
        schemas[key] = schema
        _hoist_titled(schema, schemas, taken, top=True)
        return {"$ref": f"{_REF_PREFIX}{escape(key)}"}
    _hoist_titled(schema, schemas, taken, top=False)
    return schema


_PROSE_KEYS = frozenset({"description", "title", "summary"})
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


# Formats pydantic maps to types that need an extra package (email-validator): the generated
# client would not import with only httpx and pydantic installed.
_EXTRA_DEPENDENCY_FORMATS = frozenset({"email", "idn-email"})


def _plain_formats(node: Any) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if current.get("format") in _EXTRA_DEPENDENCY_FORMATS and current.get("type") == "string":
                del current["format"]
            stack.extend(v for k, v in current.items() if isinstance(v, (dict, list))
                         and k not in DATA_KEYS)
        elif isinstance(current, list):
            stack.extend(current)


def _normalise_prose(node: Any) -> None:
    """Every line break in descriptions and titles becomes ``\\n``: the generated docstrings
    then count lines the way Python and our source edits do."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            for key, value in current.items():
                if key in _PROSE_KEYS and isinstance(value, str):
                    current[key] = _LINE_BREAKS.sub("\n", value)
                elif isinstance(value, (dict, list)) and key not in DATA_KEYS:
                    stack.append(value)
        elif isinstance(current, list):
            stack.extend(current)


def _rewrite_refs(node: Any, renamed: Mapping[str, str]) -> None:
    """Point every schema reference (and discriminator mapping) at the renamed component."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                current["$ref"] = _renamed(ref, renamed)
            discriminator = current.get("discriminator")
            if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
                discriminator["mapping"] = {
                    k: _renamed(v, renamed) if isinstance(v, str) else v
                    for k, v in discriminator["mapping"].items()
                }
            stack.extend(v for k, v in current.items() if k not in DATA_KEYS)
        elif isinstance(current, list):
            stack.extend(current)


def _renamed(ref: str, renamed: Mapping[str, str]) -> str:
    if ref in renamed:
        return renamed[ref]
    for old, new in renamed.items():  # a pointer into a component: keep the tail
        if ref.startswith(old + "/"):
            return new + ref[len(old):]
    return ref


# Maps whose keys are names chosen by the spec author, not keywords: never stripped.
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "schemas",
                        "dependentSchemas", "paths", "responses", "parameters", "headers",
                        "content", "mapping", "securitySchemes", "requestBodies", "links",
                        "callbacks", "variables", "webhooks"})


def _strip_code_bearing(node: Any, pointer: str) -> Iterator[str]:
    stack: list[tuple[Any, str, bool]] = [(node, pointer, False)]
    while stack:
        current, where, names = stack.pop()
        if isinstance(current, dict):
            for key in [k for k in current if k in CODE_BEARING and not names]:
                del current[key]
                yield f"{where}/{escape(key)}"
            stack.extend((v, f"{where}/{escape(str(k))}", k in _NAME_MAPS and not names)
                         for k, v in current.items()
                         if k not in DATA_KEYS)
        elif isinstance(current, list):
            stack.extend((v, f"{where}/{i}", False) for i, v in enumerate(current))


def component_of(ref: str) -> str | None:
    """The component name a ``#/components/schemas/<name>`` reference points at."""
    if not ref.startswith(_REF_PREFIX):
        return None
    segments = split_pointer(ref[len(_REF_PREFIX) - 1:])
    return segments[0] if len(segments) == 1 else None
