"""Protects each variant's wire JSON: the models, built in Python, serialise to what is documented.

Serialisation is the runtime's: ``model_dump(mode="json", by_alias=True, exclude_unset=True)``.
"""

from __future__ import annotations

from typing import Any

import pydantic
import pytest
from contactswing import models

from .support import BY_FILE, VARIANTS, Variant, keys, variant_params


def wire(model: pydantic.BaseModel) -> dict[str, Any]:
    dumped = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert isinstance(dumped, dict)
    return dumped


# The curly apostrophe is the docs' own (see contactswing-api.md); it must survive as is.
SMS_TEXT = (
    "I\u2019ve just sent you a text message. Please let me know if you received it."
)

# Each variant built the way a Python caller would (Python field names such as from_ and
# run_before_call), beside the JSON the docs show for it.
BUILT: dict[str, tuple[pydantic.BaseModel, dict[str, Any]]] = {
    "sms": (
        models.SmsAction(
            name="My SMS Action",
            description="Trigger SMS when user requests messaging",
            action_timing="DURING",
            type="SEND_SMS",
            webhook=models.SmsWebhook(mandatory=True),
            sms=models.SmsConfig(
                to=models.SmsRecipients(value=["+13465507166"]),
                provider="TWILIO",
                from_="+13465507166",
                cc=[],
                body=models.SmsBody(value="Hi, here is the information you asked for."),
                response_message_context=SMS_TEXT,
            ),
        ),
        {
            "name": "My SMS Action",
            "description": "Trigger SMS when user requests messaging",
            "action_timing": "DURING",
            "webhook": {"mandatory": True},
            "type": "SEND_SMS",
            "sms": {
                "to": {"value": ["+13465507166"]},
                "provider": "TWILIO",
                "from": "+13465507166",
                "cc": [],
                "body": {"value": "Hi, here is the information you asked for."},
                "response_message_context": SMS_TEXT,
            },
        },
    ),
    "email": (
        models.EmailAction(
            name="My Email Action",
            description="Send email when user requests communication",
            action_timing="DURING",
            type="SEND_EMAIL",
            email=models.EmailConfig(
                send_static_contect=True, response_message_context="Sent."
            ),
        ),
        {
            "name": "My Email Action",
            "description": "Send email when user requests communication",
            "action_timing": "DURING",
            "type": "SEND_EMAIL",
            "email": {"send_static_contect": True, "response_message_context": "Sent."},
        },
    ),
    "webhook": (
        models.WebhookAction(
            name="My API Action",
            description="Post API Action",
            action_timing="DURING",
            type="WEBHOOK",
            webhook=models.WebhookConfig(
                url="https://api.publicapis.org/entries",
                method="POST",
                mandatory=False,
                headers=models.WebhookHeaders(content_type="application/json"),
                body=[
                    models.WebhookBodyItem(
                        type="static", values=models.WebhookBodyValues(data="info")
                    )
                ],
                static_body="{}",
                required=[],
                response=models.WebhookResponseConfig(prompt="Read the answer out."),
                run_before_call=False,
                type="static",
            ),
        ),
        {
            "name": "My API Action",
            "description": "Post API Action",
            "action_timing": "DURING",
            "type": "WEBHOOK",
            "webhook": {
                "url": "https://api.publicapis.org/entries",
                "method": "POST",
                "mandatory": False,
                "headers": {"Content-Type": "application/json"},
                "body": [{"type": "static", "values": {"data": "info"}}],
                "static_body": "{}",
                "required": [],
                "response": {"prompt": "Read the answer out."},
                "run_before_call": False,
                "type": "static",
            },
        },
    ),
    "appointment": (
        models.AppointmentAction(
            name="My Real-time Booking Action",
            description="Trigger this action if user wants to book a slot.",
            action_timing="DURING",
            type="APPOINTMENT",
            webhook=models.AppointmentWebhook(
                email="bookings@example.com",
                type="google",
                user_id="00000000-0000-0000-0000-000000000000",
                mandatory=True,
                timezone="Africa/Algiers",
                buffer_time=15,
                booking_timings=models.AppointmentBookingTimings(
                    monday=models.AppointmentDaySchedule(
                        start_time="09:00", end_time="17:00"
                    )
                ),
                round_robin_emails=[],
            ),
        ),
        {
            "name": "My Real-time Booking Action",
            "description": "Trigger this action if user wants to book a slot.",
            "action_timing": "DURING",
            "type": "APPOINTMENT",
            "webhook": {
                "email": "bookings@example.com",
                "type": "google",
                "user_id": "00000000-0000-0000-0000-000000000000",
                "mandatory": True,
                "timezone": "Africa/Algiers",
                "buffer_time": 15,
                "booking_timings": {
                    "monday": {"start_time": "09:00", "end_time": "17:00"}
                },
                "round_robin_emails": [],
            },
        },
    ),
    "data_extraction": (
        models.DataExtractionAction(
            name="My Data Extraction Action",
            description="Trigger this action if the user requests data extraction.",
            action_timing="DURING",
            type="SINGLEDATAEXTRACTION",
            webhook=models.DataExtractionWebhook(
                mandatory=True,
                name="interest",
                description="user interested on buying the product",
                type="yes/no",
                sync_data=True,
                sync_module="customers",
                sync_field="customer_timezone",
            ),
        ),
        {
            "name": "My Data Extraction Action",
            "description": "Trigger this action if the user requests data extraction.",
            "action_timing": "DURING",
            "type": "SINGLEDATAEXTRACTION",
            "webhook": {
                "mandatory": True,
                "name": "interest",
                "description": "user interested on buying the product",
                "type": "yes/no",
                "sync_data": True,
                "sync_module": "customers",
                "sync_field": "customer_timezone",
            },
        },
    ),
    "call_transfer": (
        models.CallTransferAction(
            name="My Call Transfer Action",
            description="Transfer to human when user requests agent or is unhappy",
            action_timing="DURING",
            type="CALL_TRANSFER",
            phone_number="12817126508",
            webhook=models.CallTransferWebhook(extension_enabled=False),
            speech="Let me put you through.",
            run_before_call=True,
        ),
        {
            "name": "My Call Transfer Action",
            "description": "Transfer to human when user requests agent or is unhappy",
            "action_timing": "DURING",
            "type": "CALL_TRANSFER",
            "phone_number": "12817126508",
            "webhook": {"extension_enabled": False},
            "speech": "Let me put you through.",
            "runBeforeCall": True,
        },
    ),
    "whatsapp": (
        models.WhatsappAction(
            name="My Whatsapp Action",
            description="Send WhatsApp when user requests messaging",
            type="SEND_WHATSAPP",
            is_active=True,
            action_timing="DURING",
            webhook=models.WhatsappWebhook(
                to="12817126508",
                from_="650175178190170",
                template_name="call_permession_request",
                body_params=[],
                header_params=[],
                button_params=[],
                language_code="en",
                mandatory=True,
            ),
        ),
        {
            "name": "My Whatsapp Action",
            "description": "Send WhatsApp when user requests messaging",
            "type": "SEND_WHATSAPP",
            "is_active": True,
            "action_timing": "DURING",
            "webhook": {
                "to": "12817126508",
                "from": "650175178190170",
                "template_name": "call_permession_request",
                "body_params": [],
                "header_params": [],
                "button_params": [],
                "language_code": "en",
                "mandatory": True,
            },
        },
    ),
    "dtmf": (
        models.DtmfAction(
            name="DTMF Action",
            description="DTMF Action Test",
            action_timing="DURING",
            type="DTMF_ACTION",
            webhook=models.DtmfWebhook(mandatory=True, description="DTMF Action Test"),
        ),
        {
            "name": "DTMF Action",
            "description": "DTMF Action Test",
            "action_timing": "DURING",
            "type": "DTMF_ACTION",
            "webhook": {"mandatory": True, "description": "DTMF Action Test"},
        },
    ),
    "aircall": (
        models.AircallAction(
            name="My Aircall Action",
            description="Test",
            action_timing="DURING",
            type="AIRCALL",
            webhook=models.AircallWebhook(
                from_=1768408427, to=1768408427, mandatory=True
            ),
            tags=[],
        ),
        {
            "name": "My Aircall Action",
            "description": "Test",
            "action_timing": "DURING",
            "type": "AIRCALL",
            "webhook": {"from": 1768408427, "to": 1768408427, "mandatory": True},
            "tags": [],
        },
    ),
}


