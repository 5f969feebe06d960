"""Typed use of the per-variant methods, as an application would write it.

``test_typed_usage.py`` checks this file with ``mypy --strict`` (so the generated signatures
and models type-check in user code without casts or ignores) and also runs ``main`` against
an ``httpx.MockTransport`` (so every call here is one the client really accepts).
"""

from __future__ import annotations

import asyncio

import httpx
from contactswing import AsyncContactSwing, ContactSwing, models

# Loopback only: main() is always given a mock transport.
BASE_URL = "http://127.0.0.1:9"
TOKEN = "csk_test_typed_usage_token_0123"


def create_every_kind(client: ContactSwing) -> list[str]:
    """Create one action of each of the nine kinds; return the new identifiers."""
    actions = client.actions
    created: list[models.CreatedAction] = [
        actions.create_sms(
            name="My SMS Action",
            description="Trigger SMS when user requests messaging",
            action_timing="DURING",
            sms=models.SmsConfig(
                to=models.SmsRecipients(value=["+13465507166"]),
                from_="+13465507166",
                provider="TWILIO",
                body=models.SmsBody(value="Hi, here is the information you asked for."),
            ),
            webhook=models.SmsWebhook(mandatory=True),
        ),
        actions.create_email(
            name="My Email Action",
            action_timing="AFTER",
            email=models.EmailConfig(send_static_contect=True),
        ),
        actions.create_webhook(
            name="My API Action",
            description="Post API Action",
            action_timing="DURING",
            webhook=models.WebhookConfig(
                url="https://api.publicapis.org/entries",
                method="POST",
                headers=models.WebhookHeaders(content_type="application/json"),
                body=[
                    models.WebhookBodyItem(
                        type="static", values=models.WebhookBodyValues(data="info")
                    )
                ],
                run_before_call=False,
            ),
        ),
        actions.create_appointment(
            name="My Real-time Booking Action",
            description="Trigger this action if user wants to book a slot.",
            action_timing="DURING",
            webhook=models.AppointmentWebhook(
                email="bookings@example.com",
                type="outlook",
                user_id="00000000-0000-0000-0000-000000000000",
                booking_timings=models.AppointmentBookingTimings(
                    monday=models.AppointmentDaySchedule(
                        start_time="09:00", end_time="17:00"
                    )
                ),
            ),
        ),
        actions.create_data_extraction(
            name="My Data Extraction Action",
            action_timing="DURING",
            webhook=models.DataExtractionWebhook(type="yes/no", sync_data=False),
        ),
        actions.create_call_transfer(
            name="My Call Transfer Action",
            description="Transfer to human when user requests agent or is unhappy",
            action_timing="DURING",
            phone_number="12817126508",
            run_before_call=True,
        ),
        actions.create_whatsapp(
            name="My Whatsapp Action",
            description="Send WhatsApp when user requests messaging",
            action_timing="DURING",
            webhook=models.WhatsappWebhook(
                to="12817126508",
                from_="650175178190170",
                template_name="call_permession_request",
            ),
            is_active=True,
        ),
        actions.create_dtmf(
            name="DTMF Action",
            description="DTMF Action Test",
            action_timing="DURING",
            webhook=models.DtmfWebhook(mandatory=True),
        ),
        actions.create_aircall(
            name="My Aircall Action",
            action_timing="BEFORE",
            webhook=models.AircallWebhook(from_=1768408427, to=1768408427),
            tags=["vip"],
            extra_headers={"X-Request-Source": "typed-usage"},
            max_retries=0,
        ),
    ]
    return [action.action_id for action in created]


def describe_listed(client: ContactSwing) -> list[str]:
    """Read the first page back and narrow each item to its kind."""
    page = client.actions.list(page=1, per_page=10)
    described: list[str] = []
    for item in page.items:
        if isinstance(item, models.AircallActionRead):
            described.append(f"aircall {item.webhook.from_} -> {item.webhook.to}")
        elif isinstance(item, models.SmsActionRead):
            recipients = item.sms.to.value if item.sms.to else []
            described.append(f"sms to {', '.join(recipients)}")
        elif isinstance(item, models.UnknownAction):
            described.append(f"unknown {item.type}")
        else:
            described.append(item.type)
    return described


async def create_sms_async(client: AsyncContactSwing) -> str:
    """The async client's per-variant method has the same typed signature."""
    created = await client.actions.create_sms(
        name="My SMS Action",
        description="Trigger SMS when user requests messaging",
        action_timing="DURING",
        sms=models.SmsConfig(to=models.SmsRecipients(value=["+13465507166"])),
    )
    return created.action_id


def main(transport: httpx.MockTransport) -> list[str]:
    """Run everything above against ``transport``; return what each step produced."""
    with (
        httpx.Client(transport=transport) as http,
        ContactSwing(token=TOKEN, base_url=BASE_URL, http_client=http) as client,
    ):
        report = create_every_kind(client)
        report += describe_listed(client)

    async def run_async() -> str:
        async with (
            httpx.AsyncClient(transport=transport) as http,
            AsyncContactSwing(
                token=TOKEN, base_url=BASE_URL, http_client=http
            ) as client,
        ):
            return await create_sms_async(client)

    report.append(asyncio.run(run_async()))
    return report
