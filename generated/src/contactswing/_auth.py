"""How the token travels (``AuthScheme``), where it comes from, and how it is kept out of output.

The token lives in one object, ``Credentials``, an ``httpx.Auth`` that puts it on each request
only while httpx sends it and takes it off again afterwards. Nothing else stores it, so
request-building code never holds it in a local, and the requests left on responses and errors
no longer carry it. Everything the runtime formats for people (exception messages, log lines)
also passes through ``Credentials.redact`` / ``Credentials.redact_url``, because a server may
echo a credential back.

A token is checked once, here, when the client is built: surrounding whitespace is stripped
(``open("token.txt").read()`` keeps its newline), and a token that could not travel in a
header (a control character, a lone surrogate) or is not a string is refused with a message
that says where the problem is, never what the token is. No frame that raises holds the token
in a local variable, so a traceback printed with its locals cannot show it either.
"""

from __future__ import annotations

import base64
import ipaddress
import os
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass
from typing import Literal

import httpx

from ._errors import ArgumentTypeError, ContactSwingError, InvalidArgumentError

__all__ = ["AuthScheme", "Credentials", "check_base_url", "load_credentials"]

AuthKind = Literal["bearer", "basic", "api_key_header", "api_key_query", "none"]

REDACTED = "REDACTED"
_MIN_REDACTED = 6

# Query parameters whose values are hidden in every URL the runtime formats, in addition to
# the scheme's own parameter: a URL pasted into a bug report should not carry a secret.
_SENSITIVE_PARAMS = frozenset(
    {
        "access_token",
        "api_key",
        "apikey",
        "key",
        "password",
        "secret",
        "signature",
        "token",
    }
)


@dataclass(frozen=True)
class AuthScheme:
    """How the token is sent: bearer, basic, an API-key header or query parameter, or not."""

    kind: AuthKind
    name: str = ""

    @classmethod
    def bearer(cls) -> AuthScheme:
        """Send ``Authorization: Bearer <token>``."""
        return cls("bearer", "Authorization")

    @classmethod
    def basic(cls) -> AuthScheme:
        """Send ``Authorization: Basic base64(<token>)``; the token is ``user:password``."""
        return cls("basic", "Authorization")

    @classmethod
    def api_key_header(cls, name: str) -> AuthScheme:
        """Send the token as the value of header ``name``."""
        return cls("api_key_header", name)

    @classmethod
    def api_key_query(cls, name: str) -> AuthScheme:
        """Send the token as the value of query parameter ``name``."""
        return cls("api_key_query", name)

    @classmethod
    def none(cls) -> AuthScheme:
        """Send no credentials; no token is required."""
        return cls("none")

    @property
    def requires_token(self) -> bool:
        """Whether a client with this scheme needs a token to be constructed."""
        return self.kind != "none"

    @property
    def in_query(self) -> bool:
        """Whether the token travels in the query string rather than a header."""
        return self.kind == "api_key_query"


class Credentials(httpx.Auth):
    """The token and its scheme: stamps requests, and redacts the token from text."""

    def __init__(self, scheme: AuthScheme, token: str | None) -> None:
        """Hold the token; it is reachable only through this object."""
        self.scheme = scheme
        self._token = token
        self._secrets = _secret_forms(scheme, token)

    def __repr__(self) -> str:
        """Name the scheme, never the token."""
        shown = "<redacted>" if self._token else "None"
        return f"Credentials(scheme={self.scheme.kind!r}, token={shown})"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Put the token on the request while httpx sends it; take it off afterwards."""
        self._apply(request)
        try:
            yield request
        finally:
            self._remove(request)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Put the token on the request while httpx sends it; take it off afterwards."""
        self._apply(request)
        try:
            yield request
        finally:
            self._remove(request)

    def _apply(self, request: httpx.Request) -> None:
        """Add the token to the request as the scheme says."""
        if self._token is None:
            return
        kind, name = self.scheme.kind, self.scheme.name
        if kind == "bearer":
            request.headers[name] = "Bearer " + self._token
        elif kind == "basic":
            request.headers[name] = "Basic " + _b64(self._token)
        elif kind == "api_key_header":
            request.headers[name] = self._token
        elif kind == "api_key_query":
            request.url = request.url.copy_set_param(name, self._token)

    def _remove(self, request: httpx.Request) -> None:
        """Take the token back off a request that has been sent.

        The request object outlives the call (``response.request``, ``error.request``); without
        the token on it, nothing a caller inspects, logs or reports later can leak it.
        """
        if self._token is None:
            return
        if self.scheme.in_query:
            request.url = request.url.copy_remove_param(self.scheme.name)
        else:
            request.headers.pop(self.scheme.name, None)

    def redact(self, text: str) -> str:
        """Replace every form of the token that could appear in ``text``.

        Forms shorter than a few characters are left alone: replacing them would mangle every
        word they occur in ("Unauthorized") while hiding nothing a guess would not find.
        """
        for secret in self._secrets:
            if len(secret) >= _MIN_REDACTED:
                text = text.replace(secret, REDACTED)
        return text

    def redact_url(self, url: httpx.URL) -> str:
        """Format a URL without userinfo and with credential-like query values hidden."""
        hidden = _SENSITIVE_PARAMS | {self.scheme.name.lower()}
        if url.userinfo:
            url = url.copy_with(userinfo=b"")
        if url.query:
            url = url.copy_with(
                params=[
                    (key, REDACTED if key.lower() in hidden else value)
                    for key, value in url.params.multi_items()
                ]
            )
        return self.redact(str(url))


