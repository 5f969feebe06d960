# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._made_call import MadeCall


class MakeCallResponse(BaseModel):
    """
    Success envelope returned after a call is initiated with an agent.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: Annotated[str, Field(examples=["eb427c29-b818-4dca-bcab-7f420f30e51a"])]
    """
    Server-side identifier of this request, useful when reporting problems.
    """
    data: MadeCall
    """
    The initiated call.
    """
    message: Annotated[
        str | None, Field(examples=["Request processed successfully"])
    ] = None
    """
    Human-readable status text.
    """
