"""Annotations: documentation keywords (patch), `deprecated` (minor), `default` (flagged)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._context import Context
from ._kinds import ChangeKind
from ._messages import q
from ._refs import join, parent
from ._views import NOTE_KEYS, same_value

Notes = Mapping[str, tuple[Any, str]]


def notes_of(node: Mapping[str, Any], pointer: str) -> Notes:
    """The annotation keywords on one node, each with its pointer."""
    return {k: (node[k], join(pointer, k)) for k in NOTE_KEYS if k in node}


def compare_notes(ctx: Context, old: Notes, new: Notes) -> None:
    """Report changed documentation, deprecation and defaults."""
    for key in NOTE_KEYS:
        before, after = old.get(key), new.get(key)
        if same_value(_value(key, before), _value(key, after)):
            continue
        # The keyword's own pointer: in NEW, or in OLD when the keyword was dropped.
        pointer = after[1] if after else before[1] if before else ""
        subject = ctx.subject(parent(pointer), old=after is None)
        if key == "deprecated":
            _deprecation(ctx, pointer, subject, _value(key, after) is True)
        elif key == "default":
            old_value = q(before[0]) if before else "none"
            new_value = q(after[0]) if after else "none"
            ctx.emit(
                ChangeKind.DEFAULT_CHANGED,
                pointer,
                f"{subject}: default changed from {old_value} to {new_value}; "
                "code that leaves it out now gets the new value",
            )
        else:
            verb = (
                "added" if before is None else "removed" if after is None else "changed"
            )
            ctx.emit(ChangeKind.DOCS_CHANGED, pointer, f"{subject}: {key} {verb}")


def _value(key: str, note: tuple[Any, str] | None) -> Any:
    """The annotation's value; `deprecated` is True or False (absent)."""
    value = note[0] if note else None
    return value is True if key == "deprecated" else value


def _deprecation(ctx: Context, pointer: str, subject: str, deprecated: bool) -> None:
    if deprecated:
        message = (
            f"{subject} is now deprecated; plan to move off it before it is removed"
        )
        ctx.emit(ChangeKind.DEPRECATED, pointer, message)
    else:
        ctx.emit(ChangeKind.DOCS_CHANGED, pointer, f"{subject} is no longer deprecated")
