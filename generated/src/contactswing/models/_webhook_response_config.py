# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class WebhookResponseConfig(BaseModel):
    """
    How the endpoint's answer is turned into what the assistant says.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    prompt: str | None = None
    """
    Instruction telling the assistant how to use the endpoint's answer.
    """
