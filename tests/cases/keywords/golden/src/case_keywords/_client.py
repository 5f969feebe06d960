"""The Keywords API clients: one attribute per resource, everything else in the runtime."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._auth import AuthScheme
from ._runtime import AsyncAPIClient, SyncAPIClient

if (
    TYPE_CHECKING
):  # resources (and the models they use) load on first use: a faster import
    from .resources.import_ import AsyncImport, Import

_BASE_URL = "https://keywords.example.com/api"
_AUTH = AuthScheme.bearer()


class Keywords(SyncAPIClient):
    """Synchronous client for the Keywords API.

    Use it as a context manager, or call ``close()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _auth = _AUTH

    @cached_property
    def import_(self) -> Import:
        """A tag named after a keyword."""
        from .resources.import_ import Import

        return Import(self)


class AsyncKeywords(AsyncAPIClient):
    """Asynchronous client for the Keywords API.

    Use it as an async context manager, or await ``aclose()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _auth = _AUTH

    @cached_property
    def import_(self) -> AsyncImport:
        """A tag named after a keyword."""
        from .resources.import_ import AsyncImport

        return AsyncImport(self)
