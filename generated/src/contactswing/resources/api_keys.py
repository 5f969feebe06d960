"""Create API keys with a chosen set of permissions."""

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
    CreateApiKeyRequest,
    CreateApiKeyResponse,
    CreatedApiKey,
)

__all__ = ["AsyncApiKeys", "ApiKeys"]

_CREATE = _Endpoint[CreatedApiKey | None](
    "POST",
    "/v2/_api_keys",
    CreateApiKeyResponse,
    request=CreateApiKeyRequest,
    body_required=True,
    envelope="data",
    request_id="ctx_id",
)


class ApiKeys(_SyncResource):
    """Create API keys with a chosen set of permissions."""

    @cached_property
    def with_raw_response(self) -> ApiKeysWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return ApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ApiKeysWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return ApiKeysWithStreamingResponse(self)

    def create(
        self, body: CreateApiKeyRequest, **options: Unpack[_RequestOptions]
    ) -> CreatedApiKey | None:
        """Create an API key

        Creates an API key for the company, with a name, an optional description,
        the permissions it grants and an optional expiry.

        Args:
            body: The key's name, purpose, permissions and expiry.

        ``POST /v2/_api_keys``. Retried only when the request provably did not reach
        the server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect.
        """
        return self._client.call(_CREATE, body=body, options=options)


class ApiKeysWithRawResponse:
    """``ApiKeys`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: ApiKeys) -> None:
        self.create = _raw(resource.create)


class ApiKeysWithStreamingResponse:
    """``ApiKeys`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: ApiKeys) -> None:
        self.create = _streamed(resource.create)


class AsyncApiKeys(_AsyncResource):
    """Create API keys with a chosen set of permissions."""

    @cached_property
    def with_raw_response(self) -> AsyncApiKeysWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncApiKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncApiKeysWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncApiKeysWithStreamingResponse(self)

    async def create(
        self, body: CreateApiKeyRequest, **options: Unpack[_RequestOptions]
    ) -> CreatedApiKey | None:
        """Create an API key

        Creates an API key for the company, with a name, an optional description,
        the permissions it grants and an optional expiry.

        Args:
            body: The key's name, purpose, permissions and expiry.

        ``POST /v2/_api_keys``. Retried only when the request provably did not reach
        the server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect.
        """
        return await self._client.call(_CREATE, body=body, options=options)


class AsyncApiKeysWithRawResponse:
    """``AsyncApiKeys`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncApiKeys) -> None:
        self.create = _async_raw(resource.create)


class AsyncApiKeysWithStreamingResponse:
    """``AsyncApiKeys`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncApiKeys) -> None:
        self.create = _async_streamed(resource.create)
