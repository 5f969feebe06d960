# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import ActionTiming
from ._appointment_webhook import AppointmentWebhook


class AppointmentAction(BaseModel):
    """
    A real-time booking action: the assistant books a meeting in a connected Google or Outlook calendar during the conversation.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Real-time Booking Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str, Field(examples=["Trigger this action if user wants to book a slot."])
    ]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["APPOINTMENT"]
    """
    Discriminator value selecting the booking action kind.
    """
    webhook: AppointmentWebhook
