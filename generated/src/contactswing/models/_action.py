# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field
from pydantic import Discriminator
from pydantic import Tag
from .._lenient import tag_by

from ._aircall_action import AircallAction
from ._appointment_action import AppointmentAction
from ._call_transfer_action import CallTransferAction
from ._data_extraction_action import DataExtractionAction
from ._dtmf_action import DtmfAction
from ._email_action import EmailAction
from ._sms_action import SmsAction
from ._webhook_action import WebhookAction
from ._whatsapp_action import WhatsappAction


class UnknownAction(BaseModel):
    """
    Fallback for an action read back from the server that does not fit any known kind, typically because its type was added after this client was generated. All fields sent by the server are kept.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    type: Annotated[str, Field(examples=["WEBHOOK"])]
    """
    The action's kind, as sent by the server.
    """
    id: Annotated[
        str | None, Field(examples=["4808cc67-194e-4dfc-97ad-146ddf3d4126"])
    ] = None
    """
    The action's identifier.
    """
    company_id: Annotated[
        str | None, Field(examples=["7fdacb94-632f-4522-a829-609579a88b50"])
    ] = None
    """
    Identifier of the company that owns the action.
    """
    name: Annotated[str | None, Field(examples=["My API Action"])] = None
    """
    Human-readable label of the action.
    """
    description: str | None = None
    """
    What the action is for.
    """
    is_active: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the action is switched on.
    """


Action = Annotated[
    Annotated[SmsAction, Tag("SmsAction")]
    | Annotated[EmailAction, Tag("EmailAction")]
    | Annotated[WebhookAction, Tag("WebhookAction")]
    | Annotated[AppointmentAction, Tag("AppointmentAction")]
    | Annotated[DataExtractionAction, Tag("DataExtractionAction")]
    | Annotated[CallTransferAction, Tag("CallTransferAction")]
    | Annotated[WhatsappAction, Tag("WhatsappAction")]
    | Annotated[DtmfAction, Tag("DtmfAction")]
    | Annotated[AircallAction, Tag("AircallAction")]
    | Annotated[UnknownAction, Tag("__other__")],
    Field(title="Action"),
    Discriminator(
        tag_by(
            "type",
            {
                "SEND_SMS": "SmsAction",
                "SEND_EMAIL": "EmailAction",
                "WEBHOOK": "WebhookAction",
                "APPOINTMENT": "AppointmentAction",
                "SINGLEDATAEXTRACTION": "DataExtractionAction",
                "CALL_TRANSFER": "CallTransferAction",
                "SEND_WHATSAPP": "WhatsappAction",
                "DTMF_ACTION": "DtmfAction",
                "AIRCALL": "AircallAction",
            },
        )
    ),
]
