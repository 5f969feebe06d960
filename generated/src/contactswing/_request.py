"""Turning an endpoint call into a ``PreparedRequest``: URL, query, headers, body, timeout.

Pure functions of their arguments, shared by the sync and async clients. Everything a call
could get wrong is refused here, before any I/O, with an error from the documented tree:
``InvalidArgumentError`` (also a ``ValueError``) for a bad value, ``ArgumentTypeError`` (also a
``TypeError``) for a wrong type or an unknown option. Messages name the option, parameter or
header, never the value of a header (it may be a credential).
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import math
import re
import urllib.parse
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypedDict, TypeVar, cast
from urllib.parse import quote

import httpx
import pydantic

from ._errors import ArgumentTypeError, InvalidArgumentError
from ._retry import IDEMPOTENT_METHODS

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "Endpoint",
    "PreparedRequest",
    "RequestOptions",
    "check_deadline",
    "check_headers",
    "check_max_retries",
    "check_options",
    "encode_json",
    "expand_path",
    "invalid_model",
    "merge_headers",
    "merge_query",
    "prepare",
    "serialize_body",
    "to_timeout",
    "type_adapter",
    "validation_summary",
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
    # Whether the operation needs a body: ``create(None)`` is then refused, not sent empty.
    body_required: bool = False


class RequestOptions(TypedDict, total=False):
    """Per-call overrides accepted as keyword arguments by every API method."""

    extra_headers: Mapping[str, str | None]
    extra_query: Mapping[str, object]
    timeout: float | httpx.Timeout | None
    max_retries: int
    deadline: float | None


_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


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
    # Seconds for the whole call (every attempt, pause and body read), or None.
    deadline: float | None
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
        where = f"path parameter {name!r} of {template!r}"
        if value is None:
            raise InvalidArgumentError(f"{where} is required")
        text = quote(_checked_text(value, where), safe="")
        if text in (".", ".."):
            # "." and ".." would be collapsed by URL normalisation and reach another path.
            text = text.replace(".", "%2E")
        if not text:
            raise InvalidArgumentError(f"{where} must not be empty")
        if len(text) > MAX_URL_LENGTH:
            raise InvalidArgumentError(
                f"{where} is {len(text):,} characters long once encoded;"
                f" a URL may be at most {MAX_URL_LENGTH:,}"
            )
        return text

    return _PLACEHOLDER.sub(replace, template)


# httpx refuses longer URLs (httpx._urlparse.MAX_URL_LENGTH).
MAX_URL_LENGTH = 65536


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
        if not isinstance(key, str):
            raise ArgumentTypeError(
                f"query parameter names must be strings, not {type(key).__name__}"
            )
        items = value if isinstance(value, (list, tuple)) else [value]
        where = f"query parameter {key!r}"
        pairs.extend(
            (key, _checked_text(item, where)) for item in items if item is not None
        )
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


# What h11 refuses in a header value: control characters other than tab.
_BAD_HEADER_TEXT = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
# A header name httpx can encode and that cannot break the header block: printable ASCII.
# (The stricter token grammar is h11's to enforce; a spec may name headers oddly.)
_HEADER_NAME = re.compile(r"[\x21-\x7e][\x20-\x7e]*")


def check_headers(headers: object, where: str) -> None:
    """Refuse headers that httpx or h11 would reject while sending (values never quoted)."""
    if headers is None:
        return
    if not isinstance(headers, Mapping):
        raise ArgumentTypeError(
            f"{where} must be a mapping of names to values, not {type(headers).__name__}"
        )
    for key, value in headers.items():
        if not isinstance(key, str) or not _HEADER_NAME.fullmatch(key):
            raise InvalidArgumentError(f"{where}: {key!r} is not a valid header name")
        if value is None:
            continue
        text = _to_text(value)
        if not text.isprintable() and _BAD_HEADER_TEXT.search(text):
            raise InvalidArgumentError(
                f"{where}: the value of header {key!r} has a control character"
            )
        if not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidArgumentError(
                    f"{where}: the value of header {key!r} has a lone surrogate"
                ) from None


def to_timeout(value: object, name: str = "timeout") -> httpx.Timeout:
    """Normalise a timeout option: a number applies to every phase, None disables them.

    A number must be finite and greater than 0: 0 would make sockets non-blocking (every call
    a confusing connection error) and a negative one fails only while sending.
    """
    if isinstance(value, httpx.Timeout):
        for phase, seconds in value.as_dict().items():
            _check_seconds(seconds, f"{name}.{phase}", allow_none=True)
        return value
    _check_seconds(value, name, allow_none=True)
    return httpx.Timeout(cast(float | None, value))


def check_max_retries(value: object) -> int:
    """An ``int`` >= 0 (not a bool, not a float): the number of retries after the first try."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ArgumentTypeError(
            f"max_retries must be an int, not {type(value).__name__}"
        )
    if value < 0:
        raise InvalidArgumentError(f"max_retries must be >= 0, not {value}")
    return value


