"""When a failed attempt is retried and how long to wait first: pure functions, no I/O.

The sync and async clients both ask these functions; only the sleeping differs.

A request that may repeat safely (GET, HEAD, PUT, DELETE, OPTIONS, or any request carrying an
idempotency key) is retried on connection errors, timeouts, 408, 429 and 5xx. A POST or PATCH
without a key may create something (a real SMS), so it is retried only when the request provably
never reached the server (the connection or a pool slot was never obtained) and on 429, which
says the server refused to process it.

A server may say how long to wait (``Retry-After`` in seconds or as an HTTP date, or
``retry-after-ms``). The client waits that long, up to its ``max_retry_after`` (default 60 s).
A longer pause is not waited for and not replaced by a shorter one: the call raises the
server's answer (a ``RateLimitError`` for a 429) at once, because retrying before the server
is ready only spends the caller's time and the rate limit again.
"""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Callable
from datetime import datetime, timezone

import httpx

from ._errors import ArgumentTypeError, InvalidArgumentError

__all__ = [
    "DEFAULT_MAX_RETRY_AFTER",
    "IDEMPOTENT_METHODS",
    "INITIAL_BACKOFF",
    "MAX_BACKOFF",
    "backoff",
    "check_max_retry_after",
    "retry_after",
    "retry_delay",
    "should_retry_error",
    "should_retry_status",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
# The longest server-requested pause a client honours unless told otherwise: rate limits are
# commonly per minute (ContactSwing's Create Call allows 10 calls a minute).
DEFAULT_MAX_RETRY_AFTER = 60.0

# Failures that may clear up on their own.
_TRANSIENT_ERRORS = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)
# Failures after which the request cannot have reached the server: no connection was made.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def should_retry_status(status_code: int, *, idempotent: bool) -> bool:
    """Whether a response with this status is worth another attempt."""
    if status_code == 429:
        return True
    return idempotent and (status_code == 408 or status_code >= 500)


def should_retry_error(error: Exception, *, idempotent: bool) -> bool:
    """Whether a transport failure is worth another attempt."""
    if isinstance(error, _NOT_SENT_ERRORS):
        return True
    return idempotent and isinstance(error, _TRANSIENT_ERRORS)


def backoff(retries_taken: int, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff (0.5 s, 1 s, 2 s, ... up to 8 s) less up to 25 % jitter."""
    nominal = min(INITIAL_BACKOFF * 2.0 ** min(retries_taken, 32), MAX_BACKOFF)
    # Jitter spreads out clients that failed together, so they do not retry together.
    return nominal * (1.0 - 0.25 * rand())


def check_max_retry_after(value: object) -> float:
    """Seconds, finite and >= 0: the longest ``Retry-After`` pause a client will wait.

    0 is allowed: it means never wait for the server, and raise any answer that asks for a
    pause at once.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ArgumentTypeError(
            f"max_retry_after must be a number of seconds, not {type(value).__name__}"
        )
    if not (math.isfinite(value) and value >= 0):
        raise InvalidArgumentError(
            "max_retry_after must be a finite number of seconds, 0 or more,"
            f" not {value!r}"
        )
    return float(value)


def retry_after(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """The server's requested pause in seconds, or None when absent, unreadable or negative.

    The caller compares it with its ``max_retry_after``; a date in the past, like any
    negative or unreadable value, leaves the choice of the pause to ``backoff``.
    """
    seconds = _parse_retry_after(headers, now)
    if seconds is None or seconds < 0.0:
        return None
    return seconds


def retry_delay(retries_taken: int, requested: float | None) -> float:
    """How long to wait before the next attempt: the server's wish if any, else backoff."""
    return backoff(retries_taken) if requested is None else requested


def _parse_retry_after(headers: httpx.Headers, now: datetime | None) -> float | None:
    """Read ``retry-after-ms`` (milliseconds) or ``Retry-After`` (seconds or an HTTP date)."""
    millis = _to_float(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    raw = headers.get("retry-after")
    if raw is None:
        return None
    seconds = _to_float(raw)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    # timezone.utc rather than datetime.UTC (3.11+): this module also runs on Python 3.10.
    utc = timezone.utc  # noqa: UP017
    if when.tzinfo is None:
        when = when.replace(tzinfo=utc)  # "-0000": a UTC time with no claim on the zone
    return (when - (now or datetime.now(utc))).total_seconds()


def _to_float(raw: str | None) -> float | None:
    """Parse a finite number, or return None."""
    if raw is None:
        return None
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None
