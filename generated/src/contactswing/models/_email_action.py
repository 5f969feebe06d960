# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import ActionTiming
from ._email_config import EmailConfig


class EmailAction(BaseModel):
    """
    An action that makes the assistant send an email when the conversation calls for it. Only part of this action's fields are known; see x-docs-gap.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(examples=["My Email Action"])] = None
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str | None, Field(examples=["Send email when user requests communication"])
    ] = None
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming | None = None
    """
    When in the conversation the action may run.
    """
    type: Literal["SEND_EMAIL"]
    """
    Discriminator value selecting the email action kind.
    """
    email: EmailConfig | None = None
