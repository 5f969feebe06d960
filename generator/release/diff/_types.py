"""Whether the Python type at one place changed: a union's members, the model class, JSON types.

Which way a type moved decides the verdict. A user sends a request value: a wider type
(more JSON types, `integer` to `number`, `Any`, a single type becoming a union that keeps it)
accepts all they sent before, a feature. A user receives a response value: a narrower type is
a feature; a single type becoming a union breaks code that takes the value as the old type
(an annotation, a parameter typed with it, an attribute the new members lack) until it
narrows with isinstance; a union growing or a type becoming `Any` is flagged: code keeps
running and type-checking, but handles only the old cases, or no longer has the value checked
(it finds out only when the API sends what the old type excluded).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from ._context import Context
from ._kinds import ChangeKind, Side
from ._labels import is_inline_model, label, members, model_of, spell
from ._messages import q
from ._unions import Member, match
from ._views import View, types

CompareSchema = Callable[[Context, Any, str, Any, str, Side], None]


class Move(enum.Enum):
    """How a set of JSON types changed."""

    TO_ANY = "to any"
    TO_UNION = "to a union"  # one type to several that include it
    GROWN = "grown"  # several types to more
    WIDER = "wider"  # integer to number
    NARROWER = "narrower"
    OTHER = "other"


_KIND = {
    (Side.REQUEST, Move.TO_ANY): "TYPE_WIDENED",
    (Side.REQUEST, Move.TO_UNION): "BECAME_UNION",
    (Side.REQUEST, Move.GROWN): "TYPE_WIDENED",
    (Side.REQUEST, Move.WIDER): "TYPE_WIDENED",
    (Side.REQUEST, Move.NARROWER): "TYPE_NARROWED",
    (Side.REQUEST, Move.OTHER): "TYPE_CHANGED",
    (Side.RESPONSE, Move.TO_ANY): "TYPE_WIDENED",
    (Side.RESPONSE, Move.TO_UNION): "BECAME_UNION",
    (Side.RESPONSE, Move.GROWN): "TYPE_WIDENED",
    (
        Side.RESPONSE,
        Move.WIDER,
    ): "TYPE_CHANGED",  # `int` to `float`: int-only code breaks
    (Side.RESPONSE, Move.NARROWER): "TYPE_NARROWED",
    (Side.RESPONSE, Move.OTHER): "TYPE_CHANGED",
}
_EFFECT = {
    (Side.REQUEST, "TYPE_WIDENED"): "every value sent before is still accepted",
    (Side.REQUEST, "BECAME_UNION"): "every value sent before is still accepted",
    (Side.REQUEST, "TYPE_NARROWED"): "code sending the other types breaks",
    (Side.REQUEST, "TYPE_CHANGED"): "code sending the old type breaks",
    (Side.RESPONSE, "BECAME_UNION"): "code taking it as {old} (annotations, parameters "
    "typed {old}, attributes the other members lack) must narrow it with isinstance first",
    (Side.RESPONSE, "TYPE_NARROWED"): "every value returned still fits the old type",
    (Side.RESPONSE, "TYPE_CHANGED"): "code using the value as {old} must change",
}
_WIDENED_RESPONSE = {
    Move.TO_ANY: "code still runs and type-checks, but the value is no longer checked "
    "to be {old}",
    Move.GROWN: "code handling each old type needs a branch for the new ones",
}


def compare_types(
    ctx: Context, old: View, new: View, side: Side, site: str, recurse: CompareSchema
) -> bool:
    """Report how the type at `site` changed; True when the insides are to be compared next."""
    where = _where(ctx, old, new, site)
    old_members, new_members = members(ctx.old, old), members(ctx.new, new)
    if old_members and new_members:
        _union_members(ctx, old_members, new_members, side, recurse)
        return True  # a union may have fields of its own too
    if old_members or new_members:
        _one_and_many(ctx, old, new, old_members, new_members, side, where, recurse)
        return False
    _model(ctx, old, new, side, where)
    before = types(ctx.old, old.schema, old.pointer)
    after = types(ctx.new, new.schema, new.pointer)
    if before == after:
        return True
    move = _move(before, after)
    _emit_type(ctx, side, _KIND[side, move], move, where, old, new)
    return bool(before) and bool(after) and move is not Move.OTHER


def _where(ctx: Context, old: View, new: View, site: str) -> str:
    """Where a type change is reported: in the schema both versions reach, when the change is
    inside it (once, however many places use it); else at the site that now refers elsewhere.
    """
    if old.pointer == new.pointer:
        return new.pointer
    common = ""
    for before, after in zip(old.components, new.components, strict=False):
        name = ctx.old.names.class_at(before)
        if ctx.model_renames.get(name or "", name) != ctx.new.names.class_at(after):
            break
        common = after
    return common or site


def _move(before: frozenset[str], after: frozenset[str]) -> Move:
    if not after:
        return Move.TO_ANY
    if before and before < after:
        return Move.TO_UNION if len(before) == 1 else Move.GROWN
    if _covers(after, before):
        return Move.WIDER
    return Move.NARROWER if _covers(before, after) else Move.OTHER


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of the `narrow` types is one of the `wide` types (empty is any)."""
    if not wide:
        return True
    return bool(narrow) and narrow <= wide | (
        {"integer"} if "number" in wide else set()
    )


