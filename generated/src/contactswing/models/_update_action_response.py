# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._updated_action import UpdatedAction


class UpdateActionResponse(BaseModel):
    """
    Success envelope returned after an action is updated.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: Annotated[str, Field(examples=["d0bacbd1-1531-4f19-80ee-c411c464473a"])]
    """
    Server-side identifier of this request, useful when reporting problems.
    """
    data: UpdatedAction | None = None
    """
    The updated action.
    """
    message: Annotated[
        str | None, Field(examples=["Request processed successfully"])
    ] = None
    """
    Human-readable status text.
    """
