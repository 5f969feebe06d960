"""When a failed attempt is retried and how long to wait first: pure functions, no I/O.

The sync and async clients both ask these functions; only the sleeping differs.

A request that may repeat safely (GET, HEAD, PUT, DELETE, OPTIONS, or any request carrying an
idempotency key) is retried on connection errors, timeouts, 408, 429 and 5xx. A POST or PATCH
without a key may create something (a real SMS), so it is retried only when the request provably
never reached the server (the connection or a pool slot was never obtained) and on 429, which
says the server refused to process it.
"""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Callable
from datetime import datetime, timezone

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "INITIAL_BACKOFF",
    "MAX_BACKOFF",
    "MAX_RETRY_AFTER",
    "backoff",
    "retry_after",
    "retry_delay",
    "should_retry_error",
    "should_retry_status",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
# A server asking for a longer pause than this is more likely broken than busy; fall back to
# our own backoff rather than hang the caller for minutes.
MAX_RETRY_AFTER = 60.0

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


def retry_after(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """The server's requested pause in seconds, or None when absent, unparseable or absurd."""
    seconds = _parse_retry_after(headers, now)
    if seconds is None or not 0.0 <= seconds <= MAX_RETRY_AFTER:
        return None
    return seconds


def retry_delay(retries_taken: int, headers: httpx.Headers | None) -> float:
    """How long to wait before the next attempt: the server's wish if sane, else backoff."""
    if headers is not None:
        requested = retry_after(headers)
        if requested is not None:
            return requested
    return backoff(retries_taken)


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
