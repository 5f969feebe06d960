# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import Field

from ._chat_assistant import ChatAssistant
from ._email_assistant import EmailAssistant
from ._sms_assistant import SmsAssistant
from ._voice_incoming_assistant import VoiceIncomingAssistant

CreateAssistantRequest = Annotated[
    VoiceIncomingAssistant | ChatAssistant | SmsAssistant | EmailAssistant,
    Field(discriminator="type", title="CreateAssistantRequest"),
]
