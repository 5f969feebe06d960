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
# Each security scheme: how its credential travels, and the argument that takes it.
_SCHEMES: dict[str, AuthScheme] = {
    "bearerAuth": AuthScheme.bearer(),
}
_CREDENTIAL_ARGS: dict[str, str] = {
    "bearerAuth": "token",
}
# What an operation that names no security of its own needs.
_SECURITY = (("bearerAuth",),)


class Keywords(SyncAPIClient):
    """Synchronous client for the Keywords API.

    Use it as a context manager, or call ``close()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS

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
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS

    @cached_property
    def import_(self) -> AsyncImport:
        """A tag named after a keyword."""
        from .resources.import_ import AsyncImport

        return AsyncImport(self)
