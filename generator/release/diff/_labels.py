"""How the generated client spells a schema's type, for messages: `Pet`, `list[str]`, `str | None`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.pytypes import PYTHON_TYPES

from ._names import is_class
from ._refs import Resolver, as_list, join
from ._views import View, enum_values, is_null, types, view

# Deeper than this a label says "..." (inline schemas can nest without end).
_DEPTH = 3
# Literal labels list this many values, then "...".
_LITERALS = 3


def model_of(resolver: Resolver, seen: View) -> str | None:
    """The class of the model a schema is, seen through refs: the first component on the way
    that the client generates as a class (aliases such as enums and unions are seen through).
    """
    for pointer in seen.components:
        found = resolver.names.model_at(pointer)
        if found is not None:
            return found
    return None


def is_inline_model(resolver: Resolver, seen: View) -> bool:
    """An object with fields written in place: the client gives it a class named after its site."""
    return not seen.components and is_class(
        seen.schema,
        lambda part: resolver.resolve(part, seen.pointer)[0],
        component=False,
    )


def members(resolver: Resolver, seen: View) -> list[tuple[Any, str]]:
    """The non-null `oneOf`/`anyOf` members of a schema (raw, pointer): the parts of its union."""
    found = []
    for keyword in ("oneOf", "anyOf"):
        for i, member in enumerate(as_list(seen.schema.get(keyword))):
            where = join(seen.pointer, keyword, i)
            if not is_null(resolver.resolve(member, where)[0]):
                found.append((member, where))
    return found


def label(resolver: Resolver, raw: Any, pointer: str, depth: int = 0) -> str:
    """The Python type a schema becomes in the client, as near as a message needs it."""
    return spell(resolver, view(resolver, raw, pointer), depth)


def spell(resolver: Resolver, seen: View, depth: int = 0) -> str:
    """`label` of a schema already seen through its refs (None is left out: nullability is
    reported on its own)."""
    model = model_of(resolver, seen)
    if model is not None:
        return model
    if depth > _DEPTH:
        return "..."
    parts = members(resolver, seen)
    if parts:
        spelled = (label(resolver, raw, at, depth + 1) for raw, at in parts)
        return " | ".join(dict.fromkeys(spelled))
    literal = _literal(seen.schema)
    if literal:
        return literal
    found = types(resolver, seen.schema, seen.pointer)
    return (
        " | ".join(_one(resolver, seen, name, depth) for name in sorted(found)) or "Any"
    )


def _one(resolver: Resolver, seen: View, name: str, depth: int) -> str:
    if name == "array":
        return f"list[{_element(resolver, seen, 'items', depth)}]"
    if name == "object":
        if is_inline_model(resolver, seen):
            return "object"  # named by datamodel-code-generator after the field
        extra = seen.schema.get("additionalProperties")
        if isinstance(extra, Mapping) and extra:
            return (
                f"dict[str, {_element(resolver, seen, 'additionalProperties', depth)}]"
            )
    return PYTHON_TYPES.get(name, "Any")


def _element(resolver: Resolver, seen: View, keyword: str, depth: int) -> str:
    raw = seen.schema.get(keyword)
    if not isinstance(raw, Mapping) or not raw:
        return "Any"
    return label(resolver, raw, join(seen.pointer, keyword), depth + 1)


def _literal(schema: Mapping[str, Any]) -> str | None:
    values = enum_values(schema)
    if not values:
        return None
    ordered = [value for _, value in sorted(values.values(), key=lambda iv: iv[0])]
    if not all(isinstance(v, str | int) and not isinstance(v, bool) for v in ordered):
        return None
    shown = [repr(v) for v in ordered[:_LITERALS]]
    return f"Literal[{', '.join(shown)}{', ...' if len(ordered) > _LITERALS else ''}]"
