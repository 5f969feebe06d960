# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class ActionReadFields(BaseModel):
    """
    The fields the server keeps with every stored action besides the ones it was created with: its identifier, its owner and whether it is switched on.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str, Field(examples=["4808cc67-194e-4dfc-97ad-146ddf3d4126"])]
    """
    Identifier the server assigned to the action.
    """
    company_id: Annotated[
        str | None, Field(examples=["7fdacb94-632f-4522-a829-609579a88b50"])
    ] = None
    """
    Identifier of the company that owns the action.
    """
    is_active: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the action is switched on.
    """
