# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import ActionTiming
from ._whatsapp_webhook import WhatsappWebhook


class WhatsappAction(BaseModel):
    """
    An action that makes the assistant send a pre-approved WhatsApp template message.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Whatsapp Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str, Field(examples=["Send WhatsApp when user requests messaging"])
    ]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    type: Literal["SEND_WHATSAPP"]
    """
    Discriminator value selecting the WhatsApp action kind.
    """
    is_active: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the action is switched on.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    phone_number: str | None = None
    """
    Number to use instead of the default one; leave out to keep the default.
    """
    webhook: WhatsappWebhook
