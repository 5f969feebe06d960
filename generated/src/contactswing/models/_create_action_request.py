# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import Field

from ._aircall_action import AircallAction
from ._appointment_action import AppointmentAction
from ._call_transfer_action import CallTransferAction
from ._data_extraction_action import DataExtractionAction
from ._dtmf_action import DtmfAction
from ._email_action import EmailAction
from ._sms_action import SmsAction
from ._webhook_action import WebhookAction
from ._whatsapp_action import WhatsappAction

CreateActionRequest = Annotated[
    SmsAction
    | EmailAction
    | WebhookAction
    | AppointmentAction
    | DataExtractionAction
    | CallTransferAction
    | WhatsappAction
    | DtmfAction
    | AircallAction,
    Field(discriminator="type", title="CreateActionRequest"),
]
