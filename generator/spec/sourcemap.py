"""Where each part of the bundled document came from: file, line, column, pointer.

Positions are found lazily, only when a problem needs one, by composing the YAML node tree
of the file that holds the part; loading itself stays on the fast path.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from generator.spec import pointer as jp

_PAIR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")


class SourceMap:
    """Maps pointers in the bundled document to their file and position."""

    def __init__(self, display: Callable[[Path], str]) -> None:
        self._display = display
        self._texts: dict[Path, str] = {}
        self._trees: dict[Path, yaml.Node | None] = {}
        self._origins: dict[str, tuple[Path, str]] = {}

    def add_text(self, path: Path, text: str) -> None:
        """Remember a file's text so positions in it can be found later."""
        self._texts[path] = text
        if not self._origins:
            self._origins[""] = (path, "")

    def add_origin(self, bundled_pointer: str, file: Path, file_pointer: str) -> None:
        """Record that the subtree at ``bundled_pointer`` was read from ``file`` at ``file_pointer``."""
        self._origins[bundled_pointer] = (file, file_pointer)

    def origin(self, bundled_pointer: str) -> tuple[Path, str]:
        """The file and in-file pointer of a bundled-document pointer."""
        best = ""
        for prefix in self._origins:
            if len(prefix) > len(best) and (
                bundled_pointer == prefix or bundled_pointer.startswith(prefix + "/")
            ):
                best = prefix
        file, base = self._origins[best]
        return file, base + bundled_pointer[len(best) :]

    def locate(self, bundled_pointer: str) -> tuple[str, int, int, str]:
        """Display name, line, column and in-file pointer for a bundled-document pointer."""
        file, pointer = self.origin(bundled_pointer)
        line, column = self.position(file, pointer)
        return self._display(file), line, column, pointer

    def position(self, file: Path, pointer: str) -> tuple[int, int]:
        """1-based line and column of the deepest existing node on ``pointer`` in ``file``."""
        node = self._tree(file)
        if node is None:
            return 1, 1
        mark = node.start_mark
        for segment in jp.split(pointer):
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode) and key.value == segment:
                        mark, node = key.start_mark, value
                        break
                else:
                    break
            elif isinstance(node, yaml.SequenceNode) and segment.isdigit():
                index = int(segment)
                if index >= len(node.value):
                    break
                node = node.value[index]
                mark = node.start_mark
            else:
                break
        return mark.line + 1, mark.column + 1

    def _tree(self, file: Path) -> yaml.Node | None:
        if file not in self._trees:
            text = self._texts.get(file)
            try:
                # libyaml's loader when it is installed (PyYAML's C extension).
                loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
                if text and file.suffix.lower() == ".json":
                    # YAML parsers refuse JSON's escaped surrogate pairs; two escaped spaces
                    # of the same length keep every line and column where it was.
                    text = _PAIR.sub(r"\\u0020\\u0020", text)
                self._trees[file] = yaml.compose(text, Loader=loader) if text else None
            except (yaml.YAMLError, RecursionError):
                self._trees[file] = (
                    None  # positions are best effort; the problem still shows
                )
        return self._trees[file]
