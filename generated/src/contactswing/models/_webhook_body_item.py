# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field

from ._webhook_body_values import WebhookBodyValues


class WebhookBodyItem(BaseModel):
    """
    One part of the outgoing request body.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    type: Annotated[str | None, Field(examples=["static"])] = None
    """
    How this part's value is produced.
    """
    values: WebhookBodyValues | None = None
