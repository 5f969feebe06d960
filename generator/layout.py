"""Lay out a bracketed list (a signature, a call, a dict) the way black would.

black still formats every generated module and has the last word; this only spares it the
work. On text whose long lines are already split, black runs about twice as fast (it parses
the same, but tries far fewer ways of splitting), and long signatures and calls are most of
what the templates write. A guess that differs from black's choice is corrected by black.

black's choices, for a list that does not fit on its line: a call or a ``def`` first "hugs"
(the items on one indented line between the brackets), then puts one item per line with a
trailing comma; a collection literal goes straight to one item per line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

LINE_LENGTH = 88  # black's default, which the formatter uses


@dataclass(frozen=True, slots=True)
class Nested:
    """A bracketed item inside a list (``path={...}``), split on its own if it is too long."""

    head: str
    items: tuple[str, ...]
    opening: str = "{"
    closing: str = "}"

    def flat(self) -> str:
        return f"{self.head}{self.opening}{', '.join(self.items)}{self.closing}"


Item = str | Nested


def layout(head: str, items: Sequence[Item], tail: str = "", indent: int = 0, *,
           opening: str = "(", closing: str = ")", hug: bool = True) -> str:
    """``head(items)tail`` at ``indent`` spaces, without the leading indent of its first line."""
    joined = ", ".join(_flat(item) for item in items)
    one_line = f"{head}{opening}{joined}{closing}{tail}"
    if indent + len(one_line) <= LINE_LENGTH:
        return one_line
    inner = " " * (indent + 4)
    if hug and indent + 4 + len(joined) <= LINE_LENGTH:
        return f"{head}{opening}\n{inner}{joined}\n{' ' * indent}{closing}{tail}"
    lines = [f"{head}{opening}"]
    for item in items:
        if isinstance(item, Nested):  # the trailing comma counts towards its line's length
            lines.append(inner + layout(item.head, item.items, ",", indent + 4, opening=item.opening,
                                        closing=item.closing, hug=False))
        else:
            lines.append(f"{inner}{item},")
    lines.append(f"{' ' * indent}{closing}{tail}")
    return "\n".join(lines)


def _flat(item: Item) -> str:
    return item.flat() if isinstance(item, Nested) else item
