"""Protects the checks made before anything is sent (issue 21, defects 4 and 5).

Options were not validated (``timeout=0`` became non-blocking sockets, reported as a connection
error; ``max_retries=1.5`` was accepted; a misspelled option was ignored), and bad input escaped
the error tree as pydantic, Unicode, URL or attribute errors, or was sent (``create(None)``).
Every refusal is now an ``InvalidArgumentError`` (a ``ValueError``) or an ``ArgumentTypeError``
(a ``TypeError``), raised before the transport is called.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from typing import Any

import contactswing
import httpx
import pytest
from contactswing import ContactSwingError, models

from tests.client.mock.support import (
    SECRET,
    Script,
    async_client,
    sms_action,
    sync_client,
)

VALUE, TYPE = "value", "type"


def _expect(kind: str, call: Callable[[], object], match: str) -> ContactSwingError:
    with pytest.raises(ContactSwingError, match=match) as info:
        call()
    error = info.value
    if kind == VALUE:
        assert isinstance(error, contactswing.InvalidArgumentError)
        assert isinstance(error, ValueError)
    else:
        assert isinstance(error, contactswing.ArgumentTypeError)
        assert isinstance(error, TypeError)
    return error


# ---- options, per client ----

CLIENT_OPTIONS = [
    (
        {"timeout": 0},
        VALUE,
        "timeout must be a finite number of seconds greater than 0",
    ),
    ({"timeout": -1}, VALUE, "greater than 0, not -1"),
    ({"timeout": float("nan")}, VALUE, "not nan"),
    ({"timeout": float("inf")}, VALUE, "not inf"),
    ({"timeout": "2"}, TYPE, "timeout must be a number of seconds, not str"),
    ({"timeout": True}, TYPE, "not bool"),
    ({"timeout": httpx.Timeout(5.0, read=0)}, VALUE, "timeout.read"),
    ({"max_retries": 1.5}, TYPE, "max_retries must be an int, not float"),
    ({"max_retries": True}, TYPE, "not bool"),
    ({"max_retries": -1}, VALUE, "max_retries must be >= 0, not -1"),
    ({"deadline": 0}, VALUE, "deadline must be a finite number"),
    ({"deadline": "1"}, TYPE, "deadline must be a number of seconds"),
    (
        {"default_headers": {"X-Bad": "a\nb"}},
        VALUE,
        "header 'X-Bad' has a control character",
    ),
    ({"default_headers": ["X"]}, TYPE, "default_headers must be a mapping"),
    ({"http_client": httpx.AsyncClient()}, TYPE, "http_client must be an httpx.Client"),
]


@pytest.mark.parametrize(
    ("options", "kind", "match"),
    CLIENT_OPTIONS,
    ids=[repr(o) for o, _, _ in CLIENT_OPTIONS],
)
def test_client_options_are_checked_at_construction(
    options: dict[str, Any], kind: str, match: str
) -> None:
    _expect(kind, lambda: contactswing.ContactSwing(token=SECRET, **options), match)


def test_the_documented_timeouts_are_still_accepted() -> None:
    for timeout in (None, 2, 0.5, httpx.Timeout(5.0, pool=None)):
        contactswing.ContactSwing(
            token=SECRET, timeout=timeout, max_retries=0, deadline=None
        )


# ---- options, per call: refused before the transport is called ----

CALL_OPTIONS = [
    ({"timeout": 0}, VALUE, "timeout must be a finite number"),
    ({"timeout": "2"}, TYPE, "timeout must be a number"),
    ({"max_retries": 1.5}, TYPE, "max_retries must be an int"),
    ({"max_retries": -2}, VALUE, "max_retries must be >= 0"),
    ({"deadline": -1}, VALUE, "deadline must be a finite number"),
    (
        {"timout": 5},
        TYPE,
        "unexpected option 'timout'; the options are: deadline, extra_body,"
        " extra_headers, extra_query, idempotency_key, max_retries, timeout",
    ),
    ({"extra_headers": ["X-A"]}, TYPE, "extra_headers must be a mapping"),
    ({"extra_headers": {"X-A": "1\r\nX-Injected: 1"}}, VALUE, "control character"),
    ({"extra_headers": {"X-Bad\nName": "1"}}, VALUE, "not a valid header name"),
    ({"extra_query": "debug=1"}, TYPE, "extra_query must be a mapping"),
]


@pytest.mark.parametrize(
    ("options", "kind", "match"),
    CALL_OPTIONS,
    ids=[repr(o) for o, _, _ in CALL_OPTIONS],
)
def test_call_options_are_checked_before_sending(
    options: dict[str, Any], kind: str, match: str
) -> None:
    script = Script(201)
    client = sync_client(script)
    _expect(kind, lambda: client.actions.create(sms_action(), **options), match)
    _expect(kind, lambda: client.request("GET", "/v2/_actions", **options), match)
    assert script.attempts == 0


@pytest.mark.asyncio
async def test_call_options_are_checked_by_the_async_client_too() -> None:
    script = Script(201)
    client = async_client(script)
    with pytest.raises(
        ContactSwingError, match="unexpected option 'max_retry'"
    ) as info:
        await client.actions.create(sms_action(), max_retry=1)  # type: ignore[call-arg]
    assert isinstance(info.value, TypeError)
    assert script.attempts == 0


# Every resource's methods take the per-call options as keyword arguments and accept any
# keyword at run time (``**options``), so each must refuse a misspelled one before sending:
# one method per resource and per kind of method (a plain call, a list, a per-kind helper, a
# multipart upload).
MISSPELLED: dict[str, tuple[str, Callable[[contactswing.ContactSwing], object]]] = {
    "api_keys.create": (
        "max_retry",
        lambda c: c.api_keys.create(
            models.CreateApiKeyRequest(name="k"), max_retry=1  # type: ignore[call-arg]
        ),
    ),
    "calls.list": (
        "max_retry",
        lambda c: c.calls.list(per_page=2, max_retry=1),  # type: ignore[call-arg]
    ),
    "calls.make": (
        "extra_header",
        lambda c: c.calls.make(
            "agent_123",
            models.MakeCallRequest(phone_number="+1234567890"),
            extra_header={"X-A": "1"},  # type: ignore[call-arg]
        ),
    ),
    "customers.list": (
        "timeout_s",
        lambda c: c.customers.list(timeout_s=5),  # type: ignore[call-arg]
    ),
    "knowledge_bases.update": (
        "max_retry",
        lambda c: c.knowledge_bases.update(
            "kb_123", files=[b"%PDF"], max_retry=1  # type: ignore[call-arg]
        ),
    ),
    "assistants.create_email": (
        "max_retry",
        lambda c: c.assistants.create_email(
            name="n", model="cw-llm-1", instructions="i", max_retry=1  # type: ignore[call-arg]
        ),
    ),
}


@pytest.mark.parametrize("method", sorted(MISSPELLED))
def test_a_misspelled_option_is_a_type_error_on_every_resource(method: str) -> None:
    script = Script(200)
    client = sync_client(script)
    misspelled, call = MISSPELLED[method]
    _expect(TYPE, lambda: call(client), f"unexpected option '{misspelled}'")
    assert script.attempts == 0


@pytest.mark.asyncio
async def test_a_misspelled_option_of_an_async_list_is_refused() -> None:
    script = Script(200)
    client = async_client(script)
    # list() only builds the paginator; the options are checked when it is first used,
    # like any coroutine's arguments, and still before anything is sent.
    pages = client.calls.list(per_page=2, max_retry=1)  # type: ignore[call-arg]
    with pytest.raises(contactswing.ArgumentTypeError, match="'max_retry'"):
        await pages
    with pytest.raises(TypeError, match="'max_retry'"):
        async for _ in client.customers.list(max_retry=1):  # type: ignore[call-arg]
            pass
    assert script.attempts == 0


# ---- bodies, paths, queries and headers ----

INPUTS: dict[str, tuple[str, Callable[[contactswing.ContactSwing], object], str]] = {
    "create(None)": (
        TYPE,
        lambda c: c.actions.create(None),  # type: ignore[arg-type]
        "POST /v2/_actions needs a request body, not None",
    ),
    "a dict body missing fields": (
        VALUE,
        lambda c: c.actions.create({"type": "SEND_SMS", "name": "x"}),  # type: ignore[arg-type]
        "the body is not a valid .*SEND_SMS.description: Field required",
    ),
    "a variant method given a wrong type": (
        VALUE,
        lambda c: c.actions.create_sms(
            name=123,
            description="d",  # type: ignore[arg-type]
            action_timing="DURING",
            sms=sms_action().sms,
        ),
        r"the arguments of create_sms\(\) do not make a valid SmsAction: name: Input should be",
    ),
    "a lone surrogate in the body": (
        VALUE,
        lambda c: c.request("POST", "/v2/_actions", json={"name": "caf\udce9"}),
        "the body has a lone surrogate",
    ),
    "a lone surrogate in a model": (
        VALUE,
        lambda c: c.actions.create(sms_action().model_copy(update={"name": "\ud83d"})),
        "the body has a lone surrogate",
    ),
    "NaN in a model": (
        VALUE,
        lambda c: c.actions.create(
            models.SmsAction.model_validate(
                {**sms_action().to_dict(), "score": float("nan")}
            )
        ),
        "the body cannot be sent as JSON",
    ),
    "a lone surrogate in a path parameter": (
        VALUE,
        lambda c: c.actions.get("act_\udcff"),
        "path parameter 'action_id' .* lone surrogate",
    ),
    "a lone surrogate in a query parameter": (
        VALUE,
        lambda c: c.request("GET", "/v2/_actions", params={"q": "\ud800"}),
        "query parameter 'q' has a lone surrogate",
    ),
    "a lone surrogate in a header": (
        VALUE,
        lambda c: c.request("GET", "/v2/_actions", headers={"X-Name": "\udc80"}),
        "header 'X-Name' has a lone surrogate",
    ),
    "a 70 KB path parameter": (
        VALUE,
        lambda c: c.actions.get("a" * 70_000),
        "path parameter 'action_id' .* 70,000 characters",
    ),
    "a 70 KB query value": (
        VALUE,
        lambda c: c.request("GET", "/v2/_actions", params={"q": "a" * 70_000}),
        "cannot build the URL of GET request: .* too long",
    ),
    "an empty path parameter": (
        VALUE,
        lambda c: c.actions.get(""),
        "must not be empty",
    ),
    "a path that is not a string": (
        TYPE,
        lambda c: c.request("GET", None),  # type: ignore[arg-type]
        "path must be a string, not NoneType",
    ),
    "an absolute URL as the path": (
        VALUE,
        lambda c: c.request("GET", "https://evil.example/x"),
        "path must start with '/'",
    ),
    "params that are not a mapping": (
        TYPE,
        lambda c: c.request("GET", "/x", params=[("a", 1)]),  # type: ignore[arg-type]
        "params must be a mapping",
    ),
    "a body that is not JSON": (
        TYPE,
        lambda c: c.request("POST", "/x", json={"a": object()}),
        "the body cannot be sent as JSON",
    ),
}


@pytest.mark.parametrize("name", INPUTS)
def test_bad_input_is_refused_in_the_error_tree_before_sending(name: str) -> None:
    kind, call, match = INPUTS[name]
    script = Script(201)
    client = sync_client(script)
    _expect(kind, lambda: call(client), match)
    assert script.attempts == 0


def test_a_validation_error_keeps_pydantics_error_as_its_cause() -> None:
    import pydantic

    client = sync_client(Script(201))
    with pytest.raises(ContactSwingError) as info:
        client.actions.create({"type": "SEND_SMS"})  # type: ignore[arg-type]
    assert isinstance(info.value.__cause__, pydantic.ValidationError)


# ---- an async client used from a second event loop ----


def test_an_async_client_from_a_second_event_loop_fails_before_sending() -> None:
    script = Script(200)
    client = async_client(script)

    async def call() -> object:
        return await client.request("GET", "/v2/_actions")

    asyncio.run(call())
    assert script.attempts == 1
    errors: list[BaseException] = []

    def other_thread() -> None:
        try:
            asyncio.run(call())
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join(10)
    assert script.attempts == 1, "the second loop's call must not be sent"
    assert len(errors) == 1 and isinstance(errors[0], ContactSwingError)
    assert "first used in another event loop" in str(errors[0])
    # And the same from a second asyncio.run() in this thread.
    with pytest.raises(ContactSwingError, match="another event loop"):
        asyncio.run(call())
    assert script.attempts == 1


def test_a_model_body_is_sent_as_the_same_json_whichever_way_it_is_encoded() -> None:
    """Model bodies are encoded by pydantic in one step; a string that spells NaN or
    Infinity takes the general path, and both give the same bytes."""
    script = Script(201)
    client = sync_client(script)
    for name in ("My SMS Action", "NaN and Infinity", "caf\u00e9 \u2603"):
        body = sms_action().model_copy(update={"name": name})
        client.actions.create(body)
        sent = script.requests[-1].content
        expected = json.dumps(
            body.model_dump(mode="json", by_alias=True, exclude_unset=True),
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode()
        assert sent == expected
