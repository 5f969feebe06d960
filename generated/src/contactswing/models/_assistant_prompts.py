# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import ConfigDict
from .._models import BaseModel


class AssistantPrompts(BaseModel):
    """
    The two prompts that frame an assistant's conversations, its agent and its goal.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    agent: str | None = None
    """
    The agent prompt.
    """
    goal: str | None = None
    """
    The goal prompt.
    """
