"""Protects what a ContactSwing customer's own tests do with ``contactswing.testing``.

Written as such a customer would write them: create an SMS action, list it, get it, update
it; survive an injected 429 (the client retries after the ``Retry-After`` it asked for); see
a timeout and a connection error as the client's typed errors; meet the documented 400 for
what the spec refuses; walk pages of seeded calls; inspect what was sent, token redacted.
"""

from __future__ import annotations

import time

import httpx
import pytest
from contactswing import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
)
from contactswing.models import SmsActionRead, SmsConfig, SmsRecipients
from contactswing.testing import (
    FAKE_TOKEN,
    AsyncFakeContactSwing,
    FakeContactSwing,
    fake_server,
)

SMS = SmsConfig(to=SmsRecipients(value=["+13465507166"]), from_="+13465507166")


def _create(client: FakeContactSwing, name: str = "My SMS Action") -> str:
    created = client.actions.create_sms(
        name=name, description="Text the caller", action_timing="DURING", sms=SMS
    )
    return created.action_id


def test_an_sms_action_is_created_listed_read_and_updated(
    client: FakeContactSwing,
) -> None:
    action_id = _create(client)

    listed = list(client.actions.list())
    assert [a.id for a in listed] == [action_id]

    got = client.actions.get(action_id)
    assert isinstance(got, SmsActionRead)
    assert (got.name, got.sms.from_) == ("My SMS Action", "+13465507166")

    updated = client.actions.update_sms(
        action_id,
        name="Renamed",
        description="Text the caller",
        action_timing="DURING",
        sms=SMS,
    )
    assert updated is not None and (updated.id, updated.name) == (action_id, "Renamed")
    assert client.actions.get(action_id).name == "Renamed"
    assert [r.operation for r in client.fake.requests] == [
        "actions.create",
        "actions.list",
        "actions.get",
        "actions.update",
        "actions.get",
    ]


def test_ids_are_new_and_shaped_like_the_documented_ones(
    client: FakeContactSwing,
) -> None:
    first, second = _create(client), _create(client, "Second")
    assert first != second
    assert len(first) == len("4808cc67-194e-4dfc-97ad-146ddf3d4126") == len(second)


