"""A client's configuration: checked once when it is built, readable, and copied with changes.

``ClientConfig`` is the half of ``BaseClient`` that holds what a client was built with: the
credentials, base URL, timeouts, retries, deadline, default headers and query parameters, the
longest ``Retry-After`` pause to honour, and the connection pool. It offers them back as
read-only properties, and ``with_options()`` (alias ``copy()``) makes a new client with some of
them changed, for one call or for a part of an application::

    fast = client.with_options(timeout=5, max_retries=0)
    fast.actions.list()

A copy shares the original's connection pool unless it is given its own ``http_client``. The
pool stays the original's: closing the copy never closes it, closing the original does (use
copies only while the original is open). The credentials travel to the copy as the
``Credentials`` object, never as strings, so no frame of ``with_options`` holds a token.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

import httpx

from ._auth import AuthScheme, Credentials, check_base_url, load_credentials
from ._errors import ArgumentTypeError, InvalidArgumentError
from ._options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    check_deadline,
    check_headers,
    check_max_retries,
    to_timeout,
)
from ._retry import DEFAULT_MAX_RETRY_AFTER, check_max_retry_after
from ._sentinel import NOT_GIVEN, NotGiven
from ._serialize import DEFAULT_STYLES, query_string
from ._version import __version__

if TYPE_CHECKING:
    # Annotations only, never evaluated (PEP 563): see _sync_client.
    import asyncio
    from typing import Self

__all__ = [
    "BASE_URL_ENV_VAR",
    "TOKEN_ENV_VAR",
    "USER_AGENT",
    "ClientConfig",
    "HttpT",
    "PoolState",
]

_PACKAGE = __package__ or __name__.rpartition(".")[0]
_DISTRIBUTION = _PACKAGE.rpartition(".")[2]
TOKEN_ENV_VAR = f"{_DISTRIBUTION.upper()}_TOKEN"
BASE_URL_ENV_VAR = f"{_DISTRIBUTION.upper()}_BASE_URL"
USER_AGENT = f"{_DISTRIBUTION}/{__version__} python-httpx/{httpx.__version__}"

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class PoolState:
    """What belongs to a connection pool, not to one client: shared by the copies sharing it."""

    __slots__ = ("loop",)

    def __init__(self) -> None:
        """A pool no call has used yet."""
        # The event loop of the first async call: the pool's connections belong to it.
        self.loop: asyncio.AbstractEventLoop | None = None


# httpx's default headers that the client's own pool leaves out (see ``_configure``).
_REPLACED_HTTPX_DEFAULTS = ("Accept", "User-Agent")


class ClientConfig(Generic[HttpT]):
    """What a client was configured with: checked once, readable, copied with changes."""

    # Set by the generated subclass from the spec.
    _default_base_url: ClassVar[str]
    # Security scheme name → how its credential travels; the document's requirement (a
    # tuple of alternatives, each a tuple of scheme names); and each scheme's constructor
    # argument (the main one is ``token``; its variable is <PACKAGE>_TOKEN).
    _schemes: ClassVar[Mapping[str, AuthScheme]] = {}
    _security: ClassVar[tuple[tuple[str, ...], ...]] = ((),)
    _credential_args: ClassVar[Mapping[str, str]] = {}
    # The body property holding the server's id of a request (the spec's x-envelope
    # request-id), read into errors' ``request_id`` when no header carries one.
    _request_id_field: ClassVar[str | None] = None
    # Set by SyncAPIClient (_sync_client) and AsyncAPIClient (_async_client).
    _http_client_class: ClassVar[type[httpx.Client | httpx.AsyncClient]]

    _credentials: Credentials
    _base_url: str
    _timeout: httpx.Timeout
    _max_retries: int
    _deadline: float | None
    _max_retry_after: float
    _default_headers: dict[str, str]
    _default_query: dict[str, object]
    _http: HttpT
    _owns_http: bool
    _pool_state: PoolState

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        http_client: HttpT | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        credentials: Mapping[str, str | None] | None = None,
    ) -> None:
        """Configure the client: token, base URL, timeouts, retries, deadline, pool, defaults.

        ``token`` defaults to the ``<PACKAGE>_TOKEN`` environment variable and ``base_url`` to
        ``<PACKAGE>_BASE_URL``, then to the API's server. ``deadline`` (seconds, default none)
        bounds each whole call, retries included. ``default_headers`` and ``default_query`` go
        with every request, under each call's own. ``max_retry_after`` (seconds) is the longest
        ``Retry-After`` pause honoured; an answer asking for more is raised at once. A supplied
        ``http_client`` is used as it is and left open; one the client creates is closed by
        ``close()``. ``credentials`` holds the other schemes' tokens by scheme name (a
        generated client with more than one takes each as its own argument).
        """
        try:
            loaded = load_credentials(
                self._schemes,
                {**(credentials or {}), self._token_scheme(): token},
                arguments=self._credential_args,
                env_prefix=TOKEN_ENV_VAR.removesuffix("_TOKEN"),
                required=self._required_at_construction(),
                client_name=type(self).__name__,
            )
        finally:
            # From here on the tokens live only inside `loaded`, whose repr hides them.
            # Dropped even when loading fails, so that no frame of a raised error (this one
            # included) shows them among its locals.
            del token, credentials
        env_base_url = os.environ.get(BASE_URL_ENV_VAR, "").strip()
        check_headers(default_headers, "default_headers")
        self._configure(
            loaded,
            base_url=base_url or env_base_url or self._default_base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_retry_after=max_retry_after,
            headers=_merged_headers(
                {"User-Agent": USER_AGENT, "Accept": "application/json"},
                default_headers,
            ),
            query=_merged_query({}, default_query),
            http_client=http_client,
            pool_of=None,
        )

    def _configure(
        self,
        credentials: Credentials,
        *,
        base_url: str,
        timeout: object,
        max_retries: object,
        deadline: object,
        max_retry_after: object,
        headers: dict[str, str],
        query: dict[str, object],
        http_client: HttpT | None,
        pool_of: ClientConfig[HttpT] | None,
    ) -> None:
        """Check and keep every setting; take a supplied pool, the original's, or a new one."""
        self._credentials = credentials
        self._base_url = check_base_url(base_url, credentials)
        self._max_retries = check_max_retries(max_retries)
        self._timeout = to_timeout(timeout)
        self._deadline = check_deadline(deadline)
        self._max_retry_after = check_max_retry_after(max_retry_after)
        self._default_headers = headers
        self._default_query = query
        if http_client is not None and not isinstance(
            http_client, self._http_client_class
        ):
            expected = self._http_client_class.__qualname__
            raise ArgumentTypeError(
                f"http_client must be an httpx.{expected},"
                f" not {type(http_client).__qualname__}"
            )
        self._owns_http = http_client is None and pool_of is None
        if http_client is not None:
            self._http = http_client
            self._pool_state = PoolState()
        elif pool_of is not None:
            self._http = pool_of._http
            self._pool_state = pool_of._pool_state
        else:
            self._http = self._new_http_client()
            # Every call sends its own Accept (the operation's answer types) and User-Agent
            # (default_headers): httpx's would only be replaced, a cost on every request.
            for name in _REPLACED_HTTPX_DEFAULTS:
                del self._http.headers[name]
            self._pool_state = PoolState()

    @classmethod
    def _token_scheme(cls) -> str:
        """The scheme ``token=`` fills: the one whose argument is ``token``, else the first."""
        for key, argument in cls._credential_args.items():
            if argument == "token" and key in cls._schemes:
                return key
        return next(iter(cls._schemes), "")

    @classmethod
    def _required_at_construction(cls) -> tuple[str, ...]:
        """The token is required when building the client if every operation needs it: one
        scheme, the document's only requirement."""
        main = cls._token_scheme()
        if len(cls._schemes) == 1 and cls._security == ((main,),):
            return (main,)
        return ()

    def _new_http_client(self) -> HttpT:
        """Create the connection pool this client owns (and will close)."""
        raise NotImplementedError

    def with_options(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        http_client: HttpT | None = None,
        default_headers: Mapping[str, str | None] | None = None,
        default_query: Mapping[str, object] | None = None,
        max_retry_after: float | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A new client configured like this one, except for the arguments given.

        Every argument is checked as the constructor checks it. ``default_headers`` and
        ``default_query`` are merged over this client's (a ``None`` value removes one). The
        copy shares this client's connection pool unless ``http_client`` is given; the pool
        stays this client's to close, and closing the copy leaves it open. The credentials
        are kept, but the main one when ``token`` is given.
        """
        try:
            credentials = self._credentials
            if token is not None:
                main = self._token_scheme()
                credentials = credentials.updated(
                    load_credentials(
                        {main: self._schemes[main]} if main else {},
                        {main: token},
                        arguments=self._credential_args,
                        env_prefix=TOKEN_ENV_VAR.removesuffix("_TOKEN"),
                        required=self._required_at_construction(),
                        client_name=type(self).__name__,
                    )
                )
        finally:
            del token  # as in __init__: no frame of a raised error may hold it
        check_headers(default_headers, "default_headers")
        clone = type(self).__new__(type(self))
        clone._configure(
            credentials,
            base_url=self._base_url if base_url is None else base_url,
            timeout=self._timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=(
                self._max_retries if isinstance(max_retries, NotGiven) else max_retries
            ),
            deadline=self._deadline if isinstance(deadline, NotGiven) else deadline,
            max_retry_after=(
                self._max_retry_after
                if isinstance(max_retry_after, NotGiven)
                else max_retry_after
            ),
            headers=_merged_headers(self._default_headers, default_headers),
            query=_merged_query(self._default_query, default_query),
            http_client=http_client,
            pool_of=self if http_client is None else None,
        )
        return clone

    # The name Stainless SDKs also use (``client.copy(timeout=5)``).
    copy = with_options

    def __repr__(self) -> str:
        """Show the configuration, never the token."""
        # getattr: tracebacks also repr a client whose __init__ raised half-way.
        base_url = getattr(self, "_base_url", None)
        max_retries = getattr(self, "_max_retries", None)
        schemes = ", ".join(self._schemes) or "none"
        return (
            f"{type(self).__name__}(base_url={base_url!r},"
            f" auth={schemes!r}, max_retries={max_retries})"
        )

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of each phase of an attempt, unless a call sets its own."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed call is retried, unless a call sets its own."""
        return self._max_retries

    @property
    def deadline(self) -> float | None:
        """Seconds for a whole call, retries included, or None; a call may set its own."""
        return self._deadline

    @property
    def max_retry_after(self) -> float:
        """The longest ``Retry-After`` pause honoured; an answer asking for more is raised."""
        return self._max_retry_after

    @property
    def default_headers(self) -> dict[str, str]:
        """A copy of the headers sent with every request (``User-Agent`` included)."""
        return dict(self._default_headers)

    @property
    def default_query(self) -> dict[str, object]:
        """A copy of the query parameters sent with every request."""
        return dict(self._default_query)


def _merged_headers(
    base: Mapping[str, str], changes: Mapping[str, str | None] | None
) -> dict[str, str]:
    """``base`` with ``changes`` applied by name, case-insensitively; ``None`` removes one."""
    merged = dict(base)
    for name, value in (changes or {}).items():
        for existing in [key for key in merged if key.lower() == name.lower()]:
            del merged[existing]
        if value is not None:
            merged[name] = value
    return merged


def _merged_query(
    base: Mapping[str, object], changes: Mapping[str, object] | None
) -> dict[str, object]:
    """``base`` with ``changes`` applied; ``None`` removes one. Values checked as sent."""
    if changes is not None and not isinstance(changes, Mapping):
        raise ArgumentTypeError(
            f"default_query must be a mapping, not {type(changes).__name__}"
        )
    merged = {**base, **(changes or {})}
    merged = {key: value for key, value in merged.items() if value is not None}
    style, explode = DEFAULT_STYLES["query"]
    for name, value in merged.items():
        if not isinstance(name, str):
            raise ArgumentTypeError(
                "default_query: query parameter names must be strings,"
                f" not {type(name).__name__}"
            )
        try:  # what could not be sent is refused now, not on every call
            query_string([(name, value, style, explode)])
        except UnicodeEncodeError:
            raise InvalidArgumentError(
                f"default_query: query parameter {name!r} has a lone surrogate"
            ) from None
    return merged
