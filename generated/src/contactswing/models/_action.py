# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel
from pydantic import Discriminator
from pydantic import Tag
from .._lenient import tag_by

from ._action_read_fields import ActionReadFields
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


class EmailActionRead(EmailAction, ActionReadFields):
    """
    An email action as read back from the server: the fields it was created with, plus the identifier and status the server keeps with every action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )


class DataExtractionActionRead(DataExtractionAction, ActionReadFields):
    """
    A data extraction action as read back from the server: the fields it was created with, plus the identifier and status the server keeps with every action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )


class CallTransferActionRead(CallTransferAction, ActionReadFields):
    """
    A call transfer action as read back from the server: the fields it was created with, plus the identifier and status the server keeps with every action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )


class WhatsappActionRead(WhatsappAction, ActionReadFields):
    """
    A WhatsApp template action as read back from the server: the fields it was created with, plus the identifier and status the server keeps with every action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )


class DtmfActionRead(DtmfAction, ActionReadFields):
    """
    A keypad-tone (DTMF) action as read back from the server: the fields it was created with, plus the identifier and status the server keeps with every action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )


class AircallActionRead(AircallAction, ActionReadFields):
    """
    An Aircall action as read back from the server: the fields it was created with, plus the identifier and status the server keeps with every action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )


class SmsActionRead(SmsAction, ActionReadFields):
    """
    An SMS action as read back from the server: the fields it was created with, plus the identifier and status the server keeps with every action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )


class AppointmentActionRead(AppointmentAction, ActionReadFields):
    """
    A real-time booking (APPOINTMENT) action as read back from the server: the fields it was created with, plus the identifier and status the server keeps with every action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )


class WebhookActionRead(WebhookAction, ActionReadFields):
    """
    An external API call (WEBHOOK) action as read back from the server: the fields it was created with, plus the identifier and status the server keeps with every action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )


Action = Annotated[
    Annotated[SmsActionRead, Tag("SmsActionRead")]
    | Annotated[EmailActionRead, Tag("EmailActionRead")]
    | Annotated[WebhookActionRead, Tag("WebhookActionRead")]
    | Annotated[AppointmentActionRead, Tag("AppointmentActionRead")]
    | Annotated[DataExtractionActionRead, Tag("DataExtractionActionRead")]
    | Annotated[CallTransferActionRead, Tag("CallTransferActionRead")]
    | Annotated[WhatsappActionRead, Tag("WhatsappActionRead")]
    | Annotated[DtmfActionRead, Tag("DtmfActionRead")]
    | Annotated[AircallActionRead, Tag("AircallActionRead")]
    | Annotated[UnknownAction, Tag("__other__")],
    Field(title="Action"),
    Discriminator(
        tag_by(
            "type",
            {
                "SEND_SMS": "SmsActionRead",
                "SEND_EMAIL": "EmailActionRead",
                "WEBHOOK": "WebhookActionRead",
                "APPOINTMENT": "AppointmentActionRead",
                "SINGLEDATAEXTRACTION": "DataExtractionActionRead",
                "CALL_TRANSFER": "CallTransferActionRead",
                "SEND_WHATSAPP": "WhatsappActionRead",
                "DTMF_ACTION": "DtmfActionRead",
                "AIRCALL": "AircallActionRead",
            },
        )
    ),
]
