"""The package's logger, and ``<PACKAGE>_LOG``, which turns it on from the environment.

The runtime logs to the standard logger named after the package (``contactswing``). It has a
``NullHandler``: a library prints nothing until the application configures logging. What it
logs:

- INFO: every attempt (method, redacted URL, status or error, elapsed time, retries taken),
  every retry with its pause, and every failure not retried because of the deadline or a
  ``Retry-After`` longer than ``max_retry_after``;
- DEBUG: also the request and response headers of every attempt, credentials redacted.

``<PACKAGE>_LOG=info`` or ``=debug`` (``CONTACTSWING_LOG`` for this package) sets the logger's
level and adds a handler writing to stderr, so a user can watch the client without changing
the application's logging. The variable is read once, when the runtime is first imported; an
unset variable costs nothing afterwards, and an unknown value is ignored with one warning.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TextIO

from ._failures import describe

if TYPE_CHECKING:
    import httpx

    from ._auth import Credentials

__all__ = [
    "LEVELS",
    "LOG_ENV_VAR",
    "REDACTED",
    "configure_from_env",
    "log_attempt",
    "logger",
    "redacted_headers",
]

_PACKAGE = __package__ or __name__.rpartition(".")[0]
LOG_ENV_VAR = f"{_PACKAGE.rpartition('.')[2].upper()}_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "REDACTED"

logger = logging.getLogger(_PACKAGE)
# A library stays silent until the application (or <PACKAGE>_LOG) configures logging.
logger.addHandler(logging.NullHandler())

# Header names whose values are credentials or session secrets, whatever the scheme: a
# caller may set them in default_headers or extra_headers, and servers send Set-Cookie.
_SECRET_HEADER = re.compile(
    r"auth|token|secret|passw|cookie|session|signature|credential|api[-_]?key",
    re.IGNORECASE,
)


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is when a record arrives (test runners swap it)."""

    def __init__(self) -> None:
        """A stream handler on the current stderr, formatted as ``FORMAT``."""
        super().__init__(sys.stderr)
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        """Write one record to the current stderr (``handle`` holds the lock)."""
        self.stream = sys.stderr
        super().emit(record)


def configure_from_env(environ: Mapping[str, str] = os.environ) -> int | None:
    """Apply ``<PACKAGE>_LOG``: the level it turned on, or None when unset or unknown.

    Adds one stderr handler however often it runs, and never touches the root logger.
    """
    raw = environ.get(LOG_ENV_VAR, "").strip()
    if not raw:
        return None
    level = LEVELS.get(raw.lower())
    if level is None:
        warnings.warn(
            f"{LOG_ENV_VAR}={raw!r} is not one of {', '.join(LEVELS)}; it is ignored"
            " and the client's logging stays as the application configured it",
            RuntimeWarning,
            stacklevel=2,
        )
        return None
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        logger.addHandler(_StderrHandler())
    logger.setLevel(level)
    return level


def redacted_headers(
    headers: httpx.Headers, credentials: Credentials
) -> dict[str, str]:
    """Headers as a DEBUG line shows them: lower-cased names, every credential redacted.

    The value of any header whose name says it holds a secret (``Authorization``, ``Cookie``,
    ``X-API-Key``, ``...-Token``) is replaced; every other value passes through
    ``Credentials.redact``, which hides the client's tokens wherever they appear (a custom
    API-key header, a server echoing one back).
    """
    shown: dict[str, str] = {}
    for name, value in headers.multi_items():
        key = name.lower()
        text = REDACTED if _SECRET_HEADER.search(key) else credentials.redact(value)
        shown[key] = f"{shown[key]}, {text}" if key in shown else text
    return shown


configure_from_env()


def log_attempt(
    request: httpx.Request,
    outcome: int | str,
    retries_taken: int,
    started: float,
    credentials: Credentials,
    auth: Callable[[], object],
    response_headers: httpx.Headers | None = None,
) -> None:
    """Log one attempt at INFO: method, redacted URL, status or error, elapsed time, retries.

    At DEBUG, also the headers that went out and came back, credentials redacted, and which
    credentials the attempt carried (``auth()``, asked only then).
    """
    shown = describe(request, credentials)
    logger.info(
        "%s -> %s in %.3fs (retries taken: %d)",
        shown,
        outcome,
        time.monotonic() - started,
        retries_taken,
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s request headers: %s; %r",
            shown,
            redacted_headers(request.headers, credentials),
            auth(),
        )
        if response_headers is not None:
            received = redacted_headers(response_headers, credentials)
            logger.debug("%s response headers: %s", shown, received)
