# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import ActionTiming
from ._dtmf_webhook import DtmfWebhook


class DtmfAction(BaseModel):
    """
    An action that lets the assistant work with keypad tones (DTMF), for example to move through a phone menu.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["DTMF Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[str, Field(examples=["DTMF Action Test"])]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["DTMF_ACTION"]
    """
    Discriminator value selecting the keypad-tone action kind.
    """
    webhook: DtmfWebhook
