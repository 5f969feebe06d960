# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class UpdateAssistantRequest(BaseModel):
    """
    Body for updating an assistant. Every field is optional; other fields of the assistant are accepted as well.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(examples=["Updated SMS Assistant"])] = None
    """
    New display name of the assistant.
    """
    description: str | None = None
    """
    New description of what the assistant is for.
    """
    actions: Annotated[
        list[str] | None,
        Field(examples=[["6f439f98-32f6-4b44-928c-6e890e298d51", "new_action_id"]]),
    ] = None
    """
    Identifiers of the actions to link to the assistant.
    """
    model: Annotated[str | None, Field(examples=["gpt-4o"])] = None
    """
    Language model that drives the assistant.
    """
