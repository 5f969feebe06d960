# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class DtmfWebhook(BaseModel):
    """
    Keypad-tone settings.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the conversation waits for keypad input before moving on.
    """
    description: Annotated[str | None, Field(examples=["DTMF Action Test"])] = None
    """
    Prompt telling the assistant what the keypad input is for.
    """
