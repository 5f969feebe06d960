# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class AssistantApiKey(BaseModel):
    """
    One of the company's API keys that an assistant uses, with its kind.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    api_key_id: Annotated[int | None, Field(examples=[442])] = None
    """
    Identifier of the API key.
    """
    type: Annotated[str | None, Field(examples=["MODEL"])] = None
    """
    What the key is used for, such as MODEL or SMS.
    """
