# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import ActionTiming
from ._sms_config import SmsConfig
from ._sms_webhook import SmsWebhook


class SmsAction(BaseModel):
    """
    An action that makes the assistant send a text message through the configured SMS provider when the conversation calls for it.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My SMS Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str, Field(examples=["Trigger SMS when user requests messaging"])
    ]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    webhook: SmsWebhook | None = None
    type: Literal["SEND_SMS"]
    """
    Discriminator value selecting the SMS action kind.
    """
    sms: SmsConfig
