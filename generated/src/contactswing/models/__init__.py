"""Pydantic models of every schema in the spec. Generated; do not edit.

A model is built when it is first read from here, with the models it refers to: a program
pays for the models it uses, and ``import contactswing.models`` costs nothing.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._action import Action as Action, UnknownAction as UnknownAction
    from ._aircall_action import AircallAction as AircallAction
    from ._aircall_webhook import AircallWebhook as AircallWebhook
    from ._aliases import (
        ActionTiming as ActionTiming,
        AppointmentCalendarType as AppointmentCalendarType,
        SmsProvider as SmsProvider,
        ValueItem as ValueItem,
    )
    from ._appointment_action import AppointmentAction as AppointmentAction
    from ._appointment_webhook import (
        AppointmentBookingTimings as AppointmentBookingTimings,
        AppointmentDaySchedule as AppointmentDaySchedule,
        AppointmentWebhook as AppointmentWebhook,
    )
    from ._call_transfer_action import CallTransferAction as CallTransferAction
    from ._call_transfer_webhook import CallTransferWebhook as CallTransferWebhook
    from ._create_action_request import CreateActionRequest as CreateActionRequest
    from ._create_action_response import (
        CreateActionResponse as CreateActionResponse,
        CreatedAction as CreatedAction,
    )
    from ._data_extraction_action import DataExtractionAction as DataExtractionAction
    from ._data_extraction_webhook import DataExtractionWebhook as DataExtractionWebhook
    from ._dtmf_action import DtmfAction as DtmfAction
    from ._dtmf_webhook import DtmfWebhook as DtmfWebhook
    from ._email_action import EmailAction as EmailAction
    from ._email_config import EmailConfig as EmailConfig
    from ._error_response import ErrorResponse as ErrorResponse
    from ._get_action_response import GetActionResponse as GetActionResponse
    from ._list_actions_response import (
        ActionListData as ActionListData,
        ListActionsResponse as ListActionsResponse,
        Pagination as Pagination,
    )
    from ._sms_action import SmsAction as SmsAction
    from ._sms_config import (
        SmsBody as SmsBody,
        SmsConfig as SmsConfig,
        SmsRecipients as SmsRecipients,
    )
    from ._sms_webhook import SmsWebhook as SmsWebhook
    from ._update_action_request import UpdateActionRequest as UpdateActionRequest
    from ._update_action_response import (
        UpdateActionResponse as UpdateActionResponse,
        UpdatedAction as UpdatedAction,
    )
    from ._webhook_action import WebhookAction as WebhookAction
    from ._webhook_config import (
        WebhookBodyItem as WebhookBodyItem,
        WebhookBodyValues as WebhookBodyValues,
        WebhookConfig as WebhookConfig,
        WebhookHeaders as WebhookHeaders,
        WebhookResponseConfig as WebhookResponseConfig,
    )
    from ._whatsapp_action import WhatsappAction as WhatsappAction
    from ._whatsapp_webhook import WhatsappWebhook as WhatsappWebhook

# Each name → the module that defines it.
_MODULES: dict[str, str] = {
    "Action": "_action",
    "ActionListData": "_list_actions_response",
    "ActionTiming": "_aliases",
    "AircallAction": "_aircall_action",
    "AircallWebhook": "_aircall_webhook",
    "AppointmentAction": "_appointment_action",
    "AppointmentBookingTimings": "_appointment_webhook",
    "AppointmentCalendarType": "_aliases",
    "AppointmentDaySchedule": "_appointment_webhook",
    "AppointmentWebhook": "_appointment_webhook",
    "CallTransferAction": "_call_transfer_action",
    "CallTransferWebhook": "_call_transfer_webhook",
    "CreateActionRequest": "_create_action_request",
    "CreateActionResponse": "_create_action_response",
    "CreatedAction": "_create_action_response",
    "DataExtractionAction": "_data_extraction_action",
    "DataExtractionWebhook": "_data_extraction_webhook",
    "DtmfAction": "_dtmf_action",
    "DtmfWebhook": "_dtmf_webhook",
    "EmailAction": "_email_action",
    "EmailConfig": "_email_config",
    "ErrorResponse": "_error_response",
    "GetActionResponse": "_get_action_response",
    "ListActionsResponse": "_list_actions_response",
    "Pagination": "_list_actions_response",
    "SmsAction": "_sms_action",
    "SmsBody": "_sms_config",
    "SmsConfig": "_sms_config",
    "SmsProvider": "_aliases",
    "SmsRecipients": "_sms_config",
    "SmsWebhook": "_sms_webhook",
    "UnknownAction": "_action",
    "UpdateActionRequest": "_update_action_request",
    "UpdateActionResponse": "_update_action_response",
    "UpdatedAction": "_update_action_response",
    "ValueItem": "_aliases",
    "WebhookAction": "_webhook_action",
    "WebhookBodyItem": "_webhook_config",
    "WebhookBodyValues": "_webhook_config",
    "WebhookConfig": "_webhook_config",
    "WebhookHeaders": "_webhook_config",
    "WebhookResponseConfig": "_webhook_config",
    "WhatsappAction": "_whatsapp_action",
    "WhatsappWebhook": "_whatsapp_webhook",
}

if not TYPE_CHECKING:  # type checkers read the imports above; a typo stays an error
    # Every name of the map; type checkers take the ``X as X`` imports as the public names.
    __all__ = list(_MODULES)

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        loaded = importlib.import_module(f"{__name__}.{module}")
        # ``models`` is a module of its own; every other name is defined in its module.
        value = loaded if name == module else getattr(loaded, name)
        globals()[name] = value  # read once: later reads skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