def test_every_variant_has_a_wire_case() -> None:
    assert sorted(BUILT) == sorted(v.file for v in VARIANTS)


@pytest.mark.parametrize("file", sorted(BUILT))
def test_building_the_variant_gives_its_documented_wire_json(file: str) -> None:
    model, documented = BUILT[file]
    assert isinstance(model, BY_FILE[file].model)
    assert wire(model) == documented
    assert "from_" not in set(keys(wire(model)))


@pytest.mark.parametrize("variant", variant_params())
def test_the_documented_example_round_trips_through_its_model(variant: Variant) -> None:
    model = variant.model.model_validate(variant.example)
    assert wire(model) == variant.example
    # Nothing landed in an "extra" bucket: every documented field is a declared one.
    assert not (model.model_extra or {})


def test_call_transfer_run_before_call_is_camel_case_on_the_wire() -> None:
    model, _ = BUILT["call_transfer"]
    dumped = wire(model)
    assert dumped["runBeforeCall"] is True
    assert "run_before_call" not in dumped
    # ... while the API action keeps snake_case, as documented.
    assert "run_before_call" in wire(BUILT["webhook"][0])["webhook"]


def test_aircall_from_and_to_are_integers_named_from_and_to() -> None:
    dumped = wire(BUILT["aircall"][0])["webhook"]
    assert type(dumped["from"]) is int and type(dumped["to"]) is int
    with pytest.raises(pydantic.ValidationError, match=r"webhook\.from"):
        models.AircallAction.model_validate(
            {**BUILT["aircall"][1], "webhook": {"from": "not a number", "to": 1}}
        )


def test_unset_optional_fields_are_left_out_and_explicit_none_is_sent() -> None:
    minimal = models.DtmfAction(
        name="n",
        description="d",
        action_timing="DURING",
        type="DTMF_ACTION",
        webhook=models.DtmfWebhook(),
    )
    assert wire(minimal) == {
        "name": "n",
        "description": "d",
        "action_timing": "DURING",
        "type": "DTMF_ACTION",
        "webhook": {},
    }
    explicit = models.DtmfWebhook(mandatory=None)
    assert wire(explicit) == {"mandatory": None}
