# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class SmsAssistantSettings(BaseModel):
    """
    Limits of an SMS conversation.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    idle_time: Annotated[int | None, Field(examples=[86400])] = None
    """
    Seconds of silence after which a conversation times out.
    """
    max_messages: Annotated[int | None, Field(examples=[10])] = None
    """
    Most messages in one conversation.
    """
