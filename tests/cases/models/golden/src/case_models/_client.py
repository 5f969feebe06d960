"""The Models API clients: one attribute per resource, everything else in the runtime."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._auth import AuthScheme
from ._runtime import AsyncAPIClient, SyncAPIClient

if (
    TYPE_CHECKING
):  # resources (and the models they use) load on first use: a faster import
    from .resources.orders import AsyncOrders, Orders

_BASE_URL = "https://models.example.com"
# Each security scheme: how its credential travels, and the argument that takes it.
_SCHEMES: dict[str, AuthScheme] = {
    "apiKey": AuthScheme.api_key_header("X-Api-Key"),
}
_CREDENTIAL_ARGS: dict[str, str] = {
    "apiKey": "token",
}
# What an operation that names no security of its own needs.
_SECURITY = (("apiKey",),)


class Models(SyncAPIClient):
    """Synchronous client for the Models API.

    Use it as a context manager, or call ``close()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS

    @cached_property
    def orders(self) -> Orders:
        """Orders and their lines."""
        from .resources.orders import Orders

        return Orders(self)


class AsyncModels(AsyncAPIClient):
    """Asynchronous client for the Models API.

    Use it as an async context manager, or await ``aclose()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS

    @cached_property
    def orders(self) -> AsyncOrders:
        """Orders and their lines."""
        from .resources.orders import AsyncOrders

        return AsyncOrders(self)
