# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class SmsWebhook(BaseModel):
    """
    Behaviour settings for running the SMS action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the caller must confirm before the message goes out.
    """
