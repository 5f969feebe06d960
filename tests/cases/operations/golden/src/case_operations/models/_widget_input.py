# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import ConfigDict
from .._models import BaseModel


class WidgetInput(BaseModel):
    """
    What a client sends to create a widget.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: str
    """
    The widget's display name.
    """
    tags: list[str] | None = None
    """
    Free-form labels.
    """
