# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class VoiceEmotions(BaseModel):
    """
    The emotional tone of the voice, one setting per emotion.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    anger: str | None = None
    """
    Setting for anger.
    """
    curiosity: str | None = None
    """
    Setting for curiosity.
    """
    positivity: str | None = None
    """
    Setting for positivity.
    """
    surprise: str | None = None
    """
    Setting for surprise.
    """
    sadness: str | None = None
    """
    Setting for sadness.
    """


class VoiceBehaviour(BaseModel):
    """
    How the assistant speaks, its pace and emotional tone.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    speed: Annotated[str | None, Field(examples=["medium"])] = None
    """
    Speaking speed.
    """
    emotions: VoiceEmotions | None = None
