# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import ConfigDict
from .._models import BaseModel

from ._pet import Pet


class PetEnvelope(BaseModel):
    """
    A pet with its owner's name.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    pet: Pet
    owner: str | None = None
    """
    Who owns the pet.
    """
