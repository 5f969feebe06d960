"""The Keyword Names API clients: one attribute per resource, everything else in the runtime."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._auth import AuthScheme
from ._runtime import AsyncAPIClient, SyncAPIClient

if (
    TYPE_CHECKING
):  # resources (and the models they use) load on first use: a faster import
    from .resources.schemas import AsyncSchemas, Schemas

_BASE_URL = "https://keyword-names.example.com"
# Each security scheme: how its credential travels, and the argument that takes it.
_SCHEMES: dict[str, AuthScheme] = {}
_CREDENTIAL_ARGS: dict[str, str] = {}
# What an operation that names no security of its own needs.
_SECURITY = ((),)


class KeywordNames(SyncAPIClient):
    """Synchronous client for the Keyword Names API.

    Use it as a context manager, or call ``close()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS

    @cached_property
    def schemas(self) -> Schemas:
        """Operations on schema-like records."""
        from .resources.schemas import Schemas

        return Schemas(self)


class AsyncKeywordNames(AsyncAPIClient):
    """Asynchronous client for the Keyword Names API.

    Use it as an async context manager, or await ``aclose()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS

    @cached_property
    def schemas(self) -> AsyncSchemas:
        """Operations on schema-like records."""
        from .resources.schemas import AsyncSchemas

        return AsyncSchemas(self)
