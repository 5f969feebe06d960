# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from uuid import UUID

from ._aliases import Priority, Status
from ._line import Line
from ._money import Money
from ._shipping import Shipping


class Order(BaseModel):
    """
    An order with lines, a nested address and optional notes.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    id: UUID
    """
    The order's identifier.
    """
    status: Status
    priority: Priority | None = None
    channel: Literal["web", "phone"] | None = "web"
    """
    An inline enum with a default.
    """
    lines: Annotated[list[Line], Field(min_length=1)]
    """
    What was ordered; at least one line.
    """
    total: Money
    shipping: Shipping | None = None
    notes: str | None = None
    """
    Free text, or null; optional and nullable.
    """
    matrix: list[list[int]] | None = None
    """
    An array of arrays of integers.
    """
    attributes: dict[str, str] | None = None
    """
    A free-form map of strings.
    """
    created_at: AwareDatetime | None = None
    """
    When the order was placed.
    """
