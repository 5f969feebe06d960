"""``SyncAPIClient``: the blocking client's sending loop, pages and close.

Everything but I/O comes from ``BaseClient``; here the client sends, sleeps between attempts
and keeps a call's deadline by reading the body in budgeted chunks (see ``_deadline``).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from ._base import BaseClient
from ._deadline import Budget, BudgetedStream
from ._errors import ClientError
from ._options import RequestOptions
from ._pagination import SyncPage
from ._request import Endpoint, PreparedRequest
from ._response import is_result
from ._streaming import streaming

if TYPE_CHECKING:
    # Only annotations use these and they are never evaluated (PEP 563), so Python 3.10,
    # whose typing module lacks them, runs this module without typing_extensions.
    from typing import Self, Unpack

__all__ = ["SyncAPIClient"]

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
