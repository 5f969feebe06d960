# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._created_action import CreatedAction


class CreateActionResponse(BaseModel):
    """
    Success envelope returned after an action is created.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: Annotated[str, Field(examples=["eb427c29-b818-4dca-bcab-7f420f30e51a"])]
    """
    Server-side identifier of this request, useful when reporting problems.
    """
    data: CreatedAction
    """
    The newly created action.
    """
    message: str | None = None
    """
    Human-readable status text.
    """
