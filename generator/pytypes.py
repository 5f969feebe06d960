"""Python source for the type of a schema, where parameters and responses need one.

Model classes come from datamodel-code-generator; these are the annotations of everything
else (parameters, inline responses, arguments of per-variant methods).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from typing import Any

from generator.models import Models
from generator.plan import component_of
from generator.spec.traverse import deref as _deref

__all__ = ["PYTHON_TYPES", "annotation", "literal_value", "nullable", "without_none"]

# The annotation of each JSON type that is not an array (arrays are ``list[<items>]``).
PYTHON_TYPES: Mapping[str, str] = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "object": "dict[str, Any]",
    "null": "None",
}


def deref(document: Mapping[str, Any], node: Any) -> Any:
    """What ``node`` refers to through local ``$ref``s (None when a reference dangles)."""
    return _deref(document, node)[0]


def annotation(
    document: Mapping[str, Any], models: Models, schema: Any, depth: int = 0
) -> str:
    """Python source for the type of a schema (parameters and responses)."""
    if not isinstance(schema, Mapping) or depth > 20:
        return "Any"
    cls = (
        component_of(schema.get("$ref", ""))
        if isinstance(schema.get("$ref"), str)
        else None
    )
    if cls is not None and cls in models.classes:
        return cls  # a class, or an alias of a plain type: its own name either way
    schema = deref(document, schema)
    if not isinstance(schema, Mapping):
        return "Any"
    enum = schema.get("enum")
    if (
        isinstance(enum, list)
        and enum
        and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in enum)
    ):
        return f"Literal[{', '.join(repr(v) for v in dict.fromkeys(enum))}]"
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    parts = [
        _primitive(document, models, schema, str(k), depth)
        for k in kinds
        if k is not None
    ]
    parts = list(dict.fromkeys(p for p in parts if p))
    return " | ".join(parts) if parts else "Any"


def _primitive(
    document: Mapping[str, Any],
    models: Models,
    schema: Mapping[str, Any],
    kind: str,
    depth: int,
) -> str:
    if kind == "array":
        return f"list[{annotation(document, models, schema.get('items'), depth + 1)}]"
    return PYTHON_TYPES.get(kind, "Any")


def nullable(document: Mapping[str, Any], schema: Any, depth: int = 0) -> bool:
    """Whether a schema admits null (3.1 type lists, 3.0 ``nullable``, a null union member)."""
    schema = deref(document, schema)
    if not isinstance(schema, Mapping) or depth > 8:
        return True  # unknown: stay permissive
    kinds = schema.get("type")
    if (
        kinds == "null"
        or (isinstance(kinds, list) and "null" in kinds)
        or schema.get("nullable") is True
    ):
        return True
    if "type" not in schema and not any(
        k in schema
        for k in ("anyOf", "oneOf", "allOf", "$ref", "properties", "enum", "const")
    ):
        return True  # an empty schema admits anything
    members = [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    return any(nullable(document, m, depth + 1) for m in members)


def without_none(annotation: str) -> str:
    """``X | None`` → ``X`` (only a top-level ``None`` member is removed)."""
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return annotation
    members: list[ast.expr] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, ast.BinOp) and isinstance(current.op, ast.BitOr):
            stack.extend((current.right, current.left))
        else:
            members.append(current)
    kept = [m for m in members if not (isinstance(m, ast.Constant) and m.value is None)]
    if not kept or len(kept) == len(members):
        return annotation
    return " | ".join(ast.unparse(m) for m in kept)


def literal_value(annotation: str) -> str | None:
    """``Literal['SEND_SMS']`` → ``SEND_SMS``."""
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return None
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Literal"
        and isinstance(node.slice, ast.Constant)
    ):
        return str(node.slice.value)
    return None
