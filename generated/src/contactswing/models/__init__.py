"""Pydantic models of every schema in the spec. Generated; do not edit.

A model is built when it is first read from here, with the models it refers to: a program
pays for the models it uses, and ``import contactswing.models`` costs nothing.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._action import (
        Action as Action,
        AircallActionRead as AircallActionRead,
        AppointmentActionRead as AppointmentActionRead,
        CallTransferActionRead as CallTransferActionRead,
        DataExtractionActionRead as DataExtractionActionRead,
        DtmfActionRead as DtmfActionRead,
        EmailActionRead as EmailActionRead,
        SmsActionRead as SmsActionRead,
        UnknownAction as UnknownAction,
        WebhookActionRead as WebhookActionRead,
        WhatsappActionRead as WhatsappActionRead,
    )
    from ._action_read_fields import ActionReadFields as ActionReadFields
    from ._aircall_action import AircallAction as AircallAction
    from ._aircall_webhook import AircallWebhook as AircallWebhook
    from ._aliases import (
        ActionTiming as ActionTiming,
        AppointmentCalendarType as AppointmentCalendarType,
        CallVersion as CallVersion,
        SmsProvider as SmsProvider,
        ValueItem as ValueItem,
    )
    from ._appointment_action import AppointmentAction as AppointmentAction
    from ._appointment_webhook import (
        AppointmentBookingTimings as AppointmentBookingTimings,
        AppointmentDaySchedule as AppointmentDaySchedule,
        AppointmentWebhook as AppointmentWebhook,
    )
    from ._assistant_api_key import AssistantApiKey as AssistantApiKey
    from ._assistant_prompts import AssistantPrompts as AssistantPrompts
    from ._call import Call as Call
    from ._call_transfer_action import CallTransferAction as CallTransferAction
    from ._call_transfer_webhook import CallTransferWebhook as CallTransferWebhook
    from ._chat_assistant import ChatAssistant as ChatAssistant
    from ._chat_assistant_settings import (
        ChatAssistantSettings as ChatAssistantSettings,
        ChatbotCustomization as ChatbotCustomization,
    )
    from ._create_action_request import CreateActionRequest as CreateActionRequest
    from ._create_action_response import CreateActionResponse as CreateActionResponse
    from ._create_api_key_request import CreateApiKeyRequest as CreateApiKeyRequest
    from ._create_api_key_response import CreateApiKeyResponse as CreateApiKeyResponse
    from ._create_assistant_request import (
        CreateAssistantRequest as CreateAssistantRequest,
    )
    from ._create_assistant_response import (
        CreateAssistantResponse as CreateAssistantResponse,
    )
    from ._create_call_request import CreateCallRequest as CreateCallRequest
    from ._create_call_response import CreateCallResponse as CreateCallResponse
    from ._create_knowledge_base_request import (
        CreateKnowledgeBaseRequest as CreateKnowledgeBaseRequest,
    )
    from ._create_knowledge_base_response import (
        CreateKnowledgeBaseResponse as CreateKnowledgeBaseResponse,
    )
    from ._created_action import CreatedAction as CreatedAction
    from ._created_api_key import CreatedApiKey as CreatedApiKey
    from ._created_assistant import CreatedAssistant as CreatedAssistant
    from ._created_call import CreatedCall as CreatedCall
    from ._created_knowledge_base import CreatedKnowledgeBase as CreatedKnowledgeBase
    from ._customer import Customer as Customer
    from ._data_extraction_action import DataExtractionAction as DataExtractionAction
    from ._data_extraction_webhook import DataExtractionWebhook as DataExtractionWebhook
    from ._dtmf_action import DtmfAction as DtmfAction
    from ._dtmf_webhook import DtmfWebhook as DtmfWebhook
    from ._email_action import EmailAction as EmailAction
    from ._email_assistant import EmailAssistant as EmailAssistant
    from ._email_config import EmailConfig as EmailConfig
    from ._error_response import ErrorResponse as ErrorResponse
    from ._get_action_response import GetActionResponse as GetActionResponse
    from ._list_actions_response import (
        ActionListData as ActionListData,
        ListActionsResponse as ListActionsResponse,
    )
    from ._list_calls_response import (
        CallListData as CallListData,
        ListCallsResponse as ListCallsResponse,
    )
    from ._list_customers_response import (
        CustomerListData as CustomerListData,
        ListCustomersResponse as ListCustomersResponse,
    )
    from ._made_call import MadeCall as MadeCall
    from ._make_call_request import MakeCallRequest as MakeCallRequest
    from ._make_call_response import MakeCallResponse as MakeCallResponse
    from ._pagination import Pagination as Pagination
    from ._sms_action import SmsAction as SmsAction
    from ._sms_assistant import SmsAssistant as SmsAssistant
    from ._sms_assistant_settings import SmsAssistantSettings as SmsAssistantSettings
    from ._sms_config import (
        SmsBody as SmsBody,
        SmsConfig as SmsConfig,
        SmsRecipients as SmsRecipients,
    )
    from ._sms_webhook import SmsWebhook as SmsWebhook
    from ._update_action_request import UpdateActionRequest as UpdateActionRequest
    from ._update_action_response import UpdateActionResponse as UpdateActionResponse
    from ._update_assistant_request import (
        UpdateAssistantRequest as UpdateAssistantRequest,
    )
    from ._update_assistant_response import (
        UpdateAssistantResponse as UpdateAssistantResponse,
    )
    from ._update_knowledge_base_request import (
        UpdateKnowledgeBaseRequest as UpdateKnowledgeBaseRequest,
    )
    from ._update_knowledge_base_response import (
        UpdateKnowledgeBaseResponse as UpdateKnowledgeBaseResponse,
    )
    from ._updated_action import UpdatedAction as UpdatedAction
    from ._updated_assistant import UpdatedAssistant as UpdatedAssistant
    from ._updated_knowledge_base import UpdatedKnowledgeBase as UpdatedKnowledgeBase
    from ._voice_assistant_settings import (
        AzureSynthesizerSettings as AzureSynthesizerSettings,
        CartesiaSynthesizerSettings as CartesiaSynthesizerSettings,
        DeepgramTranscriberSettings as DeepgramTranscriberSettings,
        ElevenLabsSynthesizerSettings as ElevenLabsSynthesizerSettings,
        OpenAiAgentSettings as OpenAiAgentSettings,
        TranscriberSettings as TranscriberSettings,
        VoiceAgentSettings as VoiceAgentSettings,
        VoiceAssistantSettings as VoiceAssistantSettings,
        VoiceSynthesizerSettings as VoiceSynthesizerSettings,
    )
    from ._voice_behaviour import (
        VoiceBehaviour as VoiceBehaviour,
        VoiceEmotions as VoiceEmotions,
    )
    from ._voice_incoming_assistant import (
        VoiceIncomingAssistant as VoiceIncomingAssistant,
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
    "ActionReadFields": "_action_read_fields",
    "ActionTiming": "_aliases",
    "AircallAction": "_aircall_action",
    "AircallActionRead": "_action",
    "AircallWebhook": "_aircall_webhook",
    "AppointmentAction": "_appointment_action",
    "AppointmentActionRead": "_action",
    "AppointmentBookingTimings": "_appointment_webhook",
    "AppointmentCalendarType": "_aliases",
    "AppointmentDaySchedule": "_appointment_webhook",
    "AppointmentWebhook": "_appointment_webhook",
    "AssistantApiKey": "_assistant_api_key",
    "AssistantPrompts": "_assistant_prompts",
    "AzureSynthesizerSettings": "_voice_assistant_settings",
    "Call": "_call",
    "CallListData": "_list_calls_response",
    "CallTransferAction": "_call_transfer_action",
    "CallTransferActionRead": "_action",
    "CallTransferWebhook": "_call_transfer_webhook",
    "CallVersion": "_aliases",
    "CartesiaSynthesizerSettings": "_voice_assistant_settings",
    "ChatAssistant": "_chat_assistant",
    "ChatAssistantSettings": "_chat_assistant_settings",
    "ChatbotCustomization": "_chat_assistant_settings",
    "CreateActionRequest": "_create_action_request",
    "CreateActionResponse": "_create_action_response",
    "CreateApiKeyRequest": "_create_api_key_request",
    "CreateApiKeyResponse": "_create_api_key_response",
    "CreateAssistantRequest": "_create_assistant_request",
    "CreateAssistantResponse": "_create_assistant_response",
    "CreateCallRequest": "_create_call_request",
    "CreateCallResponse": "_create_call_response",
    "CreateKnowledgeBaseRequest": "_create_knowledge_base_request",
    "CreateKnowledgeBaseResponse": "_create_knowledge_base_response",
    "CreatedAction": "_created_action",
    "CreatedApiKey": "_created_api_key",
    "CreatedAssistant": "_created_assistant",
    "CreatedCall": "_created_call",
    "CreatedKnowledgeBase": "_created_knowledge_base",
    "Customer": "_customer",
    "CustomerListData": "_list_customers_response",
    "DataExtractionAction": "_data_extraction_action",
    "DataExtractionActionRead": "_action",
    "DataExtractionWebhook": "_data_extraction_webhook",
    "DeepgramTranscriberSettings": "_voice_assistant_settings",
    "DtmfAction": "_dtmf_action",
    "DtmfActionRead": "_action",
    "DtmfWebhook": "_dtmf_webhook",
    "ElevenLabsSynthesizerSettings": "_voice_assistant_settings",
    "EmailAction": "_email_action",
    "EmailActionRead": "_action",
    "EmailAssistant": "_email_assistant",
    "EmailConfig": "_email_config",
    "ErrorResponse": "_error_response",
    "GetActionResponse": "_get_action_response",
    "ListActionsResponse": "_list_actions_response",
    "ListCallsResponse": "_list_calls_response",
    "ListCustomersResponse": "_list_customers_response",
    "MadeCall": "_made_call",
    "MakeCallRequest": "_make_call_request",
    "MakeCallResponse": "_make_call_response",
    "OpenAiAgentSettings": "_voice_assistant_settings",
    "Pagination": "_pagination",
    "SmsAction": "_sms_action",
    "SmsActionRead": "_action",
    "SmsAssistant": "_sms_assistant",
    "SmsAssistantSettings": "_sms_assistant_settings",
    "SmsBody": "_sms_config",
    "SmsConfig": "_sms_config",
    "SmsProvider": "_aliases",
    "SmsRecipients": "_sms_config",
    "SmsWebhook": "_sms_webhook",
    "TranscriberSettings": "_voice_assistant_settings",
    "UnknownAction": "_action",
    "UpdateActionRequest": "_update_action_request",
    "UpdateActionResponse": "_update_action_response",
    "UpdateAssistantRequest": "_update_assistant_request",
    "UpdateAssistantResponse": "_update_assistant_response",
    "UpdateKnowledgeBaseRequest": "_update_knowledge_base_request",
    "UpdateKnowledgeBaseResponse": "_update_knowledge_base_response",
    "UpdatedAction": "_updated_action",
    "UpdatedAssistant": "_updated_assistant",
    "UpdatedKnowledgeBase": "_updated_knowledge_base",
    "ValueItem": "_aliases",
    "VoiceAgentSettings": "_voice_assistant_settings",
    "VoiceAssistantSettings": "_voice_assistant_settings",
    "VoiceBehaviour": "_voice_behaviour",
    "VoiceEmotions": "_voice_behaviour",
    "VoiceIncomingAssistant": "_voice_incoming_assistant",
    "VoiceSynthesizerSettings": "_voice_assistant_settings",
    "WebhookAction": "_webhook_action",
    "WebhookActionRead": "_action",
    "WebhookBodyItem": "_webhook_config",
    "WebhookBodyValues": "_webhook_config",
    "WebhookConfig": "_webhook_config",
    "WebhookHeaders": "_webhook_config",
    "WebhookResponseConfig": "_webhook_config",
    "WhatsappAction": "_whatsapp_action",
    "WhatsappActionRead": "_action",
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
