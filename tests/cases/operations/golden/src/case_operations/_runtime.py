"""The clients and resources the generated code subclasses, and every name it imports.

``SyncAPIClient`` and ``AsyncAPIClient`` inherit everything but I/O from ``BaseClient``; here
they only send, sleep and close, once blocking and once with ``await``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

import httpx

from ._auth import AuthScheme
from ._base import BaseClient
from ._request import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Endpoint,
    PreparedRequest,
    RequestOptions,
)
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
        body: object = None,
        options: RequestOptions | None = None,
    ) -> T:
        """Call one API operation and return its parsed response (for generated code)."""
        prepared = self._prepare_call(
            endpoint,
            path=path,
            query=query,
            headers=headers,
            body=body,
            options=options,
        )
        response, retries_taken = self._send(prepared)
        return self._finish(endpoint, response, retries_taken)

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
        retries_taken = 0
        delay: float | None
        while True:
            started = time.monotonic()
            try:
                # Not streamed: httpx reads the body and closes the response, so no retry
                # or error path can leak a pooled connection.
                response = self._http.send(request, auth=auth, follow_redirects=False)
            except httpx.RequestError as error:
                delay = self._after_error(
                    prepared, request, error, retries_taken, started
                )
            else:
                delay = self._after_response(prepared, response, retries_taken, started)
                if delay is None:
                    return response, retries_taken
            time.sleep(delay)
            retries_taken += 1

    def close(self) -> None:
        """Close the connection pool if this client created it; a supplied one stays open."""
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
        body: object = None,
        options: RequestOptions | None = None,
    ) -> T:
        """Call one API operation and return its parsed response (for generated code)."""
        prepared = self._prepare_call(
            endpoint,
            path=path,
            query=query,
            headers=headers,
            body=body,
            options=options,
        )
        response, retries_taken = await self._send(prepared)
        return self._finish(endpoint, response, retries_taken)

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
        prepared = self._prepare_raw(
            method, path, json=json, params=params, headers=headers, options=options
        )
        return (await self._send(prepared))[0]

    async def _send(self, prepared: PreparedRequest) -> tuple[httpx.Response, int]:
        """Send with retries; return the 2xx response and the number of retries taken."""
        request = self._build_request(prepared)
        auth = self._auth_for(prepared)
        retries_taken = 0
        delay: float | None
        while True:
            started = time.monotonic()
            try:
                # Not streamed: see SyncAPIClient._send.
                response = await self._http.send(
                    request, auth=auth, follow_redirects=False
                )
            except httpx.RequestError as error:
                delay = self._after_error(
                    prepared, request, error, retries_taken, started
                )
            else:
                delay = self._after_response(prepared, response, retries_taken, started)
                if delay is None:
                    return response, retries_taken
            await asyncio.sleep(delay)
            retries_taken += 1

    async def aclose(self) -> None:
        """Close the connection pool if this client created it; a supplied one stays open."""
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


class AsyncResource:
    """Base of the generated asynchronous resource classes (one per API tag)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        """Keep the client the resource's methods call."""
        self._client = client
