"""Match operations by exact path and method, then compare each pair by what the client exposes.

Operations are keyed by their exact path: `/contacts/{id}` and `/contacts/{email}` are two
operations, each compared with its namesake. Only what is left over after that is matched by
path template, and only one to one (or by the same operationId): `/pets/{id}` becoming
`/pets/{petId}` is one operation whose path parameter was renamed. Anything still ambiguous is
reported as removed and added, never merged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.plan import body_models, hoists
from generator.spec.traverse import OperationRef, iter_operations, iter_parameters

from ._context import Context
from ._exchange import (
    Parameters,
    compare_parameters,
    compare_request_bodies,
    compare_responses,
)
from ._kinds import ChangeKind
from ._messages import operation_label, q
from ._notes import compare_notes, notes_of
from ._refs import Resolver, join
from ._results import compare_results
from ._security import compare_requirements

_TEMPLATE = re.compile(r"\{[^}]*\}")
Key = tuple[str, str]  # (path, method)


def compare_operations(ctx: Context) -> None:
    """Report operations added, removed, and changed inside."""
    old, new = _operations(ctx.old), _operations(ctx.new)
    pairs = _pairs(old, new)
    for key in sorted(new.keys() - {after for _, after in pairs}):
        op = new[key]
        message = f"operation {_label(op)} added; a new client method, {ctx.new.names.call(op.pointer)}"
        ctx.emit(ChangeKind.OPERATION_ADDED, op.pointer, message)
    for key in sorted(old.keys() - {before for before, _ in pairs}):
        op = old[key]
        message = f"operation {_label(op)} removed; code calling {ctx.old.names.call(op.pointer)} breaks"
        ctx.emit(ChangeKind.OPERATION_REMOVED, op.pointer, message)
    for before, after in pairs:
        _compare_operation(ctx, old[before], new[after])


def _operations(resolver: Resolver) -> dict[Key, OperationRef]:
    return {(op.path, op.method): op for op in iter_operations(resolver.document)}


def _pairs(old: Mapping[Key, Any], new: Mapping[Key, Any]) -> list[tuple[Key, Key]]:
    """(old key, new key) of the operations that are the same one, sorted."""
    pairs = [(key, key) for key in old.keys() & new.keys()]
    gone = {k: v for k, v in old.items() if k not in new}
    came = {k: v for k, v in new.items() if k not in old}
    groups: dict[Key, tuple[list[Key], list[Key]]] = {}
    for side, leftover in ((0, gone), (1, came)):
        for path, method in sorted(leftover):
            template = (_TEMPLATE.sub("{}", path), method)
            groups.setdefault(template, ([], []))[side].append((path, method))
    for before, after in groups.values():
        if len(before) == 1 and len(after) == 1:
            pairs.append((before[0], after[0]))  # a path parameter renamed
            continue
        # Several share a template: only the same operationId, one to one, says which is which.
        by_id: dict[Any, list[Key]] = {}
        for key in before:
            by_id.setdefault(_id(gone[key]), []).append(key)
        for key in after:
            found = by_id.get(_id(came[key]), [])
            if _id(came[key]) is not None and len(found) == 1:
                pairs.append((found.pop(), key))
    return sorted(pairs)


def _id(op: OperationRef) -> Any:
    return op.operation.get("operationId")


def _label(op: OperationRef) -> str:
    """`POST /pets (createPet)` for messages."""
    return operation_label(op.method, op.path, _id(op))


def _compare_operation(ctx: Context, old: OperationRef, new: OperationRef) -> None:
    compare_notes(
        ctx, notes_of(old.operation, old.pointer), notes_of(new.operation, new.pointer)
    )
    _naming(ctx, old, new)
    compare_parameters(ctx, _parameters(ctx.old, old), _parameters(ctx.new, new))
    compare_request_bodies(ctx, old.operation, old.pointer, new.operation, new.pointer)
    compare_responses(ctx, old.operation, old.pointer, new.operation, new.pointer)
    compare_results(ctx, old, new)
    if "security" in old.operation or "security" in new.operation:
        # Without its own `security`, an operation follows the root's, compared once elsewhere.
        has_own = "security" in new.operation
        compare_requirements(
            ctx,
            old.operation.get("security", ctx.old.document.get("security")),
            new.operation.get("security", ctx.new.document.get("security")),
            join(new.pointer, "security") if has_own else new.pointer,
            f"operation {_label(new)}",
        )


def _naming(ctx: Context, old: OperationRef, new: OperationRef) -> None:
    """Where users call the operation: `client.<resource>.<method>`, as the generator names it."""
    old_resource, old_method = ctx.old.names.methods[old.pointer]
    new_resource, new_method = ctx.new.names.methods[new.pointer]
    was, now = ctx.old.names.call(old.pointer), ctx.new.names.call(new.pointer)
    before, after = _id(old), _id(new)
    if old_resource != new_resource:
        ctx.emit(
            ChangeKind.OPERATION_TAG_CHANGED,
            join(new.pointer, "tags") if "tags" in new.operation else new.pointer,
            f"operation {_label(new)} moved from {was} to {now} (its first tag names the "
            "resource); code calling the old place breaks",
        )
    elif old_method != new_method:
        ctx.emit(
            ChangeKind.OPERATION_ID_CHANGED,
            join(new.pointer, "operationId") if after is not None else new.pointer,
            f"operation {_label(new)}: client method renamed from {was} to {now} "
            f"(operationId {q(before)} -> {q(after)}); code calling the old name breaks",
        )
    elif before != after:
        _same_method(ctx, old, new, now)


def _same_method(ctx: Context, old: OperationRef, new: OperationRef, call: str) -> None:
    """An operationId change that keeps the method name: documentation, unless it renames the
    models the generator makes of the operation's inline bodies (named after the operationId).
    """
    before, after = _inline_models(old), _inline_models(new)
    pointer = join(new.pointer, "operationId") if _id(new) is not None else new.pointer
    change = f"operation {_label(new)}: operationId changed from {q(_id(old))} to {q(_id(new))}"
    renames = [(a, b) for a, b in zip(before, after, strict=False) if a != b]
    if renames:
        renamed = ", ".join(f"{q(a)} -> {q(b)}" for a, b in renames)
        ctx.emit(
            ChangeKind.MODEL_RENAMED,
            pointer,
            f"{change}; the models of its inline bodies are renamed ({renamed}); "
            "code importing the old class names breaks",
        )
    else:
        ctx.emit(
            ChangeKind.DOCS_CHANGED,
            pointer,
            f"{change}; the client method keeps its name, {call}",
        )


def _inline_models(op: OperationRef) -> list[str]:
    """The names of the models the generator makes of the operation's inline bodies."""
    return [name for name, media in body_models(op) if hoists(media.get("schema"))]


def _parameters(resolver: Resolver, op: OperationRef) -> Parameters:
    """Parameters by (location, name): the path item's, overridden by the operation's own."""
    return {
        (p.location, p.name): (p.parameter, p.pointer)
        for p in iter_parameters(resolver.document, op)
    }
