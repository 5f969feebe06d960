"""What the fake's inference asks of a schema: its properties, a part of it, its list items.

Raw schemas of the planned document, their ``$ref``s followed; a union's or an ``allOf``'s
properties are those of all its members (the first one found of each name wins).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.spec import pointer as jp
from generator.spec.traverse import deref

__all__ = ["array_pointer", "is_union", "properties", "schema_at"]

_MEMBERS = ("allOf", "anyOf", "oneOf")
_MAX_DEPTH = 32


def _resolved(document: Mapping[str, Any], schema: Any) -> Mapping[str, Any]:
    found, _ = deref(document, schema)
    return found if isinstance(found, Mapping) else {}


def properties(
    document: Mapping[str, Any], schema: Any, depth: int = 0
) -> dict[str, Any]:
    """Property name → raw schema, over ``$ref``, ``allOf``, ``anyOf`` and ``oneOf``."""
    node = _resolved(document, schema)
    found: dict[str, Any] = {}
    if depth > _MAX_DEPTH:
        return found
    own = node.get("properties")
    if isinstance(own, Mapping):
        found.update((str(k), v) for k, v in own.items())
    for key in _MEMBERS:
        members = node.get(key)
        for member in members if isinstance(members, list) else ():
            for name, sub in properties(document, member, depth + 1).items():
                found.setdefault(name, sub)
    return found


def is_union(document: Mapping[str, Any], schema: Any) -> bool:
    """Whether a value of the schema is one of several shapes (``anyOf``/``oneOf``)."""
    node = _resolved(document, schema)
    if any(isinstance(node.get(key), list) for key in ("anyOf", "oneOf")):
        return True
    members = node.get("allOf")
    return isinstance(members, list) and any(is_union(document, m) for m in members)


def schema_at(document: Mapping[str, Any], schema: Any, pointer: str) -> Any:
    """The schema of the value at ``pointer`` inside a value of ``schema``; None if unknown."""
    current: Any = schema
    for segment in jp.split(pointer):
        if segment.isdigit() and _resolved(document, current).get("type") == "array":
            current = _resolved(document, current).get("items")
            continue
        current = properties(document, current).get(segment)
        if current is None:
            return None
    return current


def array_pointer(document: Mapping[str, Any], schema: Any) -> tuple[str, Any] | None:
    """Where a list answer keeps its items, and their schema: the answer itself when it is
    an array, else its first array property; None when it holds no array."""
    node = _resolved(document, schema)
    if node.get("type") == "array":
        return "", node.get("items")
    for name, sub in properties(document, schema).items():
        found = _resolved(document, sub)
        if found.get("type") == "array":
            return jp.join("", name), found.get("items")
    return None
