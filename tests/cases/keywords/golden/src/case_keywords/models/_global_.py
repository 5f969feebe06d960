# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field


class Global(BaseModel):
    """
    A schema whose name is a keyword.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    return_: Annotated[
        str | None, Field(validation_alias="return", serialization_alias="return")
    ] = None
    """
    A keyword inside a keyword-named schema.
    """
