# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import ConfigDict
from .._models import BaseModel


class Widget(BaseModel):
    """
    A widget as the server stores it.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    id: int
    """
    Server-assigned identifier.
    """
    name: str
    """
    The widget's display name.
    """
    tags: list[str] | None = None
    """
    Free-form labels.
    """
