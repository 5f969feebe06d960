# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class CreatedAssistant(BaseModel):
    """
    Identifier and name of an assistant that has just been created.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    assistant_id: Annotated[str, Field(examples=["agent_123"])]
    """
    Identifier the server assigned to the new assistant.
    """
    name: Annotated[str | None, Field(examples=["Insurance Darren"])] = None
    """
    Name of the new assistant, echoed back.
    """
