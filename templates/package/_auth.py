"""How credentials travel (``AuthScheme``), where they come from, and how they stay out of output.

A spec may declare several security schemes (a bearer token, an API key in a header, query
or cookie) and each operation says which it needs. The tokens live in one object,
``Credentials``; each call asks it for the credentials of its operation's first requirement
the client can meet, an ``httpx.Auth`` that puts them on the request only while httpx sends it
and takes them off again afterwards. Nothing else stores it, so
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
from collections.abc import AsyncGenerator, Generator, Mapping
from dataclasses import dataclass
from typing import Literal

import httpx

from ._errors import ArgumentTypeError, ClientError, InvalidArgumentError

__all__ = ["AuthScheme", "Credentials", "check_base_url", "load_credentials"]

AuthKind = Literal[
    "bearer", "basic", "api_key_header", "api_key_query", "api_key_cookie", "none"
]

REDACTED = "REDACTED"
_MIN_REDACTED = 6

# Query parameters whose values are hidden in every URL the runtime formats, in addition to
# the schemes' own parameters: a URL pasted into a bug report should not carry a secret.
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
    """How a credential is sent: bearer, basic, an API key in a header, query or cookie."""

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
    def api_key_cookie(cls, name: str) -> AuthScheme:
        """Send the token as the value of cookie ``name``."""
        return cls("api_key_cookie", name)

    @classmethod
    def none(cls) -> AuthScheme:
        """Send no credentials; no token is required."""
        return cls("none")

    @property
    def place(self) -> str:
        """Where the credential goes, as the call's ``explicit`` names it (``header:name``)."""
        if self.kind == "api_key_query":
            return f"query:{self.name}"
        if self.kind == "api_key_cookie":
            return "header:cookie"
        return f"header:{self.name.lower()}"


_APPLIED_KEPT = 256  # distinct (requirement, caller-set places) answers kept per client


class Credentials:
    """Every credential the client was given, by security scheme: stamps requests with the
    ones an operation asks for, and redacts all of them from text."""

    def __init__(
        self, schemes: Mapping[str, AuthScheme], tokens: Mapping[str, str]
    ) -> None:
        """Hold the tokens; they are reachable only through this object."""
        self._schemes = dict(schemes)
        self._tokens = dict(tokens)
        self._secrets = tuple(
            form
            for key, token in self._tokens.items()
            for form in _secret_forms(self._schemes[key], token)
        )
        # auth_for's answers: the same for every call with the same requirement and the
        # same places set by the caller (bounded: see auth_for).
        self._applied: dict[object, httpx.Auth | None] = {}

    def __repr__(self) -> str:
        """Name the schemes, never a token."""
        held = ", ".join(f"{key}=<redacted>" for key in self._tokens)
        return f"Credentials({held})"

    @property
    def configured(self) -> bool:
        """Whether any credential was given."""
        return bool(self._tokens)

    def updated(self, other: Credentials) -> Credentials:
        """These credentials with ``other``'s tokens in place of theirs (``with_options``).

        The tokens pass from object to object, never through a caller's local variable.
        """
        return Credentials(
            {**self._schemes, **other._schemes}, {**self._tokens, **other._tokens}
        )

    def auth_for(
        self, security: tuple[tuple[str, ...], ...], explicit: frozenset[str]
    ) -> httpx.Auth | None:
        """The credentials of the first requirement this client can meet, or None if none.

        A requirement is met when each of its schemes has a token, or the call itself set
        the header, query parameter or cookie that scheme would fill (then it is left as the
        caller set it). An empty requirement needs nothing.
        """
        key = (security, explicit)
        if key in self._applied:
            return self._applied[key]
        if len(self._applied) >= _APPLIED_KEPT:
            self._applied.clear()
        found = self._applied[key] = self._first_met(security, explicit)
        return found

    def _first_met(
        self, security: tuple[tuple[str, ...], ...], explicit: frozenset[str]
    ) -> httpx.Auth | None:
        for requirement in security:
            if all(
                key in self._tokens or self._schemes[key].place in explicit
                for key in requirement
                if key in self._schemes
            ) and all(key in self._schemes for key in requirement):
                chosen = [
                    (self._schemes[key], self._tokens[key])
                    for key in requirement
                    if key in self._tokens and self._schemes[key].place not in explicit
                ]
                return _Applied(chosen)
        return None

    def redact(self, text: str) -> str:
        """Replace every form of every token that could appear in ``text``.

        Forms shorter than a few characters are left alone: replacing them would mangle every
        word they occur in ("Unauthorized") while hiding nothing a guess would not find.
        """
        for secret in self._secrets:
            if len(secret) >= _MIN_REDACTED:
                text = text.replace(secret, REDACTED)
        return text

    def redact_url(self, url: httpx.URL) -> str:
        """Format a URL without userinfo and with credential-like query values hidden."""
        hidden = _SENSITIVE_PARAMS | {
            scheme.name.lower()
            for scheme in self._schemes.values()
            if scheme.kind == "api_key_query"
        }
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


