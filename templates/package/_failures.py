"""Typed errors out of failed calls: a non-2xx answer, a transport failure, a spent deadline.

Every message built here passes through ``Credentials.redact``, because a server may echo the
request (a validation error quoting the Authorization header, say) and messages end up in
logs. httpx's own exceptions are described, never chained (see ``connection_error``).
"""

from __future__ import annotations

import html
import json
import re
from typing import cast

import httpx

from ._auth import Credentials
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    request_id_of,
    status_error_class,
)

__all__ = [
    "connection_error",
    "deadline_error",
    "describe",
    "excerpt",
    "status_error",
]

_EXCERPT_CHARS = 200
_TIMEOUT_KINDS: dict[type[Exception], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


def describe(request: httpx.Request, credentials: Credentials) -> str:
    """``METHOD URL`` with credentials hidden, for messages and logs."""
    return f"{request.method} {credentials.redact_url(request.url)}"


def status_error(
    response: httpx.Response,
    credentials: Credentials,
    request_id_field: str | None = None,
) -> APIStatusError:
    """Build the typed error for a non-2xx response, with a short, redacted message.

    ``request_id_field``: the body property holding the server's id of the request, if the
    spec names one (see ``request_id_of``)."""
    body = _error_body(response)
    cls = status_error_class(response.status_code)
    status = f"{response.status_code} {response.reason_phrase}".rstrip()
    message = f"{status} from {describe(response.request, credentials)}"
    request_id = request_id_of(response.headers, body, request_id_field)
    if request_id is not None:
        message += f" (request id {request_id})"
    if body is not None:
        message += f": {excerpt(body)}"
    return cls(
        credentials.redact(message),
        response=response,
        body=body,
        request_id=request_id,
    )


def connection_error(
    error: httpx.RequestError,
    request: httpx.Request,
    credentials: Credentials,
    attempts: int,
) -> APIConnectionError:
    """Build the typed error for a request that got no response.

    httpx's error is described in the message (redacted), never attached: its traceback's
    frames hold the request headers, and error trackers record chained exceptions' frames.
    """
    where = describe(request, credentials)
    if isinstance(error, httpx.TimeoutException):
        kind = _TIMEOUT_KINDS.get(type(error), "request")
        message = f"{kind} timeout: {where} (after {_tries(attempts)})"
        return APITimeoutError(credentials.redact(message), request=request)
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    message = f"connection error: {where} (after {_tries(attempts)}): {detail}"
    return APIConnectionError(credentials.redact(message), request=request)


def deadline_error(
    request: httpx.Request, credentials: Credentials, seconds: float, attempts: int
) -> APITimeoutError:
    """Build the error for a call whose ``deadline`` ran out."""
    where = describe(request, credentials)
    message = (
        f"deadline exceeded: {where} did not finish within its {seconds:g} s deadline"
        f" (after {_tries(attempts)})"
    )
    return APITimeoutError(credentials.redact(message), request=request)


def _tries(attempts: int) -> str:
    """``1 attempt``, ``3 attempts``."""
    return "1 attempt" if attempts == 1 else f"{attempts} attempts"


def _error_body(response: httpx.Response) -> object:
    """The error body as JSON when it parses, else as text; None when empty."""
    if not response.content.strip():
        return None
    try:
        return cast(object, json.loads(response.content))
    except ValueError:
        return response.text


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def excerpt(body: object) -> str:
    """A one-line, bounded rendering of a body; an HTML page is shown by its title."""
    if isinstance(body, str):
        title = _TITLE.search(body) if "<html" in body[:1000].lower() else None
        text = f"HTML page {html.unescape(title.group(1))!r}" if title else body
    else:
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    text = " ".join(text.split())
    if len(text) > _EXCERPT_CHARS:
        text = text[: _EXCERPT_CHARS - 3] + "..."
    return text
