"""A tag named after a keyword."""

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
    Message,
)

__all__ = ["AsyncImport", "Import"]

_FROM_ = _Endpoint[Message](
    "POST", "/import/{class}", Message, request=Message, body_required=True
)


class Import(_SyncResource):
    """A tag named after a keyword."""

    @cached_property
    def with_raw_response(self) -> ImportWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return ImportWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImportWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return ImportWithStreamingResponse(self)

    def from_(
        self,
        class_: str,
        body: Message,
        *,
        lambda_: int,
        from_: str | None = None,
        self_: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> Message:
        """Import a message from a class

        Args:
            class_: The class to import into.
            body: The message to import.
            lambda_: A required query parameter named after a keyword.
            from_: Who the message is from.
            self_: A parameter whose name the generated method already uses.

        ``POST /import/{class}``. Retried only when the request provably did not
        reach the server (connection refused, pool timeout) and on 429, so a retry
        never repeats its effect.
        """
        return self._client.call(
            _FROM_,
            path={"class": class_},
            query={"lambda": lambda_, "from": from_, "self": self_},
            body=body,
            options=options,
        )


class ImportWithRawResponse:
    """``Import`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Import) -> None:
        self.from_ = _raw(resource.from_)


class ImportWithStreamingResponse:
    """``Import`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Import) -> None:
        self.from_ = _streamed(resource.from_)


class AsyncImport(_AsyncResource):
    """A tag named after a keyword."""

    @cached_property
    def with_raw_response(self) -> AsyncImportWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncImportWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImportWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncImportWithStreamingResponse(self)

    async def from_(
        self,
        class_: str,
        body: Message,
        *,
        lambda_: int,
        from_: str | None = None,
        self_: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> Message:
        """Import a message from a class

        Args:
            class_: The class to import into.
            body: The message to import.
            lambda_: A required query parameter named after a keyword.
            from_: Who the message is from.
            self_: A parameter whose name the generated method already uses.

        ``POST /import/{class}``. Retried only when the request provably did not
        reach the server (connection refused, pool timeout) and on 429, so a retry
        never repeats its effect.
        """
        return await self._client.call(
            _FROM_,
            path={"class": class_},
            query={"lambda": lambda_, "from": from_, "self": self_},
            body=body,
            options=options,
        )


class AsyncImportWithRawResponse:
    """``AsyncImport`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncImport) -> None:
        self.from_ = _async_raw(resource.from_)


class AsyncImportWithStreamingResponse:
    """``AsyncImport`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncImport) -> None:
        self.from_ = _async_streamed(resource.from_)
