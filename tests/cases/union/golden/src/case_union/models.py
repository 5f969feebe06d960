# Pydantic models of every schema in the spec. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import BaseModel, ConfigDict, Field, RootModel


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
    indoor: bool | None = True
    """
    Whether the cat stays inside.
    """


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


Pet = Annotated[Cat | Dog, Field(discriminator="pet_type")]


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
