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


def example_for(pattern: str, variant: int = 0) -> str | None:
    """A string ``re.search(pattern, s)`` accepts, or None."""
    try:
        parsed = _parser.parse(pattern)
        groups: dict[int, str] = {}
        text = _walk(list(parsed), groups, variant)
    except (re.error, ValueError, TypeError, KeyError, RecursionError):
        return None
    return text if re.search(pattern, text) else None


def _walk(items: list[tuple[Any, Any]], groups: dict[int, str], variant: int) -> str:
    out = []
    for op, arg in items:
        if op is _c.LITERAL:
            out.append(chr(arg))
        elif op is _c.NOT_LITERAL:
            out.append("a" if chr(arg) != "a" else "b")
        elif op is _c.ANY:
            out.append("a")
        elif op is _c.IN:
            out.append(_pick(arg, variant))
        elif op in (
            _c.MAX_REPEAT,
            _c.MIN_REPEAT,
            getattr(_c, "POSSESSIVE_REPEAT", None),
        ):
            low, high, sub = arg
            count = max(low, 1 if high else 0)
            if count > _MAX_REPEAT:
                raise ValueError("repetition too long")
            out.append("".join(_walk(list(sub), groups, variant) for _ in range(count)))
        elif op is _c.SUBPATTERN:
            group, _add, _del, sub = arg
            text = _walk(list(sub), groups, variant)
            if group is not None:
                groups[group] = text
            out.append(text)
        elif op is _c.BRANCH:
            _, alternatives = arg
            out.append(_walk(list(alternatives[0]), groups, variant))
        elif op is _c.GROUPREF:
            out.append(groups[arg])
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        else:
            raise ValueError(f"unsupported pattern element {op}")
    return "".join(out)


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
