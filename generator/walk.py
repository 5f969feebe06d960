"""Iterate over the operations and schemas of a bundled document, with their pointers."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator.sourcemap import escape, resolve

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords whose values are data (instances), not spec: a walk over the spec never enters them.
DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum"})

_SUBSCHEMA = ("items", "not", "contains", "propertyNames", "if", "then", "else",
              "unevaluatedItems", "unevaluatedProperties", "additionalItems")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


@dataclass(frozen=True, slots=True)
class OperationRef:
    """One operation with where it sits: path template, HTTP method, pointer."""

    path: str
    method: str
    operation: Mapping[str, Any]
    path_item: Mapping[str, Any]
    pointer: str


@dataclass(frozen=True, slots=True)
class SchemaRef:
    """One schema with its pointer; ``role`` says what holds it (component, property, ...)."""

    pointer: str
    schema: Mapping[str, Any]
    role: str
    required: bool = False


def iter_operations(document: Mapping[str, Any]) -> Iterator[OperationRef]:
    """Every operation under ``paths``, in document order."""
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return
    for path, item in paths.items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                yield OperationRef(path, method, operation, item,
                                   f"/paths/{escape(path)}/{method}")


def iter_schemas(document: Mapping[str, Any]) -> Iterator[SchemaRef]:
    """Every schema in the document: components, parameters, bodies, responses, and all nested."""
    for root in _root_schemas(document):
        yield from _nested(root, 0)


def _root_schemas(document: Mapping[str, Any]) -> Iterator[SchemaRef]:
    components = document.get("components")
    if isinstance(components, Mapping):
        schemas = components.get("schemas")
        if isinstance(schemas, Mapping):
            for name, schema in schemas.items():
                if isinstance(schema, Mapping):
                    yield SchemaRef(f"/components/schemas/{escape(name)}", schema, "component")
        for section in ("parameters", "headers"):
            entries = components.get(section)
            if isinstance(entries, Mapping):
                for name, entry in entries.items():
                    yield from _in_parameter(entry, f"/components/{section}/{escape(name)}")
        for section in ("requestBodies", "responses"):
            entries = components.get(section)
            if isinstance(entries, Mapping):
                for name, entry in entries.items():
                    yield from _in_content(entry, f"/components/{section}/{escape(name)}")
    for op in iter_operations(document):
        for base, holder in ((op.pointer, op.operation), (op.pointer.rsplit("/", 1)[0], op.path_item)):
            params = holder.get("parameters")
            if isinstance(params, list) and (holder is op.operation or op.method == _first_method(op.path_item)):
                for i, param in enumerate(params):
                    yield from _in_parameter(param, f"{base}/parameters/{i}")
        yield from _in_content(op.operation.get("requestBody"), f"{op.pointer}/requestBody")
        responses = op.operation.get("responses")
        if isinstance(responses, Mapping):
            for status, response in responses.items():
                yield from _in_content(response, f"{op.pointer}/responses/{escape(str(status))}")


def _first_method(item: Mapping[str, Any]) -> str | None:
    """Path-level parameters are visited once, with the path's first operation."""
    return next((m for m in HTTP_METHODS if isinstance(item.get(m), Mapping)), None)


def _in_parameter(param: Any, pointer: str) -> Iterator[SchemaRef]:
    if isinstance(param, Mapping) and isinstance(param.get("schema"), Mapping):
        yield SchemaRef(f"{pointer}/schema", param["schema"], "parameter")


def _in_content(holder: Any, pointer: str) -> Iterator[SchemaRef]:
    if not isinstance(holder, Mapping):
        return
    content = holder.get("content")
    if isinstance(content, Mapping):
        for media, entry in content.items():
            if isinstance(entry, Mapping) and isinstance(entry.get("schema"), Mapping):
                yield SchemaRef(f"{pointer}/content/{escape(media)}/schema", entry["schema"], "content")
    headers = holder.get("headers")
    if isinstance(headers, Mapping):
        for name, header in headers.items():
            yield from _in_parameter(header, f"{pointer}/headers/{escape(name)}")


def _nested(ref: SchemaRef, depth: int) -> Iterator[SchemaRef]:
    yield ref
    if depth > 200:  # the loader already refuses deeper documents; this is a backstop
        return
    schema = ref.schema
    for key in _SUBSCHEMA:
        child = schema.get(key)
        if isinstance(child, Mapping):
            yield from _nested(SchemaRef(f"{ref.pointer}/{key}", child, key), depth + 1)
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping):
        yield from _nested(SchemaRef(f"{ref.pointer}/additionalProperties", extra,
                                     "additionalProperties"), depth + 1)
    for key in _SUBSCHEMA_LISTS:
        children = schema.get(key)
        if isinstance(children, list):
            for i, child in enumerate(children):
                if isinstance(child, Mapping):
                    yield from _nested(SchemaRef(f"{ref.pointer}/{key}/{i}", child, key), depth + 1)
    required = schema.get("required")
    required_names = {r for r in required if isinstance(r, str)} if isinstance(required, list) else set()
    for key in _SUBSCHEMA_MAPS:
        children = schema.get(key)
        if isinstance(children, Mapping):
            role = "property" if key == "properties" else key
            for name, child in children.items():
                if isinstance(child, Mapping):
                    yield from _nested(SchemaRef(f"{ref.pointer}/{key}/{escape(name)}", child, role,
                                                 name in required_names), depth + 1)


def deref(document: Mapping[str, Any], node: Any, limit: int = 32) -> Any:
    """Follow local ``$ref``s from ``node`` until a non-reference (None when one dangles)."""
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and limit > 0:
        ref: str = node["$ref"]
        if not ref.startswith("#"):
            return None
        node, limit = resolve(document, ref), limit - 1
    return node
