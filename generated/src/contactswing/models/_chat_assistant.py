# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._assistant_prompts import AssistantPrompts
from ._chat_assistant_settings import ChatAssistantSettings


class ChatAssistant(BaseModel):
    """
    A chat AI agent: an assistant that talks with visitors in a chat widget, with its brand, greetings and messages.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Chat Assistant"])]
    """
    Display name of the assistant.
    """
    type: Literal["CHAT"]
    """
    Discriminator value selecting the chat assistant kind.
    """
    model: Annotated[str, Field(examples=["cw-llm-1"])]
    """
    Language model that drives the assistant.
    """
    api_keys: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    The company's API keys the assistant uses.
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
    additional_settings: ChatAssistantSettings | None = None
    action_ids: Annotated[list[Any] | None, Field(examples=[[]])] = None
    """
    Identifiers of the actions the assistant can run.
    """
