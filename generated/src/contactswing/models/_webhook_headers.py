# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Dict
from pydantic import BaseModel, ConfigDict, Field


class WebhookHeaders(BaseModel):
    """
    HTTP headers sent with the request, as name/value pairs.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    content_type: Annotated[
        str | None,
        Field(
            validation_alias="Content-Type",
            serialization_alias="Content-Type",
            examples=["application/json"],
        ),
    ] = None
    """
    Media type of the request body sent to the endpoint.
    """
