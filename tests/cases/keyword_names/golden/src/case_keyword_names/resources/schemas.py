"""Operations on schema-like records."""

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
    Record,
)

__all__ = ["AsyncSchemas", "Schemas"]

_PUT = _Endpoint[Record](
    "PUT", "/schemas/{$ref}", Record, request=Record, body_required=True
)


class Schemas(_SyncResource):
    """Operations on schema-like records."""

    @cached_property
    def with_raw_response(self) -> SchemasWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return SchemasWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SchemasWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return SchemasWithStreamingResponse(self)

    def put(
        self,
        ref: str,
        body: Record,
        *,
        type: int,
        format: Literal["format", "type", "items", "$ref"] | None = None,
        items: list[str] | None = None,
        default: str | None = None,
        **options: Unpack[_RequestOptions],
    ) -> Record:
        """Store a schema-like record

        Args:
            ref: A path parameter named like a reference.
            body: The record to store.
            type: A required query parameter named type.
            format: A query parameter named format.
            items: A query parameter named items.
            default: A header named default.

        ``PUT /schemas/{$ref}``. Retried on connection errors, timeouts, 408, 429
        and 5xx answers (the method is idempotent).
        """
        return self._client.call(
            _PUT,
            path={"$ref": ref},
            query={"type": type, "format": format, "items": items},
            headers={"default": default},
            body=body,
            options=options,
        )


class SchemasWithRawResponse:
    """``Schemas`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Schemas) -> None:
        self.put = _raw(resource.put)


class SchemasWithStreamingResponse:
    """``Schemas`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Schemas) -> None:
        self.put = _streamed(resource.put)


class AsyncSchemas(_AsyncResource):
    """Operations on schema-like records."""

    @cached_property
    def with_raw_response(self) -> AsyncSchemasWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncSchemasWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSchemasWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncSchemasWithStreamingResponse(self)

    async def put(
        self,
        ref: str,
        body: Record,
        *,
        type: int,
        format: Literal["format", "type", "items", "$ref"] | None = None,
        items: list[str] | None = None,
        default: str | None = None,
        **options: Unpack[_RequestOptions],
    ) -> Record:
        """Store a schema-like record

        Args:
            ref: A path parameter named like a reference.
            body: The record to store.
            type: A required query parameter named type.
            format: A query parameter named format.
            items: A query parameter named items.
            default: A header named default.

        ``PUT /schemas/{$ref}``. Retried on connection errors, timeouts, 408, 429
        and 5xx answers (the method is idempotent).
        """
        return await self._client.call(
            _PUT,
            path={"$ref": ref},
            query={"type": type, "format": format, "items": items},
            headers={"default": default},
            body=body,
            options=options,
        )


class AsyncSchemasWithRawResponse:
    """``AsyncSchemas`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncSchemas) -> None:
        self.put = _async_raw(resource.put)


class AsyncSchemasWithStreamingResponse:
    """``AsyncSchemas`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncSchemas) -> None:
        self.put = _async_streamed(resource.put)
