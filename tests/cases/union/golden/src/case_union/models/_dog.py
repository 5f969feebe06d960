# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Literal
from pydantic import ConfigDict
from .._models import BaseModel


class Dog(BaseModel):
    """
    A dog.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    pet_type: Literal["dog"]
    """
    Always `dog`.
    """
    name: str
    """
    The dog's name.
    """
    good_boy: bool
    """
    Whether the dog is a good boy.
    """
    tricks: list[str] | None = None
    """
    Tricks the dog knows.
    """
