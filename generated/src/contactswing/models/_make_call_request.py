# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class MakeCallRequest(BaseModel):
    """
    Body for placing a call with the agent named in the path.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    phone_number: Annotated[
        str, Field(examples=["+1234567890"], pattern="^\\+[1-9]\\d{1,14}$")
    ]
    """
    Number to call, in E.164 form (a plus sign, then up to 15 digits).
    """
    customer_name: Annotated[str | None, Field(examples=["John Doe"])] = None
    """
    Name of the person being called.
    """
    call_purpose: Annotated[
        str | None, Field(examples=["Appointment confirmation"])
    ] = None
    """
    Why the call is made, for the agent's context.
    """
