# Pydantic models of every schema in the spec. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Any, Dict, Literal
from pydantic import BaseModel, ConfigDict, Field, RootModel


class CreatedAction(BaseModel):
    """
    Identifier and basic details of an action that has just been created.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    action_id: Annotated[str, Field(examples=["6f439f98-32f6-4b44-928c-6e890e298d51"])]
    """
    Identifier the server assigned to the new action.
    """
    name: Annotated[str | None, Field(examples=["My SMS Action"])] = None
    """
    Name of the new action, echoed back.
    """
    type: Annotated[str | None, Field(examples=["SEND_SMS"])] = None
    """
    Kind of the new action, echoed back.
    """


class CreateActionResponse(BaseModel):
    """
    Success envelope returned after an action is created.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: Annotated[str, Field(examples=["eb427c29-b818-4dca-bcab-7f420f30e51a"])]
    """
    Server-side identifier of this request, useful when reporting problems.
    """
    data: CreatedAction
    """
    The newly created action.
    """
    message: str | None = None
    """
    Human-readable status text.
    """


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


class Pagination(BaseModel):
    """
    Where the returned page sits in the whole result set.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    current_page: Annotated[int | None, Field(examples=[1])] = None
    """
    Number of the page returned, counting from 1.
    """
    per_page: Annotated[int | None, Field(examples=[10])] = None
    """
    Maximum number of items on a page.
    """
    total_records: Annotated[int | None, Field(examples=[58])] = None
    """
    Number of items across all pages.
    """
    total_pages: Annotated[int | None, Field(examples=[6])] = None
    """
    Number of pages available at the current page size.
    """
    has_next: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether a further page exists after this one.
    """


class UpdatedAction(BaseModel):
    """
    Identifier and basic details of an action that has just been updated.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    action_id: Annotated[
        str | None, Field(examples=["6f439f98-32f6-4b44-928c-6e890e298d51"])
    ] = None
    """
    Identifier of the updated action, if the server uses the create-style name.
    """
    id: Annotated[
        str | None, Field(examples=["6f439f98-32f6-4b44-928c-6e890e298d51"])
    ] = None
    """
    Identifier of the updated action, if the server uses the read-style name.
    """
    name: Annotated[str | None, Field(examples=["My SMS Action1"])] = None
    """
    Name of the action after the update.
    """
    type: Annotated[str | None, Field(examples=["SEND_SMS"])] = None
    """
    Kind of the action.
    """


class UpdateActionResponse(BaseModel):
    """
    Success envelope returned after an action is updated.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: Annotated[str, Field(examples=["d0bacbd1-1531-4f19-80ee-c411c464473a"])]
    """
    Server-side identifier of this request, useful when reporting problems.
    """
    data: UpdatedAction | None = None
    """
    The updated action.
    """
    message: Annotated[
        str | None, Field(examples=["Request processed successfully"])
    ] = None
    """
    Human-readable status text.
    """


class ErrorResponse(BaseModel):
    """
    Body of an error response. Its shape is not documented, so every field is optional and any other field is kept.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: str | None = None
    """
    Server-side identifier of the failed request, if the server sends one.
    """
    message: str | None = None
    """
    Human-readable explanation of the error, if present.
    """
    detail: Any | None = None
    """
    Error details, if present. Left untyped because it may be a string or a list of validation problems.
    """


ActionTiming = Annotated[
    Literal["DURING", "AFTER", "BEFORE"],
    Field(examples=["DURING"], title="ActionTiming"),
]


class AppointmentDaySchedule(BaseModel):
    """
    Opening and closing time of the bookable window on one weekday.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    start_time: Annotated[str | None, Field(examples=["09:00"])] = None
    """
    Time of day at which bookings start, as HH:MM.
    """
    end_time: Annotated[str | None, Field(examples=["17:00"])] = None
    """
    Time of day after which no booking may end, as HH:MM.
    """


