# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import ActionTiming
from ._call_transfer_webhook import CallTransferWebhook


class CallTransferAction(BaseModel):
    """
    An action that hands the live call over to a human at another phone number.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Call Transfer Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str,
        Field(examples=["Transfer to human when user requests agent or is unhappy"]),
    ]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["CALL_TRANSFER"]
    """
    Discriminator value selecting the call transfer action kind.
    """
    phone_number: Annotated[str, Field(examples=["12817126508"])]
    """
    Number the call is transferred to.
    """
    webhook: CallTransferWebhook | None = None
    speech: str | None = None
    """
    What the assistant says to the caller just before transferring.
    """
    run_before_call: Annotated[
        bool | None,
        Field(validation_alias="runBeforeCall", serialization_alias="runBeforeCall"),
    ] = None
    """
    Whether the configured actions run before the transfer happens.
    """
