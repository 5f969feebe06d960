# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import CallVersion


class CreateCallRequest(BaseModel):
    """
    Body for placing a call handled by an AI agent.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    version: Annotated[CallVersion, Field(validate_default=True)] = "v1"
    """
    Implementation that places the call; v1 when left out.
    """
    phone_number: Annotated[
        str, Field(examples=["+1234567890"], pattern="^\\+[1-9]\\d{1,14}$")
    ]
    """
    Number to call, in E.164 form (a plus sign, then up to 15 digits).
    """
    agent_id: Annotated[str, Field(examples=["agent_123"])]
    """
    Identifier of the AI agent (assistant) that handles the call.
    """
    customer_name: Annotated[str | None, Field(examples=["John Doe"])] = None
    """
    Name of the person being called.
    """
    call_purpose: Annotated[str | None, Field(examples=["Appointment reminder"])] = None
    """
    Why the call is made, for the agent's context.
    """
