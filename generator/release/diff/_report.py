"""The result of a diff: changes, sorted and de-duplicated, and the semver bump they force."""

from __future__ import annotations

import dataclasses

from ._kinds import Bump, ChangeKind, Severity


@dataclasses.dataclass(frozen=True, slots=True)
class Change:
    """One change a client user can feel, located by a JSON pointer.

    The pointer is into the NEW document, or into the OLD one when the thing exists only there
    (removals).
    """

    kind: ChangeKind
    severity: Severity
    pointer: str
    message: str

    @classmethod
    def of(cls, kind: ChangeKind, pointer: str, message: str) -> Change:
        """A change whose severity comes from the rule table."""
        return cls(kind, kind.severity, pointer, message)

    @property
    def sort_key(self) -> tuple[int, str, str, str]:
        """Most severe first, then by pointer, kind and message."""
        return (self.severity.rank, self.pointer, self.kind.value, self.message)


@dataclasses.dataclass(frozen=True, slots=True)
class DiffReport:
    """Every change between two specs, in a deterministic order, and the bump they call for."""

    changes: tuple[Change, ...]

    def __post_init__(self) -> None:
        # The same shared schema is reached from many operations; report each change once.
        unique = {(c.kind, c.pointer, c.message): c for c in self.changes}
        object.__setattr__(
            self, "changes", tuple(sorted(unique.values(), key=lambda c: c.sort_key))
        )

    @property
    def bump(self) -> Bump:
        """The semver part to bump: the largest any change forces, or "none"."""
        if not self.changes:
            return "none"
        return self.changes[0].severity.bump  # sorted most severe first

    @property
    def flagged(self) -> tuple[Change, ...]:
        """The potentially breaking changes, which bump minor but deserve a human look."""
        return tuple(
            c for c in self.changes if c.severity is Severity.POTENTIALLY_BREAKING
        )

    def exit_code(self, fail_on: Severity | None) -> int:
        """1 when some change is at least as severe as `fail_on`, else 0."""
        if fail_on is None:
            return 0
        return int(any(c.severity.rank <= fail_on.rank for c in self.changes))
