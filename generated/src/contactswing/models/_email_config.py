# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class EmailConfig(BaseModel):
    """
    Settings of the email to send. Only two of its fields are documented by name; send the others as extra keys (see x-docs-gap on EmailAction).
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    send_static_contect: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether fixed, pre-written content is sent instead of generated content. The misspelling "contect" is the real wire name.
    """
    response_message_context: str | None = None
    """
    What the assistant tells the contact once the email has been sent.
    """