def _b64(token: str) -> str:
    """Encode a ``user:password`` token for HTTP basic auth."""
    return base64.b64encode(token.encode()).decode("ascii")


def _secret_forms(scheme: AuthScheme, token: str | None) -> tuple[str, ...]:
    """List the strings that would reveal the token: itself, and its base64 form for basic."""
    if not token:
        return ()
    if scheme.kind == "basic":
        return (token, _b64(token))
    return (token,)


def load_credentials(
    scheme: AuthScheme, token: object, *, env_var: str, client_name: str
) -> Credentials:
    """Take the token from the argument or the environment; fail early when it is unusable."""
    if token is not None and not isinstance(token, str):
        kind = type(token).__name__
        del token  # no frame of a raised error may hold it (tracebacks show locals)
        raise ArgumentTypeError(f"token must be a string, not {kind}")
    # Surrounding whitespace would make an invalid header, and every call would then fail
    # as a connection error quoting the header, token and all.
    source = "the token"
    text = (token or "").strip()
    if not text:
        source = f"the {env_var} environment variable"
        text = os.environ.get(env_var, "").strip()
    del token
    problem = _token_problem(text)
    if problem:
        del text
        raise InvalidArgumentError(f"{source} {problem}; check how it was copied.")
    if not text and scheme.requires_token:
        raise ContactSwingError(
            f"No API token: pass token=... to {client_name}(...)"
            f" or set the {env_var} environment variable."
        )
    return Credentials(scheme, text if text and scheme.requires_token else None)


def _token_problem(token: str) -> str:
    """Why a token cannot be sent, without quoting it; empty when it can."""
    for position, char in enumerate(token):
        code = ord(char)
        if code < 0x20 or 0x7F <= code < 0xA0:
            return f"has a control character (U+{code:04X}) at position {position}"
        if 0xD800 <= code < 0xE000:
            return f"has a lone surrogate at position {position}, not valid text"
    return ""


def _is_loopback(host: str) -> bool:
    """Whether a host is this machine: localhost, 127.0.0.0/8 or ::1."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(raw: str, credentials: Credentials) -> str:
    """Validate a base URL and return it without a trailing slash; refuse unsafe ones."""
    try:
        url = httpx.URL(raw)
    except httpx.InvalidURL as err:
        raise ContactSwingError(f"Invalid base URL: {err}") from None
    shown = credentials.redact_url(url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ContactSwingError(
            f"Invalid base URL {shown!r}: it must be an absolute http(s) URL."
        )
    if url.userinfo:
        raise ContactSwingError(
            f"Invalid base URL {shown!r}: put credentials in token=..., not in the URL."
        )
    if url.query or url.fragment:
        raise ContactSwingError(
            f"Invalid base URL {shown!r}: it must not have a query or fragment."
        )
    if (
        url.scheme == "http"
        and credentials.scheme.requires_token
        and not _is_loopback(url.host)
    ):
        raise ContactSwingError(
            f"Refusing to send the API token over plain http:// to {url.host!r}:"
            " use https://. Plain http is allowed only for loopback hosts"
            " (localhost, 127.0.0.0/8, ::1)."
        )
    return str(url).rstrip("/")
