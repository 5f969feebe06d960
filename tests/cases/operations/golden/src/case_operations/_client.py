"""The Operations API clients: one attribute per resource, everything else in the runtime."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._auth import AuthScheme
from ._runtime import AsyncAPIClient, SyncAPIClient

if (
    TYPE_CHECKING
):  # resources (and the models they use) load on first use: a faster import
    from .resources.default import AsyncDefault, Default
    from .resources.widgets import AsyncWidgets, Widgets

_BASE_URL = "https://eu.operations.example.com/v1"
# Each security scheme: how its credential travels, and the argument that takes it.
_SCHEMES: dict[str, AuthScheme] = {
    "bearerAuth": AuthScheme.bearer(),
}
_CREDENTIAL_ARGS: dict[str, str] = {
    "bearerAuth": "token",
}
# What an operation that names no security of its own needs.
_SECURITY = (("bearerAuth",),)


class Operations(SyncAPIClient):
    """Synchronous client for the Operations API.

    Use it as a context manager, or call ``close()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS

    @cached_property
    def default(self) -> Default:
        """Operations tagged default"""
        from .resources.default import Default

        return Default(self)

    @cached_property
    def widgets(self) -> Widgets:
        """Widgets, listed, created, read and removed."""
        from .resources.widgets import Widgets

        return Widgets(self)


class AsyncOperations(AsyncAPIClient):
    """Asynchronous client for the Operations API.

    Use it as an async context manager, or await ``aclose()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS

    @cached_property
    def default(self) -> AsyncDefault:
        """Operations tagged default"""
        from .resources.default import AsyncDefault

        return AsyncDefault(self)

    @cached_property
    def widgets(self) -> AsyncWidgets:
        """Widgets, listed, created, read and removed."""
        from .resources.widgets import AsyncWidgets

        return AsyncWidgets(self)
