# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ._geo import Geo


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
