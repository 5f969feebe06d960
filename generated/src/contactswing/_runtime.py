"""What the generated code builds on, in one place: the clients, the resources, and every
runtime name the generated modules import.

``SyncAPIClient`` (``_sync_client``) and ``AsyncAPIClient`` (``_async_client``) inherit
everything but I/O from ``BaseClient`` (``_base``). The resource bases are here: each turns
a pydantic error in its caller's arguments into ours.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

import pydantic

from ._async_client import AsyncAPIClient
from ._auth import AuthScheme
from ._body import invalid_model
from ._options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RequestOptions
from ._request import Endpoint
from ._response import (
    APIResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ._sync_client import SyncAPIClient

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


class SyncResource:
    """Base of the generated synchronous resource classes (one per API tag)."""

    def __init__(self, client: SyncAPIClient) -> None:
        """Keep the client the resource's methods call."""
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Make the subclass's methods refuse invalid arguments with our error."""
        super().__init_subclass__(**kwargs)
        _refuse_invalid_models(cls)


class AsyncResource:
    """Base of the generated asynchronous resource classes (one per API tag)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        """Keep the client the resource's methods call."""
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Make the subclass's methods refuse invalid arguments with our error."""
        super().__init_subclass__(**kwargs)
        _refuse_invalid_models(cls)


def _refuse_invalid_models(cls: type) -> None:
    """Wrap each public method so that a pydantic ``ValidationError`` becomes ours.

    The per-variant methods (``create_sms(name=..., ...)``) build their body model from their
    keyword arguments; a wrong argument fails there, in pydantic, before any request. Every
    other validation problem is already ours (``serialize_body``), and a bad response is an
    ``APIResponseValidationError``, so a ``ValidationError`` that leaves a method can only be
    the caller's arguments: an ``InvalidArgumentError`` (still a ``ValueError``), with
    pydantic's error as its cause.
    """
    for name, method in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(method):
            setattr(cls, name, _refusing(method))


def _refusing(method: Callable[..., Any]) -> Callable[..., Any]:
    """``method``, turning a ``ValidationError`` of its arguments into our error."""
    what = f"the arguments of {method.__name__}() do not make a valid"
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def refusing_async(*args: Any, **kwargs: Any) -> Any:
            try:
                return await method(*args, **kwargs)
            except pydantic.ValidationError as err:
                raise invalid_model(err, what) from err

        return refusing_async

    @functools.wraps(method)
    def refusing(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except pydantic.ValidationError as err:
            raise invalid_model(err, what) from err

    return refusing
