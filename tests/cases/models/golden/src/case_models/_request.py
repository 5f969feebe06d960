"""Turning an endpoint call into a ``PreparedRequest``: URL, query, headers, body, timeout.

Pure functions of their arguments, shared by the sync and async clients.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import re
import urllib.parse
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypedDict, TypeVar
from urllib.parse import quote

import httpx
import pydantic

from ._retry import IDEMPOTENT_METHODS

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "Endpoint",
    "PreparedRequest",
    "RequestOptions",
    "encode_json",
    "expand_path",
    "merge_headers",
    "merge_query",
    "prepare",
    "serialize_body",
    "to_timeout",
    "type_adapter",
]

T = TypeVar("T")

# Finite everywhere: a request with no read timeout can hang a worker forever.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=10.0)
DEFAULT_MAX_RETRIES = 2


@dataclass(frozen=True)
class Endpoint(Generic[T]):
    """One operation of the API, as the generated resource methods describe it."""

    method: str
    path: str
    # A type expression for pydantic.TypeAdapter (a model, list[Model], a union...), or None
    # when the operation returns no body.
    response: Any
    idempotency_header: str | None = None
    # The request body's type, used to validate a body given as plain data (a dict) before
    # it is sent; pydantic models are sent as they are.
    request: Any = None
    # How the body travels: "json", or "form" (application/x-www-form-urlencoded).
    encoding: str = "json"


class RequestOptions(TypedDict, total=False):
    """Per-call overrides accepted as keyword arguments by every API method."""

    extra_headers: Mapping[str, str | None]
    extra_query: Mapping[str, object]
    timeout: float | httpx.Timeout | None
    max_retries: int


@dataclass(frozen=True)
class PreparedRequest:
    """Everything needed to send one call, decided before the first attempt."""

    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    headers: httpx.Headers
    content: bytes | None
    timeout: httpx.Timeout
    max_retries: int
    # Whether repeating the request is safe (its method, or an idempotency key).
    idempotent: bool
    # False when the caller removed or replaced the credential header or query parameter.
    authenticate: bool


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def expand_path(template: str, params: Mapping[str, object] | None) -> str:
    """Fill ``{name}`` placeholders with percent-encoded values (``/`` included)."""
    values = params or {}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        if value is None:
            raise ValueError(f"path parameter {name!r} of {template!r} is required")
        text = quote(_to_text(value), safe="")
        if text in (".", ".."):
            # "." and ".." would be collapsed by URL normalisation and reach another path.
            text = text.replace(".", "%2E")
        if not text:
            raise ValueError(
                f"path parameter {name!r} of {template!r} must not be empty"
            )
        return text

    return _PLACEHOLDER.sub(replace, template)


def merge_query(*layers: Mapping[str, object] | None) -> list[tuple[str, str]]:
    """Merge query layers (later wins, ``None`` drops the key); lists repeat the key."""
    merged: dict[str, object] = {}
    for layer in layers:
        for key, value in (layer or {}).items():
            merged.pop(key, None)
            if value is not None:
                merged[key] = value
    pairs: list[tuple[str, str]] = []
    for key, value in merged.items():
        items = value if isinstance(value, (list, tuple)) else [value]
        pairs.extend((key, _to_text(item)) for item in items if item is not None)
    return pairs


def merge_headers(
    *layers: Iterable[tuple[str, object]]
) -> tuple[httpx.Headers, set[str]]:
    """Merge header layers case-insensitively (later wins, ``None`` removes).

    Also returns the lower-cased names that any layer set or removed explicitly, so the
    caller can tell whether the credential header was overridden.
    """
    headers = httpx.Headers()
    touched: set[str] = set()
    for layer in layers:
        for key, value in layer:
            touched.add(key.lower())
            if value is not None:
                headers[key] = _to_text(value)
            elif key in headers:
                del headers[key]
    return headers, touched


def to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """Normalise a timeout option: a number applies to every phase, None disables them."""
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)


def encode_json(data: object) -> bytes:
    """Encode JSON-ready data compactly; NaN and infinity are errors, not invalid JSON."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


def encode_form(data: object) -> bytes:
    """Encode a JSON-ready object as a form: lists repeat their key, nested values are JSON."""
    if not isinstance(data, Mapping):
        raise TypeError(f"a form body must be an object, not {type(data).__name__}")
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            if item is None:
                continue
            if isinstance(item, (dict, list)):
                pairs.append((str(key), json.dumps(item, separators=(",", ":"))))
            else:
                pairs.append((str(key), _to_text(item)))
    return urllib.parse.urlencode(pairs).encode("ascii")


def serialize_body(body: object, request_type: Any = None) -> object:
    """Turn a request body into JSON-ready data, the same way for models and plain data."""
    options: dict[str, Any] = {"mode": "json", "by_alias": True, "exclude_unset": True}
    if isinstance(body, pydantic.BaseModel):
        # RootModel dumps its root through the same call.
        return body.model_dump(**options)
    if request_type is None:
        return type_adapter(Any).dump_python(body, **options)
    adapter = type_adapter(request_type)
    return adapter.dump_python(adapter.validate_python(body), **options)


def prepare(
    *,
    method: str,
    url: str,
    query: Iterable[Mapping[str, object] | None],
    headers: Iterable[Iterable[tuple[str, object]]],
    body: object,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    idempotency_header: str | None,
    auth_name: str,
    auth_in_query: bool,
    encoding: str = "json",
) -> PreparedRequest:
    """Decide everything about a call once, so every attempt sends the same thing."""
    method = method.upper()
    query_layers = list(query)
    merged, touched = merge_headers(*headers)
    idempotent = method in IDEMPOTENT_METHODS
    if idempotency_header is not None:
        if idempotency_header.lower() not in touched:
            # One key per call, reused by its retries: the server can then drop duplicates.
            merged[idempotency_header] = str(uuid.uuid4())
        # A caller who removed the key (extra_headers None) gets the bare method's rules.
        idempotent = idempotent or idempotency_header in merged
    if auth_in_query:
        overridden = any(auth_name in (layer or {}) for layer in query_layers)
    else:
        overridden = auth_name.lower() in touched
    if max_retries < 0:
        raise ValueError(f"max_retries must be >= 0, not {max_retries}")
    content = None
    if body is not None:
        form = encoding == "form"
        content = encode_form(body) if form else encode_json(body)
        if "content-type" not in touched:
            merged["Content-Type"] = (
                "application/x-www-form-urlencoded" if form else "application/json"
            )
    return PreparedRequest(
        method=method,
        url=url,
        params=tuple(merge_query(*query_layers)),
        headers=merged,
        content=content,
        timeout=to_timeout(timeout),
        max_retries=max_retries,
        idempotent=idempotent,
        authenticate=not overridden,
    )


def _to_text(value: object) -> str:
    """Format a path, query or header value the way the API expects it on the wire."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


@functools.lru_cache(maxsize=512)
def _cached_adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    """Build a TypeAdapter once per type: building one costs far more than using it."""
    return pydantic.TypeAdapter(type_)


def type_adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    """Return a (cached, when the type is hashable) TypeAdapter for a type expression."""
    try:
        hash(type_)
    except TypeError:
        return pydantic.TypeAdapter(type_)
    return _cached_adapter(type_)
