"""Widgets, listed, created, read and removed."""

from __future__ import annotations

import builtins
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
    ListWidgetsResponse,
    Widget,
    WidgetInput,
)

__all__ = ["AsyncWidgets", "Widgets"]

_LIST = _Endpoint[ListWidgetsResponse]("GET", "/widgets", ListWidgetsResponse)

_CREATE = _Endpoint[Widget](
    "POST",
    "/widgets",
    Widget,
    idempotency_header="Idempotency-Key",
    request=WidgetInput,
    body_required=True,
)

_GET = _Endpoint[Widget]("GET", "/stores/{store_id}/widgets/{widgetId}", Widget)

_DELETE = _Endpoint[None](
    "DELETE", "/stores/{store_id}/widgets/{widgetId}", None, returns="none"
)


class Widgets(_SyncResource):
    """Widgets, listed, created, read and removed."""

    @cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return WidgetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WidgetsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return WidgetsWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        sort: Literal["name", "-name", "created_at"] | None = None,
        tag: builtins.list[str] | None = None,
        **options: Unpack[_RequestOptions],
    ) -> ListWidgetsResponse:
        """List widgets

        Returns every widget as a bare JSON array, not wrapped in an object.

        Args:
            page: Page number, from 1.
            sort: Sort order.
            tag: Only widgets carrying every one of these tags.

        ``GET /widgets``. Retried on connection errors, timeouts, 408, 429 and 5xx
        answers (the method is idempotent).
        """
        return self._client.call(
            _LIST, query={"page": page, "sort": sort, "tag": tag}, options=options
        )

    def create(self, body: WidgetInput, **options: Unpack[_RequestOptions]) -> Widget:
        """Create a widget

        Args:
            body: The widget to create.

        ``POST /widgets``. Sent with a generated Idempotency-Key header, reused
        across attempts, so it is retried like an idempotent call.
        """
        return self._client.call(_CREATE, body=body, options=options)

    def get(
        self,
        store_id: str,
        widget_id: int,
        *,
        x_request_id: str,
        expand: bool | None = None,
        x_trace: Literal["on", "off"] | None = None,
        **options: Unpack[_RequestOptions],
    ) -> Widget:
        """Get one widget

        Args:
            store_id: The store that holds the widget.
            widget_id: The widget's identifier.
            x_request_id: A correlation id echoed in the logs.
            expand: Whether to include the widget's parts.
            x_trace: An optional trace flag.

        ``GET /stores/{store_id}/widgets/{widgetId}``. Retried on connection errors,
        timeouts, 408, 429 and 5xx answers (the method is idempotent).
        """
        return self._client.call(
            _GET,
            path={"store_id": store_id, "widgetId": widget_id},
            query={"expand": expand},
            headers={"X-Request-Id": x_request_id, "X-Trace": x_trace},
            options=options,
        )

    def delete(
        self, store_id: str, widget_id: int, **options: Unpack[_RequestOptions]
    ) -> None:
        """Delete a widget

        Args:
            store_id: The store that holds the widget.
            widget_id: The widget's identifier.

        ``DELETE /stores/{store_id}/widgets/{widgetId}``. Retried on connection
        errors, timeouts, 408, 429 and 5xx answers (the method is idempotent).

        Deprecated by the API.
        """
        return self._client.call(
            _DELETE, path={"store_id": store_id, "widgetId": widget_id}, options=options
        )


class WidgetsWithRawResponse:
    """``Widgets`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Widgets) -> None:
        self.list = _raw(resource.list)
        self.create = _raw(resource.create)
        self.get = _raw(resource.get)
        self.delete = _raw(resource.delete)


class WidgetsWithStreamingResponse:
    """``Widgets`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Widgets) -> None:
        self.list = _streamed(resource.list)
        self.create = _streamed(resource.create)
        self.get = _streamed(resource.get)
        self.delete = _streamed(resource.delete)


class AsyncWidgets(_AsyncResource):
    """Widgets, listed, created, read and removed."""

    @cached_property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncWidgetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWidgetsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncWidgetsWithStreamingResponse(self)

    async def list(
        self,
        *,
        page: int | None = None,
        sort: Literal["name", "-name", "created_at"] | None = None,
        tag: builtins.list[str] | None = None,
        **options: Unpack[_RequestOptions],
    ) -> ListWidgetsResponse:
        """List widgets

        Returns every widget as a bare JSON array, not wrapped in an object.

        Args:
            page: Page number, from 1.
            sort: Sort order.
            tag: Only widgets carrying every one of these tags.

        ``GET /widgets``. Retried on connection errors, timeouts, 408, 429 and 5xx
        answers (the method is idempotent).
        """
        return await self._client.call(
            _LIST, query={"page": page, "sort": sort, "tag": tag}, options=options
        )

    async def create(
        self, body: WidgetInput, **options: Unpack[_RequestOptions]
    ) -> Widget:
        """Create a widget

        Args:
            body: The widget to create.

        ``POST /widgets``. Sent with a generated Idempotency-Key header, reused
        across attempts, so it is retried like an idempotent call.
        """
        return await self._client.call(_CREATE, body=body, options=options)

    async def get(
        self,
        store_id: str,
        widget_id: int,
        *,
        x_request_id: str,
        expand: bool | None = None,
        x_trace: Literal["on", "off"] | None = None,
        **options: Unpack[_RequestOptions],
    ) -> Widget:
        """Get one widget

        Args:
            store_id: The store that holds the widget.
            widget_id: The widget's identifier.
            x_request_id: A correlation id echoed in the logs.
            expand: Whether to include the widget's parts.
            x_trace: An optional trace flag.

        ``GET /stores/{store_id}/widgets/{widgetId}``. Retried on connection errors,
        timeouts, 408, 429 and 5xx answers (the method is idempotent).
        """
        return await self._client.call(
            _GET,
            path={"store_id": store_id, "widgetId": widget_id},
            query={"expand": expand},
            headers={"X-Request-Id": x_request_id, "X-Trace": x_trace},
            options=options,
        )

    async def delete(
        self, store_id: str, widget_id: int, **options: Unpack[_RequestOptions]
    ) -> None:
        """Delete a widget

        Args:
            store_id: The store that holds the widget.
            widget_id: The widget's identifier.

        ``DELETE /stores/{store_id}/widgets/{widgetId}``. Retried on connection
        errors, timeouts, 408, 429 and 5xx answers (the method is idempotent).

        Deprecated by the API.
        """
        return await self._client.call(
            _DELETE, path={"store_id": store_id, "widgetId": widget_id}, options=options
        )


class AsyncWidgetsWithRawResponse:
    """``AsyncWidgets`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncWidgets) -> None:
        self.list = _async_raw(resource.list)
        self.create = _async_raw(resource.create)
        self.get = _async_raw(resource.get)
        self.delete = _async_raw(resource.delete)


class AsyncWidgetsWithStreamingResponse:
    """``AsyncWidgets`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncWidgets) -> None:
        self.list = _async_streamed(resource.list)
        self.create = _async_streamed(resource.create)
        self.get = _async_streamed(resource.get)
        self.delete = _async_streamed(resource.delete)
