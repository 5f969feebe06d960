# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class DataExtractionWebhook(BaseModel):
    """
    What to extract and where to store it.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the conversation waits for the caller's answer before moving on.
    """
    name: str | None = None
    """
    Name of the piece of data being extracted.
    """
    description: Annotated[
        str | None, Field(examples=["user interested on buying the product"])
    ] = None
    """
    Prompt telling the assistant what to listen for.
    """
    type: Annotated[str | None, Field(examples=["yes/no"])] = None
    """
    Shape of the expected answer.
    """
    sync_data: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the extracted value is written to a record automatically.
    """
    sync_module: Annotated[str | None, Field(examples=["customers"])] = None
    """
    Kind of record the value is written to.
    """
    sync_field: Annotated[str | None, Field(examples=["customer_timezone"])] = None
    """
    Field of that record that receives the value.
    """
