# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class CreatedAction(BaseModel):
    """
    Identifier and basic details of an action that has just been created.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    action_id: Annotated[str, Field(examples=["6f439f98-32f6-4b44-928c-6e890e298d51"])]
    """
    Identifier the server assigned to the new action.
    """
    name: Annotated[str | None, Field(examples=["My SMS Action"])] = None
    """
    Name of the new action, echoed back.
    """
    type: Annotated[str | None, Field(examples=["SEND_SMS"])] = None
    """
    Kind of the new action, echoed back.
    """
