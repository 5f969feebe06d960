"""``BaseClient``: what the sync and async clients share, which is everything but I/O.

Configuration (credentials, base URL, timeouts, retries, deadline, headers, ``with_options``)
lives in ``_config``; request preparation, retry decisions and response handling here.
``_sync_client`` and ``_async_client`` add the few lines that send a request and sleep
between attempts, once blocking and once with ``await``.

The methods that decide what happens after a failed attempt *return* the error to raise rather
than raising it: the sending loop raises it after leaving its ``except`` block, so that the
error carries no ``__context__`` (httpx's exception, whose frames hold the request headers,
token included).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, TypeVar, cast

import httpx

from ._body import serialize_body
from ._config import BASE_URL_ENV_VAR, TOKEN_ENV_VAR, USER_AGENT, ClientConfig, HttpT
from ._deadline import Budget
from ._errors import (
    APIStatusError,
    ArgumentTypeError,
    ClientError,
    InvalidArgumentError,
)
from ._failures import connection_error, deadline_error, describe, status_error
from ._logs import log_attempt, logger
from ._options import (
    RequestOptions,
    check_headers,
    check_options,
    to_timeout,
)
from ._request import (
    MAX_URL_LENGTH,
    Endpoint,
    PreparedRequest,
    expand_path,
    merge_body,
    parameter_headers,
    prepare,
)
from ._response import (
    APIResponse,
    Redirect,
    capture_raw_response,
    is_result,
    raw_response_wanted,
    read_answer,
)
from ._retry import retry_after, retry_delay, should_retry_error, should_retry_status
from ._streaming import capture_stream

__all__ = ["BASE_URL_ENV_VAR", "TOKEN_ENV_VAR", "USER_AGENT", "BaseClient", "logger"]

T = TypeVar("T")

# Sent when the caller removed or replaced the credential for one call.
_NO_AUTH = httpx.Auth()


class BaseClient(ClientConfig[HttpT]):
    """Configuration (see ``_config``) and the I/O-free half of every call, for both clients."""

    def _prepare_call(
        self,
        endpoint: Endpoint[Any],
        *,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        cookies: Mapping[str, object] | None,
        body: object,
        options: RequestOptions | None,
    ) -> PreparedRequest:
        """Prepare a generated method's call of ``endpoint``."""
        options = options or {}
        if options:
            check_options(options)
        if body is None and endpoint.body_required:
            raise ArgumentTypeError(
                f"{endpoint.method} {endpoint.path} needs a request body, not None"
            )
        # An optional header parameter left as None is absent; it must not remove a default
        # header of the same name, as an extra_headers None would.
        given = parameter_headers(headers, cookies, endpoint.styles)
        if given:
            check_headers(given, "header parameters")
        if body is not None and endpoint.encoding in ("json", "form"):
            body = serialize_body(body, endpoint.request)
        return self._prepare(
            endpoint.method,
            expand_path(endpoint.path, path, endpoint.styles),
            query=query,
            headers=given,
            body=merge_body(body, options.get("extra_body")),
            options=options,
            endpoint=endpoint,
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
            body=merge_body(
                None if json is None else serialize_body(json),
                options.get("extra_body"),
            ),
            options=options,
            endpoint=None,
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
        endpoint: Endpoint[Any] | None,
    ) -> PreparedRequest:
        """Layer client defaults, call arguments and per-call options into one request."""
        if options and endpoint is None:
            check_options(options)
        if endpoint is not None:
            accept = {"Accept": endpoint.accept}
        else:  # request(): what httpx would send, unless the pool has its own default
            accept = {} if "accept" in self._http.headers else {"Accept": "*/*"}
        if query and self._default_query:
            # An optional parameter left as None is absent: it must not remove the client's
            # default_query of the same name, as an extra_query None would.
            query = {k: v for k, v in query.items() if v is not None}
        return prepare(
            method=method,
            url=self._base_url + path,
            query=[self._default_query, query, options.get("extra_query")],
            headers=[
                self._default_headers.items(),
                accept.items(),
                headers.items(),
                (options.get("extra_headers") or {}).items(),
            ],
            body=body,
            # The client's timeout was checked when it was configured.
            timeout=(
                to_timeout(options["timeout"])
                if "timeout" in options
                else self._timeout
            ),
            max_retries=options.get("max_retries", self._max_retries),
            idempotency_header=(
                None if endpoint is None else endpoint.idempotency_header
            ),
            encoding="json" if endpoint is None else endpoint.encoding,
            deadline=options.get("deadline", self._deadline),
            styles=None if endpoint is None else endpoint.styles,
            media_type="" if endpoint is None else endpoint.media_type,
            parts=None if endpoint is None else endpoint.parts,
            idempotency_key=options.get("idempotency_key"),
            security=None if endpoint is None else endpoint.security,
            redirects=endpoint is not None and endpoint.redirects,
        )

    def _build_request(self, prepared: PreparedRequest) -> httpx.Request:
        """Build the httpx request that every attempt of this call sends."""
        try:
            return self._http.build_request(
                prepared.method,
                prepared.url,
                headers=prepared.headers,
                content=prepared.content,
                timeout=prepared.timeout,
            )
        except httpx.InvalidURL as err:
            problem = str(err)
        length = len(prepared.url)
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
        """The credentials the operation asks for, but those the call set itself."""
        security = self._security if prepared.security is None else prepared.security
        auth = self._credentials.auth_for(security, prepared.explicit)
        if auth is None:
            raise ClientError(self._missing_credentials(security))
        return auth

    def _missing_credentials(self, security: tuple[tuple[str, ...], ...]) -> str:
        """What to configure for an operation whose requirements the client cannot meet."""
        options = []
        for requirement in security:
            names = [
                f"{self._credential_args.get(key, 'token')}="
                f" (or {TOKEN_ENV_VAR.removesuffix('_TOKEN')}_"
                f"{self._credential_args.get(key, 'token').upper()})"
                for key in requirement
            ]
            options.append(" and ".join(names))
        return (
            f"{type(self).__name__} has no credentials for this operation; it needs "
            + " or ".join(options)
        )

    def _after_response(
        self,
        prepared: PreparedRequest,
        response: httpx.Response,
        retries_taken: int,
        started: float,
        budget: Budget | None,
    ) -> float | None:
        """Log an answered attempt; None accepts it, a number is the pause before a retry.

        Raises the typed status error when the response is final and not 2xx, or when it asks
        for a longer pause (``Retry-After``) than the client's ``max_retry_after``.
        """
        if logger.isEnabledFor(logging.INFO):
            log_attempt(
                response.request,
                response.status_code,
                retries_taken,
                started,
                self._credentials,
                lambda: self._auth_for(prepared),
                response.headers,
            )
        if is_result(prepared, response):
            return None
        if retries_taken < prepared.max_retries and should_retry_status(
            response.status_code, idempotent=prepared.idempotent
        ):
            requested = retry_after(response.headers)
            if requested is not None and requested > self._max_retry_after:
                raise self._too_long_to_wait(response, requested)
            delay = self._next_delay(
                response.request, retries_taken, prepared, requested, budget
            )
            if delay is not None:
                return delay
        raise status_error(response, self._credentials, self._request_id_field)

    def _too_long_to_wait(
        self, response: httpx.Response, requested: float
    ) -> APIStatusError:
        """The status error of an answer whose requested pause is over ``max_retry_after``.

        Waiting less than the server asked would only spend the rate limit again, and waiting
        longer than the caller allowed would hang them: the call ends now, saying why.
        """
        why = (
            f"not retried: the server asked for a {requested:g} s pause (Retry-After),"
            f" longer than max_retry_after={self._max_retry_after:g} s"
        )
        if logger.isEnabledFor(logging.INFO):
            logger.info("%s: %s", describe(response.request, self._credentials), why)
        error = status_error(response, self._credentials, self._request_id_field)
        error.add_note(
            f"{why}; to wait that long, raise it:"
            " client.with_options(max_retry_after=...)"
        )
        return error

    def _after_error(
        self,
        prepared: PreparedRequest,
        request: httpx.Request,
        error: httpx.RequestError,
        retries_taken: int,
        started: float,
        budget: Budget | None,
    ) -> float | ClientError:
        """Log a failed attempt; return the pause before a retry, or the typed error to raise.

        The error is returned, not raised, so that the caller raises it outside its ``except``
        block: it then carries no trace of httpx's exception (see the module docstring).
        """
        if logger.isEnabledFor(logging.INFO):
            log_attempt(
                request,
                type(error).__name__,
                retries_taken,
                started,
                self._credentials,
                lambda: self._auth_for(prepared),
            )
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
        requested: float | None,
        budget: Budget | None,
    ) -> float | None:
        """Pick the pause before the next attempt, and log it; None when the deadline is nearer.

        ``requested`` is the server's ``Retry-After`` (already within ``max_retry_after``), or
        None for our backoff. A retry that could only start after the deadline is not worth its
        wait: the call then ends at once with the failure it has, which says more than
        "deadline exceeded".
        """
        delay = retry_delay(retries_taken, requested)
        if budget is not None and not budget.allows(delay):
            if logger.isEnabledFor(logging.INFO):
                logger.info(
                    "not retrying %s: a %.3fs pause would end past the deadline",
                    describe(request, self._credentials),
                    delay,
                )
            return None
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "retrying %s in %.3fs (retry %d of %d)",
                describe(request, self._credentials),
                delay,
                retries_taken + 1,
                prepared.max_retries,
            )
        return delay

    def _finish(
        self,
        endpoint: Endpoint[T],
        response: httpx.Response,
        retries_taken: int,
        wrap: Any = None,
    ) -> T:
        """Read an answer as the operation says, or hand it over raw to a
        ``with_raw_response`` wrapper; ``wrap`` turns the result into a page."""
        credentials = self._credentials

        def parser(http_response: httpx.Response) -> T:
            if endpoint.redirects and http_response.is_redirect:
                return cast(T, Redirect.of(http_response))
            parsed = read_answer(http_response, endpoint, credentials)
            return cast(T, parsed if wrap is None else wrap(parsed))

        is_async = isinstance(self._http, httpx.AsyncClient)
        if capture_stream(response, parser, retries_taken, is_async=is_async):
            return cast(T, None)  # the streaming wrapper reads it; see _streaming
        if raw_response_wanted():
            raw = APIResponse(response, parser=parser, retries_taken=retries_taken)
            capture_raw_response(raw)
            # The wrapper returns `raw`; what the method returns here is discarded.
            return cast(T, None)
        return parser(response)