def _emit_type(
    ctx: Context, side: Side, rule: str, move: Move, where: str, old: View, new: View
) -> None:
    was, now = spell(ctx.old, old), spell(ctx.new, new)
    if side is Side.RESPONSE and rule == "TYPE_WIDENED":
        effect = _WIDENED_RESPONSE[move]
    else:
        effect = _EFFECT[side, rule]
    verb = {"TYPE_WIDENED": "widened", "TYPE_NARROWED": "narrowed"}.get(rule, "changed")
    union = " (a union)" if rule == "BECAME_UNION" else ""
    ctx.emit(
        ChangeKind.for_side(side, rule),
        where,
        f"{ctx.subject(where)}: type {verb} from {q(was)} to {q(now)}{union}; "
        + effect.format(old=q(was)),
    )


def _union_members(
    ctx: Context,
    old: list[Member],
    new: list[Member],
    side: Side,
    recurse: CompareSchema,
) -> None:
    pairs, gone, came = match(ctx.old, old, ctx.new, new, ctx.model_renames)
    for raw, at in came:
        effect = (
            "callers may send it"
            if side is Side.REQUEST
            else "exhaustive isinstance/match code needs a new branch"
        )
        message = f"union member {q(label(ctx.new, raw, at))} added; {effect}"
        ctx.emit(ChangeKind.for_side(side, "VARIANT_ADDED"), at, message)
    for raw, at in gone:
        _removed(ctx, raw, at, side)
    for (old_raw, old_at), (new_raw, new_at) in pairs:
        recurse(ctx, old_raw, old_at, new_raw, new_at, side)


def _removed(ctx: Context, raw: Any, at: str, side: Side) -> None:
    effect = (
        "code sending it breaks"
        if side is Side.REQUEST
        else "it is no longer returned; code handling it keeps working"
    )
    message = f"union member {q(label(ctx.old, raw, at))} removed; {effect}"
    ctx.emit(ChangeKind.for_side(side, "VARIANT_REMOVED"), at, message)


def _one_and_many(
    ctx: Context,
    old: View,
    new: View,
    old_members: list[Member],
    new_members: list[Member],
    side: Side,
    where: str,
    recurse: CompareSchema,
) -> None:
    """A single type becoming a union that keeps it, or a union narrowing to one member."""
    pairs, gone, _ = match(
        ctx.old,
        old_members or [(old.schema, old.pointer)],
        ctx.new,
        new_members or [(new.schema, new.pointer)],
        ctx.model_renames,
    )
    if not pairs:
        # `Any` becoming a union narrows it, a union becoming `Any` widens it; anything else
        # no member of which carries over is another type.
        before = types(ctx.old, old.schema, old.pointer) if not old_members else None
        after = types(ctx.new, new.schema, new.pointer) if not new_members else None
        move = Move.NARROWER if before == frozenset() else Move.OTHER
        move = Move.TO_ANY if after == frozenset() else move
        _emit_type(ctx, side, _KIND[side, move], move, where, old, new)
        return
    if new_members:
        _emit_type(ctx, side, "BECAME_UNION", Move.TO_UNION, where, old, new)
    for raw, at in gone:
        _removed(ctx, raw, at, side)
    (old_raw, old_at), (new_raw, new_at) = pairs[0]
    recurse(ctx, old_raw, old_at, new_raw, new_at, side)


def _model(ctx: Context, old: View, new: View, side: Side, where: str) -> None:
    """Report a place that now holds another model class (the same shape or not)."""
    before, after = model_of(ctx.old, old), model_of(ctx.new, new)
    before = ctx.model_renames.get(before, before) if before else None
    if before == after:
        return
    was = q(before) if before else "an inline object"
    now = q(after) if after else "an inline object"
    if not (before or is_inline_model(ctx.old, old)) or not (
        after or is_inline_model(ctx.new, new)
    ):
        return  # not a class on one side: its type change is reported on its own
    effect = (
        f"code building {was} for it must build {now}"
        if side is Side.REQUEST
        else f"isinstance checks and annotations naming {was} must change"
    )
    ctx.emit(
        ChangeKind.for_side(side, "MODEL_CHANGED"),
        where,
        f"{ctx.subject(where)}: now model {now} instead of {was}; {effect}",
    )
