# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ._address import Address


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
