# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import Field

from ._create_action_request import CreateActionRequest

UpdateActionRequest = Annotated[CreateActionRequest, Field(title="UpdateActionRequest")]
