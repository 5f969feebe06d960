"""Orders and their lines."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal, Unpack

from .._options import RequestOptions as _RequestOptions
from .._request import Endpoint as _Endpoint
from .._response import APIResponse as _APIResponse
from .._response import async_to_raw_response_wrapper as _async_raw
from .._response import to_raw_response_wrapper as _raw
from .._streaming import async_to_streamed_response_wrapper as _async_streamed
from .._streaming import to_streamed_response_wrapper as _streamed
from .._runtime import AsyncResource as _AsyncResource
from .._runtime import SyncResource as _SyncResource
from ..models import (
    Order,
    ReplaceOrdersRequest,
    ReplaceOrdersResponse,
)

__all__ = ["AsyncOrders", "Orders"]

_REPLACE = _Endpoint[ReplaceOrdersResponse](
    "PUT", "/orders", ReplaceOrdersResponse, request=ReplaceOrdersRequest
)

_CREATE = _Endpoint[Order]("POST", "/orders", Order, request=Order, body_required=True)


class Orders(_SyncResource):
    """Orders and their lines."""

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return OrdersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OrdersWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return OrdersWithStreamingResponse(self)

    def replace(
        self,
        *,
        body: ReplaceOrdersRequest | None = None,
        **options: Unpack[_RequestOptions],
    ) -> ReplaceOrdersResponse:
        """Replace all orders

        The body is optional; without one every order is removed.

        Args:
            body: The new orders.

        ``PUT /orders``. Retried on connection errors, timeouts, 408, 429 and 5xx
        answers (the method is idempotent).
        """
        return self._client.call(_REPLACE, body=body, options=options)

    def create(self, body: Order, **options: Unpack[_RequestOptions]) -> Order:
        """Place an order

        Args:
            body: The order to place.

        ``POST /orders``. Retried only when the request provably did not reach the
        server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect.
        """
        return self._client.call(_CREATE, body=body, options=options)


class OrdersWithRawResponse:
    """``Orders`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Orders) -> None:
        self.replace = _raw(resource.replace)
        self.create = _raw(resource.create)


class OrdersWithStreamingResponse:
    """``Orders`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Orders) -> None:
        self.replace = _streamed(resource.replace)
        self.create = _streamed(resource.create)


class AsyncOrders(_AsyncResource):
    """Orders and their lines."""

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncOrdersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOrdersWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncOrdersWithStreamingResponse(self)

    async def replace(
        self,
        *,
        body: ReplaceOrdersRequest | None = None,
        **options: Unpack[_RequestOptions],
    ) -> ReplaceOrdersResponse:
        """Replace all orders

        The body is optional; without one every order is removed.

        Args:
            body: The new orders.

        ``PUT /orders``. Retried on connection errors, timeouts, 408, 429 and 5xx
        answers (the method is idempotent).
        """
        return await self._client.call(_REPLACE, body=body, options=options)

    async def create(self, body: Order, **options: Unpack[_RequestOptions]) -> Order:
        """Place an order

        Args:
            body: The order to place.

        ``POST /orders``. Retried only when the request provably did not reach the
        server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect.
        """
        return await self._client.call(_CREATE, body=body, options=options)


class AsyncOrdersWithRawResponse:
    """``AsyncOrders`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncOrders) -> None:
        self.replace = _async_raw(resource.replace)
        self.create = _async_raw(resource.create)


class AsyncOrdersWithStreamingResponse:
    """``AsyncOrders`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncOrders) -> None:
        self.replace = _async_streamed(resource.replace)
        self.create = _async_streamed(resource.create)