class SmsWebhook(BaseModel):
    """
    Behaviour settings for running the SMS action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the caller must confirm before the message goes out.
    """


ValueItem = Annotated[
    str, Field(examples=["+13465507166"], pattern="^\\+[1-9]\\d{1,14}$")
]


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


SmsProvider = Annotated[
    Literal["TWILIO"], Field(examples=["TWILIO"], title="SmsProvider")
]


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


class EmailConfig(BaseModel):
    """
    Settings of the email to send. Only two of its fields are documented by name; send the others as extra keys (see x-docs-gap on EmailAction).
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    send_static_contect: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether fixed, pre-written content is sent instead of generated content. The misspelling "contect" is the real wire name.
    """
    response_message_context: str | None = None
    """
    What the assistant tells the contact once the email has been sent.
    """


class WebhookHeaders(BaseModel):
    """
    HTTP headers sent with the request, as name/value pairs.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    content_type: Annotated[
        str | None,
        Field(
            validation_alias="Content-Type",
            serialization_alias="Content-Type",
            examples=["application/json"],
        ),
    ] = None
    """
    Media type of the request body sent to the endpoint.
    """


class WebhookBodyValues(BaseModel):
    """
    Holder of this part's value.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    data: Annotated[str | None, Field(examples=["Information"])] = None
    """
    The value carried by this part.
    """


class WebhookResponseConfig(BaseModel):
    """
    How the endpoint's answer is turned into what the assistant says.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    prompt: str | None = None
    """
    Instruction telling the assistant how to use the endpoint's answer.
    """


AppointmentCalendarType = Annotated[
    Literal["google", "outlook"],
    Field(examples=["google"], title="AppointmentCalendarType"),
]


class AppointmentBookingTimings(BaseModel):
    """
    Weekly hours during which bookings may be made, one entry per weekday.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    monday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Mondays.
    """
    tuesday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Tuesdays.
    """
    wednesday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Wednesdays.
    """
    thursday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Thursdays.
    """
    friday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Fridays.
    """
    saturday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Saturdays.
    """
    sunday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Sundays.
    """


class DataExtractionWebhook(BaseModel):
    """
    What to extract and where to store it.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the conversation waits for the caller's answer before moving on.
    """
    name: str | None = None
    """
    Name of the piece of data being extracted.
    """
    description: Annotated[
        str | None, Field(examples=["user interested on buying the product"])
    ] = None
    """
    Prompt telling the assistant what to listen for.
    """
    type: Annotated[str | None, Field(examples=["yes/no"])] = None
    """
    Shape of the expected answer.
    """
    sync_data: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the extracted value is written to a record automatically.
    """
    sync_module: Annotated[str | None, Field(examples=["customers"])] = None
    """
    Kind of record the value is written to.
    """
    sync_field: Annotated[str | None, Field(examples=["customer_timezone"])] = None
    """
    Field of that record that receives the value.
    """


class CallTransferWebhook(BaseModel):
    """
    Extra transfer settings.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    extension_enabled: Annotated[bool | None, Field(examples=[False])] = None
    """
    Whether an extension may be dialled after the number connects.
    """


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


class DtmfWebhook(BaseModel):
    """
    Keypad-tone settings.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the conversation waits for keypad input before moving on.
    """
    description: Annotated[str | None, Field(examples=["DTMF Action Test"])] = None
    """
    Prompt telling the assistant what the keypad input is for.
    """


class AircallWebhook(BaseModel):
    """
    The Aircall numbers involved.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    from_: Annotated[
        int,
        Field(
            validation_alias="from", serialization_alias="from", examples=[1768408427]
        ),
    ]
    """
    Numeric Aircall ID of the originating number (an ID, not a phone number).
    """
    to: Annotated[int, Field(examples=[1768408427])]
    """
    Numeric Aircall ID of the destination number (an ID, not a phone number).
    """
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the conversation waits for the Aircall result before moving on.
    """


class EmailAction(BaseModel):
    """
    An action that makes the assistant send an email when the conversation calls for it. Only part of this action's fields are known; see x-docs-gap.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(examples=["My Email Action"])] = None
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str | None, Field(examples=["Send email when user requests communication"])
    ] = None
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming | None = None
    """
    When in the conversation the action may run.
    """
    type: Literal["SEND_EMAIL"]
    """
    Discriminator value selecting the email action kind.
    """
    email: EmailConfig | None = None


