"""Typed use of every resource of the client, as an application would write it.

``test_typed_usage.py`` checks this file with ``mypy --strict`` (every signature, return type
and model field reads in user code without casts or ignores) and runs ``main`` against an
``httpx.MockTransport`` that answers with the spec's examples (every call here is one the
client really makes). Each function returns lines describing what it read, for the test to
compare.
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import httpx
from contactswing import AsyncContactSwing, AsyncPage, ContactSwing, SyncPage, models

# Loopback only: main() is always given a mock transport.
BASE_URL = "http://127.0.0.1:9"
TOKEN = "csk_test_typed_usage_token_0123"


def read_actions(client: ContactSwing) -> list[str]:
    """A listed action has a typed id, owner and status once its kind is known."""
    lines: list[str] = []
    for action in client.actions.list(page=1, per_page=10).items:
        if isinstance(action, models.UnknownAction):
            lines.append(f"unknown {action.type} {action.id}")
            continue
        # Every known kind is a read model: id is required, the rest optional.
        action_id: str = action.id
        company_id: str | None = action.company_id
        is_active: bool | None = action.is_active
        lines.append(f"{action.type} {action_id} {company_id} {is_active}")
        if isinstance(action, models.WebhookActionRead):
            lines.append(f"  calls {action.webhook.method} {action.webhook.url}")
        elif isinstance(action, models.AppointmentActionRead):
            lines.append(f"  books with {action.webhook.email}")
        elif isinstance(action, models.SmsActionRead):
            lines.append(f"  texts {action.sms.to.value if action.sms.to else []}")
    fetched = client.actions.get("4808cc67-194e-4dfc-97ad-146ddf3d4126")
    if isinstance(fetched, models.WebhookActionRead):
        lines.append(f"got {fetched.id} of {fetched.company_id}")
    updated = client.actions.update_sms(
        "6f439f98-32f6-4b44-928c-6e890e298d51",
        name="My SMS Action1",
        description="Trigger SMS when user requests messaging",
        action_timing="DURING",
        sms=models.SmsConfig(to=models.SmsRecipients(value=["+13465507166"])),
    )
    if updated is not None:
        lines.append(f"updated {updated.id}")
    return lines


def create_api_key(client: ContactSwing) -> list[str]:
    """The new key's fields are undocumented: they stay reachable as the model's extras."""
    key = client.api_keys.create(
        models.CreateApiKeyRequest(
            name="My Production API Key",
            description="SMS and Webhook actions only",
            permissions=["actions:read", "actions:write", "sms:send"],
            expires_at="2026-12-31T23:59:59Z",
        )
    )
    return [f"api key {sorted((key.model_extra or {}) if key else {})}"]


def place_calls(client: ContactSwing) -> list[str]:
    """Both ways to place a call, and the call log read page after page."""
    lines: list[str] = []
    created = client.calls.create(
        models.CreateCallRequest(
            version="v2",
            phone_number="+1234567890",
            agent_id="agent_123",
            customer_name="John Doe",
        )
    )
    lines.append(f"created {created.call_id} {created.status} {created.version}")
    made = client.calls.make(
        "agent_123",
        models.MakeCallRequest(
            phone_number="+1234567890",
            customer_name="John Doe",
            call_purpose="Follow-up appointment",
        ),
        idempotency_key="follow-up-john-doe-1",
    )
    lines.append(f"made {made.call_id} by {made.agent_id}")
    # The raw answer beside the parsed one: status, headers, and the whole envelope.
    raw = client.calls.with_raw_response.create(
        models.CreateCallRequest(phone_number="+1234567890", agent_id="agent_123")
    )
    envelope = raw.http_response.json()
    reply = raw.parse()
    lines.append(f"raw {raw.status_code} {reply.call_id} {envelope['message']}")
    # Every call of every page, each page fetched when the walk reaches it.
    total_seconds = 0
    for call in client.calls.list(per_page=2):
        seconds: int = call.duration or 0
        total_seconds += seconds
        lines.append(f"call {call.id} {call.customer_name} {call.status} {seconds}")
    lines.append(f"{total_seconds} seconds in all")
    # The same walk, page by page.
    first: SyncPage[models.Call] = client.calls.list(page=1, per_page=2)
    sizes = [len(page.items) for page in first.iter_pages()]
    page = first
    while page.has_next_page():
        page = page.get_next_page()
    lines.append(f"pages of {sizes}, last holds {[c.id for c in page.items]}")
    return lines


def list_customers(client: ContactSwing) -> list[str]:
    return [
        f"customer {c.id} {c.name} {c.phone} {c.email}"
        for c in client.customers.list(per_page=20)
    ]


def feed_knowledge_base(client: ContactSwing, folder: Path) -> list[str]:
    """Create a knowledge base, then upload files in every accepted form."""
    created = client.knowledge_bases.create(
        models.CreateKnowledgeBaseRequest(
            name="Product Documentation", description="Technical docs and FAQs"
        )
    )
    manual = folder / "manual.pdf"
    manual.write_bytes(b"%PDF-1.4 manual")
    with manual.open("rb") as opened:
        updated = client.knowledge_bases.update(
            created.id or "kb_123",
            name="Updated KB Name",
            files=[
                manual,
                opened,
                b"Q: What is this?|A: Answer here",
                ("faq.txt", io.BytesIO(b"Q: Hours?|A: 9 to 5"), "text/plain"),
            ],
            urls=["https://example.com/docs.pdf"],
            faqs=["Q: What is this?|A: Answer here"],
        )
    documents: int | None = updated.document_count
    return [f"knowledge base {created.id} -> {updated.name}, {documents} documents"]


def create_assistants(client: ContactSwing) -> list[str]:
    """One assistant of each kind through its helper, one from a model, and an update."""
    assistants = client.assistants
    created: list[models.CreatedAssistant] = [
        assistants.create_voice_incoming(
            name="Insurance Darren",
            model="cw-llm-1",
            api_keys=[models.AssistantApiKey(api_key_id=442, type="MODEL")],
            instructions="Help callers with questions about their insurance policy.",
            phone_number="+13465842882",
            synthesizer="AZURE",
            voice_id="en-US-LunaNeural",
            language="english",
            behaviour=models.VoiceBehaviour(speed="medium"),
            action_ids=[],
        ),
        assistants.create_chat(
            name="My Chat Assistant",
            model="cw-llm-1",
            instructions="Help visitors choose from the menu and place their order.",
            api_keys=[],
            additional_settings=models.ChatAssistantSettings(
                chatbot_customization=models.ChatbotCustomization(
                    brand_name="ContactSwing AI", greeting_text="Hello welcome back"
                )
            ),
        ),
        assistants.create_sms(
            name="My SMS Assistant",
            model="cw-llm-1",
            api_keys=[models.AssistantApiKey(api_key_id=134, type="SMS")],
            instructions="Answer questions about open positions and arrange interviews.",
            sms_type="OUTBOUND",
            phone_number="+13465507166",
            additional_settings=models.SmsAssistantSettings(
                idle_time=86400, max_messages=10
            ),
            force=True,
        ),
        assistants.create_email(
            name="My Email Agent",
            model="cw-llm-1",
            instructions="Answer questions from candidates about open positions.",
            gen_ai_response="SEMI_TOUCH",
            email_setup="Responder",
            action_ids=["6f439f98-32f6-4b44-928c-6e890e298d51"],
        ),
        assistants.create(
            models.EmailAssistant(
                name="My Email Agent",
                type="EMAIL",
                model="cw-llm-1",
                instructions="Answer questions from candidates about open positions.",
            )
        ),
    ]
    lines = [f"assistant {a.assistant_id} {a.name}" for a in created]
    updated = assistants.update(
        created[2].assistant_id,
        models.UpdateAssistantRequest(
            name="Updated SMS Assistant",
            actions=["6f439f98-32f6-4b44-928c-6e890e298d51", "new_action_id"],
        ),
    )
    lines.append(f"updated assistant {updated.id} {updated.name}")
    return lines


async def use_async(client: AsyncContactSwing) -> list[str]:
    """The async client: ``async for`` walks the pages; awaiting a list gives its first."""
    lines = [f"async call {call.id}" async for call in client.calls.list(per_page=2)]
    first: AsyncPage[models.Customer] = await client.customers.list(per_page=20)
    async for page in first.iter_pages():
        lines += [f"async customer {c.name}" for c in page.items]
    assistant = await client.assistants.create_chat(
        name="My Chat Assistant", model="cw-llm-1", instructions="Help visitors."
    )
    updated = await client.knowledge_bases.update("kb_123", files=[b"%PDF-1.4"])
    lines.append(f"async {assistant.assistant_id} {updated.document_count}")
    return lines


def main(transport: httpx.MockTransport, folder: Path) -> list[str]:
    """Run everything above against ``transport``; return what each step read."""
    with (
        httpx.Client(transport=transport) as http,
        ContactSwing(token=TOKEN, base_url=BASE_URL, http_client=http) as client,
    ):
        report = read_actions(client)
        report += create_api_key(client)
        report += place_calls(client)
        report += list_customers(client)
        report += feed_knowledge_base(client, folder)
        report += create_assistants(client)

    async def run_async() -> list[str]:
        async with (
            httpx.AsyncClient(transport=transport) as http,
            AsyncContactSwing(
                token=TOKEN, base_url=BASE_URL, http_client=http
            ) as client,
        ):
            return await use_async(client)

    return report + asyncio.run(run_async())
