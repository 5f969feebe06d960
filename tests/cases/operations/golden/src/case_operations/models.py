# Pydantic models of every schema in the spec. Generated; do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, RootModel


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


ListWidgetsResponse = list[Widget]


class GetHealthResponse(BaseModel):
    """
    The health report.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ok: bool
    """
    Whether the service is healthy.
    """
