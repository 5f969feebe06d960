# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class UpdatedKnowledgeBase(BaseModel):
    """
    The knowledge base after the update.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(examples=["kb_123"])] = None
    """
    Identifier of the knowledge base.
    """
    name: Annotated[str | None, Field(examples=["Updated KB Name"])] = None
    """
    Name of the knowledge base after the update.
    """
    document_count: Annotated[int | None, Field(examples=[3])] = None
    """
    Number of documents the knowledge base now holds.
    """
