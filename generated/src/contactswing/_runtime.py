"""The clients and resources the generated code subclasses, and every name it imports.

``SyncAPIClient`` and ``AsyncAPIClient`` inherit everything but I/O from ``BaseClient``; here
they only send, sleep and close, once blocking and once with ``await``. Each keeps a call's
deadline its own way (see ``_deadline``), and the async one repairs its pool after a cancelled
call (see ``_pool``).
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx
import pydantic

from ._auth import AuthScheme
from ._base import BaseClient, is_result
from ._body import invalid_model
from ._deadline import Budget, BudgetedStream
from ._errors import ClientError
from ._options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RequestOptions
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._pool import reclaim_orphans
from ._request import Endpoint, PreparedRequest
from ._streaming import streaming
from ._response import (
    APIResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    # Only annotations use these and they are never evaluated (PEP 563), so Python 3.10,
    # whose typing module lacks them, runs this module without typing_extensions.
    from typing import Self, Unpack

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIResponse",
    "AsyncAPIClient",
    "AsyncResource",
    "AuthScheme",
    "Endpoint",
    "RequestOptions",
    "SyncAPIClient",
    "SyncResource",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

T = TypeVar("T")


class SyncAPIClient(BaseClient[httpx.Client]):
    """Base of the generated synchronous client."""

    _http_client_class = httpx.Client

    def _new_http_client(self) -> httpx.Client:
        """Create the connection pool this client owns (and will close)."""
        return httpx.Client(timeout=self._timeout, follow_redirects=False)

    def call(
        self,
        endpoint: Endpoint[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
    ) -> T:
        """Call one API operation and return its answer as the operation documents it: a
        model, text, bytes, a redirect, or a page of a list (for generated code)."""
        prepared = self._prepare_call(
            endpoint,
            path=path,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            options=options,
        )
        response, retries_taken = self._send(prepared)
        return self._finish(endpoint, response, retries_taken)

    def pages(
        self,
        endpoint: Endpoint[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
    ) -> SyncPage[T]:
        """Call a list operation and return its first page (for generated code); the page
        fetches the next ones through this method."""
        pagination = endpoint.pagination
        assert pagination is not None, "pages() is for list operations"

        def fetch(next_query: Mapping[str, object]) -> SyncPage[T]:
            return self.pages(
                endpoint,
                path=path,
                query=next_query,
                headers=headers,
                cookies=cookies,
                body=body,
                options=options,
            )

        def wrap(body_read: Any) -> SyncPage[T]:
            return SyncPage(body_read, pagination, query or {}, fetch)

        prepared = self._prepare_call(
            endpoint,
            path=path,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            options=options,
        )
        response, retries_taken = self._send(prepared)
        return cast(SyncPage[T], self._finish(endpoint, response, retries_taken, wrap))

    def request(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str | None] | None = None,
        **options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Send any request under the base URL, with auth, retries and typed errors."""
        prepared = self._prepare_raw(
            method, path, json=json, params=params, headers=headers, options=options
        )
        return self._send(prepared)[0]

    def _send(self, prepared: PreparedRequest) -> tuple[httpx.Response, int]:
        """Send with retries; return the 2xx response and the number of retries taken."""
        request = self._build_request(prepared)
        auth = self._auth_for(prepared)
        budget = self._budget(prepared)
        if budget is not None:
            budget.bind(request)
        retries_taken = 0
        stream = streaming()  # a with_streaming_response call: the 2xx body left unread
        outcome: float | ClientError | None
        while True:
            self._before_attempt(request, budget, retries_taken)
            started = time.monotonic()
            try:
                if stream:
                    response = self._send_streamed(request, auth, prepared)
                elif budget is None:
                    # Not streamed: httpx reads the body and closes the response, so no
                    # retry or error path can leak a pooled connection.
                    response = self._http.send(
                        request, auth=auth, follow_redirects=False
                    )
                else:
                    response = self._send_within(request, auth, budget)
            except httpx.RequestError as error:
                outcome = self._after_error(
                    prepared, request, error, retries_taken, started, budget
                )
            else:
                outcome = self._after_response(
                    prepared, response, retries_taken, started, budget
                )
                if outcome is None:
                    return response, retries_taken
            if isinstance(outcome, ClientError):
                raise outcome  # outside the except block: no httpx error in its context
            time.sleep(outcome)
            retries_taken += 1

    def _send_streamed(
        self, request: httpx.Request, auth: httpx.Auth, prepared: PreparedRequest
    ) -> httpx.Response:
        """Send one attempt, leaving a result's body unread (the caller's to read); any
        other answer is read and closed, for its error or its retry."""
        response = self._http.send(
            request, auth=auth, follow_redirects=False, stream=True
        )
        if not is_result(prepared, response):
            try:
                response.read()
            finally:
                response.close()
        return response

    def _send_within(
        self, request: httpx.Request, auth: httpx.Auth, budget: Budget
    ) -> httpx.Response:
        """Send one attempt whose body is read in chunks, the deadline checked between them."""
        response = self._http.send(
            request, auth=auth, follow_redirects=False, stream=True
        )
        try:
            body = cast(httpx.SyncByteStream, response.stream)
            response.stream = BudgetedStream(body, budget, request)
            response.read()
        finally:
            response.close()
        return response

    def close(self) -> None:
        """Close the connection pool if this client created it.

        A supplied ``http_client`` stays open, and so does the pool a ``with_options`` copy
        shares with its original: the original closes it.
        """
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        """Use the client as a context manager that closes it on exit."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the client (see ``close``)."""
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """Base of the generated asynchronous client."""

    _http_client_class = httpx.AsyncClient

    def _new_http_client(self) -> httpx.AsyncClient:
        """Create the connection pool this client owns (and will close)."""
        return httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)

    async def call(
        self,
        endpoint: Endpoint[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
    ) -> T:
        """Call one API operation and return its answer as the operation documents it: a
        model, text, bytes, a redirect, or a page of a list (for generated code)."""
        self._check_loop()
        prepared = self._prepare_call(
            endpoint,
            path=path,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            options=options,
        )
        response, retries_taken = await self._send(prepared)
        return self._finish(endpoint, response, retries_taken)

    async def _page(
        self,
        endpoint: Endpoint[T],
        *,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        cookies: Mapping[str, object] | None,
        body: object,
        options: RequestOptions | None,
    ) -> AsyncPage[T]:
        """One page of a list operation; it fetches the next ones through this method."""
        self._check_loop()
        pagination = endpoint.pagination
        assert pagination is not None, "paginate() is for list operations"

        async def fetch(next_query: Mapping[str, object]) -> AsyncPage[T]:
            return await self._page(
                endpoint,
                path=path,
                query=next_query,
                headers=headers,
                cookies=cookies,
                body=body,
                options=options,
            )

        def wrap(body_read: Any) -> AsyncPage[T]:
            return AsyncPage(body_read, pagination, query or {}, fetch)

        prepared = self._prepare_call(
            endpoint,
            path=path,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            options=options,
        )
        response, retries_taken = await self._send(prepared)
        return cast(AsyncPage[T], self._finish(endpoint, response, retries_taken, wrap))

    def paginate(
        self,
        endpoint: Endpoint[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[T]:
        """Call a list operation (for generated code): await the result for the first page,
        or ``async for`` it for every item of every page."""
        return AsyncPaginator(
            lambda: self._page(
                endpoint,
                path=path,
                query=query,
                headers=headers,
                cookies=cookies,
                body=body,
                options=options,
            )
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str | None] | None = None,
        **options: Unpack[RequestOptions],
    ) -> httpx.Response:
        """Send any request under the base URL, with auth, retries and typed errors."""
        self._check_loop()
        prepared = self._prepare_raw(
            method, path, json=json, params=params, headers=headers, options=options
        )
        return (await self._send(prepared))[0]

    def _check_loop(self) -> None:
        """Refuse, before anything is sent, a call from another loop than the first call's.

        The pool's connections belong to the loop that opened them; used from another loop
        they fail only after the request went out. The first loop is the pool's, so copies
        sharing the pool (``with_options``) are bound to it too.
        """
        loop = asyncio.get_running_loop()
        pool = self._pool_state
        if pool.loop is loop:
            return
        if pool.loop is None:
            pool.loop = loop
            return
        raise ClientError(
            f"this {type(self).__name__} was first used in another event loop, and its"
            " connections belong to that loop: create one client per event loop (for"
            " example inside the function that asyncio.run() runs)."
        )

    async def _send(self, prepared: PreparedRequest) -> tuple[httpx.Response, int]:
        """Send with retries; return the 2xx response and the number of retries taken."""
        request = self._build_request(prepared)
        auth = self._auth_for(prepared)
        budget = self._budget(prepared)
        retries_taken = 0
        stream = streaming()  # see SyncAPIClient._send
        outcome: float | ClientError | None
        while True:
            self._before_attempt(request, budget, retries_taken)
            started = time.monotonic()
            try:
                if stream:
                    response = await self._send_streamed(request, auth, prepared)
                elif budget is None:
                    # Not streamed: see SyncAPIClient._send.
                    response = await self._http.send(
                        request, auth=auth, follow_redirects=False
                    )
                else:
                    response = await self._send_within(request, auth, budget)
            except httpx.RequestError as error:
                outcome = self._after_error(
                    prepared, request, error, retries_taken, started, budget
                )
            except asyncio.CancelledError:
                # The caller gave up (wait_for, a task group, a hang-up): see _pool.
                reclaim_orphans(self._http, request)
                raise
            else:
                outcome = self._after_response(
                    prepared, response, retries_taken, started, budget
                )
                if outcome is None:
                    return response, retries_taken
            if isinstance(outcome, ClientError):
                raise outcome  # outside the except block: no httpx error in its context
            await asyncio.sleep(outcome)
            retries_taken += 1

    async def _send_streamed(
        self, request: httpx.Request, auth: httpx.Auth, prepared: PreparedRequest
    ) -> httpx.Response:
        """See SyncAPIClient._send_streamed."""
        response = await self._http.send(
            request, auth=auth, follow_redirects=False, stream=True
        )
        if not is_result(prepared, response):
            try:
                await response.aread()
            finally:
                await response.aclose()
        return response

    async def _send_within(
        self, request: httpx.Request, auth: httpx.Auth, budget: Budget
    ) -> httpx.Response:
        """Send one attempt, cancelled when the deadline comes (a timeout, for the caller)."""
        try:
            async with asyncio.timeout(max(budget.remaining(), 0.0)):
                return await self._http.send(request, auth=auth, follow_redirects=False)
        except TimeoutError:
            # Cancelled inside httpcore, like any cancelled call: see _pool.
            reclaim_orphans(self._http, request)
            message = "the deadline ran out"
        raise httpx.TimeoutException(message, request=request)

    async def aclose(self) -> None:
        """Close the connection pool if this client created it.

        A supplied ``http_client`` stays open, and so does the pool a ``with_options`` copy
        shares with its original: the original closes it.
        """
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        """Use the client as an async context manager that closes it on exit."""
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Close the client (see ``aclose``)."""
        await self.aclose()


class SyncResource:
    """Base of the generated synchronous resource classes (one per API tag)."""

    def __init__(self, client: SyncAPIClient) -> None:
        """Keep the client the resource's methods call."""
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Make the subclass's methods refuse invalid arguments with our error."""
        super().__init_subclass__(**kwargs)
        _refuse_invalid_models(cls)


class AsyncResource:
    """Base of the generated asynchronous resource classes (one per API tag)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        """Keep the client the resource's methods call."""
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Make the subclass's methods refuse invalid arguments with our error."""
        super().__init_subclass__(**kwargs)
        _refuse_invalid_models(cls)


def _refuse_invalid_models(cls: type) -> None:
    """Wrap each public method so that a pydantic ``ValidationError`` becomes ours.

    The per-variant methods (``create_sms(name=..., ...)``) build their body model from their
    keyword arguments; a wrong argument fails there, in pydantic, before any request. Every
    other validation problem is already ours (``serialize_body``), and a bad response is an
    ``APIResponseValidationError``, so a ``ValidationError`` that leaves a method can only be
    the caller's arguments: an ``InvalidArgumentError`` (still a ``ValueError``), with
    pydantic's error as its cause.
    """
    for name, method in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(method):
            setattr(cls, name, _refusing(method))


def _refusing(method: Callable[..., Any]) -> Callable[..., Any]:
    """``method``, turning a ``ValidationError`` of its arguments into our error."""
    what = f"the arguments of {method.__name__}() do not make a valid"
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def refusing_async(*args: Any, **kwargs: Any) -> Any:
            try:
                return await method(*args, **kwargs)
            except pydantic.ValidationError as err:
                raise invalid_model(err, what) from err

        return refusing_async

    @functools.wraps(method)
    def refusing(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except pydantic.ValidationError as err:
            raise invalid_model(err, what) from err

    return refusing
