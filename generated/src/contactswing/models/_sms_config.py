# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import SmsProvider, ValueItem


class SmsRecipients(BaseModel):
    """
    Wrapper around the list of numbers the message is sent to.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    value: Annotated[list[ValueItem], Field(examples=[["+13465507166"]])]
    """
    Numbers that receive the message, each in E.164 form.
    """


class SmsBody(BaseModel):
    """
    Wrapper around the message text.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    value: str | None = None
    """
    Text of the message, used as a template.
    """


class SmsConfig(BaseModel):
    """
    Recipients, sender, provider and content of the text message.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    to: SmsRecipients | None = None
    provider: SmsProvider | None = None
    from_: Annotated[
        str | None,
        Field(
            validation_alias="from",
            serialization_alias="from",
            examples=["+13465507166"],
        ),
    ] = None
    """
    Number the message is sent from.
    """
    cc: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    Extra numbers that receive a copy of the message.
    """
    body: SmsBody | None = None
    response_message_context: Annotated[
        str | None,
        Field(
            examples=[
                "I’ve just sent you a text message. Please let me know if you received it."
            ]
        ),
    ] = None
    """
    What the assistant tells the caller once the message has been sent.
    """
