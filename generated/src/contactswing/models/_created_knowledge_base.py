# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class CreatedKnowledgeBase(BaseModel):
    """
    The knowledge base that was just created.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    id: Annotated[str | None, Field(examples=["kb_123"])] = None
    """
    Identifier of the new knowledge base.
    """
    name: Annotated[str | None, Field(examples=["Product Documentation"])] = None
    """
    Name of the new knowledge base.
    """
