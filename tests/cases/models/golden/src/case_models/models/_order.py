# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import AwareDatetime, ConfigDict, Field
from .._models import BaseModel

from ._aliases import Priority, Status
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


class Geo(BaseModel):
    """
    Coordinates, three levels deep.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    lat: float | None = None
    """
    Latitude.
    """
    lon: float | None = None
    """
    Longitude.
    """


class Address(BaseModel):
    """
    A postal address, nested two levels deep.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    lines: list[str]
    """
    Street lines.
    """
    country: str
    """
    ISO 3166 country code.
    """
    geo: Geo | None = None
    """
    Coordinates, three levels deep.
    """


class Shipping(BaseModel):
    """
    Where the order goes; a titled nested object becomes its own class.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    address: Address
    """
    A postal address, nested two levels deep.
    """


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
    id: str
    """
    The order's identifier.
    """
    status: Status
    priority: Priority | None = None
    channel: Literal["web", "phone"] = "web"
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
