"""The state one diff run shares: both documents, the changes found, and what was visited."""

from __future__ import annotations

import dataclasses

from ._kinds import ChangeKind, Side
from ._messages import subject_of
from ._refs import Resolver
from ._report import Change


@dataclasses.dataclass(slots=True)
class Context:
    """Both documents' resolvers plus the run's findings; only the compare modules write to it."""

    old: Resolver
    new: Resolver
    changes: list[Change] = dataclasses.field(default_factory=list)
    # (old pointer, new pointer, side) of schema pairs already compared: ends recursion through
    # cyclic refs, and reports a schema shared by many operations once.
    visited: set[tuple[str, str, Side]] = dataclasses.field(default_factory=set)
    # Model renames found first, so unions still recognise a renamed member.
    model_renames: dict[str, str] = dataclasses.field(default_factory=dict)

    def emit(self, kind: ChangeKind, pointer: str, message: str) -> None:
        """Record one change."""
        self.changes.append(Change.of(kind, pointer, message))

    def subject(self, pointer: str, *, old: bool = False) -> str:
        """What a pointer into the new (or old) document names, for the start of a message."""
        return subject_of(pointer, (self.old if old else self.new).document)
