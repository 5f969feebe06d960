# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class MadeCall(BaseModel):
    """
    The call that was just initiated, with the agent handling it.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    call_id: Annotated[str | None, Field(examples=["call_123"])] = None
    """
    Identifier of the call session.
    """
    status: str | None = None
    """
    Status of the call.
    """
    agent_id: Annotated[str | None, Field(examples=["agent_123"])] = None
    """
    Identifier of the agent handling the call.
    """
