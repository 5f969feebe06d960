"""List the company's customers."""

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
    Customer,
    ListCustomersResponse,
)

__all__ = ["AsyncCustomers", "Customers"]

_LIST = _Endpoint[Customer](
    "GET",
    "/v2/_customers",
    ListCustomersResponse,
    pagination=_Pagination(
        "page",
        size="per_page",
        items="/data/data",
        total_items="/data/pagination/total_records",
        current_page="/data/pagination/current_page",
        page_size="/data/pagination/per_page",
    ),
)


class Customers(_SyncResource):
    """List the company's customers."""

    @cached_property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return CustomersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CustomersWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return CustomersWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        **options: Unpack[_RequestOptions],
    ) -> _SyncPage[Customer]:
        """List customers

        Returns the company's customers one page at a time, together with paging
        details.

        Args:
            page: Number of the page to return, counting from 1.
            per_page: How many customers each page holds.

        Returns a page of ``Customer`` items; iterating it walks every item of every
        page, each page fetched when reached.

        ``GET /v2/_customers``. Retried on connection errors, timeouts, 408, 429 and
        5xx answers (the method is idempotent).
        """
        return self._client.pages(
            _LIST, query={"page": page, "per_page": per_page}, options=options
        )


class CustomersWithRawResponse:
    """``Customers`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Customers) -> None:
        self.list = _raw(resource.list)


class CustomersWithStreamingResponse:
    """``Customers`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Customers) -> None:
        self.list = _streamed(resource.list)


class AsyncCustomers(_AsyncResource):
    """List the company's customers."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncCustomersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCustomersWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncCustomersWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        **options: Unpack[_RequestOptions],
    ) -> _AsyncPaginator[Customer]:
        """List customers

        Returns the company's customers one page at a time, together with paging
        details.

        Args:
            page: Number of the page to return, counting from 1.
            per_page: How many customers each page holds.

        Returns a page of ``Customer`` items; iterating it with ``async for`` walks
        every item of every page, each page fetched when reached.

        ``GET /v2/_customers``. Retried on connection errors, timeouts, 408, 429 and
        5xx answers (the method is idempotent).
        """
        return self._client.paginate(
            _LIST, query={"page": page, "per_page": per_page}, options=options
        )


class AsyncCustomersWithRawResponse:
    """``AsyncCustomers`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncCustomers) -> None:
        self.list = _async_raw(resource.list)


class AsyncCustomersWithStreamingResponse:
    """``AsyncCustomers`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncCustomers) -> None:
        self.list = _async_streamed(resource.list)