class DataExtractionAction(BaseModel):
    """
    An action that makes the assistant pull one piece of information out of the conversation and, optionally, store it on a record.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Data Extraction Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str | None,
        Field(examples=["Trigger this action if the user requests data extraction."]),
    ] = None
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["SINGLEDATAEXTRACTION"]
    """
    Discriminator value selecting the data extraction action kind.
    """
    webhook: DataExtractionWebhook


class CallTransferAction(BaseModel):
    """
    An action that hands the live call over to a human at another phone number.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Call Transfer Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str,
        Field(examples=["Transfer to human when user requests agent or is unhappy"]),
    ]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["CALL_TRANSFER"]
    """
    Discriminator value selecting the call transfer action kind.
    """
    phone_number: Annotated[str, Field(examples=["12817126508"])]
    """
    Number the call is transferred to.
    """
    webhook: CallTransferWebhook | None = None
    speech: str | None = None
    """
    What the assistant says to the caller just before transferring.
    """
    run_before_call: Annotated[
        bool | None,
        Field(validation_alias="runBeforeCall", serialization_alias="runBeforeCall"),
    ] = None
    """
    Whether the configured actions run before the transfer happens.
    """


class WhatsappAction(BaseModel):
    """
    An action that makes the assistant send a pre-approved WhatsApp template message.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Whatsapp Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str, Field(examples=["Send WhatsApp when user requests messaging"])
    ]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    type: Literal["SEND_WHATSAPP"]
    """
    Discriminator value selecting the WhatsApp action kind.
    """
    is_active: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the action is switched on.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    phone_number: str | None = None
    """
    Number to use instead of the default one; leave out to keep the default.
    """
    webhook: WhatsappWebhook


class DtmfAction(BaseModel):
    """
    An action that lets the assistant work with keypad tones (DTMF), for example to move through a phone menu.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["DTMF Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[str, Field(examples=["DTMF Action Test"])]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["DTMF_ACTION"]
    """
    Discriminator value selecting the keypad-tone action kind.
    """
    webhook: DtmfWebhook


class AircallAction(BaseModel):
    """
    An action that places a call through the Aircall telephony integration, between two Aircall numbers identified by their numeric IDs.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Aircall Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[str | None, Field(examples=["Test"])] = None
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["AIRCALL"]
    """
    Discriminator value selecting the Aircall action kind.
    """
    webhook: AircallWebhook
    tags: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    Labels attached to the resulting Aircall call.
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


class WebhookBodyItem(BaseModel):
    """
    One part of the outgoing request body.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    type: Annotated[str | None, Field(examples=["static"])] = None
    """
    How this part's value is produced.
    """
    values: WebhookBodyValues | None = None


class AppointmentWebhook(BaseModel):
    """
    Calendar connection and availability used for bookings.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    email: str
    """
    Address of the calendar account that receives the bookings.
    """
    type: AppointmentCalendarType
    user_id: str
    """
    UUID of the ContactSwing user who owns the calendar connection.
    """
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the caller must confirm before the booking is made.
    """
    timezone: Annotated[str | None, Field(examples=["Africa/Algiers"])] = None
    """
    IANA time zone that the availability hours are expressed in.
    """
    buffer_time: int | None = None
    """
    Minutes kept free between two bookings.
    """
    booking_timings: AppointmentBookingTimings | None = None
    round_robin_emails: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    Calendar addresses that bookings are spread across in turn; an empty list means no rotation.
    """


class SmsAction(BaseModel):
    """
    An action that makes the assistant send a text message through the configured SMS provider when the conversation calls for it.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My SMS Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str, Field(examples=["Trigger SMS when user requests messaging"])
    ]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    webhook: SmsWebhook | None = None
    type: Literal["SEND_SMS"]
    """
    Discriminator value selecting the SMS action kind.
    """
    sms: SmsConfig


