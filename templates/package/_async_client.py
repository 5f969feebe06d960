"""``AsyncAPIClient``: the asyncio client's sending loop, pages and close.

Everything but I/O comes from ``BaseClient``; here the client sends, awaits between attempts,
keeps a call's deadline with ``asyncio.timeout``, refuses a second event loop, and repairs
its pool after a cancelled call (see ``_pool``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from ._base import BaseClient
from ._deadline import Budget
from ._errors import ClientError
from ._options import RequestOptions
from ._pagination import AsyncPage, AsyncPaginator
from ._pool import reclaim_orphans
from ._request import Endpoint, PreparedRequest
from ._response import is_result
from ._streaming import streaming

if TYPE_CHECKING:
    # See _sync_client: annotations only, never evaluated.
    from typing import Self, Unpack

__all__ = ["AsyncAPIClient"]

T = TypeVar("T")


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
