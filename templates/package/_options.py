"""Per-call options and client settings: what they may be, checked before anything is sent.

A bad value is an ``InvalidArgumentError`` (also a ``ValueError``), a wrong type or an unknown
option an ``ArgumentTypeError`` (also a ``TypeError``); messages name the option or header,
never a header's value (it may be a credential).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import TypedDict, cast

import httpx

from ._errors import ArgumentTypeError, InvalidArgumentError
from ._serialize import text as text_of

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncClientOptions",
    "RequestOptions",
    "SyncClientOptions",
    "check_deadline",
    "check_headers",
    "check_max_retries",
    "check_options",
    "check_seconds",
    "to_timeout",
]

# Finite everywhere: a request with no read timeout can hang a worker forever.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=10.0)
DEFAULT_MAX_RETRIES = 2


class RequestOptions(TypedDict, total=False):
    """Per-call overrides accepted as keyword arguments by every API method."""

    extra_headers: Mapping[str, str | None]
    extra_query: Mapping[str, object]
    timeout: float | httpx.Timeout | None
    max_retries: int
    deadline: float | None
    # Fields merged into a JSON or form body (after the method's own), as sent.
    extra_body: Mapping[str, object]
    # The idempotency key to send (when the operation declares the header) or to put in
    # Idempotency-Key: a create given one is retried on 5xx and timeouts like a GET.
    idempotency_key: str


_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


class _ClientOptions(TypedDict, total=False):
    """The client constructor's settings but its credentials and HTTP client: what a
    generated client with more than one credential argument passes on as it is."""

    token: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    deadline: float | None
    default_headers: Mapping[str, str] | None
    default_query: Mapping[str, object] | None
    max_retry_after: float


class SyncClientOptions(_ClientOptions, total=False):
    """``_ClientOptions`` of a synchronous client."""

    http_client: httpx.Client | None


class AsyncClientOptions(_ClientOptions, total=False):
    """``_ClientOptions`` of an asynchronous client."""

    http_client: httpx.AsyncClient | None


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
        text = text_of(value)
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
            check_seconds(seconds, f"{name}.{phase}", allow_none=True)
        return value
    check_seconds(value, name, allow_none=True)
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
    check_seconds(value, "deadline", allow_none=True)
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


def check_seconds(value: object, name: str, *, allow_none: bool) -> None:
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
