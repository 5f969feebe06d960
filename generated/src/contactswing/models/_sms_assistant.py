# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._assistant_api_key import AssistantApiKey
from ._assistant_prompts import AssistantPrompts
from ._sms_assistant_settings import SmsAssistantSettings


class SmsAssistant(BaseModel):
    """
    An SMS AI agent: an assistant that holds text-message conversations from its phone number.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My SMS Assistant"])]
    """
    Display name of the assistant.
    """
    type: Literal["SMS"]
    """
    Discriminator value selecting the SMS assistant kind.
    """
    model: Annotated[str, Field(examples=["cw-llm-1"])]
    """
    Language model that drives the assistant.
    """
    api_keys: Annotated[
        list[AssistantApiKey], Field(examples=[[{"api_key_id": 134, "type": "SMS"}]])
    ]
    """
    The company's API keys the assistant sends messages with.
    """
    instructions: str
    """
    Detailed instructions and rules of behaviour for the agent.
    """
    prompts: AssistantPrompts | None = None
    """
    The agent and goal prompts.
    """
    sms_type: Annotated[str, Field(examples=["OUTBOUND"])]
    """
    Direction of the conversations the assistant holds.
    """
    phone_number: Annotated[str | None, Field(examples=["+13465507166"])] = None
    """
    Phone number the assistant sends from.
    """
    kb_id: Annotated[str | None, Field(examples=["kb_123"])] = None
    """
    Identifier of the knowledge base the assistant answers from.
    """
    action_ids: Annotated[list[Any] | None, Field(examples=[[]])] = None
    """
    Identifiers of the actions the assistant can run.
    """
    additional_settings: SmsAssistantSettings | None = None
