# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import ConfigDict
from .._models import BaseModel


class GetHealthResponse(BaseModel):
    """
    The health report.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ok: bool
    """
    Whether the service is healthy.
    """
