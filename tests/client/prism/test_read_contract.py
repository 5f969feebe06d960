"""Protects reading and updating actions: Prism's spec-built answers parse into typed models."""

from __future__ import annotations

import contactswing
import pytest
from contactswing import models

from .support import Recorder

pytestmark = pytest.mark.contract

ACTION_ID = "6f439f98-32f6-4b44-928c-6e890e298d51"


def _check_list(result: object) -> None:
    assert isinstance(result, models.ListActionsResponse)
    assert isinstance(result.data, models.ActionListData)
    # The spec's list example: an API action and a booking action.
    assert [type(item) for item in result.data.data] == [
        models.WebhookAction,
        models.AppointmentAction,
    ]
    webhook, appointment = result.data.data
    assert isinstance(webhook, models.WebhookAction)
    assert isinstance(webhook.webhook, models.WebhookConfig)
    assert isinstance(appointment, models.AppointmentAction)
    assert isinstance(
        appointment.webhook.booking_timings, models.AppointmentBookingTimings
    )
    assert isinstance(result.data.pagination, models.Pagination)
    assert result.data.pagination.has_next is True


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
    assert isinstance(result, models.GetActionResponse)
    assert isinstance(result.data, models.WebhookAction)
    # Server-added fields are not declared on the variants; they are kept as extras.
    assert result.data.model_extra is not None
    assert (
        result.data.model_extra["company_id"] == "7fdacb94-632f-4522-a829-609579a88b50"
    )
    assert result.data.model_extra["is_active"] is True
    assert recorder.sent[0].path == f"/v2/_actions/{ACTION_ID}"


async def test_get_returns_the_typed_variant_async(
    async_client: contactswing.AsyncContactSwing,
) -> None:
    result = await async_client.actions.get(ACTION_ID)
    assert isinstance(result.data, models.WebhookAction)


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
    assert isinstance(result, models.UpdateActionResponse)
    assert isinstance(result.data, models.UpdatedAction)
    assert result.data.id == ACTION_ID
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
    assert isinstance(result, models.UpdateActionResponse)
    assert recorder.answers[0][0] == 200