def check_deadline(value: object) -> float | None:
    """Seconds > 0 for the whole call, or None for no deadline."""
    _check_seconds(value, "deadline", allow_none=True)
    return None if value is None else float(cast(float, value))


def check_options(options: Mapping[str, object]) -> None:
    """Refuse unknown per-call options and option values of the wrong type or range."""
    unknown = [key for key in options if key not in _OPTION_NAMES]
    if unknown:
        known = ", ".join(sorted(_OPTION_NAMES))
        raise ArgumentTypeError(
            f"unexpected option {unknown[0]!r}; the options are: {known}"
        )
    if "timeout" in options:
        to_timeout(options["timeout"])
    if "max_retries" in options:
        check_max_retries(options["max_retries"])
    if "deadline" in options:
        check_deadline(options["deadline"])
    check_headers(options.get("extra_headers"), "extra_headers")
    query = options.get("extra_query")
    if query is not None and not isinstance(query, Mapping):
        raise ArgumentTypeError(
            f"extra_query must be a mapping, not {type(query).__name__}"
        )


def _check_seconds(value: object, name: str, *, allow_none: bool) -> None:
    """A number of seconds: finite and > 0 (``None`` too when allowed)."""
    if value is None and allow_none:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ArgumentTypeError(
            f"{name} must be a number of seconds, not {type(value).__name__}"
        )
    if not (math.isfinite(value) and value > 0):
        raise InvalidArgumentError(
            f"{name} must be a finite number of seconds greater than 0, not {value!r}"
        )


def encode_json(data: object) -> bytes:
    """Encode JSON-ready data compactly; NaN and infinity are errors, not invalid JSON."""
    try:
        text = json.dumps(
            data, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        )
        return text.encode("utf-8")
    except UnicodeEncodeError as err:
        message = f"the body has a lone surrogate at character {err.start} of its JSON"
    except ValueError as err:  # NaN or infinity
        message = f"the body cannot be sent as JSON: {err}"
    except TypeError as err:
        raise ArgumentTypeError(f"the body cannot be sent as JSON: {err}") from None
    raise InvalidArgumentError(message)


def encode_form(data: object) -> bytes:
    """Encode a JSON-ready object as a form: lists repeat their key, nested values are JSON."""
    if not isinstance(data, Mapping):
        raise ArgumentTypeError(
            f"a form body must be an object, not {type(data).__name__}"
        )
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            if item is None:
                continue
            if isinstance(item, (dict, list)):
                pairs.append((str(key), json.dumps(item, separators=(",", ":"))))
            else:
                pairs.append((str(key), _checked_text(item, f"form field {key!r}")))
    try:
        return urllib.parse.urlencode(pairs).encode("ascii")
    except UnicodeEncodeError:
        message = "the form body has a lone surrogate"
    raise InvalidArgumentError(message)


def serialize_body(body: object, request_type: Any = None) -> object:
    """Turn a request body into JSON-ready data, the same way for models and plain data.

    A body given as plain data is validated against the request type first; a problem is an
    ``InvalidArgumentError`` listing the fields (without their values), raised before sending.
    """
    options: dict[str, Any] = {"mode": "json", "by_alias": True, "exclude_unset": True}
    try:
        if isinstance(body, pydantic.BaseModel):
            # RootModel dumps its root through the same call.
            return body.model_dump(**options)
        if request_type is None:
            return type_adapter(Any).dump_python(body, **options)
        adapter = type_adapter(request_type)
        return adapter.dump_python(adapter.validate_python(body), **options)
    except pydantic.ValidationError as err:
        raise invalid_model(err, "the body is not a valid") from err
    except (
        ValueError
    ) as err:  # pydantic_core's PydanticSerializationError: an unknown type
        raise ArgumentTypeError(f"the body cannot be sent as JSON: {err}") from None


def invalid_model(error: pydantic.ValidationError, lead: str) -> InvalidArgumentError:
    """Our error for input that failed validation: ``<lead> <Model>: <problems>``.

    The problems are named by field, without the values given.
    """
    return InvalidArgumentError(f"{lead} {error.title}: {validation_summary(error)}")


def validation_summary(error: pydantic.ValidationError) -> str:
    """The first few validation problems as ``loc: message``, without the input values."""
    problems = error.errors(include_input=False, include_url=False)
    shown = [
        f"{'.'.join(str(part) for part in problem['loc']) or '(root)'}: {problem['msg']}"
        for problem in problems[:3]
    ]
    more = len(problems) - len(shown)
    return "; ".join(shown) + (f" (and {more} more)" if more else "")


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
    deadline: float | None = None,
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
        deadline=deadline,
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


def _checked_text(value: object, where: str) -> str:
    """``_to_text``, refusing text that cannot be percent-encoded (a lone surrogate)."""
    text = _to_text(value)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as err:
            raise InvalidArgumentError(
                f"{where} has a lone surrogate at position {err.start}, not valid text"
            ) from None
    return text


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