class AppointmentAction(BaseModel):
    """
    A real-time booking action: the assistant books a meeting in a connected Google or Outlook calendar during the conversation.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Real-time Booking Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str, Field(examples=["Trigger this action if user wants to book a slot."])
    ]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["APPOINTMENT"]
    """
    Discriminator value selecting the booking action kind.
    """
    webhook: AppointmentWebhook


class WebhookConfig(BaseModel):
    """
    The HTTP request to make and how its answer is used.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    url: Annotated[str, Field(examples=["https://api.publicapis.org/entries"])]
    """
    Address of the external endpoint that is called.
    """
    method: Annotated[str, Field(examples=["POST"])]
    """
    HTTP verb used for the call.
    """
    mandatory: Annotated[bool | None, Field(examples=[False])] = None
    """
    Whether the caller must confirm before the request is made.
    """
    headers: WebhookHeaders | None = None
    body: Annotated[
        list[WebhookBodyItem] | None,
        Field(examples=[[{"type": "static", "values": {"data": "info"}}]]),
    ] = None
    """
    Parts that make up the body of the outgoing request.
    """
    static_body: str | None = None
    """
    Fixed payload to send as the request body, if any.
    """
    required: list[str] | None = None
    """
    Names of the fields that must be collected before the call is made.
    """
    response: WebhookResponseConfig | None = None
    run_before_call: Annotated[bool | None, Field(examples=[False])] = None
    """
    Whether the request is made before the conversation starts.
    """
    type: Annotated[str | None, Field(examples=["static"])] = None
    """
    Kind of webhook configuration.
    """


class WebhookAction(BaseModel):
    """
    An action ("API action" in the docs) that makes the assistant call an external HTTP endpoint, for example to look up or push data during the conversation.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My API Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[str, Field(examples=["Post API Action"])]
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["WEBHOOK"]
    """
    Discriminator value selecting the external API call action kind.
    """
    webhook: WebhookConfig


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


UpdateActionRequest = Annotated[CreateActionRequest, Field(title="UpdateActionRequest")]


Action = Annotated[
    SmsAction
    | EmailAction
    | WebhookAction
    | AppointmentAction
    | DataExtractionAction
    | CallTransferAction
    | WhatsappAction
    | DtmfAction
    | AircallAction
    | UnknownAction,
    Field(title="Action", union_mode="left_to_right"),
]


class ActionListData(BaseModel):
    """
    One page of actions and the paging details.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    data: list[Action]
    """
    The actions on this page.
    """
    pagination: Pagination | None = None
    """
    Paging details for this result.
    """


class ListActionsResponse(BaseModel):
    """
    Success envelope of the action list.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: Annotated[str, Field(examples=["eb427c29-b818-4dca-bcab-7f420f30e51a"])]
    """
    Server-side identifier of this request, useful when reporting problems.
    """
    data: ActionListData
    """
    The page of actions.
    """
    message: Annotated[
        str | None, Field(examples=["Request processed successfully"])
    ] = None
    """
    Human-readable status text.
    """


class GetActionResponse(BaseModel):
    """
    Success envelope carrying one action.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    ctx_id: Annotated[str, Field(examples=["d0bacbd1-1531-4f19-80ee-c411c464473a"])]
    """
    Server-side identifier of this request, useful when reporting problems.
    """
    data: Action
    """
    The requested action with its full configuration.
    """
    message: Annotated[
        str | None, Field(examples=["Request processed successfully"])
    ] = None
    """
    Human-readable status text.
    """
