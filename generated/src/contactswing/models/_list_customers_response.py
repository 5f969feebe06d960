# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._customer import Customer
from ._pagination import Pagination


class CustomerListData(BaseModel):
    """
    One page of customers and the paging details.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    data: list[Customer]
    """
    The customers on this page.
    """
    pagination: Pagination | None = None
    """
    Paging details for this result.
    """


class ListCustomersResponse(BaseModel):
    """
    Success envelope of the customer list.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: Annotated[str, Field(examples=["eb427c29-b818-4dca-bcab-7f420f30e51a"])]
    """
    Server-side identifier of this request, useful when reporting problems.
    """
    data: CustomerListData
    """
    The page of customers.
    """
    message: Annotated[
        str | None, Field(examples=["Request processed successfully"])
    ] = None
    """
    Human-readable status text.
    """
