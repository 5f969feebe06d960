"""``name=value`` pairs (a query string, a form body) compared parameter by parameter.

Each parameter claims the pairs it would be sent as (or that carry its own name, where a wrong
serialisation left them), and its pairs are compared with the reference serialiser's as a
server reads them; what no parameter claims is reported as unexpected.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote_plus

from . import styles, tokens
from .document import Param


def describe(p: Param, value: Any) -> str:
    """How a parameter is serialised, for messages."""
    if p.content_type:
        return f"content {p.content_type}"
    return f"style={p.style}, explode={str(p.explode).lower()}, {styles.kind(value)}"


def compare_pairs(
    given: list[tuple[Param, Any]],
    actual: list[tuple[str, str]],
    ignored: frozenset[str] = frozenset(),
) -> list[str]:
    """Compare ``name=value`` pairs (a query, a form body) with each parameter's expected ones.

    Each parameter claims the pairs named as it would name them (or by its own name, where a
    wrong serialisation left them); what no parameter claims is reported as unexpected.
    """
    claimed = [False] * len(actual)
    problems = []
    for p, value in given:
        expected = _expected_pairs(p, value)
        # As many pairs of each name as expected (two exploded objects may share a
        # property name), and any pair carrying the parameter's own name (a wrong spelling).
        wanted: dict[str, int] = {}
        for k, _ in expected:
            wanted[unquote_plus(k)] = wanted.get(unquote_plus(k), 0) + 1
        mine = []
        for i, (k, _) in enumerate(actual):
            if claimed[i]:
                continue
            deep = p.style == "deepObject" and k.startswith(p.name + "[")
            if wanted.get(k, 0) > 0:
                wanted[k] -= 1
                mine.append(i)
            elif k == p.name or deep:
                mine.append(i)
        for i in mine:
            claimed[i] = True
        got = [actual[i] for i in mine]
        if not _same_pairs(p, value, got, expected):
            shown_got = "&".join(f"{k}={v}" for k, v in got) or "nothing"
            shown_expected = "&".join(f"{k}={v}" for k, v in expected)
            problems.append(
                f"{p.name!r} ({describe(p, value)}): sent {shown_got}, "
                f"expected {shown_expected}"
            )
    extra = [
        f"{k}={v}"
        for i, (k, v) in enumerate(actual)
        if not claimed[i] and k not in ignored
    ]
    if extra:
        problems.append(f"unexpected: {'&'.join(extra)}")
    return problems


def _expected_pairs(p: Param, value: Any) -> list[tuple[str, str]]:
    if p.content_type:
        return [(styles.encode(p.name), styles.encode(json.dumps(value)))]
    if p.style != "form" and styles.kind(value) == "primitive":
        # n/a in the examples table (deepObject, pipe- or spaceDelimited holding a
        # primitive, as a union member may): the form spelling, name=value, is expected
        return styles.query_pairs(p.name, value, "form", True, p.allow_reserved)
    return styles.query_pairs(p.name, value, p.style, p.explode, p.allow_reserved)


def _same_pairs(
    p: Param, value: Any, got: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> bool:
    if p.content_type:
        return len(got) == 1 and json_text_equal(unquote_plus(got[0][1]), value)
    if p.style == "deepObject" and styles.kind(value) != "primitive":
        return _deep(got) == _deep(expected)
    delimiters: Mapping[str, str] = {}
    if styles.kind(value) != "primitive":
        if p.style == "spaceDelimited":
            delimiters = tokens.SPACE
        elif p.style == "pipeDelimited":
            delimiters = tokens.PIPE
        elif not p.explode:
            delimiters = tokens.COMMA
    return grouped(got, delimiters) == grouped(expected, delimiters)


def grouped(
    pairs: list[tuple[str, str]], delimiters: Mapping[str, str]
) -> dict[str, list[list[tokens.Token]]]:
    """Values per name (order kept within a name, not across names), tokenised."""
    found: dict[str, list[list[tokens.Token]]] = {}
    for name, raw in pairs:
        found.setdefault(unquote_plus(name), []).append(
            tokens.tokens(raw, delimiters, plus_is_space=True)
        )
    return found


def _deep(pairs: list[tuple[str, str]]) -> dict[str, str] | None:
    """deepObject pairs as ``{"a[b][0]": "x"}``; ``a[]`` counts as the next index."""
    found: dict[str, str] = {}
    counters: dict[str, int] = {}
    for raw_name, raw in pairs:
        name = unquote_plus(raw_name)
        head, _, rest = name.partition("[")
        key = head
        for segment in re.findall(r"\[([^\[\]]*)\]", "[" + rest if rest else ""):
            if segment == "":
                segment = str(counters.get(key, 0))
                counters[key] = int(segment) + 1
            key += f"[{segment}]"
        if key in found:
            return None  # the same leaf twice: not an object
        found[key] = unquote_plus(raw)
    return found


def json_text_equal(raw: str, value: Any) -> bool:
    """Whether ``raw`` is JSON text for ``value``."""
    try:
        return json_equal(json.loads(raw), value)
    except ValueError:
        return False


def json_equal(a: Any, b: Any) -> bool:
    """JSON equality that keeps booleans, numbers and strings apart (1 != True != "1")."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(
            json_equal(x, y) for x, y in zip(a, b, strict=True)
        )
    return type(a) is type(b) and a == b


def first_difference(a: Any, b: Any, where: str = "") -> str | None:
    """Where two JSON values first differ (``json_equal``'s rules), as ``path: a != b``."""
    if json_equal(a, b):
        return None
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        for key in sorted(set(a) | set(b), key=str):
            if key not in a or key not in b:
                side = "sent without" if key not in a else "sent with an extra"
                return f"{where}/{key}: {side} property"
            found = first_difference(a[key], b[key], f"{where}/{key}")
            if found:
                return found
    if isinstance(a, list) and isinstance(b, (list, tuple)) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = first_difference(x, y, f"{where}/{i}")
            if found:
                return found
    return f"{where or '/'}: sent {a!r}, expected {b!r}"
