"""Serialised values compared as a server reads them: delimiters apart, atoms percent-decoded.

Two spellings of a value are the same when they split into the same delimiters and the same
decoded atoms. Percent-encoding an atom is free (RFC 3986 decodes it); percent-encoding a
delimiter is not, where the delimiter is a character RFC 6570 writes literally (``,`` ``;`` ``.``
``=``): a value ``a,b`` and two values ``a`` and ``b`` must stay apart. The delimiters RFC 3986
forbids in a query (``|``, space) are the same encoded or not (OpenAPI 3.1.1 Appendix E).
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import unquote, unquote_plus

Token = tuple[str, str]  # ("d", delimiter) or ("a", decoded atom)

COMMA = {",": ","}
SIMPLE = {",": ",", "=": "="}
LABEL = {".": ".", ",": ",", "=": "="}
MATRIX = {";": ";", "=": "=", ",": ","}
SPACE = {"%20": " ", "+": " ", " ": " "}
PIPE = {"|": "|", "%7C": "|"}
NONE: dict[str, str] = {}


def tokens(
    raw: str, delimiters: Mapping[str, str], *, plus_is_space: bool
) -> list[Token]:
    """Split ``raw`` on the (raw) delimiters; decode every atom between them."""
    decode = unquote_plus if plus_is_space else unquote
    found: list[Token] = []
    atom: list[str] = []
    ordered = sorted(delimiters, key=len, reverse=True)
    i = 0
    while i < len(raw):
        delimiter = next(
            (d for d in ordered if raw[i : i + len(d)].upper() == d.upper()), None
        )
        if delimiter is None:
            atom.append(raw[i])
            i += 1
            continue
        found.append(("a", decode("".join(atom))))
        found.append(("d", delimiters[delimiter]))
        atom = []
        i += len(delimiter)
    found.append(("a", decode("".join(atom))))
    return found


def same(
    actual: str, expected: str, delimiters: Mapping[str, str], *, plus_is_space: bool
) -> bool:
    """Whether two raw spellings are the same value under these delimiters."""
    return tokens(actual, delimiters, plus_is_space=plus_is_space) == tokens(
        expected, delimiters, plus_is_space=plus_is_space
    )


def query_pairs(raw_query: str) -> list[tuple[str, str]]:
    """``a=1&b=2`` → ``[("a", "1"), ("b", "2")]``: names decoded, values left raw."""
    pairs = []
    for part in raw_query.split("&"):
        if part:
            name, _, value = part.partition("=")
            pairs.append((unquote_plus(name), value))
    return pairs


def cookie_pairs(header: str) -> list[tuple[str, str]]:
    """``a=1; b=2`` → ``[("a", "1"), ("b", "2")]`` (RFC 6265), values left raw."""
    pairs = []
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            pairs.append((unquote(name), value))
    return pairs
