# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SmsBody(BaseModel):
    """
    Wrapper around the message text.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    value: str | None = None
    """
    Text of the message, used as a template.
    """
