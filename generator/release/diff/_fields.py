"""Compare the fields of two object schemas: added, removed, renamed, required or not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._context import Context
from ._kinds import ChangeKind, Side
from ._messages import q
from ._refs import Resolver
from ._views import View, object_fields, pair_renames, view

CompareSchema = Callable[[Context, Any, str, Any, str, Side], None]
Fields = dict[str, tuple[Any, str]]

_REQUEST = {
    "ADDED_REQUIRED": "required request field {} added; calls that omit it will be rejected",
    "ADDED_OPTIONAL": "optional request field {} added; callers may start sending it",
    "REMOVED": "request field {} removed; code that passes it breaks",
    "RENAMED": "request field {} renamed to {}; code that passes the old name breaks",
    "BECAME_REQUIRED": "request field {} is now required; calls that omit it will be rejected",
    "BECAME_OPTIONAL": "request field {} is now optional; callers may leave it out",
}
_RESPONSE = {
    "ADDED": "response field {} added; new data to read",
    "REMOVED": "response field {} removed; code that reads it breaks",
    "RENAMED": "response field {} renamed to {}; code that reads the old name breaks",
    "BECAME_REQUIRED": "response field {} is now always present; None checks become unnecessary",
    "BECAME_OPTIONAL": "response field {} is now optional; code must handle it being None",
}


def compare_fields(
    ctx: Context, old: View, new: View, side: Side, recurse: CompareSchema
) -> None:
    """Report field changes between two object schemas, then compare the fields kept."""
    old_fields, old_required = object_fields(ctx.old, old.schema, old.pointer)
    new_fields, new_required = object_fields(ctx.new, new.schema, new.pointer)
    old_fields = _visible(ctx.old, old_fields, side)
    new_fields = _visible(ctx.new, new_fields, side)
    removed = {n: old_fields[n][0] for n in old_fields.keys() - new_fields.keys()}
    added = {n: new_fields[n][0] for n in new_fields.keys() - old_fields.keys()}
    for before, after in pair_renames(removed, added):
        _emit(ctx, side, "RENAMED", new_fields[after][1], before, after)
        removed.pop(before)
        added.pop(after)
    for name in sorted(removed):
        _emit(ctx, side, "REMOVED", old_fields[name][1], name)
    for name in sorted(added):
        rule = "ADDED"
        if side is Side.REQUEST:
            rule = "ADDED_REQUIRED" if name in new_required else "ADDED_OPTIONAL"
        _emit(ctx, side, rule, new_fields[name][1], name)
    for name in sorted(old_fields.keys() & new_fields.keys()):
        (old_raw, old_at), (new_raw, new_at) = old_fields[name], new_fields[name]
        was, now = name in old_required, name in new_required
        if was != now:
            _emit(
                ctx, side, "BECAME_REQUIRED" if now else "BECAME_OPTIONAL", new_at, name
            )
        recurse(ctx, old_raw, old_at, new_raw, new_at, side)


def _visible(resolver: Resolver, fields: Fields, side: Side) -> Fields:
    """Drop fields that never travel this way (readOnly in requests, writeOnly in responses)."""
    kept: Fields = {}
    for name, (raw, at) in fields.items():
        seen = view(resolver, raw, at)
        if not (seen.read_only if side is Side.REQUEST else seen.write_only):
            kept[name] = (raw, at)
    return kept


def _emit(ctx: Context, side: Side, rule: str, pointer: str, *names: str) -> None:
    template = (_REQUEST if side is Side.REQUEST else _RESPONSE)[rule]
    ctx.emit(
        ChangeKind.for_side(side, f"FIELD_{rule}"),
        pointer,
        template.format(*map(q, names)),
    )
