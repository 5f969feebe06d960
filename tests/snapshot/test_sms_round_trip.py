"""Protects the wire format of the committed client's models against the documented example.

The body is the "Create SMS Action" request from the API documentation
(``../shared/seed/create-sms-action.txt``), with its ``<string>`` placeholders replaced by
concrete values. Built from Python names (``from_``), it must serialise to exactly that JSON
(``from``), keys in the documented order, and parse back to an equal model.
"""

from __future__ import annotations

import json

import pydantic
from contactswing.models import (
    CreateActionRequest,
    SmsAction,
    SmsBody,
    SmsConfig,
    SmsRecipients,
    SmsWebhook,
)

WIRE = """{
  "name": "My SMS Action",
  "description": "Trigger SMS when user requests messaging",
  "action_timing": "DURING",
  "webhook": {
    "mandatory": true
  },
  "type": "SEND_SMS",
  "sms": {
    "to": {
      "value": [
        "+13465507166"
      ]
    },
    "provider": "TWILIO",
    "from": "+13465507166",
    "cc": [
      "+15555550123"
    ],
    "body": {
      "value": "Hi, here is the information you asked for."
    },
    "response_message_context": "I\u2019ve just sent you a text message. Please let me know if you received it."
  }
}"""


def _built() -> SmsAction:
    return SmsAction(
        name="My SMS Action",
        description="Trigger SMS when user requests messaging",
        action_timing="DURING",
        webhook=SmsWebhook(mandatory=True),
        type="SEND_SMS",
        sms=SmsConfig(
            to=SmsRecipients(value=["+13465507166"]),
            provider="TWILIO",
            from_="+13465507166",
            cc=["+15555550123"],
            body=SmsBody(value="Hi, here is the information you asked for."),
            response_message_context=(
                "I\u2019ve just sent you a text message. Please let me know if you received it."
            ),
        ),
    )


def _wire(model: pydantic.BaseModel) -> object:
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


def test_a_model_built_from_python_names_serialises_to_the_documented_json() -> None:
    dumped = _wire(_built())

    assert (
        json.dumps(dumped, indent=2, ensure_ascii=False) == WIRE
    )  # same keys, same order
    assert "from_" not in json.dumps(dumped)


def test_the_documented_json_parses_back_to_the_same_model() -> None:
    parsed = SmsAction.model_validate_json(WIRE)

    assert parsed == _built()
    assert parsed.sms.from_ == "+13465507166"
    assert _wire(parsed) == json.loads(WIRE)


def test_the_request_union_picks_the_sms_variant_by_its_type() -> None:
    parsed = pydantic.TypeAdapter(CreateActionRequest).validate_json(WIRE)

    assert isinstance(parsed, SmsAction)
    assert _wire(parsed) == json.loads(WIRE)


def test_fields_left_out_stay_out_of_the_wire_json() -> None:
    minimal = SmsAction(
        name="n",
        description="d",
        action_timing="DURING",
        type="SEND_SMS",
        sms=SmsConfig(from_="+13465507166"),
    )

    assert _wire(minimal) == {
        "name": "n",
        "description": "d",
        "action_timing": "DURING",
        "type": "SEND_SMS",
        "sms": {"from": "+13465507166"},
    }
