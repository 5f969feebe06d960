# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class CreateKnowledgeBaseRequest(BaseModel):
    """
    Body for creating a knowledge base.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["Product Documentation"])]
    """
    Display name of the knowledge base.
    """
    urls: str | None = None
    """
    URLs of the documents the knowledge base is built from.
    """
    files: str | None = None
    """
    Files the knowledge base is built from.
    """
    description: Annotated[str | None, Field(examples=["Technical docs and FAQs"])] = (
        None
    )
    """
    What the knowledge base holds.
    """
