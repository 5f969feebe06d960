"""``BaseClient``: what the sync and async clients share, which is everything but I/O.

Configuration (token, base URL, timeouts, retries, deadline, headers), request preparation,
retry decisions, logging and response handling live here; ``_runtime`` adds the few lines that
send a request and sleep between attempts, once blocking and once with ``await``.

The methods that decide what happens after a failed attempt *return* the error to raise rather
than raising it: the sending loop raises it after leaving its ``except`` block, so that the
error carries no ``__context__`` (httpx's exception, whose frames hold the request headers,
token included).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar, cast

import httpx

from ._auth import AuthScheme, check_base_url, load_credentials
from ._deadline import Budget
from ._errors import (
    ArgumentTypeError,
    ContactSwingError,
    InvalidArgumentError,
)
from ._request import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    MAX_URL_LENGTH,
    Endpoint,
    PreparedRequest,
    RequestOptions,
    check_deadline,
    check_headers,
    check_max_retries,
    check_options,
    expand_path,
    prepare,
    serialize_body,
    to_timeout,
)
from ._response import (
    APIResponse,
    capture_raw_response,
    connection_error,
    deadline_error,
    describe,
    parse_response,
    status_error,
)
from ._retry import retry_delay, should_retry_error, should_retry_status
from ._version import __version__

__all__ = ["BASE_URL_ENV_VAR", "TOKEN_ENV_VAR", "USER_AGENT", "BaseClient", "logger"]

_PACKAGE = __package__ or __name__.rpartition(".")[0]
_DISTRIBUTION = _PACKAGE.rpartition(".")[2]
TOKEN_ENV_VAR = f"{_DISTRIBUTION.upper()}_TOKEN"
BASE_URL_ENV_VAR = f"{_DISTRIBUTION.upper()}_BASE_URL"
USER_AGENT = f"{_DISTRIBUTION}/{__version__} python-httpx/{httpx.__version__}"

logger = logging.getLogger(_PACKAGE)
# A library stays silent until the application configures logging.
logger.addHandler(logging.NullHandler())

T = TypeVar("T")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)

# Sent when the caller removed or replaced the credential for one call.
_NO_AUTH = httpx.Auth()


class BaseClient(Generic[HttpT]):
    """Configuration and the I/O-free half of every call, shared by both clients."""

    # Set by the generated subclass from the spec.
    _default_base_url: ClassVar[str]
    _auth: ClassVar[AuthScheme]
    # Set by SyncAPIClient / AsyncAPIClient in _runtime.
    _http_client_class: ClassVar[type[httpx.Client | httpx.AsyncClient]]

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
    ) -> None:
        """Configure the client: token, base URL, timeouts, retries, deadline, HTTP client, headers.

        ``token`` defaults to the ``<PACKAGE>_TOKEN`` environment variable and ``base_url`` to
        ``<PACKAGE>_BASE_URL``, then to the API's server. ``deadline`` (seconds, default none)
        bounds each whole call, retries included. A supplied ``http_client`` is used as it is
        and left open; one the client creates is closed by ``close()``.
        """
        try:
            credentials = load_credentials(
                self._auth,
                token,
                env_var=TOKEN_ENV_VAR,
                client_name=type(self).__name__,
            )
        finally:
            # From here on the token lives only inside `credentials`, whose repr hides it.
            # Dropped even when loading fails, so that no frame of a raised error (this one
            # included) shows it among its locals.
            del token
        self._credentials = credentials
        env_base_url = os.environ.get(BASE_URL_ENV_VAR, "").strip()
        self._base_url = check_base_url(
            base_url or env_base_url or self._default_base_url, credentials
        )
        self._max_retries = check_max_retries(max_retries)
        self._timeout = to_timeout(timeout)
        self._deadline = check_deadline(deadline)
        check_headers(default_headers, "default_headers")
        self._default_headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            **(default_headers or {}),
        }
        if http_client is not None and not isinstance(
            http_client, self._http_client_class
        ):
            expected = self._http_client_class.__qualname__
            raise ArgumentTypeError(
                f"http_client must be an httpx.{expected},"
                f" not {type(http_client).__qualname__}"
            )
        self._owns_http = http_client is None
        self._http: HttpT = (
            http_client if http_client is not None else self._new_http_client()
        )

    def _new_http_client(self) -> HttpT:
        """Create the connection pool this client owns (and will close)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        """Show the configuration, never the token."""
        # getattr: tracebacks also repr a client whose __init__ raised half-way.
        base_url = getattr(self, "_base_url", None)
        max_retries = getattr(self, "_max_retries", None)
        return (
            f"{type(self).__name__}(base_url={base_url!r},"
            f" auth={self._auth.kind!r}, max_retries={max_retries})"
        )

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        return self._base_url

    def _prepare_call(
        self,
        endpoint: Endpoint[Any],
        *,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        body: object,
        options: RequestOptions | None,
    ) -> PreparedRequest:
        """Prepare a generated method's call of ``endpoint``."""
        if body is None and endpoint.body_required:
            raise ArgumentTypeError(
                f"{endpoint.method} {endpoint.path} needs a request body, not None"
            )
        # An optional header parameter left as None is absent; it must not remove a default
        # header of the same name, as an extra_headers None would.
        given = {k: v for k, v in (headers or {}).items() if v is not None}
        if given:
            check_headers(given, "header parameters")
        return self._prepare(
            endpoint.method,
            expand_path(endpoint.path, path),
            query=query,
            headers=given,
            body=None if body is None else serialize_body(body, endpoint.request),
            options=options or {},
            idempotency_header=endpoint.idempotency_header,
            encoding=endpoint.encoding,
        )

    def _prepare_raw(
        self,
        method: str,
        path: str,
        *,
        json: object,
        params: Mapping[str, object] | None,
        headers: Mapping[str, str | None] | None,
        options: RequestOptions,
    ) -> PreparedRequest:
        """Prepare a call of ``request()``: a path under the base URL, any method."""
        for name, value in (("method", method), ("path", path)):
            if not isinstance(value, str):
                raise ArgumentTypeError(
                    f"{name} must be a string, not {type(value).__name__}"
                )
        if not path.startswith("/"):
            # An absolute URL would send the token to whatever host it names.
            raise InvalidArgumentError(
                f"path must start with '/' and is relative to the base URL, not {path!r}"
            )
        if params is not None and not isinstance(params, Mapping):
            raise ArgumentTypeError(
                f"params must be a mapping, not {type(params).__name__}"
            )
        if headers:
            check_headers(headers, "headers")
        return self._prepare(
            method,
            path,
            query=params,
            headers=headers or {},
            body=None if json is None else serialize_body(json),
            options=options,
            idempotency_header=None,
        )

    def _prepare(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object],
        body: object,
        options: RequestOptions,
        idempotency_header: str | None,
        encoding: str = "json",
    ) -> PreparedRequest:
        """Layer client defaults, call arguments and per-call options into one request."""
        if options:
            check_options(options)
        return prepare(
            method=method,
            url=self._base_url + path,
            query=[query, options.get("extra_query")],
            headers=[
                self._default_headers.items(),
                headers.items(),
                (options.get("extra_headers") or {}).items(),
            ],
            body=body,
            timeout=options.get("timeout", self._timeout),
            max_retries=options.get("max_retries", self._max_retries),
            idempotency_header=idempotency_header,
            auth_name=self._auth.name,
            auth_in_query=self._auth.in_query,
            encoding=encoding,
            deadline=options.get("deadline", self._deadline),
        )

    def _build_request(self, prepared: PreparedRequest) -> httpx.Request:
        """Build the httpx request that every attempt of this call sends."""
        try:
            return self._http.build_request(
                prepared.method,
                prepared.url,
                # No params at all (not an empty list): httpx then skips a second URL parse.
                params=prepared.params or None,
                headers=prepared.headers,
                content=prepared.content,
                timeout=prepared.timeout,
            )
        except httpx.InvalidURL as err:
            problem = str(err)
        length = len(prepared.url) + sum(
            len(k) + len(v) + 2 for k, v in prepared.params
        )
        if length > MAX_URL_LENGTH:
            problem = (
                f"it would be about {length:,} characters long, and httpx sends at most"
                f" {MAX_URL_LENGTH:,}: a path or query value is too long"
            )
        raise InvalidArgumentError(
            f"cannot build the URL of {prepared.method} request: {problem}"
        )

    def _budget(self, prepared: PreparedRequest) -> Budget | None:
        """Start the clock of the call's deadline, if it has one."""
        return None if prepared.deadline is None else Budget(prepared.deadline)

    def _auth_for(self, prepared: PreparedRequest) -> httpx.Auth:
        """The credentials to apply, unless this call removed or replaced them."""
        return self._credentials if prepared.authenticate else _NO_AUTH

    def _after_response(
        self,
        prepared: PreparedRequest,
        response: httpx.Response,
        retries_taken: int,
        started: float,
        budget: Budget | None,
    ) -> float | None:
        """Log an answered attempt; None accepts it, a number is the pause before a retry.

        Raises the typed status error when the response is final and not 2xx.
        """
        self._log_attempt(
            response.request, response.status_code, retries_taken, started
        )
        if response.is_success:
            return None
        if retries_taken < prepared.max_retries and should_retry_status(
            response.status_code, idempotent=prepared.idempotent
        ):
            delay = self._next_delay(
                response.request, retries_taken, prepared, response.headers, budget
            )
            if delay is not None:
                return delay
        raise status_error(response, self._credentials)

    def _after_error(
        self,
        prepared: PreparedRequest,
        request: httpx.Request,
        error: httpx.RequestError,
        retries_taken: int,
        started: float,
        budget: Budget | None,
    ) -> float | ContactSwingError:
        """Log a failed attempt; return the pause before a retry, or the typed error to raise.

        The error is returned, not raised, so that the caller raises it outside its ``except``
        block: it then carries no trace of httpx's exception (see the module docstring).
        """
        self._log_attempt(request, type(error).__name__, retries_taken, started)
        attempts = retries_taken + 1
        if budget is not None and budget.spent():
            return deadline_error(request, self._credentials, budget.seconds, attempts)
        if retries_taken < prepared.max_retries and should_retry_error(
            error, idempotent=prepared.idempotent
        ):
            delay = self._next_delay(request, retries_taken, prepared, None, budget)
            if delay is not None:
                return delay
        return connection_error(error, request, self._credentials, attempts)

    def _before_attempt(
        self, request: httpx.Request, budget: Budget | None, retries_taken: int
    ) -> None:
        """Refuse to start an attempt once the deadline has passed."""
        if budget is not None and budget.spent():
            raise deadline_error(
                request, self._credentials, budget.seconds, retries_taken
            )

    def _next_delay(
        self,
        request: httpx.Request,
        retries_taken: int,
        prepared: PreparedRequest,
        headers: httpx.Headers | None,
        budget: Budget | None,
    ) -> float | None:
        """Pick the pause before the next attempt, and log it; None when the deadline is nearer.

        A retry that could only start after the deadline is not worth its wait: the call then
        ends at once with the failure it has, which says more than "deadline exceeded".
        """
        delay = retry_delay(retries_taken, headers)
        if budget is not None and not budget.allows(delay):
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "not retrying %s: a %.3fs pause would end past the deadline",
                    describe(request, self._credentials),
                    delay,
                )
            return None
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "retrying %s in %.3fs (retry %d of %d)",
                describe(request, self._credentials),
                delay,
                retries_taken + 1,
                prepared.max_retries,
            )
        return delay

    def _log_attempt(
        self,
        request: httpx.Request,
        outcome: int | str,
        retries_taken: int,
        started: float,
    ) -> None:
        """Log one attempt: method, redacted URL, status or error, elapsed time, retries."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s -> %s in %.3fs (retries taken: %d)",
                describe(request, self._credentials),
                outcome,
                time.monotonic() - started,
                retries_taken,
            )

    def _finish(
        self, endpoint: Endpoint[T], response: httpx.Response, retries_taken: int
    ) -> T:
        """Parse a 2xx response, or hand it over raw to a ``with_raw_response`` wrapper."""
        credentials = self._credentials

        def parser(http_response: httpx.Response) -> T:
            return cast(
                T, parse_response(http_response, endpoint.response, credentials)
            )

        raw = APIResponse(response, parser=parser, retries_taken=retries_taken)
        if capture_raw_response(raw):
            # The wrapper returns `raw`; what the method returns here is discarded.
            return cast(T, None)
        return raw.parse()
