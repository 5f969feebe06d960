# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class Call(BaseModel):
    """
    One call in the company's call log.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(examples=["call_123"])] = None
    """
    Identifier of the call.
    """
    customer_name: Annotated[str | None, Field(examples=["John Doe"])] = None
    """
    Name of the person called.
    """
    status: str | None = None
    """
    Status of the call.
    """
    duration: Annotated[int | None, Field(examples=[120])] = None
    """
    Length of the call in seconds.
    """
