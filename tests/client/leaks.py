"""Everything a person or a tool could print about an exception, to search it for a secret.

Error trackers (Sentry by default) record every exception in the chain, suppressed context
included, with each frame's local variables; ``pytest --showlocals`` and rich do the same.
The frames of the tests themselves are left out: the test that passes a token holds it, as any
caller does; what must not hold it is a frame of the client or of the libraries it calls.
"""

from __future__ import annotations

import base64
import traceback
from pathlib import Path

import httpx

_TESTS = str(Path(__file__).resolve().parent.parent)


def everything_about(error: BaseException) -> str:
    """str, repr and the traceback with locals of ``error`` and of every exception it links to."""
    parts: list[str] = []
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        parts += [str(current), repr(current)]
        # Each exception on its own, so that a suppressed context is formatted too.
        formatted = traceback.TracebackException.from_exception(
            current, capture_locals=True
        )
        formatted.stack = traceback.StackSummary.from_list(
            [
                frame
                for frame in formatted.stack
                if not frame.filename.startswith(_TESTS)
            ]
        )
        parts += formatted.format(chain=False)
        for name in ("request", "response"):
            value = getattr(current, name, None)
            if value is not None:
                parts += [str(value), repr(value)]
        request = getattr(current, "request", None)
        if isinstance(request, httpx.Request):
            parts += [str(request.url), repr(request.headers.raw)]
        pending += [current.__cause__, current.__context__]
    return "\n".join(parts)


def forms(secret: str) -> list[str]:
    """The secret, and its base64 form (HTTP basic auth)."""
    return [secret, base64.b64encode(secret.encode(errors="surrogatepass")).decode()]


def sightings(text: str, secret: str) -> list[str]:
    """The forms of ``secret`` that occur in ``text``."""
    return [form for form in forms(secret) if form in text]
