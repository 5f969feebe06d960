# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field

from ._aliases import ValueItem


class SmsRecipients(BaseModel):
    """
    Wrapper around the list of numbers the message is sent to.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    value: Annotated[list[ValueItem], Field(examples=[["+13465507166"]])]
    """
    Numbers that receive the message, each in E.164 form.
    """
