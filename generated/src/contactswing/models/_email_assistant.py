# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._assistant_prompts import AssistantPrompts


class EmailAssistant(BaseModel):
    """
    An email AI agent: an assistant that reads incoming email and drafts or sends replies.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Email Agent"])]
    """
    Display name of the assistant.
    """
    type: Literal["EMAIL"]
    """
    Discriminator value selecting the email assistant kind.
    """
    model: Annotated[str, Field(examples=["cw-llm-1"])]
    """
    Language model that drives the assistant.
    """
    instructions: str
    """
    Detailed instructions and rules of behaviour for the agent.
    """
    prompts: AssistantPrompts | None = None
    """
    The agent and goal prompts.
    """
    kb_id: Annotated[str | None, Field(examples=["kb_123"])] = None
    """
    Identifier of the knowledge base the assistant answers from.
    """
    gen_ai_response: Annotated[str | None, Field(examples=["SEMI_TOUCH"])] = None
    """
    How much of the replying the assistant does on its own.
    """
    email_setup: Annotated[str | None, Field(examples=["Responder"])] = None
    """
    The role the assistant plays in the mailbox.
    """
    labels: str | None = None
    """
    Labels or categories of the email the assistant handles.
    """
    action_ids: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    Identifiers of the actions the assistant can run.
    """
