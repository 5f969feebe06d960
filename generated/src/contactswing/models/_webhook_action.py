# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import ActionTiming
from ._webhook_config import WebhookConfig


class WebhookAction(BaseModel):
    """
    An action ("API action" in the docs) that makes the assistant call an external HTTP endpoint, for example to look up or push data during the conversation.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My API Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[str, Field(examples=["Post API Action"])]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["WEBHOOK"]
    """
    Discriminator value selecting the external API call action kind.
    """
    webhook: WebhookConfig
