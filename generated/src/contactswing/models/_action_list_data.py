# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ._action import Action
from ._pagination import Pagination


class ActionListData(BaseModel):
    """
    One page of actions and the paging details.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    data: list[Action]
    """
    The actions on this page.
    """
    pagination: Pagination | None = None
    """
    Paging details for this result.
    """
