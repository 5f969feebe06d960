"""A short, typed tour of the client's public API; the tests run it and mypy --strict checks it.

Each function takes a client, so the same code runs against the real API or, in the tests,
against ``httpx.MockTransport``.
"""

from __future__ import annotations

import asyncio

import httpx
from contactswing import (
    APIConnectionError,
    APIStatusError,
    AsyncContactSwing,
    ContactSwing,
    RateLimitError,
)
from contactswing.models import CreatedAction, SmsAction


def sms_action(to: str) -> SmsAction:
    """Build a Create SMS Action body from the shape shown in the API docs."""
    return SmsAction.model_validate(
        {
            "name": "Follow-up text",
            "description": "Text the caller a booking link when they ask for one",
            "action_timing": "DURING",
            "type": "SEND_SMS",
            "sms": {
                "to": {"value": [to]},
                "body": {"value": "Book here: https://example.com"},
            },
        }
    )


def create_sms_action(client: ContactSwing, to: str) -> str:
    """Create an action with per-call options, and return its id."""
    created: CreatedAction = client.actions.create(
        sms_action(to),
        timeout=10.0,  # seconds, for this call only
        max_retries=1,
        extra_headers={"X-Request-Source": "usage-example"},
    )
    return created.action_id


def create_with_raw_response(client: ContactSwing, to: str) -> tuple[int, str]:
    """Read the status and headers as well as the parsed body."""
    raw = client.actions.with_raw_response.create(sms_action(to))
    created = raw.parse()
    return raw.status_code, created._request_id or "?"


def describe_failure(client: ContactSwing, to: str) -> str:
    """Turn the client's typed errors into a one-line report."""
    try:
        client.actions.create(sms_action(to))
    except RateLimitError as err:
        return f"slow down: {err.response.headers.get('retry-after', '?')}"
    except APIStatusError as err:
        return f"HTTP {err.status_code} (request id {err.request_id})"
    except APIConnectionError as err:
        return f"unreachable: {err}"
    return "ok"


async def create_many_async(client: AsyncContactSwing, numbers: list[str]) -> list[str]:
    """Create several actions concurrently with the async client."""
    results = await asyncio.gather(
        *(client.actions.create(sms_action(n)) for n in numbers)
    )
    return [created.action_id for created in results]


def main(transport: httpx.MockTransport) -> list[str]:
    """Run the tour against a transport; the clients close what they own."""
    with (
        httpx.Client(transport=transport) as http,
        ContactSwing(token="example-token", http_client=http) as client,
    ):
        report = [
            create_sms_action(client, "+15555550100"),
            str(create_with_raw_response(client, "+15555550101")),
            describe_failure(client, "+15555550102"),
        ]

    async def run_async() -> list[str]:
        async with (
            httpx.AsyncClient(transport=transport) as http,
            AsyncContactSwing(token="example-token", http_client=http) as client,
        ):
            return await create_many_async(client, ["+15555550103", "+15555550104"])

    return report + asyncio.run(run_async())
