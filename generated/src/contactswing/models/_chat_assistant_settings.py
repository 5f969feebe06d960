# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class ChatbotCustomization(BaseModel):
    """
    Branding and messages of the chat widget.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    brand_name: Annotated[
        str | None,
        Field(
            validation_alias="brandName",
            serialization_alias="brandName",
            examples=["ContactSwing AI"],
        ),
    ] = None
    """
    Brand name shown in the widget.
    """
    logo_url: Annotated[
        str | None, Field(validation_alias="logoUrl", serialization_alias="logoUrl")
    ] = None
    """
    Address of the logo shown in the widget.
    """
    greeting_text: Annotated[
        str | None,
        Field(
            validation_alias="greetingText",
            serialization_alias="greetingText",
            examples=["Hello welcome back"],
        ),
    ] = None
    """
    Welcome text shown in the widget.
    """
    tagline: Annotated[str | None, Field(examples=["Contactswing"])] = None
    """
    Tagline shown under the brand name.
    """
    initial_message: Annotated[
        str | None,
        Field(
            validation_alias="initialMessage",
            serialization_alias="initialMessage",
            examples=["Hi, I'm Ashley 👋 Welcome to ContactSwing AI!"],
        ),
    ] = None
    """
    First message the assistant sends.
    """
    final_close_message: Annotated[
        str | None,
        Field(
            validation_alias="finalCloseMessage",
            serialization_alias="finalCloseMessage",
        ),
    ] = None
    """
    Message the assistant sends when it closes the chat.
    """
    check_in_message: Annotated[
        str | None,
        Field(validation_alias="checkInMessage", serialization_alias="checkInMessage"),
    ] = None
    """
    Message the assistant sends to check whether the visitor is still there.
    """


class ChatAssistantSettings(BaseModel):
    """
    How the chat widget looks and what it says.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    chatbot_customization: Annotated[
        ChatbotCustomization | None,
        Field(
            validation_alias="ChatbotCustomization",
            serialization_alias="ChatbotCustomization",
        ),
    ] = None
