# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class Money(BaseModel):
    """
    An amount in one currency.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    amount: Annotated[str, Field(pattern="^-?\\d+(\\.\\d+)?$")]
    """
    Decimal amount as text, to keep precision.
    """
    currency: Annotated[str, Field(max_length=3, min_length=3)]
    """
    ISO 4217 code.
    """
