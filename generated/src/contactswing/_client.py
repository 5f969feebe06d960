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
    from .resources.api_keys import AsyncApiKeys, ApiKeys
    from .resources.assistants import AsyncAssistants, Assistants
    from .resources.calls import AsyncCalls, Calls
    from .resources.customers import AsyncCustomers, Customers
    from .resources.knowledge_bases import AsyncKnowledgeBases, KnowledgeBases

_BASE_URL = "https://prod-contactswing-fastapi-962560522883.us-central1.run.app"
# Each security scheme: how its credential travels, and the argument that takes it.
_SCHEMES: dict[str, AuthScheme] = {
    "bearerAuth": AuthScheme.bearer(),
}
_CREDENTIAL_ARGS: dict[str, str] = {
    "bearerAuth": "token",
}
# What an operation that names no security of its own needs.
_SECURITY = (("bearerAuth",),)


class ContactSwing(SyncAPIClient):
    """Synchronous client for the ContactSwing API.

    Use it as a context manager, or call ``close()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS
    _request_id_field = "ctx_id"

    @cached_property
    def actions(self) -> Actions:
        """Create, list, read and update the actions that assistants can run during a
        conversation."""
        from .resources.actions import Actions

        return Actions(self)

    @cached_property
    def api_keys(self) -> ApiKeys:
        """Create API keys with a chosen set of permissions."""
        from .resources.api_keys import ApiKeys

        return ApiKeys(self)

    @cached_property
    def assistants(self) -> Assistants:
        """Create and update the AI agents (assistants) that handle voice calls, chats,
        SMS conversations and email."""
        from .resources.assistants import Assistants

        return Assistants(self)

    @cached_property
    def calls(self) -> Calls:
        """Place outbound calls handled by an AI agent and read the log of past calls."""
        from .resources.calls import Calls

        return Calls(self)

    @cached_property
    def customers(self) -> Customers:
        """List the company's customers."""
        from .resources.customers import Customers

        return Customers(self)

    @cached_property
    def knowledge_bases(self) -> KnowledgeBases:
        """Create knowledge bases and feed them documents, URLs and FAQs that
        assistants draw their answers from."""
        from .resources.knowledge_bases import KnowledgeBases

        return KnowledgeBases(self)


class AsyncContactSwing(AsyncAPIClient):
    """Asynchronous client for the ContactSwing API.

    Use it as an async context manager, or await ``aclose()``, to release its connections.
    """

    _default_base_url = _BASE_URL
    _schemes = _SCHEMES
    _security = _SECURITY
    _credential_args = _CREDENTIAL_ARGS
    _request_id_field = "ctx_id"

    @cached_property
    def actions(self) -> AsyncActions:
        """Create, list, read and update the actions that assistants can run during a
        conversation."""
        from .resources.actions import AsyncActions

        return AsyncActions(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        """Create API keys with a chosen set of permissions."""
        from .resources.api_keys import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def assistants(self) -> AsyncAssistants:
        """Create and update the AI agents (assistants) that handle voice calls, chats,
        SMS conversations and email."""
        from .resources.assistants import AsyncAssistants

        return AsyncAssistants(self)

    @cached_property
    def calls(self) -> AsyncCalls:
        """Place outbound calls handled by an AI agent and read the log of past calls."""
        from .resources.calls import AsyncCalls

        return AsyncCalls(self)

    @cached_property
    def customers(self) -> AsyncCustomers:
        """List the company's customers."""
        from .resources.customers import AsyncCustomers

        return AsyncCustomers(self)

    @cached_property
    def knowledge_bases(self) -> AsyncKnowledgeBases:
        """Create knowledge bases and feed them documents, URLs and FAQs that
        assistants draw their answers from."""
        from .resources.knowledge_bases import AsyncKnowledgeBases

        return AsyncKnowledgeBases(self)