def test_an_injected_429_is_retried_after_its_retry_after(
    client: FakeContactSwing, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(time, "sleep", pauses.append)
    client.fake.fail_next("calls.create", status=429, retry_after=1)

    call = client.calls.create({"phone_number": "+1234567890", "agent_id": "agent_123"})

    assert call.call_id == "call_123"  # the documented example
    assert pauses == [1.0]
    assert [r.status for r in client.fake.requests] == [429, 200]


def test_a_429_that_outlasts_the_retries_is_a_rate_limit_error(
    client: FakeContactSwing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(time, "sleep", lambda _: None)
    client.fake.fail_next("actions.create", status=429, retry_after=0, times=3)
    with pytest.raises(RateLimitError) as caught:
        _create(client)
    assert caught.value.response.headers["retry-after"] == "0"
    assert caught.value.request_id is not None  # the envelope's ctx_id, as documented


def test_a_timeout_is_the_clients_timeout_error(client: FakeContactSwing) -> None:
    client.fake.fail_next("actions.create", error="timeout")
    with pytest.raises(APITimeoutError):
        _create(client)  # a create is not retried after a timeout: it may have happened
    assert client.fake.requests[-1].status is None
    assert client.fake.items("actions") == []


def test_a_refused_connection_is_retried_then_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(time, "sleep", lambda _: None)
    with FakeContactSwing(max_retries=1) as client:
        client.fake.fail_next("actions.list", error="connect", times=2)
        with pytest.raises(APIConnectionError):
            client.actions.list()
        assert len(client.fake.requests) == 2
        assert client.actions.list().items == []  # the failures were used up


def test_what_the_spec_refuses_is_the_documented_400(client: FakeContactSwing) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.actions.create_sms(
            name="n",
            description="d",
            action_timing="DURING",
            sms=SMS,
            extra_body={"type": "SEND_FAX"},
        )
    body = caught.value.body
    assert isinstance(body, dict)
    assert "body.type" in body["detail"]
    assert body["ctx_id"] == caught.value.request_id  # shaped like ErrorResponse
    with pytest.raises(BadRequestError, match="per_page"):
        client.actions.list(per_page=500)  # the spec allows 1 to 100
    with pytest.raises(BadRequestError):
        client.request("POST", "/v2/_call", json={"agent_id": "agent_123"})


def test_an_unknown_id_is_not_found(client: FakeContactSwing) -> None:
    with pytest.raises(NotFoundError):
        client.actions.get("6f439f98-32f6-4b44-928c-6e890e298d51")


def test_seeded_calls_are_walked_page_by_page(client: FakeContactSwing) -> None:
    seeded = client.fake.seed(
        "calls", [{"customer_name": f"Customer {n}"} for n in range(25)]
    )
    assert len({c["id"] for c in seeded}) == 25

    page = client.calls.list(per_page=10)
    assert len(page.items) == 10 and page.has_next_page()
    names = [call.customer_name for call in page]

    assert names == [f"Customer {n}" for n in range(25)]
    asked = [r.query.get("page") for r in client.fake.requests]
    assert asked == [None, "2", "3"]


def test_a_seeded_item_must_fit_the_spec(client: FakeContactSwing) -> None:
    with pytest.raises(ValueError, match="duration"):
        client.fake.seed("calls", [{"duration": "two minutes"}])
    with pytest.raises(KeyError, match="actions, calls"):
        client.fake.seed("cals", [])


def test_requests_show_what_was_sent_with_the_token_redacted(
    client: FakeContactSwing,
) -> None:
    client.knowledge_bases.update(
        "kb_123", name="Docs", urls=["https://example.com/a"], files=[b"%PDF-1.4"]
    )
    [sent] = client.fake.requests
    assert (sent.operation, sent.method, sent.path) == (
        "knowledge_bases.update",
        "PUT",
        "/v2/_knowledgebase/kb_123",
    )
    assert sent.headers["authorization"] == "REDACTED"
    assert FAKE_TOKEN not in repr(sent)
    assert sent.body["name"] == "Docs"
    assert sent.body["urls[]"] == ["https://example.com/a"]
    assert sent.body["files"] == [b"%PDF-1.4"]


def test_every_operation_answers_through_the_typed_client(
    client: FakeContactSwing,
) -> None:
    action_id = _create(client)
    assistant = client.assistants.create_email(
        name="Mail agent",
        model="cw-llm-1",
        instructions="Answer mail.",
        gen_ai_response="SEMI_TOUCH",
        email_setup="Responder",
        action_ids=[action_id],
    )
    client.assistants.update(assistant.assistant_id, {"name": "Renamed agent"})
    client.api_keys.create({"name": "CI key"})
    client.calls.make("agent_123", {"phone_number": "+1234567890"})
    assert client.customers.list().items == []
    created = client.knowledge_bases.create({"name": "Docs"})
    assert created.id == "kb_123"  # documented answers come from the spec's examples
    covered = {r.operation for r in client.fake.requests}
    remaining = set(client.fake.operations) - covered
    assert remaining == {
        "actions.get",
        "actions.list",
        "actions.update",
        "calls.create",
        "calls.list",
        "knowledge_bases.update",
    }


def test_reset_forgets_everything(client: FakeContactSwing) -> None:
    client.fake.fail_next("actions.list", status=503)
    _create(client)
    client.fake.reset()
    assert client.fake.items("actions") == [] and client.fake.requests == []
    assert client.actions.list().items == []  # the pending 503 is gone too


def test_a_server_is_shared_by_its_clients() -> None:
    server = fake_server()
    with FakeContactSwing(fake=server) as one, FakeContactSwing(fake=server) as two:
        action_id = _create(one)
        assert two.actions.get(action_id).id == action_id


def test_the_server_answers_any_httpx_client() -> None:
    server = fake_server()
    transport = httpx.MockTransport(server.handle)
    with httpx.Client(base_url=server.base_url, transport=transport) as http:
        assert http.get("/v2/_customers").status_code == 401  # no token
        answer = http.get("/v2/_customers", headers={"Authorization": "Bearer t"})
        assert answer.json()["data"]["data"] == []
        assert http.get("/v2/nowhere").status_code == 404
        assert http.delete("/v2/_customers").status_code == 405


def test_fail_next_refuses_what_it_cannot_do(client: FakeContactSwing) -> None:
    with pytest.raises(KeyError, match=r"actions\.create"):
        client.fake.fail_next("actions.creat", status=500)
    with pytest.raises(ValueError):
        client.fake.fail_next("actions.create")
    with pytest.raises(ValueError):
        client.fake.fail_next("actions.create", status=500, error="timeout")


async def test_the_async_client_creates_pages_and_fails_alike(
    async_client: AsyncFakeContactSwing,
) -> None:
    created = await async_client.actions.create_sms(
        name="Async", description="d", action_timing="DURING", sms=SMS
    )
    async_client.fake.seed("customers", [{"name": f"Customer {n}"} for n in range(12)])
    names = [c.name async for c in async_client.customers.list(per_page=5)]
    assert names == [f"Customer {n}" for n in range(12)]
    assert (await async_client.actions.get(created.action_id)).name == "Async"
    async_client.fake.fail_next("actions.get", error="timeout", times=3)
    with pytest.raises(APITimeoutError):
        await async_client.actions.get(created.action_id, max_retries=0)


async def test_a_sync_and_an_async_client_share_one_server(
    client: FakeContactSwing,
) -> None:
    action_id = _create(client)
    async with AsyncFakeContactSwing(fake=client.fake) as other:
        assert (await other.actions.get(action_id)).id == action_id


def test_a_copy_of_a_fake_client_talks_to_the_same_server(
    client: FakeContactSwing,
) -> None:
    if not hasattr(client, "with_options"):
        pytest.skip("with_options() arrives with issue 18's runtime")
    action_id = _create(client)
    copy = client.with_options(max_retries=0)
    assert copy.fake is client.fake
    assert copy.actions.get(action_id).id == action_id
    with (
        httpx.Client() as own,
        pytest.raises(AttributeError, match="http_client of its own"),
    ):
        client.with_options(http_client=own).fake  # noqa: B018
