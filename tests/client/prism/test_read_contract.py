"""Protects reading and updating actions: Prism's spec-built answers parse into typed models."""

from __future__ import annotations

import contactswing
import pytest
from contactswing import models

from .support import Recorder

pytestmark = pytest.mark.contract

ACTION_ID = "6f439f98-32f6-4b44-928c-6e890e298d51"


def _check_list(page: object) -> None:
    assert isinstance(page, contactswing.SyncPage | contactswing.AsyncPage)
    # The spec's list example: an API action and a booking action, with their ids.
    assert [type(item) for item in page.items] == [
        models.WebhookActionRead,
        models.AppointmentActionRead,
    ]
    webhook, appointment = page.items
    assert isinstance(webhook, models.WebhookActionRead)
    assert isinstance(webhook.webhook, models.WebhookConfig)
    assert isinstance(appointment, models.AppointmentActionRead)
    assert isinstance(
        appointment.webhook.booking_timings, models.AppointmentBookingTimings
    )
    # The example's counters say a further page exists.
    assert page.has_next_page() is True


def test_list_returns_typed_models(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    _check_list(client.actions.list(page=2, per_page=5))
    sent = recorder.sent[0]
    assert (sent.method, sent.path, sent.query) == (
        "GET",
        "/v2/_actions",
        {"page": "2", "per_page": "5"},
    )
    assert recorder.answers[0][0] == 200
    assert recorder.violations() == ""


async def test_list_returns_typed_models_async(
    async_client: contactswing.AsyncContactSwing,
) -> None:
    _check_list(await async_client.actions.list())


def test_get_returns_the_typed_variant_and_keeps_server_fields(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    result = client.actions.get(ACTION_ID)
    # The envelope is unwrapped; the server's fields are declared on the read variant.
    assert isinstance(result, models.WebhookActionRead)
    assert result.company_id == "7fdacb94-632f-4522-a829-609579a88b50"
    assert result.is_active is True
    assert result._request_id is not None
    assert recorder.sent[0].path == f"/v2/_actions/{ACTION_ID}"


async def test_get_returns_the_typed_variant_async(
    async_client: contactswing.AsyncContactSwing,
) -> None:
    result = await async_client.actions.get(ACTION_ID)
    assert isinstance(result, models.WebhookActionRead)


def test_update_with_the_per_variant_method_returns_the_typed_model(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    result = client.actions.update_sms(
        ACTION_ID,
        name="My SMS Action1",
        description="Trigger SMS when user requests messaging",
        action_timing="DURING",
        sms=models.SmsConfig(to=models.SmsRecipients(value=["+13465507166"])),
    )
    assert isinstance(result, models.UpdatedAction)
    assert result.id == ACTION_ID
    sent = recorder.sent[0]
    assert (sent.method, sent.path) == ("PUT", f"/v2/_actions/{ACTION_ID}")
    assert sent.body["type"] == "SEND_SMS"
    assert recorder.answers[0][0] == 200
    assert recorder.violations() == ""


async def test_update_with_a_model_body_async(
    async_client: contactswing.AsyncContactSwing, recorder: Recorder
) -> None:
    body = models.DtmfAction(
        name="DTMF Action",
        description="DTMF Action Test",
        action_timing="DURING",
        type="DTMF_ACTION",
        webhook=models.DtmfWebhook(mandatory=True),
    )
    result = await async_client.actions.update(ACTION_ID, body)
    assert isinstance(result, models.UpdatedAction)
    assert recorder.answers[0][0] == 200
