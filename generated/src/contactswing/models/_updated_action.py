# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class UpdatedAction(BaseModel):
    """
    Identifier and basic details of an action that has just been updated.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    action_id: Annotated[
        str | None, Field(examples=["6f439f98-32f6-4b44-928c-6e890e298d51"])
    ] = None
    """
    Identifier of the updated action, if the server uses the create-style name.
    """
    id: Annotated[
        str | None, Field(examples=["6f439f98-32f6-4b44-928c-6e890e298d51"])
    ] = None
    """
    Identifier of the updated action, if the server uses the read-style name.
    """
    name: Annotated[str | None, Field(examples=["My SMS Action1"])] = None
    """
    Name of the action after the update.
    """
    type: Annotated[str | None, Field(examples=["SEND_SMS"])] = None
    """
    Kind of the action.
    """