class _Applied(httpx.Auth):
    """The credentials of one call: put on the request while httpx sends it, then taken off.

    The request object outlives the call (``response.request``, ``error.request``); without
    the tokens on it, nothing a caller inspects, logs or reports later can leak them.
    """

    def __init__(self, chosen: list[tuple[AuthScheme, str]]) -> None:
        self._chosen = chosen

    def __repr__(self) -> str:
        # Where each credential goes, never what it is: DEBUG logs show it per attempt.
        places = ", ".join(scheme.place for scheme, _ in self._chosen) or "none"
        return f"<credentials in {places}>"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Put the tokens on the request while httpx sends it; take them off afterwards."""
        self._apply(request)
        try:
            yield request
        finally:
            self._remove(request)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Put the tokens on the request while httpx sends it; take them off afterwards."""
        self._apply(request)
        try:
            yield request
        finally:
            self._remove(request)

    def _apply(self, request: httpx.Request) -> None:
        for scheme, token in self._chosen:
            kind, name = scheme.kind, scheme.name
            if kind == "bearer":
                request.headers[name] = "Bearer " + token
            elif kind == "basic":
                request.headers[name] = "Basic " + _b64(token)
            elif kind == "api_key_header":
                request.headers[name] = token
            elif kind == "api_key_query":
                request.url = request.url.copy_set_param(name, token)
            elif kind == "api_key_cookie":
                cookie = request.headers.get("Cookie")
                pair = f"{name}={token}"
                request.headers["Cookie"] = f"{cookie}; {pair}" if cookie else pair

    def _remove(self, request: httpx.Request) -> None:
        for scheme, token in self._chosen:
            if scheme.kind == "api_key_query":
                request.url = request.url.copy_remove_param(scheme.name)
            elif scheme.kind == "api_key_cookie":
                pair = f"{scheme.name}={token}"
                rest = [
                    p
                    for p in request.headers.get("Cookie", "").split("; ")
                    if p and p != pair
                ]
                if rest:
                    request.headers["Cookie"] = "; ".join(rest)
                else:
                    _drop(request.headers, "Cookie")
            else:
                _drop(request.headers, scheme.name)


def _drop(headers: httpx.Headers, name: str) -> None:
    """Remove a header if present (one scan; ``Headers.pop`` makes two)."""
    try:
        del headers[name]
    except KeyError:
        pass


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
    schemes: Mapping[str, AuthScheme],
    given: Mapping[str, object],
    *,
    arguments: Mapping[str, str],
    env_prefix: str,
    required: tuple[str, ...],
    client_name: str,
) -> Credentials:
    """Take each scheme's token from its argument or environment variable; fail early when
    one is unusable, or when a scheme in ``required`` has none.

    ``given`` maps scheme names to the values passed; ``arguments`` names each scheme's
    constructor argument (``token``, ``api_key``), whose variable is ``<PREFIX>_<ARGUMENT>``.
    """
    tokens: dict[str, str] = {}
    for key in schemes:
        argument = arguments.get(key, "token")
        env_var = f"{env_prefix}_{argument.upper()}"
        value = given.get(key)
        if value is not None and not isinstance(value, str):
            kind = type(value).__name__
            del value, given  # no frame of a raised error may hold a token
            tokens.clear()
            raise ArgumentTypeError(f"{argument} must be a string, not {kind}")
        # Surrounding whitespace would make an invalid header, and every call would then
        # fail as a connection error quoting the header, token and all.
        source = f"the {argument}"
        text = (value or "").strip()
        if not text:
            source = f"the {env_var} environment variable"
            text = os.environ.get(env_var, "").strip()
        del value
        problem = _token_problem(text)
        if problem:
            del text, given
            tokens.clear()
            raise InvalidArgumentError(f"{source} {problem}; check how it was copied.")
        if text and schemes[key].kind != "none":
            tokens[key] = text
        elif key in required and schemes[key].kind != "none":
            del given
            tokens.clear()
            raise ClientError(
                f"No API token: pass {argument}=... to {client_name}(...)"
                f" or set the {env_var} environment variable."
            )
        del text
    del given
    return Credentials(schemes, tokens)


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
        raise ClientError(f"Invalid base URL: {err}") from None
    shown = credentials.redact_url(url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ClientError(
            f"Invalid base URL {shown!r}: it must be an absolute http(s) URL."
        )
    if url.userinfo:
        raise ClientError(
            f"Invalid base URL {shown!r}: put credentials in token=..., not in the URL."
        )
    if url.query or url.fragment:
        raise ClientError(
            f"Invalid base URL {shown!r}: it must not have a query or fragment."
        )
    if url.scheme == "http" and credentials.configured and not _is_loopback(url.host):
        raise ClientError(
            f"Refusing to send the API token over plain http:// to {url.host!r}:"
            " use https://. Plain http is allowed only for loopback hosts"
            " (localhost, 127.0.0.0/8, ::1)."
        )
    return str(url).rstrip("/")
