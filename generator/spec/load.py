"""Load a spec: read the root file and every file it references, bundled into one document.

The result carries where each part came from (file, line, column) for located problems, and
a content hash of every file read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import Problem, Severity, SpecError
from generator.spec.bundle import Bundler
from generator.spec.digest import spec_digest
from generator.spec.read import display_name
from generator.spec.sourcemap import SourceMap

__all__ = ["Spec", "load_spec"]


@dataclass(frozen=True, slots=True)
class Spec:
    """A loaded spec: the bundled document, where each part came from, and a content hash."""

    root: Path
    document: dict[str, Any]
    sources: SourceMap
    sha256: str
    files: tuple[Path, ...]

    def problem(
        self, pointer: str, message: str, hint: str, severity: Severity = Severity.ERROR
    ) -> Problem:
        """A problem at a bundled-document pointer, located in the file it came from."""
        file, line, column, file_pointer = self.sources.locate(pointer)
        return Problem(
            file,
            line,
            column,
            "#" + file_pointer if file_pointer else "#",
            message,
            hint,
            severity,
        )

    def where(self, pointer: str) -> str:
        """``file:line (#pointer)`` of a bundled-document pointer, for messages."""
        file, line, _, file_pointer = self.sources.locate(pointer)
        return f"{file}:{line} (#{file_pointer})"


def load_spec(path: Path) -> Spec:
    """Read ``path`` and every file it references, and bundle them into one document."""
    root = path.resolve()
    sources = SourceMap(display=display_name)
    if not root.is_file():
        raise SpecError(
            [
                Problem(
                    display_name(path),
                    1,
                    1,
                    "",
                    "the spec file does not exist",
                    "pass --spec with the path of your OpenAPI document",
                )
            ]
        )
    bundler = Bundler(root, sources)
    document = bundler.bundle()
    digest = spec_digest(
        (f.relative_to(root.parent).as_posix(), bundler.raw[f]) for f in bundler.files
    )
    return Spec(
        root,
        document,
        sources,
        digest,
        tuple(sorted(bundler.files, key=lambda p: p.as_posix())),
    )
