"""Operations tagged default"""

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
    GetHealthResponse,
)

__all__ = ["AsyncDefault", "Default"]

_GET_HEALTH = _Endpoint[GetHealthResponse]("GET", "/health", GetHealthResponse)


class Default(_SyncResource):
    """Operations tagged default"""

    @cached_property
    def with_raw_response(self) -> DefaultWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return DefaultWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DefaultWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return DefaultWithStreamingResponse(self)

    def get_health(self, **options: Unpack[_RequestOptions]) -> GetHealthResponse:
        """Health check

        An operation without tags lands in the default resource.

        ``GET /health``. Retried on connection errors, timeouts, 408, 429 and 5xx
        answers (the method is idempotent).
        """
        return self._client.call(_GET_HEALTH, options=options)


class DefaultWithRawResponse:
    """``Default`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Default) -> None:
        self.get_health = _raw(resource.get_health)


class DefaultWithStreamingResponse:
    """``Default`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Default) -> None:
        self.get_health = _streamed(resource.get_health)


class AsyncDefault(_AsyncResource):
    """Operations tagged default"""

    @cached_property
    def with_raw_response(self) -> AsyncDefaultWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncDefaultWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDefaultWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncDefaultWithStreamingResponse(self)

    async def get_health(self, **options: Unpack[_RequestOptions]) -> GetHealthResponse:
        """Health check

        An operation without tags lands in the default resource.

        ``GET /health``. Retried on connection errors, timeouts, 408, 429 and 5xx
        answers (the method is idempotent).
        """
        return await self._client.call(_GET_HEALTH, options=options)


class AsyncDefaultWithRawResponse:
    """``AsyncDefault`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncDefault) -> None:
        self.get_health = _async_raw(resource.get_health)


class AsyncDefaultWithStreamingResponse:
    """``AsyncDefault`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncDefault) -> None:
        self.get_health = _async_streamed(resource.get_health)
