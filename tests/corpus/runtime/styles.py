"""The reference serialiser: a parameter value as OpenAPI 3.x ``style`` and ``explode`` send it.

Written from the specification's text, not from the generator: OpenAPI 3.1.1, Parameter Object,
"Style Values" and "Style Examples" (https://spec.openapis.org/oas/v3.1.1#style-examples), with
Appendix C (RFC 6570 expansion), D (headers and cookies) and E (percent-encoding). Its unit
tests (``test_styles.py``) are that examples table, row by row.

Percent-encoding follows RFC 6570 as the specification requires: in a value every character
but the unreserved ones (``A-Z a-z 0-9 - . _ ~``) is percent-encoded, or with ``allowReserved``
every character but the unreserved and the reserved ones a query may carry (Appendix C: ``[``,
``]``, ``#``, ``&``, ``=`` and ``+`` stay encoded). Delimiters are written as the examples table
writes them: ``,`` ``;`` ``.`` ``=`` literally; ``%20``, ``%7C``, ``%5B`` and ``%5D`` encoded,
since RFC 3986 forbids space, ``|``, ``[`` and ``]`` in a query (Appendix E).

What the specification leaves undefined is said so where it is chosen: ``deepObject`` with
nested objects or arrays (the common bracket convention, ``a[b][0]=x``); cookies with several
values (Appendix D calls ``form`` incorrect for them; pairs are joined by ``; `` as RFC 6265
does); header values are not percent-encoded (Appendix D: RFC 6570 encoding does not suit
headers; the wire check accepts either).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

# Reserved characters a query value may carry under allowReserved (Appendix C keeps the rest
# encoded: "[", "]", "#" are not allowed in a query; "&", "=", "+" mean something in a form).
_RESERVED_ALLOWED = "!$'()*,;:@/?"


def kind(value: Any) -> str:
    """``primitive``, ``array`` or ``object``: the column of the examples table."""
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, (list, tuple)):
        return "array"
    return "primitive"


def text(value: Any) -> str:
    """A primitive as text: JSON's spelling for booleans, numbers and null."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value)


def encode(value: Any, allow_reserved: bool = False) -> str:
    """Percent-encode one atom (RFC 6570 ``U``, or ``U+R`` under allowReserved)."""
    return quote(text(value), safe=_RESERVED_ALLOWED if allow_reserved else "")


def _items(value: Any) -> list[tuple[str, Any]]:
    """Object properties in order, null ones left out (RFC 6570: undefined)."""
    return [(str(k), v) for k, v in value.items() if v is not None]


def _atoms(value: Any, allow_reserved: bool = False) -> list[str]:
    """Array items, or object names and values alternating, each encoded."""
    if kind(value) == "object":
        return [
            encode(part, allow_reserved)
            for key, item in _items(value)
            for part in (key, item)
        ]
    return [encode(item, allow_reserved) for item in value if item is not None]


def _pairs(value: Any, allow_reserved: bool = False) -> list[str]:
    """Object properties as ``name=value``, each side encoded."""
    return [f"{encode(k)}={encode(v, allow_reserved)}" for k, v in _items(value)]


def path_value(name: str, value: Any, style: str, explode: bool) -> str:
    """What replaces ``{name}`` in the path template (``None``: the table's undefined column)."""
    if value is None:
        return {"label": ".", "matrix": f";{encode(name)}"}.get(style, "")
    shape = kind(value)
    if style == "simple":
        if shape == "primitive":
            return encode(value)
        if shape == "object" and explode:
            return ",".join(_pairs(value))
        return ",".join(_atoms(value))
    if style == "label":
        if shape == "primitive":
            return "." + encode(value)
        if shape == "object" and explode:
            return "." + ".".join(_pairs(value))
        return "." + (".".join if explode else ",".join)(_atoms(value))
    if style == "matrix":
        key = encode(name)
        if shape == "primitive":
            atom = encode(value)
            return f";{key}={atom}" if atom else f";{key}"
        if shape == "object" and explode:
            return "".join(";" + pair for pair in _pairs(value))
        if shape == "array" and explode:
            return "".join(f";{key}={atom}" for atom in _atoms(value))
        return f";{key}=" + ",".join(_atoms(value))
    raise ValueError(f"style {style!r} is not defined for path parameters")


def query_pairs(
    name: str, value: Any, style: str, explode: bool, allow_reserved: bool = False
) -> list[tuple[str, str]]:
    """The ``(name, value)`` pairs of the query string, both sides percent-encoded.

    ``None`` is the table's undefined column: ``name=`` for ``form``, n/a for the others.
    """
    shape, key = kind(value), encode(name)
    if value is None:
        if style != "form":
            raise ValueError(f"{style} is n/a for an undefined value")
        return [(key, "")]
    if style == "form":
        if shape == "primitive":
            return [(key, encode(value, allow_reserved))]
        if shape == "array" and explode:
            return [(key, atom) for atom in _atoms(value, allow_reserved)]
        if shape == "object" and explode:
            return [(encode(k), encode(v, allow_reserved)) for k, v in _items(value)]
        return [(key, ",".join(_atoms(value, allow_reserved)))]
    if style in ("spaceDelimited", "pipeDelimited"):
        if shape == "primitive" or explode:
            raise ValueError(f"{style} with explode={explode} is n/a for a {shape}")
        delimiter = "%20" if style == "spaceDelimited" else "%7C"
        return [(key, delimiter.join(_atoms(value, allow_reserved)))]
    if style == "deepObject":
        if shape == "primitive":
            raise ValueError("deepObject is n/a for a primitive")
        return [
            (encode(path), encode(leaf, allow_reserved))
            for path, leaf in _deep(name, value)
        ]
    raise ValueError(f"style {style!r} is not defined for query parameters")


def _deep(prefix: str, value: Any) -> list[tuple[str, Any]]:
    """``deepObject`` leaves: ``color[R]``; nested objects and arrays (undefined by the
    specification) in the bracket convention, ``a[b][0]``."""
    if kind(value) == "object":
        return [pair for k, v in _items(value) for pair in _deep(f"{prefix}[{k}]", v)]
    if kind(value) == "array":
        return [
            pair
            for i, v in enumerate(value)
            if v is not None
            for pair in _deep(f"{prefix}[{i}]", v)
        ]
    return [(prefix, value)]


def header_value(value: Any, explode: bool) -> str:
    """A header parameter (``simple``, the only style for headers), not percent-encoded."""
    shape = kind(value)
    if shape == "primitive":
        return text(value)
    if shape == "object":
        if explode:
            return ",".join(f"{k}={text(v)}" for k, v in _items(value))
        return ",".join(text(part) for k, v in _items(value) for part in (k, v))
    return ",".join(text(item) for item in value if item is not None)


def cookie_pairs(name: str, value: Any, explode: bool) -> list[tuple[str, str]]:
    """A cookie parameter (``form``) as ``name=value`` pairs of the Cookie header."""
    shape = kind(value)
    if shape == "primitive":
        return [(name, encode(value))]
    if explode and shape == "array":
        return [(name, atom) for atom in _atoms(value)]
    if explode:
        return [(encode(k), encode(v)) for k, v in _items(value)]
    return [(name, ",".join(_atoms(value)))]
