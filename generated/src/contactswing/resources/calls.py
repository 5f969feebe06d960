"""Place outbound calls handled by an AI agent and read the log of past calls."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal, Unpack

from .._options import RequestOptions as _RequestOptions
from .._pagination import AsyncPaginator as _AsyncPaginator
from .._pagination import SyncPage as _SyncPage
from .._request import Endpoint as _Endpoint
from .._request import Pagination as _Pagination
from .._response import APIResponse as _APIResponse
from .._response import async_to_raw_response_wrapper as _async_raw
from .._response import to_raw_response_wrapper as _raw
from .._streaming import async_to_streamed_response_wrapper as _async_streamed
from .._streaming import to_streamed_response_wrapper as _streamed
from .._runtime import AsyncResource as _AsyncResource
from .._runtime import SyncResource as _SyncResource
from ..models import (
    Call,
    CreateCallRequest,
    CreateCallResponse,
    CreatedCall,
    ListCallsResponse,
    MadeCall,
    MakeCallRequest,
    MakeCallResponse,
)

__all__ = ["AsyncCalls", "Calls"]

_CREATE = _Endpoint[CreatedCall](
    "POST",
    "/v2/_call",
    CreateCallResponse,
    request=CreateCallRequest,
    body_required=True,
    envelope="data",
    request_id="ctx_id",
)

_MAKE = _Endpoint[MadeCall](
    "POST",
    "/v2/_voicecalls/{agent_id}/makeCall",
    MakeCallResponse,
    request=MakeCallRequest,
    body_required=True,
    envelope="data",
    request_id="ctx_id",
)

_LIST = _Endpoint[Call](
    "GET",
    "/v2/_calls",
    ListCallsResponse,
    pagination=_Pagination(
        "page",
        size="per_page",
        items="/data/data",
        total_items="/data/pagination/total_records",
        current_page="/data/pagination/current_page",
        page_size="/data/pagination/per_page",
    ),
)


class Calls(_SyncResource):
    """Place outbound calls handled by an AI agent and read the log of past calls."""

    @cached_property
    def with_raw_response(self) -> CallsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return CallsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CallsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return CallsWithStreamingResponse(self)

    def create(
        self, body: CreateCallRequest, **options: Unpack[_RequestOptions]
    ) -> CreatedCall:
        """Create a call

        Places an outbound call to a phone number, handled by the given AI agent.
        The `version` field picks the implementation that places the call: v1 over
        Twilio's HTTP API (the default), v2 through LiveKit's SIP integration. At
        most 10 calls a minute are accepted; more are answered with 429.

        Args:
            body: Who to call, which agent handles the call, and how to place it.

        ``POST /v2/_call``. Retried only when the request provably did not reach the
        server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect. Rate limited to 10 calls a minute: a 429 answer is
        retried after the pause its Retry-After asks for (up to the client's
        max_retry_after).
        """
        return self._client.call(_CREATE, body=body, options=options)

    def make(
        self, agent_id: str, body: MakeCallRequest, **options: Unpack[_RequestOptions]
    ) -> MadeCall:
        """Make a call with an agent

        Places an outbound call to a phone number, handled by the AI agent named in
        the path.

        Args:
            agent_id: Identifier of the AI agent (assistant) that handles the call.
            body: Who to call, and why.

        ``POST /v2/_voicecalls/{agent_id}/makeCall``. Retried only when the request
        provably did not reach the server (connection refused, pool timeout) and on
        429, so a retry never repeats its effect.
        """
        return self._client.call(
            _MAKE, path={"agent_id": agent_id}, body=body, options=options
        )

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        **options: Unpack[_RequestOptions],
    ) -> _SyncPage[Call]:
        """List calls

        Returns the company's calls one page at a time, together with paging
        details. At most 30 requests a minute are accepted; more are answered with
        429.

        Args:
            page: Number of the page to return, counting from 1.
            per_page: How many calls each page holds, from 1 to 100.

        Returns a page of ``Call`` items; iterating it walks every item of every
        page, each page fetched when reached.

        ``GET /v2/_calls``. Retried on connection errors, timeouts, 408, 429 and 5xx
        answers (the method is idempotent). Rate limited to 30 calls a minute: a 429
        answer is retried after the pause its Retry-After asks for (up to the
        client's max_retry_after).
        """
        return self._client.pages(
            _LIST, query={"page": page, "per_page": per_page}, options=options
        )


class CallsWithRawResponse:
    """``Calls`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Calls) -> None:
        self.create = _raw(resource.create)
        self.make = _raw(resource.make)
        self.list = _raw(resource.list)


class CallsWithStreamingResponse:
    """``Calls`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Calls) -> None:
        self.create = _streamed(resource.create)
        self.make = _streamed(resource.make)
        self.list = _streamed(resource.list)


class AsyncCalls(_AsyncResource):
    """Place outbound calls handled by an AI agent and read the log of past calls."""

    @cached_property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncCallsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCallsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncCallsWithStreamingResponse(self)

    async def create(
        self, body: CreateCallRequest, **options: Unpack[_RequestOptions]
    ) -> CreatedCall:
        """Create a call

        Places an outbound call to a phone number, handled by the given AI agent.
        The `version` field picks the implementation that places the call: v1 over
        Twilio's HTTP API (the default), v2 through LiveKit's SIP integration. At
        most 10 calls a minute are accepted; more are answered with 429.

        Args:
            body: Who to call, which agent handles the call, and how to place it.

        ``POST /v2/_call``. Retried only when the request provably did not reach the
        server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect. Rate limited to 10 calls a minute: a 429 answer is
        retried after the pause its Retry-After asks for (up to the client's
        max_retry_after).
        """
        return await self._client.call(_CREATE, body=body, options=options)

    async def make(
        self, agent_id: str, body: MakeCallRequest, **options: Unpack[_RequestOptions]
    ) -> MadeCall:
        """Make a call with an agent

        Places an outbound call to a phone number, handled by the AI agent named in
        the path.

        Args:
            agent_id: Identifier of the AI agent (assistant) that handles the call.
            body: Who to call, and why.

        ``POST /v2/_voicecalls/{agent_id}/makeCall``. Retried only when the request
        provably did not reach the server (connection refused, pool timeout) and on
        429, so a retry never repeats its effect.
        """
        return await self._client.call(
            _MAKE, path={"agent_id": agent_id}, body=body, options=options
        )

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        **options: Unpack[_RequestOptions],
    ) -> _AsyncPaginator[Call]:
        """List calls

        Returns the company's calls one page at a time, together with paging
        details. At most 30 requests a minute are accepted; more are answered with
        429.

        Args:
            page: Number of the page to return, counting from 1.
            per_page: How many calls each page holds, from 1 to 100.

        Returns a page of ``Call`` items; iterating it with ``async for`` walks
        every item of every page, each page fetched when reached.

        ``GET /v2/_calls``. Retried on connection errors, timeouts, 408, 429 and 5xx
        answers (the method is idempotent). Rate limited to 30 calls a minute: a 429
        answer is retried after the pause its Retry-After asks for (up to the
        client's max_retry_after).
        """
        return self._client.paginate(
            _LIST, query={"page": page, "per_page": per_page}, options=options
        )


class AsyncCallsWithRawResponse:
    """``AsyncCalls`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncCalls) -> None:
        self.create = _async_raw(resource.create)
        self.make = _async_raw(resource.make)
        self.list = _async_raw(resource.list)


class AsyncCallsWithStreamingResponse:
    """``AsyncCalls`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncCalls) -> None:
        self.create = _async_streamed(resource.create)
        self.make = _async_streamed(resource.make)
        self.list = _async_streamed(resource.list)
