# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class Customer(BaseModel):
    """
    One of the company's customers.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(examples=["customer_123"])] = None
    """
    Identifier of the customer.
    """
    name: Annotated[str | None, Field(examples=["John Doe"])] = None
    """
    The customer's name.
    """
    phone: Annotated[str | None, Field(examples=["+1234567890"])] = None
    """
    The customer's phone number.
    """
    email: Annotated[str | None, Field(examples=["john.doe@example.com"])] = None
    """
    The customer's email address.
    """
