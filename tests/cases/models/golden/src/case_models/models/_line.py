# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field

from ._money import Money


class Line(BaseModel):
    """
    One order line.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    sku: str
    """
    Stock keeping unit.
    """
    quantity: Annotated[int, Field(ge=1)]
    """
    How many.
    """
    price: Money | None = None
