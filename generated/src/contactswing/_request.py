"""An operation (``Endpoint``) and a call of it turned into a ``PreparedRequest``.

Pure functions of their arguments, shared by the sync and async clients. Parameters travel as
the spec's ``style`` and ``explode`` say (``_serialize``), bodies as their media type says
(``_body``); everything a call could get wrong is refused here, before any I/O, with an error
from the documented tree.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from ._body import (
    JsonText,
    Part,
    encode_binary,
    encode_form,
    encode_json,
    encode_multipart,
)
from ._errors import ArgumentTypeError, InvalidArgumentError
from ._retry import IDEMPOTENT_METHODS
from ._serialize import (
    DEFAULT_STYLES,
    checked_text,
    cookie_pairs,
    header_value,
    path_value,
    query_string,
)

__all__ = [
    "MAX_URL_LENGTH",
    "Endpoint",
    "Pagination",
    "PreparedRequest",
    "expand_path",
    "merge_headers",
    "prepare",
]

T = TypeVar("T")

# httpx refuses longer URLs (httpx._urlparse.MAX_URL_LENGTH).
MAX_URL_LENGTH = 65536
_MEDIA_TYPES = {
    "json": "application/json",
    "form": "application/x-www-form-urlencoded",
    "binary": "application/octet-stream",
}


@dataclass(frozen=True)
class Pagination:
    """Where a list operation keeps its pages: the ``x-pagination`` of the spec.

    ``page`` and ``size`` name query parameters; the rest are JSON pointers into the body.
    """

    page: str
    size: str = ""
    items: str = ""
    has_next: str = ""
    total_pages: str = ""
    total_items: str = ""
    current_page: str = ""
    page_size: str = ""  # the size of a page as the answer says (a server may cap it)


@dataclass(frozen=True)
class Endpoint(Generic[T]):
    """One operation of the API, as the generated resource methods describe it."""

    method: str
    path: str
    # A type expression for pydantic.TypeAdapter (a model, list[Model], a union...): what
    # the body is read into (the whole envelope, when the method returns a part of it);
    # None when the operation returns no body.
    response: Any
    idempotency_header: str | None = None
    # The request body's type, used to validate a body given as plain data (a dict) before
    # it is sent; pydantic models are sent as they are.
    request: Any = None
    # How the body travels: "json", "form" (urlencoded), "multipart" or "binary" (raw bytes).
    encoding: str = "json"
    # Whether the operation needs a body: ``create(None)`` is then refused, not sent empty.
    body_required: bool = False
    # The request's Content-Type when it is not the encoding's usual one (audio/mpeg...).
    media_type: str = ""
    # How each property of a form or multipart body travels (the spec's ``encoding``).
    parts: Mapping[str, Part] = field(default_factory=dict)
    # "query:name" (path, header, cookie alike) → (style, explode), where not the default.
    styles: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    # The Accept header: the media types the operation documents for its answers.
    accept: str = "application/json"
    # What a 2xx body is: "json" (read into ``response``), "text", "binary" or "none".
    returns: str = "json"
    # A documented 3xx answer is the call's result (a ``Redirect``), not an error.
    redirects: bool = False
    # The security alternatives (each a tuple of scheme names, all applied together; an
    # empty one means no credentials); None: the document's default.
    security: tuple[tuple[str, ...], ...] | None = None
    # The property of the body the method returns (the envelope's ``data``), if any, and
    # the envelope property holding the server's id of the request.
    envelope: str | None = None
    request_id: str | None = None
    # Set for list operations: the method returns a page that fetches the next ones.
    pagination: Pagination | None = None


@dataclass(
    slots=True
)  # not frozen: a frozen init costs a setattr call per field, per call
class PreparedRequest:
    """Everything needed to send one call, decided before the first attempt."""

    method: str
    url: str
    headers: tuple[tuple[str, str], ...]  # (name, value), as httpx takes them
    content: bytes | None
    timeout: httpx.Timeout
    max_retries: int
    # Seconds for the whole call (every attempt, pause and body read), or None.
    deadline: float | None
    # Whether repeating the request is safe (its method, or an idempotency key).
    idempotent: bool
    # Where the call itself set values ("header:authorization", "query:api_key"): a
    # credential the caller set or removed there is not applied over it.
    explicit: frozenset[str] = frozenset()
    # The security alternatives of the operation (see ``Endpoint.security``).
    security: tuple[tuple[str, ...], ...] | None = None
    # Whether a 3xx answer is the result (see ``Endpoint.redirects``).
    redirects: bool = False


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def expand_path(
    template: str,
    params: Mapping[str, object] | None,
    styles: Mapping[str, tuple[str, bool]] | None = None,
) -> str:
    """Fill ``{name}`` placeholders, each value in its style and percent-encoded."""
    values = params or {}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        where = f"path parameter {name!r} of {template!r}"
        if value is None:
            raise InvalidArgumentError(f"{where} is required")
        style, explode = (styles or {}).get(f"path:{name}", DEFAULT_STYLES["path"])
        try:
            text = path_value(name, value, style, explode)
        except UnicodeEncodeError:
            raise InvalidArgumentError(
                f"{where} has a lone surrogate, not valid text"
            ) from None
        if not text:
            raise InvalidArgumentError(f"{where} must not be empty")
        if len(text) > MAX_URL_LENGTH:
            raise InvalidArgumentError(
                f"{where} is {len(text):,} characters long once encoded;"
                f" a URL may be at most {MAX_URL_LENGTH:,}"
            )
        return text

    return _PLACEHOLDER.sub(replace, template)


def _query(
    layers: Iterable[Mapping[str, object] | None],
    styles: Mapping[str, tuple[str, bool]],
) -> tuple[str, frozenset[str]]:
    """The encoded query of the layers (later wins, ``None`` drops a key) and its names."""
    merged: dict[str, object] = {}
    for layer in layers:
        for key, value in (layer or {}).items():
            if not isinstance(key, str):
                raise ArgumentTypeError(
                    f"query parameter names must be strings, not {type(key).__name__}"
                )
            merged.pop(key, None)
            if value is not None:
                merged[key] = value
    parts = []
    for name, value in merged.items():
        style, explode = styles.get(f"query:{name}", DEFAULT_STYLES["query"])
        try:
            parts.append(query_string([(name, value, style, explode)]))
        except UnicodeEncodeError:
            raise InvalidArgumentError(
                f"query parameter {name!r} has a lone surrogate, not valid text"
            ) from None
    return "&".join(p for p in parts if p), frozenset(merged)


def merge_headers(
    *layers: Iterable[tuple[str, object]],
) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """Merge header layers case-insensitively (later wins, ``None`` removes): lower-cased
    name → (name as given, value).

    Also returns the lower-cased names that any layer set or removed explicitly, so the
    caller can tell whether a credential header was overridden. A dict, not ``httpx.Headers``,
    whose every lookup scans all its items: httpx builds those once, for the request.
    """
    merged: dict[str, tuple[str, str]] = {}
    touched: set[str] = set()
    for layer in layers:
        for key, value in layer:
            lower = key.lower()
            touched.add(lower)
            if type(value) is str and value.isascii():
                merged[lower] = (key, value)  # the usual header: nothing to convert
            elif value is not None:
                merged[lower] = (key, checked_text(value, f"header {key!r}"))
            else:
                merged.pop(lower, None)
    return merged, touched


def parameter_headers(
    headers: Mapping[str, object] | None,
    cookies: Mapping[str, object] | None,
    styles: Mapping[str, tuple[str, bool]],
) -> dict[str, str]:
    """Header and cookie parameters as header values; ``None`` leaves one out."""
    found: dict[str, str] = {}
    for name, value in (headers or {}).items():
        explode = styles.get(f"header:{name}", DEFAULT_STYLES["header"])[1]
        text = header_value(value, explode)
        if text is not None:
            found[name] = text
    pairs = []
    for name, value in (cookies or {}).items():
        explode = styles.get(f"cookie:{name}", DEFAULT_STYLES["cookie"])[1]
        pairs += cookie_pairs(name, value, explode)
    if pairs:
        found["Cookie"] = "; ".join(f"{k}={v}" for k, v in pairs)
    return found


def prepare(
    *,
    method: str,
    url: str,
    query: Iterable[Mapping[str, object] | None],
    headers: Iterable[Iterable[tuple[str, object]]],
    body: object,
    timeout: httpx.Timeout,
    max_retries: int,
    idempotency_header: str | None,
    encoding: str = "json",
    deadline: float | None = None,
    styles: Mapping[str, tuple[str, bool]] | None = None,
    media_type: str = "",
    parts: Mapping[str, Part] | None = None,
    idempotency_key: str | None = None,
    security: tuple[tuple[str, ...], ...] | None = None,
    redirects: bool = False,
) -> PreparedRequest:
    """Decide everything about a call once, so every attempt sends the same thing."""
    method = method.upper()
    query_text, query_names = _query(query, styles or {})
    merged, touched = merge_headers(*headers)
    idempotent = method in IDEMPOTENT_METHODS
    key_header = idempotency_header or (
        "Idempotency-Key" if idempotency_key is not None else None
    )
    if key_header is not None:
        if idempotency_key is not None:
            merged[key_header.lower()] = (key_header, idempotency_key)
        elif key_header.lower() not in touched:
            # One key per call, reused by its retries: the server can then drop duplicates.
            merged[key_header.lower()] = (key_header, str(uuid.uuid4()))
        # A caller who removed the key (extra_headers None) gets the bare method's rules.
        idempotent = idempotent or key_header.lower() in merged
    content = None
    if body is not None:
        content, content_type = _encode(body, encoding, parts or {})
        if "content-type" not in touched:
            merged["content-type"] = ("Content-Type", media_type or content_type)
    full = f"{url}?{query_text}" if query_text else url
    return PreparedRequest(
        method=method,
        url=full,
        headers=tuple(merged.values()),
        content=content,
        timeout=timeout,
        max_retries=max_retries,
        deadline=deadline,
        idempotent=idempotent,
        explicit=frozenset(
            {f"header:{name}" for name in touched}
            | {f"query:{name}" for name in query_names}
        ),
        security=security,
        redirects=redirects,
    )


def _encode(
    body: object, encoding: str, parts: Mapping[str, Part]
) -> tuple[bytes, str]:
    """The bytes of a body and their Content-Type."""
    if encoding == "form":
        return encode_form(body, parts), _MEDIA_TYPES["form"]
    if encoding == "multipart":
        return encode_multipart(body, parts)
    if encoding == "binary":
        return encode_binary(body), _MEDIA_TYPES["binary"]
    return encode_json(body), _MEDIA_TYPES["json"]


def merge_body(body: Any, extra: Mapping[str, object] | None) -> Any:
    """``body`` with the fields of ``extra_body`` merged in (they win)."""
    if not extra:
        return body
    if isinstance(body, JsonText):  # merged as data: decoded again (rare)
        body = json.loads(body)
    if body is None:
        return dict(extra)
    if not isinstance(body, Mapping):
        raise ArgumentTypeError("extra_body needs a body that is an object")
    return {**body, **extra}
