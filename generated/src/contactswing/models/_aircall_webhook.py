# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class AircallWebhook(BaseModel):
    """
    The Aircall numbers involved.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    from_: Annotated[
        int,
        Field(
            validation_alias="from", serialization_alias="from", examples=[1768408427]
        ),
    ]
    """
    Numeric Aircall ID of the originating number (an ID, not a phone number).
    """
    to: Annotated[int, Field(examples=[1768408427])]
    """
    Numeric Aircall ID of the destination number (an ID, not a phone number).
    """
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the conversation waits for the Aircall result before moving on.
    """
