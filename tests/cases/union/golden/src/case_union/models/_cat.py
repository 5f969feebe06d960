# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Literal
from pydantic import ConfigDict
from .._models import BaseModel


class Cat(BaseModel):
    """
    A cat.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    pet_type: Literal["cat"]
    """
    Always `cat`.
    """
    name: str
    """
    The cat's name.
    """
    indoor: bool = True
    """
    Whether the cat stays inside.
    """
