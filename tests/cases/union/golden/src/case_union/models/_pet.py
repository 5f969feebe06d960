# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import Field

from ._cat import Cat
from ._dog import Dog

Pet = Annotated[Cat | Dog, Field(discriminator="pet_type")]
