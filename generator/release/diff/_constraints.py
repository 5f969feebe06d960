"""Validation keywords (lengths, bounds, patterns) and whether a change tightens or relaxes them."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

_UPPER = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
_OTHER = ("pattern", "multipleOf", "uniqueItems", "additionalProperties")


class Direction(enum.Enum):
    """Which way a constraint moved: fewer values valid, more values valid, or neither."""

    TIGHTENED = "tightened"
    RELAXED = "relaxed"
    CHANGED = "changed"


def constraint_changes(
    old: Mapping[str, Any], new: Mapping[str, Any]
) -> list[tuple[str, Direction, Any, Any]]:
    """(keyword, direction, old value, new value) for each validation keyword that changed."""
    found = []
    for keyword in (*_UPPER, *_LOWER, *_OTHER):
        before, after = _value(old, keyword), _value(new, keyword)
        if before != after:
            found.append((keyword, _direction(keyword, before, after), before, after))
    return found


def _value(schema: Mapping[str, Any], keyword: str) -> Any:
    value = schema.get(keyword)
    if keyword == "additionalProperties":
        # Only closing or opening the object is a constraint; a schema here is compared as one.
        return False if value is False else None
    # `false` for uniqueItems and 3.0's boolean exclusive bounds means "no constraint".
    return None if value is False else value


def _direction(keyword: str, before: Any, after: Any) -> Direction:
    if before is None:
        return Direction.TIGHTENED
    if after is None:
        return Direction.RELAXED
    if not (_is_number(before) and _is_number(after)):
        return Direction.CHANGED
    if keyword in _UPPER:
        return Direction.TIGHTENED if after < before else Direction.RELAXED
    if keyword in _LOWER:
        return Direction.TIGHTENED if after > before else Direction.RELAXED
    return Direction.CHANGED


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
