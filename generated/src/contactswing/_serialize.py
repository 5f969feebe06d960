"""Parameters on the wire as OpenAPI's ``style`` and ``explode`` say: path, query, header, cookie.

Pure functions, one per location, following the style table of the OpenAPI specification
(3.1, "Style Examples"), which is RFC 6570's for path and query. Values are turned into text
first (``text``): booleans are ``true``/``false``, dates ISO 8601, enums their value, models
their JSON fields by wire name; ``None`` leaves a parameter out. Every piece of a value is
percent-encoded; the delimiters a style adds (``,`` ``;`` ``=`` ``.`` ``|``, ``[`` ``]``) are
not, as the table shows them.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import pydantic

from ._errors import InvalidArgumentError

__all__ = [
    "DEFAULT_STYLES",
    "cookie_pairs",
    "header_value",
    "path_value",
    "query_string",
    "text",
]

# The style and explode each location uses when the spec names none.
DEFAULT_STYLES: dict[str, tuple[str, bool]] = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
}
_QUERY_SAFE = "-._~!$'()*:@/?"  # kept as they are; '+' is not: forms read it as a space


def text(value: Any) -> str:
    """One scalar as the API expects it on the wire."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def checked_text(value: Any, where: str) -> str:
    """``text``, refusing text that cannot be percent-encoded or sent (a lone surrogate)."""
    result = text(value)
    if not result.isascii():
        try:
            result.encode("utf-8")
        except UnicodeEncodeError as err:
            raise InvalidArgumentError(
                f"{where} has a lone surrogate at position {err.start}, not valid text"
            ) from None
    return result


def _shape(value: Any) -> Any:
    """A value as plain data: a model becomes its fields by wire name (unset ones left out)."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [v for v in value if v is not None]
    return value


def _encode(part: str, safe: str = "") -> str:
    return quote(part, safe=safe)


def path_value(
    name: str, value: Any, style: str = "simple", explode: bool = False
) -> str:
    """The text that replaces ``{name}`` in a path template, percent-encoded."""
    value = _shape(value)
    prefix = {"label": ".", "matrix": ";"}.get(style, "")
    if isinstance(value, list):
        items = [_encode(text(v)) for v in value]
        if style == "matrix":
            if explode:
                return "".join(f";{_encode(name)}={item}" for item in items)
            return f";{_encode(name)}=" + ",".join(items)
        joiner = "." if style == "label" and explode else ","
        return prefix + joiner.join(items)
    if isinstance(value, dict):
        pairs = [(_encode(k), _encode(text(v))) for k, v in value.items()]
        if style == "matrix":
            if explode:
                return "".join(f";{k}={v}" for k, v in pairs)
            return f";{_encode(name)}=" + ",".join(f"{k},{v}" for k, v in pairs)
        if explode:
            joiner = "." if style == "label" else ","
            return prefix + joiner.join(f"{k}={v}" for k, v in pairs)
        return prefix + ",".join(f"{k},{v}" for k, v in pairs)
    item = _encode(text(value))
    if item in (".", ".."):
        # "." and ".." would be collapsed by URL normalisation and reach another path.
        item = item.replace(".", "%2E")
    if style == "matrix":
        return f";{_encode(name)}={item}"
    return prefix + item


def query_string(parameters: Iterable[tuple[str, Any, str, bool]]) -> str:
    """The encoded query of (name, value, style, explode) parameters; ``None`` values left out."""
    parts: list[str] = []
    for name, raw, style, explode in parameters:
        if raw is None:
            continue
        key = _encode(name, _QUERY_SAFE)
        value = _shape(raw)
        if style == "deepObject" and isinstance(value, (list, dict)):
            parts.extend(f"{path}={leaf}" for path, leaf in _deep(key, value))
        elif isinstance(value, list):
            items = [_encode(text(v), _QUERY_SAFE) for v in value]
            if style == "form" and explode:
                parts.extend(f"{key}={item}" for item in items)
            else:
                joiner = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(style, ",")
                parts.append(f"{key}={joiner.join(items)}")
        elif isinstance(value, dict):
            pairs = [
                (_encode(k, _QUERY_SAFE), _encode(text(v), _QUERY_SAFE))
                for k, v in value.items()
            ]
            if style == "form" and explode:
                parts.extend(f"{k}={v}" for k, v in pairs)
            else:
                joiner = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(style, ",")
                parts.append(
                    f"{key}=" + joiner.join(f"{k}{joiner}{v}" for k, v in pairs)
                )
        else:
            parts.append(f"{key}={_encode(text(value), _QUERY_SAFE)}")
    return "&".join(parts)


def _deep(prefix: str, value: Any) -> list[tuple[str, str]]:
    """``deepObject`` pairs, encoded: ``color[R]=100``. Nested objects and arrays, which the
    specification leaves undefined, in the bracket convention servers read (Stripe, Rails,
    qs): ``address[city]=Paris``, ``expand[0]=customer``."""
    if isinstance(value, dict):
        return [
            pair
            for k, v in value.items()
            if v is not None
            for pair in _deep(f"{prefix}[{_encode(str(k), _QUERY_SAFE)}]", _shape(v))
        ]
    if isinstance(value, list):
        return [
            pair
            for i, v in enumerate(value)
            if v is not None
            for pair in _deep(f"{prefix}[{i}]", _shape(v))
        ]
    return [(prefix, _encode(text(value), _QUERY_SAFE))]


def header_value(value: Any, explode: bool = False) -> str | None:
    """A header's value in the ``simple`` style (the only one headers have); None: no header."""
    value = _shape(value)
    if value is None:
        return None
    if isinstance(value, list):
        return ",".join(text(v) for v in value)
    if isinstance(value, dict):
        if explode:
            return ",".join(f"{k}={text(v)}" for k, v in value.items())
        return ",".join(f"{k},{text(v)}" for k, v in value.items())
    return text(value)


def cookie_pairs(name: str, value: Any, explode: bool = True) -> list[tuple[str, str]]:
    """A cookie parameter in the ``form`` style: (name, value) pairs for the Cookie header."""
    value = _shape(value)
    if value is None:
        return []
    if isinstance(value, list):
        if explode:
            return [(name, text(v)) for v in value]
        return [(name, ",".join(text(v) for v in value))]
    if isinstance(value, dict):
        if explode:
            return [(k, text(v)) for k, v in value.items()]
        return [(name, ",".join(f"{k},{text(v)}" for k, v in value.items()))]
    return [(name, text(value))]
