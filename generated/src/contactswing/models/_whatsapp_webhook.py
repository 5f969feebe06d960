# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class WhatsappWebhook(BaseModel):
    """
    Template, sender and recipient of the WhatsApp message.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    to: Annotated[str, Field(examples=["12817126508"])]
    """
    WhatsApp number that receives the message.
    """
    from_: Annotated[
        str,
        Field(
            validation_alias="from",
            serialization_alias="from",
            examples=["650175178190170"],
        ),
    ]
    """
    WhatsApp sender identifier the message is sent from.
    """
    template_name: Annotated[str, Field(examples=["call_permession_request"])]
    """
    Name of the approved WhatsApp template to send.
    """
    body_params: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    Values substituted into the template body, in order.
    """
    header_params: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    Values substituted into the template header, in order.
    """
    button_params: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    Values substituted into the template buttons, in order.
    """
    language_code: Annotated[str | None, Field(examples=["en"])] = None
    """
    Language of the template to use.
    """
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the conversation waits for a WhatsApp reply before moving on.
    """
