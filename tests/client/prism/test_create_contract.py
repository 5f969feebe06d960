"""Protects creating actions: what the generated methods send is what the spec accepts.

Each request goes to Prism serving ``spec/openapi.yaml``, which validates it against the spec
and answers 400 (with an ``sl-violations`` header) when it does not conform. A 201 parsed into
``CreatedAction`` therefore proves the generated method, the models and the runtime
agree with the spec; each variant test also checks the exact JSON sent equals the variant's
documented example, so the method built the body from those example values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import contactswing
import pytest
from contactswing import models
from contactswing.resources.actions import Actions

from .support import TOKEN, Recorder, example

pytestmark = pytest.mark.contract

# The 201 example of POST /v2/_actions, which Prism returns.
CREATED_ID = "6f439f98-32f6-4b44-928c-6e890e298d51"


def _check_created(result: object, recorder: Recorder) -> None:
    assert isinstance(result, models.CreatedAction)
    assert result.action_id == CREATED_ID
    assert [status for status, _ in recorder.answers] == [201]
    assert recorder.violations() == ""
    sent = recorder.sent[0]
    assert (sent.method, sent.path) == ("POST", "/v2/_actions")
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["content-type"] == "application/json"


def test_create_sms_sync_gets_the_typed_201(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    result = client.actions.create_sms(
        name="My SMS Action",
        description="Trigger SMS when user requests messaging",
        action_timing="DURING",
        sms=models.SmsConfig(
            to=models.SmsRecipients(value=["+13465507166"]),
            from_="+13465507166",
            provider="TWILIO",
        ),
    )
    _check_created(result, recorder)
    assert recorder.sent[0].body["sms"]["from"] == "+13465507166"


async def test_create_sms_async_gets_the_typed_201(
    async_client: contactswing.AsyncContactSwing, recorder: Recorder
) -> None:
    result = await async_client.actions.create_sms(
        name="My SMS Action",
        description="Trigger SMS when user requests messaging",
        action_timing="DURING",
        sms=models.SmsConfig(to=models.SmsRecipients(value=["+13465507166"])),
        webhook=models.SmsWebhook(mandatory=True),
    )
    _check_created(result, recorder)


def test_create_with_a_variant_model_gets_the_typed_201(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    body = models.SmsAction.model_validate(example("sms"))
    _check_created(client.actions.create(body), recorder)
    assert recorder.sent[0].body == example("sms")


# One builder per action type: the generated per-variant method, fed the values of the
# variant's documented example (nested objects through their generated models).
Builder = Callable[[Actions, dict[str, Any]], models.CreatedAction]

BUILDERS: dict[str, Builder] = {
    "sms": lambda actions, ex: actions.create_sms(
        name=ex["name"],
        description=ex["description"],
        action_timing=ex["action_timing"],
        webhook=models.SmsWebhook.model_validate(ex["webhook"]),
        sms=models.SmsConfig.model_validate(ex["sms"]),
    ),
    "email": lambda actions, ex: actions.create_email(
        name=ex["name"],
        description=ex["description"],
        action_timing=ex["action_timing"],
        email=models.EmailConfig.model_validate(ex["email"]),
    ),
    "webhook": lambda actions, ex: actions.create_webhook(
        name=ex["name"],
        description=ex["description"],
        action_timing=ex["action_timing"],
        webhook=models.WebhookConfig.model_validate(ex["webhook"]),
    ),
    "appointment": lambda actions, ex: actions.create_appointment(
        name=ex["name"],
        description=ex["description"],
        action_timing=ex["action_timing"],
        webhook=models.AppointmentWebhook.model_validate(ex["webhook"]),
    ),
    "data_extraction": lambda actions, ex: actions.create_data_extraction(
        name=ex["name"],
        description=ex["description"],
        action_timing=ex["action_timing"],
        webhook=models.DataExtractionWebhook.model_validate(ex["webhook"]),
    ),
    "call_transfer": lambda actions, ex: actions.create_call_transfer(
        name=ex["name"],
        description=ex["description"],
        action_timing=ex["action_timing"],
        phone_number=ex["phone_number"],
        webhook=models.CallTransferWebhook.model_validate(ex["webhook"]),
    ),
    "whatsapp": lambda actions, ex: actions.create_whatsapp(
        name=ex["name"],
        description=ex["description"],
        action_timing=ex["action_timing"],
        is_active=ex["is_active"],
        webhook=models.WhatsappWebhook.model_validate(ex["webhook"]),
    ),
    "dtmf": lambda actions, ex: actions.create_dtmf(
        name=ex["name"],
        description=ex["description"],
        action_timing=ex["action_timing"],
        webhook=models.DtmfWebhook.model_validate(ex["webhook"]),
    ),
    "aircall": lambda actions, ex: actions.create_aircall(
        name=ex["name"],
        description=ex["description"],
        action_timing=ex["action_timing"],
        webhook=models.AircallWebhook.model_validate(ex["webhook"]),
        tags=ex["tags"],
    ),
}


def test_every_action_file_has_a_contract_test() -> None:
    from .support import ACTIONS

    assert sorted(BUILDERS) == sorted(p.stem for p in ACTIONS.glob("*.yaml"))


@pytest.mark.parametrize("variant", sorted(BUILDERS))
def test_prism_accepts_the_per_variant_create(
    variant: str, client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    documented = example(variant)
    result = BUILDERS[variant](client.actions, documented)
    _check_created(result, recorder)
    # The method added the discriminator and dropped nothing: the documented JSON, exactly.
    assert recorder.sent[0].body == documented
