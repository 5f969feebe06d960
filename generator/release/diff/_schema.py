"""Compare two schemas used on one side (request or response), recursing through everything."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._constraints import Direction, constraint_changes
from ._context import Context
from ._fields import compare_fields
from ._kinds import ChangeKind, Side
from ._messages import q
from ._notes import compare_notes
from ._refs import EMPTY, join
from ._types import compare_types
from ._views import View, enum_values, view

_NULLABLE = {
    (Side.REQUEST, True): ("BECAME_NULLABLE", "now accepts null"),
    (Side.REQUEST, False): (
        "BECAME_NON_NULLABLE",
        "no longer accepts null; code passing None breaks",
    ),
    (Side.RESPONSE, True): (
        "BECAME_NULLABLE",
        "may now be null; code must handle None",
    ),
    (Side.RESPONSE, False): ("BECAME_NON_NULLABLE", "is never null any more"),
}
_ENUM = {
    (Side.REQUEST, True): "now accepted",
    (Side.REQUEST, False): "no longer accepted; code sending it breaks",
    (Side.RESPONSE, True): "may now be returned; exhaustive matches need a new case",
    (Side.RESPONSE, False): "is no longer returned",
}
_ENUM_PRESENCE = {
    (Side.REQUEST, True): (
        "ENUM_RESTRICTED",
        "now an enum; other values code sends are rejected",
    ),
    (Side.REQUEST, False): (
        "ENUM_LIFTED",
        "no longer an enum; any value of its type is accepted",
    ),
    (Side.RESPONSE, True): (
        "ENUM_RESTRICTED",
        "now an enum; only its values are returned",
    ),
    (Side.RESPONSE, False): (
        "ENUM_LIFTED",
        "no longer an enum; exhaustive matches need a fallback",
    ),
}
_CONSTRAINT = {
    (Side.REQUEST, Direction.TIGHTENED): "some values callers send may now be rejected",
    (Side.REQUEST, Direction.RELAXED): "more values are accepted",
    (Side.RESPONSE, Direction.TIGHTENED): "returned values are more constrained",
    (
        Side.RESPONSE,
        Direction.RELAXED,
    ): "code relying on the old bound may see values outside it",
}


def compare_schema(
    ctx: Context,
    old_raw: Any,
    old_pointer: str,
    new_raw: Any,
    new_pointer: str,
    side: Side,
) -> None:
    """Report what changed between two schemas, as felt by a user on `side`."""
    old, new = view(ctx.old, old_raw, old_pointer), view(ctx.new, new_raw, new_pointer)
    # Annotations and nullability can sit on the referring site: compare them per site.
    compare_notes(ctx, old.notes, new.notes)
    _nullability(ctx, old, new, side, new_pointer)
    if not compare_types(ctx, old, new, side, new_pointer, compare_schema):
        return
    key = (old.pointer, new.pointer, side)
    if key in ctx.visited:
        return
    ctx.visited.add(key)
    _enum(ctx, old, new, side)
    _format(ctx, old, new, side)
    _constraints(ctx, old, new, side)
    compare_fields(ctx, old, new, side, compare_schema)
    for keyword in ("items", "additionalProperties"):
        _element(ctx, old, new, keyword, side)


def _element(ctx: Context, old: View, new: View, keyword: str, side: Side) -> None:
    """Array items or map values: absent, `true` and `{}` all mean any value."""
    if keyword not in old.schema and keyword not in new.schema:
        return
    before, after = _any(old.schema.get(keyword)), _any(new.schema.get(keyword))
    if before is not None and after is not None:
        old_at, new_at = join(old.pointer, keyword), join(new.pointer, keyword)
        compare_schema(ctx, before, old_at, after, new_at, side)
    # (`additionalProperties: false` closes an object: a constraint, reported there.)


def _any(element: Any) -> Any:
    """An element schema, `{}` when it admits anything; None for `false`."""
    if element is False:
        return None
    return element if isinstance(element, Mapping) else EMPTY


def _nullability(ctx: Context, old: View, new: View, side: Side, site: str) -> None:
    nullable = new.nullable_at is not None
    if (old.nullable_at is not None) == nullable:
        return
    rule, effect = _NULLABLE[side, nullable]
    pointer = new.nullable_at or site
    if not nullable and old.nullable_at == old.pointer:
        pointer = (
            new.pointer
        )  # null was allowed by the schema itself, not by a wrapper here
    ctx.emit(
        ChangeKind.for_side(side, rule), pointer, f"{ctx.subject(pointer)} {effect}"
    )


def _enum(ctx: Context, old: View, new: View, side: Side) -> None:
    before, after = enum_values(old.schema), enum_values(new.schema)
    if before is None or after is None:
        if (
            before is not after
        ):  # one side is an enum (a Literal in the client), the other not
            _enum_presence(ctx, new, side, restricted=after is not None)
        return
    for text in sorted(after.keys() - before.keys()):
        pointer = _enum_pointer(new, after[text][0])
        message = f"{ctx.subject(new.pointer)}: enum value {text} {_ENUM[side, True]}"
        ctx.emit(ChangeKind.for_side(side, "ENUM_VALUE_ADDED"), pointer, message)
    for text in sorted(before.keys() - after.keys()):
        pointer = _enum_pointer(old, before[text][0])
        message = f"{ctx.subject(old.pointer, old=True)}: enum value {text} {_ENUM[side, False]}"
        ctx.emit(ChangeKind.for_side(side, "ENUM_VALUE_REMOVED"), pointer, message)


def _enum_presence(ctx: Context, new: View, side: Side, *, restricted: bool) -> None:
    rule, effect = _ENUM_PRESENCE[side, restricted]
    pointer = (
        join(new.pointer, "enum" if "enum" in new.schema else "const")
        if restricted
        else new.pointer
    )
    ctx.emit(
        ChangeKind.for_side(side, rule),
        pointer,
        f"{ctx.subject(new.pointer)}: {effect}",
    )


def _enum_pointer(where: View, index: int) -> str:
    if "enum" in where.schema:
        return join(where.pointer, "enum", index)
    return join(where.pointer, "const")


def _format(ctx: Context, old: View, new: View, side: Side) -> None:
    before, after = old.schema.get("format"), new.schema.get("format")
    if before == after:
        return
    was = q(before) if before is not None else "none"
    now = q(after) if after is not None else "none"
    ctx.emit(
        ChangeKind.for_side(side, "FORMAT_CHANGED"),
        join(new.pointer, "format") if after is not None else new.pointer,
        f"{ctx.subject(new.pointer)}: format changed from {was} to {now}; its Python type may change",
    )


def _constraints(ctx: Context, old: View, new: View, side: Side) -> None:
    for keyword, direction, before, after in constraint_changes(old.schema, new.schema):
        where = new if keyword in new.schema else old
        if direction is Direction.CHANGED:
            kind, effect = (
                ChangeKind.CONSTRAINT_CHANGED,
                "values valid before may not be now",
            )
        else:
            kind = ChangeKind.for_side(side, f"CONSTRAINT_{direction.name}")
            effect = _CONSTRAINT[side, direction]
        was = q(before) if before is not None else "none"
        now = q(after) if after is not None else "none"
        subject = ctx.subject(where.pointer, old=where is old)
        message = f"{subject}: {keyword} {direction.value} ({was} -> {now}); {effect}"
        ctx.emit(kind, join(where.pointer, keyword), message)
