# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class CreateApiKeyRequest(BaseModel):
    """
    Body for creating an API key.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["Production SMS Key"])]
    """
    Display name of the key.
    """
    description: Annotated[
        str | None, Field(examples=["SMS and Webhook actions only"])
    ] = None
    """
    What the key is for.
    """
    permissions: Annotated[
        list[str] | None,
        Field(examples=[["actions:read", "actions:write", "sms:send"]]),
    ] = None
    """
    The permissions (scopes) the key grants.
    """
    expires_at: Annotated[str | None, Field(examples=["2026-12-31T23:59:59Z"])] = None
    """
    When the key stops working, in ISO 8601; leave it out for a key that does not expire.
    """
