# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Any
from pydantic import ConfigDict, Field
from .._models import BaseModel


class AzureSynthesizerSettings(BaseModel):
    """
    Settings for Azure text to speech.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    voice_name: str | None = None
    """
    Name of the Azure voice.
    """
    rate: str | None = None
    """
    Speaking rate.
    """
    language_code: str | None = None
    """
    Language code of the voice.
    """


class CartesiaSynthesizerSettings(BaseModel):
    """
    Settings for Cartesia text to speech.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    speed: str | None = None
    """
    Speaking speed.
    """
    emotion: dict[str, Any] | None = None
    """
    Emotion settings; their fields are not documented.
    """


class ElevenLabsSynthesizerSettings(BaseModel):
    """
    Settings for ElevenLabs text to speech.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    stability: str | None = None
    """
    Voice stability.
    """
    style_exaggeration: str | None = None
    """
    How strongly the voice's style is exaggerated.
    """
    similarity: str | None = None
    """
    How closely the output keeps to the original voice.
    """
    optimize_latency: str | None = None
    """
    Latency optimisation setting.
    """


class DeepgramTranscriberSettings(BaseModel):
    """
    Settings for Deepgram speech to text.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    language: str | None = None
    """
    Language to transcribe.
    """
    keywords: list[str] | None = None
    """
    Words the transcriber should listen for.
    """


class OpenAiAgentSettings(BaseModel):
    """
    Settings for an OpenAI language model.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    temperature: float | None = None
    """
    Sampling temperature.
    """
    max_tokens: float | None = None
    """
    Longest reply, in tokens.
    """
    backchannel_probability: float | None = None
    """
    How likely the agent is to interject short acknowledgements.
    """


class VoiceSynthesizerSettings(BaseModel):
    """
    Settings of each text-to-speech provider.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    azure: Annotated[
        AzureSynthesizerSettings | None,
        Field(validation_alias="Azure", serialization_alias="Azure"),
    ] = None
    cartesia: Annotated[
        CartesiaSynthesizerSettings | None,
        Field(validation_alias="Cartesia", serialization_alias="Cartesia"),
    ] = None
    eleven_labs: Annotated[
        ElevenLabsSynthesizerSettings | None,
        Field(validation_alias="ElevenLabs", serialization_alias="ElevenLabs"),
    ] = None


class TranscriberSettings(BaseModel):
    """
    Settings of each speech-to-text provider.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    deepgram: Annotated[
        DeepgramTranscriberSettings | None,
        Field(validation_alias="Deepgram", serialization_alias="Deepgram"),
    ] = None


class VoiceAgentSettings(BaseModel):
    """
    Settings of the conversational agent and its language model.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    open_ai: Annotated[
        OpenAiAgentSettings | None,
        Field(validation_alias="OpenAI", serialization_alias="OpenAI"),
    ] = None
    model: str | None = None
    """
    Language model of the agent.
    """
    temperature: float | None = None
    """
    Sampling temperature.
    """
    max_tokens: float | None = None
    """
    Longest reply, in tokens.
    """
    allow_incoming_messages: bool | None = None
    """
    Whether the agent accepts incoming messages.
    """
    time_zone: str | None = None
    """
    Time zone the agent works in.
    """
    initial_message: str | None = None
    """
    First thing the agent says.
    """
    initial_message_delay: float | None = None
    """
    Pause before the first message.
    """
    interrupt_sensitivity: str | None = None
    """
    How readily the agent lets the caller interrupt it.
    """


class VoiceAssistantSettings(BaseModel):
    """
    Provider-specific settings of the speech synthesizer, the transcriber and the agent.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    synthesizer: Annotated[
        VoiceSynthesizerSettings | None,
        Field(validation_alias="Synthesizer", serialization_alias="Synthesizer"),
    ] = None
    transcriber: Annotated[
        TranscriberSettings | None,
        Field(validation_alias="Transcriber", serialization_alias="Transcriber"),
    ] = None
    agent: Annotated[
        VoiceAgentSettings | None,
        Field(validation_alias="Agent", serialization_alias="Agent"),
    ] = None
