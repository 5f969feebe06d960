"""Every exception the client raises; catch ``TextQuotedError`` to catch them all.

The tree::

    TextQuotedError                     the base; also bad configuration (no token, unsafe URL)
    │                                   and misuse (an async client used from a second loop)
    ├── InvalidArgumentError            also a ValueError: a value refused before sending
    │                                   (option, body, path or query value, token)
    ├── ArgumentTypeError               also a TypeError: a wrong type, a missing body, an
    │                                   unknown option
    ├── APIConnectionError              no usable response: DNS, refused, reset, TLS, protocol
    │   └── APITimeoutError             a connect, read, write or pool timeout, or the
    │                                   call's deadline ran out
    ├── APIStatusError                  the server answered with a status outside 2xx
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401
    │   ├── PermissionDeniedError       403
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   ├── UnprocessableEntityError    422
    │   ├── RateLimitError              429
    │   └── InternalServerError         >= 500
    └── APIResponseValidationError      a 2xx body that is empty, not JSON, or the wrong shape

Messages are formatted by the runtime with credentials redacted; the raw material (``response``,
``body``) stays on the exception for callers who need it. A transport failure is not chained
(no ``__cause__``, no ``__context__``): httpx's exception and the frames below it hold the
request headers, token included, and error trackers record chained exceptions and their
frames' locals. Refusals of input raised before sending are checked before any I/O, so they
never mean that a request went out.
"""

from __future__ import annotations

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentTypeError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TextQuotedError",
    "UnprocessableEntityError",
]


_REQUEST_ID_HEADERS = (b"x-request-id", b"request-id")


def request_id_of(
    headers: httpx.Headers, body: object, field: str | None = None
) -> str | None:
    """The server's id of a request: an ``x-request-id`` or ``request-id`` header, else the
    body property the spec names (its ``x-envelope`` ``request-id``), else None."""
    found: str | None = None
    for name, raw in headers.raw:  # one pass (each Headers.get scans every header)
        if name.lower() in _REQUEST_ID_HEADERS:
            found = raw.decode("latin-1")
            if name.lower() == b"x-request-id":
                break
    if found is None and field and isinstance(body, dict):
        value = body.get(field)
        found = value if isinstance(value, str) else None
    return found


class TextQuotedError(Exception):
    """Base class of every error this client raises."""


class InvalidArgumentError(TextQuotedError, ValueError):
    """A value the client refused before sending anything: catch it as ``ValueError`` too."""


class ArgumentTypeError(TextQuotedError, TypeError):
    """An argument of the wrong type, a missing body or an unknown option (a ``TypeError``)."""


class APIConnectionError(TextQuotedError):
    """The request got no usable HTTP response (network, TLS or protocol failure)."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        """Keep the request that failed; the message names httpx's error, never chained."""
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired, or the call's ``deadline`` ran out."""


class _AnsweredError(TextQuotedError):
    """Private base of the errors about an answered request: what they all carry."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        request_id: str | None = None,
    ) -> None:
        """Keep the response, its parsed body (JSON, else text, else None) and the server's
        id of the request (see ``request_id_of``), for a support ticket."""
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id


class APIStatusError(_AnsweredError):
    """The server answered with a status code outside 2xx."""


class BadRequestError(APIStatusError):
    """400: the server rejected the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the token is valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the body was well-formed but failed the server's validation."""


class RateLimitError(APIStatusError):
    """429: too many requests; the client already retried as far as allowed."""


class InternalServerError(APIStatusError):
    """A 5xx status: the server failed; idempotent requests were already retried."""


class APIResponseValidationError(_AnsweredError):
    """A 2xx response whose body is empty, not JSON, or not the documented shape."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """Return the most specific APIStatusError subclass for a status code."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


# The base under one name for the rest of the runtime, whatever the client is called.
ClientError = TextQuotedError
