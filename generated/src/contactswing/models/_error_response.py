# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Any
from pydantic import ConfigDict
from .._models import BaseModel


class ErrorResponse(BaseModel):
    """
    Body of an error response. Its shape is not documented, so every field is optional and any other field is kept.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: str | None = None
    """
    Server-side identifier of the failed request, if the server sends one.
    """
    message: str | None = None
    """
    Human-readable explanation of the error, if present.
    """
    detail: Any | None = None
    """
    Error details, if present. Left untyped because it may be a string or a list of validation problems.
    """
