# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._assistant_api_key import AssistantApiKey
from ._assistant_prompts import AssistantPrompts
from ._voice_assistant_settings import VoiceAssistantSettings
from ._voice_behaviour import VoiceBehaviour


class VoiceIncomingAssistant(BaseModel):
    """
    A voice AI agent: an assistant that answers phone calls (and places them), speaking with a synthesized voice, with its greetings, voice, language and call behaviour.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["Insurance Darren"])]
    """
    Display name of the assistant.
    """
    type: Literal["VOICE_INCOMING"]
    """
    Discriminator value selecting the voice assistant kind.
    """
    model: Annotated[str, Field(examples=["cw-llm-1"])]
    """
    Language model that drives the assistant.
    """
    api_keys: Annotated[
        list[AssistantApiKey], Field(examples=[[{"api_key_id": 442, "type": "MODEL"}]])
    ]
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
    phone_number: Annotated[str | None, Field(examples=["+13465842882"])] = None
    """
    Phone number assigned to the assistant.
    """
    incoming_call_greeting: str | None = None
    """
    What the assistant says when it answers an incoming call.
    """
    outgoing_call_greeting: str | None = None
    """
    What the assistant says when the person it called answers.
    """
    synthesizer: Annotated[str | None, Field(examples=["AZURE"])] = None
    """
    Text-to-speech engine that gives the assistant its voice.
    """
    voice_id: Annotated[str | None, Field(examples=["en-US-LunaNeural"])] = None
    """
    Voice the synthesizer speaks with.
    """
    language: Annotated[str | None, Field(examples=["english"])] = None
    """
    Language the assistant speaks.
    """
    enable_recordings: bool | None = None
    """
    Whether calls are recorded.
    """
    behaviour: VoiceBehaviour | None = None
    kb_id: Annotated[str | None, Field(examples=["kb_123"])] = None
    """
    Identifier of the knowledge base the assistant answers from, or null for none.
    """
    additional_settings: VoiceAssistantSettings | None = None
    action_ids: Annotated[list[Any] | None, Field(examples=[[]])] = None
    """
    Identifiers of the actions the assistant can run.
    """
