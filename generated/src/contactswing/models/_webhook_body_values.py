# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field


class WebhookBodyValues(BaseModel):
    """
    Holder of this part's value.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    data: Annotated[str | None, Field(examples=["Information"])] = None
    """
    The value carried by this part.
    """
