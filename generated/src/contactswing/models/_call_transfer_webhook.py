# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class CallTransferWebhook(BaseModel):
    """
    Extra transfer settings.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    extension_enabled: Annotated[bool | None, Field(examples=[False])] = None
    """
    Whether an extension may be dialled after the number connects.
    """
