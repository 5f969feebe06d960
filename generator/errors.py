"""Every error the generator raises, and the located problem record they carry.

The tree::

    GeneratorError                 anything the CLI turns into exit code 2
    ├── SpecError                  the spec is wrong; carries one or more located Problems
    ├── ConfigError                bad options or pyproject.toml settings
    ├── DiffError                  two specs cannot be compared (a bad $ref, a bad git ref)
    ├── ReleaseError               a release step cannot go on (no history, a failed check)
    └── InternalError              a bug, or a third-party tool failing unexpectedly; names the
                                   stage and the spec location being processed, when known

Only ``generator.cli`` prints these and picks exit codes.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# The note ``at`` adds to an exception raised while a spec location is being processed.
_AT = "while processing the spec at #"


class Severity(enum.Enum):
    """How much a problem matters: errors stop generation, warnings do not (unless strict)."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the spec, located compiler-style."""

    file: str
    line: int
    column: int
    pointer: str
    message: str
    hint: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        text = (
            f"{self.file}:{self.line}:{self.column}: {self.pointer or '#'}: "
            f"{prefix}{self.message}; {self.hint}"
        )
        # Spec text (keys, values) is in here: it must not start a new line or drive a terminal.
        return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)

    def to_json(self) -> dict[str, object]:
        """As stored in the run cache (``from_json`` reads it back)."""
        return {**asdict(self), "severity": self.severity.value}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Problem:
        """A problem stored by ``to_json``; raises ``TypeError``/``ValueError`` if it is not one."""
        return cls(**{**data, "severity": Severity(data["severity"])})

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order problems by place in the file, then by text, for stable output."""
        return (self.file, self.line, self.column, self.pointer, self.message)


class GeneratorError(Exception):
    """Base of every error the generator reports to users."""


class SpecError(GeneratorError):
    """The spec cannot be used; ``problems`` lists every located reason at once."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(sorted(problems, key=Problem.sort_key))
        super().__init__("\n".join(str(p) for p in self.problems))


class ConfigError(GeneratorError):
    """An option or a ``[tool.generator]`` setting is invalid."""


class DiffError(GeneratorError):
    """Two specs could not be compared; the message says where, what, and what to do."""


class ReleaseError(GeneratorError):
    """A release step cannot go on: no git history, a version it cannot bump, a failed check."""


class InternalError(GeneratorError):
    """Something failed that should not have.

    ``stage`` names the pipeline stage and ``pointer`` the spec location it was processing
    (both empty when unknown); the original exception is the ``__cause__``, whose traceback
    ``--debug`` shows.
    """

    def __init__(
        self, message: str, *, stage: str = "", pointer: str | None = None
    ) -> None:
        super().__init__(message)
        self.stage = stage
        self.pointer = pointer


@contextmanager
def at(pointer: str) -> Iterator[None]:
    """Mark an unexpected exception raised inside with the spec location being processed.

    Stages wrap their work on each operation or schema in it; the pipeline reads the
    innermost mark (``located_at``) to say where an internal failure happened, and the note
    shows in the ``--debug`` traceback.
    """
    try:
        yield
    except GeneratorError:
        raise
    except Exception as err:
        if located_at(err) is None:
            err.add_note(_AT + pointer)
        raise


def located_at(err: BaseException) -> str | None:
    """The pointer ``at`` recorded on an exception, if any."""
    for note in getattr(err, "__notes__", ()):
        if isinstance(note, str) and note.startswith(_AT):
            return note[len(_AT) :]
    return None
