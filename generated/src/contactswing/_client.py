"""The ContactSwing API clients: one attribute per resource, everything else in the runtime."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._auth import AuthScheme
from ._runtime import AsyncAPIClient, SyncAPIClient

if (
    TYPE_CHECKING
):  # resources (and the models they use) load on first use: a faster import
    from .resources.actions import AsyncActions, Actions

_BASE_URL = "https://prod-contactswing-fastapi-962560522883.us-central1.run.app"
_AUTH = AuthScheme.bearer()


class ContactSwing(SyncAPIClient):
    """Synchronous client for the ContactSwing API.

    Use it as a context manager, or call ``close()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _auth = _AUTH

    @cached_property
    def actions(self) -> Actions:
        """Create, list, read and update the actions that assistants can run during a
        conversation."""
        from .resources.actions import Actions

        return Actions(self)


class AsyncContactSwing(AsyncAPIClient):
    """Asynchronous client for the ContactSwing API.

    Use it as an async context manager, or await ``aclose()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _auth = _AUTH

    @cached_property
    def actions(self) -> AsyncActions:
        """Create, list, read and update the actions that assistants can run during a
        conversation."""
        from .resources.actions import AsyncActions

        return AsyncActions(self)
