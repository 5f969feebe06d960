"""Match operations by method and path template, then compare each pair that survived."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from ._context import Context
from ._exchange import compare_parameters, compare_request_bodies, compare_responses
from ._kinds import ChangeKind
from ._messages import METHODS, operation_label, q
from ._notes import compare_notes, notes_of
from ._refs import Resolver, as_list, as_map, join
from ._security import compare_requirements

_TEMPLATE = re.compile(r"\{[^}]*\}")


@dataclasses.dataclass(frozen=True, slots=True)
class Operation:
    """One operation, with the path item that holds its shared parameters."""

    path: str
    method: str
    node: Mapping[str, Any]
    pointer: str
    item: Mapping[str, Any]
    item_pointer: str

    @property
    def label(self) -> str:
        """`POST /pets (createPet)` for messages."""
        return operation_label(self.method, self.path, self.node.get("operationId"))


def operations(resolver: Resolver) -> dict[tuple[str, str], Operation]:
    """Operations keyed by (path with parameter names blanked, method)."""
    found: dict[tuple[str, str], Operation] = {}
    paths = as_map(resolver.document.get("paths"))
    for path in sorted(paths, key=str):
        item, item_pointer = resolver.resolve(paths[path], join("/paths", str(path)))
        for method in METHODS:
            node = item.get(method)
            if isinstance(node, Mapping):
                operation = Operation(
                    str(path),
                    method,
                    node,
                    join(item_pointer, method),
                    item,
                    item_pointer,
                )
                # `/pets/{id}` and `/pets/{petId}` are one operation whose parameter was renamed.
                found.setdefault((_TEMPLATE.sub("{}", str(path)), method), operation)
    return found


def compare_operations(ctx: Context) -> None:
    """Report operations added, removed, and changed inside."""
    old, new = operations(ctx.old), operations(ctx.new)
    for key in sorted(new.keys() - old.keys()):
        message = f"operation {new[key].label} added; a new client method"
        ctx.emit(ChangeKind.OPERATION_ADDED, new[key].pointer, message)
    for key in sorted(old.keys() - new.keys()):
        message = (
            f"operation {old[key].label} removed; code calling its client method breaks"
        )
        ctx.emit(ChangeKind.OPERATION_REMOVED, old[key].pointer, message)
    for key in sorted(old.keys() & new.keys()):
        _compare_operation(ctx, old[key], new[key])


def _compare_operation(ctx: Context, old: Operation, new: Operation) -> None:
    compare_notes(ctx, notes_of(old.node, old.pointer), notes_of(new.node, new.pointer))
    _naming(ctx, old, new)
    compare_parameters(ctx, _parameters(ctx.old, old), _parameters(ctx.new, new))
    compare_request_bodies(ctx, old.node, old.pointer, new.node, new.pointer)
    compare_responses(ctx, old.node, old.pointer, new.node, new.pointer)
    if "security" in old.node or "security" in new.node:
        # Without its own `security`, an operation follows the root's, compared once elsewhere.
        where = join(new.pointer, "security") if "security" in new.node else new.pointer
        compare_requirements(
            ctx,
            old.node.get("security", ctx.old.document.get("security")),
            new.node.get("security", ctx.new.document.get("security")),
            where,
            f"operation {new.label}",
        )


def _naming(ctx: Context, old: Operation, new: Operation) -> None:
    """operationId names the Python method; the first tag names the resource holding it."""
    before, after = old.node.get("operationId"), new.node.get("operationId")
    if before != after:
        ctx.emit(
            ChangeKind.OPERATION_ID_CHANGED,
            join(new.pointer, "operationId") if after is not None else new.pointer,
            f"operation {new.label}: operationId changed from {q(before)} to {q(after)}; "
            "its client method is renamed",
        )
    before, after = _first_tag(old.node), _first_tag(new.node)
    if before != after:
        ctx.emit(
            ChangeKind.OPERATION_TAG_CHANGED,
            join(new.pointer, "tags") if after is not None else new.pointer,
            f"operation {new.label} moved from resource {q(before)} to {q(after)}; "
            "code calling it through the old resource breaks",
        )


def _first_tag(node: Mapping[str, Any]) -> Any:
    tags = as_list(node.get("tags"))
    return tags[0] if tags else None


def _parameters(
    resolver: Resolver, operation: Operation
) -> dict[tuple[str, str], tuple[Mapping[str, Any], str]]:
    """Parameters by (location, name): the path item's, overridden by the operation's own."""
    found: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
    owners = (
        (operation.item, operation.item_pointer),
        (operation.node, operation.pointer),
    )
    for owner, owner_pointer in owners:
        for i, raw in enumerate(as_list(owner.get("parameters"))):
            node, pointer = resolver.resolve(raw, join(owner_pointer, "parameters", i))
            name, location = node.get("name"), node.get("in")
            if isinstance(name, str) and isinstance(location, str):
                found[location, name] = (node, pointer)
    return found
