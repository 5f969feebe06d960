"""Values made from a schema where the spec documents no example, and new ids.

``sample`` fills what a schema requires (and what it documents an example for), preferring
the schema's own ``example``, ``const``, ``default`` or first ``enum`` value; ``new_id``
shapes a generated id like the documented one, so it still matches the id's pattern.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from ._schema import resolve

__all__ = ["matching", "new_id", "sample"]

_MAX_DEPTH = 12
_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "",
    "binary": "",
}
_TAIL = re.compile(r"[0-9A-Fa-f]+$")
# One character each escape or class stands for, when a pattern is turned into a value.
_ESCAPES = {"d": "0", "w": "a", "s": " ", "D": "a", "W": "-", "S": "a"}
_QUANTIFIER = re.compile(r"\{(\d+)(?:,(\d*))?\}|[?*+]")


def sample(schema: Any, schemas: Mapping[str, Any], depth: int = 0) -> Any:
    """A value of ``schema``: documented values first, else the least that satisfies it."""
    node = resolve(schema, schemas)
    for key in ("example", "const", "default"):
        if key in node:
            return copy.deepcopy(node[key])
    enum = node.get("enum")
    if isinstance(enum, list) and enum:
        return copy.deepcopy(enum[0])
    if depth > _MAX_DEPTH:
        return None
    members = node.get("allOf")
    if isinstance(members, list) and members:
        merged: Any = None
        for member in members:
            part = sample(member, schemas, depth + 1)
            merged = (
                {**merged, **part}
                if isinstance(merged, dict) and isinstance(part, dict)
                else part
            )
        return merged
    for key in ("oneOf", "anyOf"):
        choices = node.get(key)
        if isinstance(choices, list) and choices:
            usable = [c for c in choices if resolve(c, schemas).get("type") != "null"]
            return sample((usable or choices)[0], schemas, depth + 1)
    return _typed(node, schemas, depth)


def _typed(node: Mapping[str, Any], schemas: Mapping[str, Any], depth: int) -> Any:
    kinds = node.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    kind = next((k for k in kinds if k != "null"), kinds[0])
    if kind is None:
        kind = (
            "object" if "properties" in node else "array" if "items" in node else None
        )
    if kind == "object":
        props = node.get("properties")
        props = props if isinstance(props, Mapping) else {}
        required = set(node.get("required") or ())
        return {
            name: sample(sub, schemas, depth + 1)
            for name, sub in props.items()
            if name in required or "example" in resolve(sub, schemas)
        }
    if kind == "array":
        count = node.get("minItems")
        count = count if isinstance(count, int) else 0
        return [sample(node.get("items"), schemas, depth + 1) for _ in range(count)]
    if kind == "string":
        pattern = node.get("pattern")
        made = matching(pattern) if isinstance(pattern, str) else None
        if made is not None:
            return made
        text = _FORMATS.get(str(node.get("format")), "string")
        low = node.get("minLength")
        return text.ljust(low, "x") if isinstance(low, int) else text
    if kind in ("integer", "number"):
        return _number(node, kind)
    if kind == "boolean":
        return False
    return None


def _number(node: Mapping[str, Any], kind: str) -> int | float:
    value: float = 0
    low, ex_low, high = (
        node.get("minimum"),
        node.get("exclusiveMinimum"),
        node.get("maximum"),
    )
    if isinstance(low, (int, float)) and not isinstance(low, bool):
        value = low + (1 if ex_low is True else 0)
    elif isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool):
        value = ex_low + 1
    if isinstance(high, (int, float)) and not isinstance(high, bool) and value > high:
        value = high
    return int(value) if kind == "integer" else float(value)


def new_id(
    number: int, example: Any, schema: Mapping[str, Any], fits: Callable[[Any], bool]
) -> str | int:
    """The ``number``-th generated id: the documented one with its tail replaced by the
    number (``call_123`` → ``call_001``; a UUID keeps its shape), the shortest tail that
    still ``fits`` (``XEaaa`` keeps its ``E``); else one made from the id's type."""
    if isinstance(example, int) and not isinstance(example, bool):
        return number
    if isinstance(example, str) and example:
        tail = _TAIL.search(example)
        digits = str(number)
        width = len(tail.group()) if tail is not None else 0
        candidates = [
            example[: len(example) - size] + digits.zfill(size)
            for size in range(width, len(digits) - 1, -1)
        ]
        candidates.append(f"{example}_{number}")
        return next((c for c in candidates if fits(c)), candidates[0])
    kinds = schema.get("type")
    if kinds == "integer" or (isinstance(kinds, list) and "integer" in kinds):
        return number
    if schema.get("format") == "uuid":
        return str(uuid.UUID(int=number))
    return f"fake_{number}"


def matching(pattern: str) -> str | None:
    """The shortest text a simple pattern (literals, classes, groups, quantifiers; the
    first branch of an alternation) matches, such as ``^MG[0-9a-fA-F]{32}$``; None when
    the pattern is beyond that or the text does not match it after all."""
    try:
        made, end = _sequence(pattern, 0)
        compiled = re.compile(pattern)
    except (IndexError, ValueError, re.error):
        return None
    if end != len(pattern) or compiled.search(made) is None:
        return None
    return made


def _sequence(pattern: str, i: int) -> tuple[str, int]:
    """Text for ``pattern[i:]`` up to the end of its group; the index where it stopped."""
    out = []
    while i < len(pattern) and pattern[i] != ")":
        char = pattern[i]
        if char == "|":  # the first branch is enough: skip the others
            depth = 0
            while i < len(pattern) and not (pattern[i] == ")" and depth == 0):
                depth += {"(": 1, ")": -1}.get(pattern[i], 0)
                i += 1
            break
        if char in "^$":
            i += 1
            continue
        if char == "(":
            start = i + 1
            if pattern.startswith("?:", start):
                start += 2
            piece, i = _sequence(pattern, start)
            i += 1  # the closing parenthesis
        elif char == "[":
            end = pattern.index("]", i + 2 if pattern[i + 1] == "^" else i + 1)
            piece, i = _class(pattern[i + 1 : end]), end + 1
        elif char == "\\":
            piece, i = _ESCAPES.get(pattern[i + 1], pattern[i + 1]), i + 2
        elif char == ".":
            piece, i = "a", i + 1
        else:
            piece, i = char, i + 1
        count, i = _count(pattern, i)
        out.append(piece * count)
    return "".join(out), i


def _class(body: str) -> str:
    """One character a ``[...]`` class matches (a negated class: a letter it leaves out)."""
    if body.startswith("^"):
        excluded = body[1:]
        return next(c for c in "aA0_-" if c not in excluded)
    if body.startswith("\\"):
        return _ESCAPES.get(body[1], body[1])
    return body[0]


def _count(pattern: str, i: int) -> tuple[int, int]:
    """How many times the piece before ``i`` repeats (its least), and where the text goes on."""
    found = _QUANTIFIER.match(pattern, i)
    if found is None:
        return 1, i
    end = found.end()
    if end < len(pattern) and pattern[end] in "?+":  # lazy or possessive
        end += 1
    if found.group(1) is not None:
        return int(found.group(1)), end
    return (1 if found.group() == "+" else 0), end
