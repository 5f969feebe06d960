"""A string that matches a simple ``pattern``, chosen deterministically.

Walks the pattern as Python's own regular-expression parser reads it: the first alternative of
a branch, the lowest character of a class, each repetition at its minimum (at least once, so
``\\d+`` gives one digit). Look-arounds are skipped; the result is checked with ``re.search``
(JSON Schema patterns are unanchored), and ``None`` means "too clever for this walk".
"""

from __future__ import annotations

import re

# The standard library's own parser of regular expressions (Python 3.11+), untyped.
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_CATEGORY = {
    _c.CATEGORY_DIGIT: "0",
    _c.CATEGORY_NOT_DIGIT: "a",
    _c.CATEGORY_SPACE: " ",
    _c.CATEGORY_NOT_SPACE: "a",
    _c.CATEGORY_WORD: "a",
    _c.CATEGORY_NOT_WORD: "-",
}
_MAX_REPEAT = 64


def example_for(pattern: str, variant: int = 0, min_length: int = 0) -> str | None:
    """A string ``re.search(pattern, s)`` accepts, at least ``min_length`` long, or None.

    Repetitions go to their minimum; when that is too short, the open-ended ones (``+``,
    ``*``, ``{n,}``) are stretched to ``min_length`` repetitions.
    """
    for stretch in (0, min_length):
        try:
            text = _Walk(variant, stretch).items(list(_parser.parse(pattern)))
        except (re.error, ValueError, TypeError, KeyError, RecursionError):
            return None
        if len(text) >= min_length and re.search(pattern, text):
            return text
    return None


class _Walk:
    """One deterministic walk of a parsed pattern."""

    def __init__(self, variant: int, stretch: int) -> None:
        self.variant = variant
        self.stretch = stretch
        self.groups: dict[int, str] = {}

    def items(self, items: list[tuple[Any, Any]]) -> str:
        return "".join(self.item(op, arg) for op, arg in items)

    def item(self, op: Any, arg: Any) -> str:
        if op is _c.LITERAL:
            return chr(arg)
        if op is _c.NOT_LITERAL:
            return "a" if chr(arg) != "a" else "b"
        if op is _c.ANY:
            return "a"
        if op is _c.IN:
            return _pick(arg, self.variant)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            count = max(low, 1 if high else 0)
            if self.stretch and high == _c.MAXREPEAT:
                count = max(count, self.stretch)
            if count > max(_MAX_REPEAT, self.stretch):
                raise ValueError("repetition too long")
            return "".join(self.items(list(sub)) for _ in range(count))
        if op is _c.SUBPATTERN:
            group, _add, _del, sub = arg
            text = self.items(list(sub))
            if group is not None:
                self.groups[group] = text
            return text
        if op is _c.BRANCH:
            return self.items(list(arg[1][0]))
        if op is _c.GROUPREF:
            return self.groups[arg]
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return ""
        raise ValueError(f"unsupported pattern element {op}")


def _pick(options: list[tuple[Any, Any]], variant: int) -> str:
    """A character of a class: the variant-th of its first range, or a literal."""
    if options and options[0][0] is _c.NEGATE:
        excluded = {chr(a) for op, a in options[1:] if op is _c.LITERAL}
        return next(c for c in "abcxyz019" if c not in excluded)
    for op, arg in options:
        if op is _c.LITERAL:
            return chr(arg)
        if op is _c.RANGE:
            low, high = arg
            return chr(min(low + variant, high))
        if op is _c.CATEGORY and arg in _CATEGORY:
            return _CATEGORY[arg]
    raise ValueError("empty character class")
