# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class UpdatedAssistant(BaseModel):
    """
    Identifier and name of an assistant that has just been updated.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(examples=["agent_123"])] = None
    """
    Identifier of the assistant.
    """
    name: Annotated[str | None, Field(examples=["Updated SMS Assistant"])] = None
    """
    Name of the assistant after the update.
    """
