# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class Pagination(BaseModel):
    """
    Where the returned page sits in the whole result set.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    current_page: Annotated[int | None, Field(examples=[1])] = None
    """
    Number of the page returned, counting from 1.
    """
    per_page: Annotated[int | None, Field(examples=[10])] = None
    """
    Maximum number of items on a page.
    """
    total_records: Annotated[int | None, Field(examples=[58])] = None
    """
    Number of items across all pages.
    """
    total_pages: Annotated[int | None, Field(examples=[6])] = None
    """
    Number of pages available at the current page size.
    """
    has_next: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether a further page exists after this one.
    """
