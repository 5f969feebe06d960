# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aircall_webhook import AircallWebhook
from ._aliases import ActionTiming


class AircallAction(BaseModel):
    """
    An action that places a call through the Aircall telephony integration, between two Aircall numbers identified by their numeric IDs.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Aircall Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[str | None, Field(examples=["Test"])] = None
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["AIRCALL"]
    """
    Discriminator value selecting the Aircall action kind.
    """
    webhook: AircallWebhook
    tags: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    Labels attached to the resulting Aircall call.
    """
