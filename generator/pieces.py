"""Cut a module into pieces that black formats one by one, and join what it makes of them.

Each piece is formatted and cached on its own, so an edit re-formats the piece it touched, not
the whole module, and the pieces of one large module run in parallel. A cut falls before a
top-level class (black puts exactly two blank lines there) or before a method of a top-level
class (exactly one blank line). A run of methods is formatted inside a stand-in ``class _:``
line, which gives it the indentation black sees in the module, and the line is dropped after.
Joined, the pieces are black's output for the whole module: a test checks it on every real-world
spec, with pieces far smaller than these.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# A module or class longer than about this many lines is cut.
PIECE_LINES = 60
_STAND_IN = "class _:\n"


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of a module: ``text`` as it stands in it; ``methods``: cut before a method."""

    text: str
    methods: bool = False

    @property
    def source(self) -> str:
        """What black formats: the text, inside the stand-in class if it starts with a method."""
        return _STAND_IN + self.text if self.methods else self.text

    def unwrap(self, formatted: str) -> str:
        """black's output for ``source`` without the stand-in class line."""
        return formatted[len(_STAND_IN):] if self.methods else formatted


def cut(text: str, piece_lines: int = PIECE_LINES) -> list[Piece]:
    """``text`` cut before top-level classes and methods into pieces of about ``piece_lines``."""
    lines = text.splitlines(keepends=True)
    if len(lines) < 2 * piece_lines:
        return [Piece(text)]
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return [Piece(text)]  # black reports it, with the file name
    pieces: list[Piece] = []
    start, methods = 0, False
    for line, is_method in _cuts(tree, lines):
        if line - start >= piece_lines:
            pieces.append(Piece("".join(lines[start:line]), methods))
            start, methods = line, is_method
    pieces.append(Piece("".join(lines[start:]), methods))
    return pieces


def join(formatted: Sequence[str], pieces: Sequence[Piece]) -> str:
    """black's output for each piece (in order) back into one module."""
    module = pieces[0].unwrap(formatted[0])
    for piece, text in zip(pieces[1:], formatted[1:], strict=True):
        blank = "\n" if piece.methods else "\n\n"
        module = module.rstrip("\n") + "\n" + blank + piece.unwrap(text)
    return module


def _cuts(tree: ast.Module, lines: list[str]) -> Iterator[tuple[int, bool]]:
    """(line index, before a method?) of every place a module may be cut, in order.

    A cut comes before the decorators and the comment lines right above what it cuts, which
    black keeps attached to it.
    """
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        if not node.decorator_list:
            yield _above_comments(node.lineno - 1, lines), False
        for member in node.body[1:]:  # never between the class line and its body
            if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([member.lineno, *(d.lineno for d in member.decorator_list)]) - 1
                yield _above_comments(first, lines), True


def _above_comments(line: int, lines: list[str]) -> int:
    """``line`` moved up over the comment lines right above it at its own indentation (a comment
    indented deeper ends the block before it, and black keeps it there)."""
    indent = lines[line][: len(lines[line]) - len(lines[line].lstrip())]
    while line > 0 and lines[line - 1].startswith(indent + "#"):
        line -= 1
    return line
