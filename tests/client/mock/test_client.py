"""Protects the client's everyday behaviour: what it sends, what it owns, what it logs."""

from __future__ import annotations

import base64
import json
import logging
import re
from typing import Any

import contactswing
import httpx
import pydantic
import pytest
from contactswing import APIResponseValidationError, ContactSwingError, NotFoundError
from contactswing._runtime import APIResponse, Endpoint
from contactswing._version import __version__

from .support import (
    CREATED,
    SECRET,
    SMS_WIRE,
    BasicClient,
    HeaderKeyClient,
    NoAuthClient,
    QueryKeyClient,
    Script,
    async_client,
    scheme_client,
    sms_action,
    sync_client,
)

EXPECTED_USER_AGENT = f"contactswing/{__version__} python-httpx/{httpx.__version__}"


def test_user_agent_names_the_package_and_version() -> None:
    script = Script(201)
    sync_client(script).actions.create(sms_action())
    assert script.requests[0].headers["User-Agent"] == EXPECTED_USER_AGENT
    assert script.requests[0].headers["Accept"] == "application/json"


@pytest.mark.asyncio
async def test_async_user_agent() -> None:
    script = Script(201)
    await async_client(script).actions.create(sms_action())
    assert script.requests[0].headers["User-Agent"] == EXPECTED_USER_AGENT


def test_default_headers_are_added_and_can_override() -> None:
    script = Script(201)
    client = sync_client(
        script, default_headers={"X-Team": "growth", "User-Agent": "mine/1"}
    )
    client.actions.create(sms_action())
    assert script.requests[0].headers["X-Team"] == "growth"
    assert script.requests[0].headers["User-Agent"] == "mine/1"


def test_body_is_serialised_by_alias_without_unset_fields() -> None:
    script = Script(201)
    sync_client(script).actions.create(sms_action())
    request = script.requests[0]
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == SMS_WIRE


def test_root_model_and_plain_data_bodies() -> None:
    script = Script(201)
    client = sync_client(script)
    put = Endpoint[None](method="PUT", path="/v2/_things", response=None)
    client.call(put, body=pydantic.RootModel[list[int]]([1, 2]))
    client.call(put, body=[sms_action()])
    typed = Endpoint[None](
        method="PUT", path="/v2/_things", response=None, request=list[int]
    )
    client.call(typed, body=("3", 4))
    with pytest.raises(contactswing.InvalidArgumentError) as info:
        client.call(typed, body=["not a number"])
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value.__cause__, pydantic.ValidationError)
    assert script.attempts == 3, "an invalid body must fail before anything is sent"
    bodies = [json.loads(r.content) for r in script.requests]
    assert bodies == [[1, 2], [SMS_WIRE], [3, 4]]


def test_path_parameters_are_percent_encoded() -> None:
    script = Script(httpx.Response(200, json={}))
    client = sync_client(script)
    get = Endpoint[Any](method="GET", path="/v2/_actions/{action_id}", response=Any)
    client.call(get, path={"action_id": "a/b c?d"})
    client.call(get, path={"action_id": ".."})
    assert script.requests[0].url.raw_path == b"/v2/_actions/a%2Fb%20c%3Fd"
    assert script.requests[1].url.raw_path == b"/v2/_actions/%2E%2E"
    with pytest.raises(ValueError, match="action_id"):
        client.call(get, path={})


def test_query_none_values_are_dropped_and_extra_query_merges() -> None:
    script = Script(httpx.Response(200, json={}))
    client = sync_client(script)
    listing = Endpoint[Any](method="GET", path="/v2/_actions", response=Any)
    client.call(
        listing,
        query={"page": 2, "per_page": None, "active": True},
        options={"extra_query": {"trace": "1", "page": 3}},
    )
    assert script.requests[0].url.params.multi_items() == [
        ("active", "true"),
        ("trace", "1"),
        ("page", "3"),
    ]


def test_extra_headers_add_replace_and_remove() -> None:
    script = Script(201)
    client = sync_client(script, default_headers={"X-Team": "growth"})
    client.actions.create(sms_action(), extra_headers={"X-Trace": "t1", "x-team": None})
    headers = script.requests[0].headers
    assert headers["X-Trace"] == "t1"
    assert "X-Team" not in headers
    assert headers["Authorization"] == f"Bearer {SECRET}"


def test_raw_request_escape_hatch() -> None:
    script = Script(httpx.Response(200, json={"ok": True}))
    client = sync_client(script)
    response = client.request(
        "delete",
        "/v2/_things/7",
        params={"force": True},
        headers={"X-A": "1"},
        json={"why": "test"},
    )
    assert isinstance(response, httpx.Response)
    assert response.json() == {"ok": True}
    request = script.requests[0]
    assert request.method == "DELETE"
    assert str(request.url).endswith("/v2/_things/7?force=true")
    assert request.headers["X-A"] == "1"
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert json.loads(request.content) == {"why": "test"}


def test_raw_request_raises_typed_errors() -> None:
    client = sync_client(Script(404))
    with pytest.raises(NotFoundError):
        client.request("GET", "/v2/_nothing")


def test_with_raw_response_returns_api_response() -> None:
    script = Script(httpx.Response(201, json=CREATED, headers={"X-Request-Id": "r1"}))
    raw = sync_client(script).actions.with_raw_response.create(sms_action())
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "r1"
    assert isinstance(raw.http_response, httpx.Response)
    created = raw.parse()
    assert created.action_id == "act_123"  # the envelope's data
    assert created._envelope == {"ctx_id": "ctx-created"}  # the rest of the envelope
    assert created._request_id == "r1"  # the response's X-Request-Id first
    assert raw.parse() is created
    assert raw.retries_taken == 0


def test_with_raw_response_parses_lazily_and_still_raises_status_errors() -> None:
    client = sync_client(Script(httpx.Response(201, text="not json")))
    raw = client.actions.with_raw_response.create(sms_action())
    assert raw.status_code == 201
    with pytest.raises(APIResponseValidationError):
        raw.parse()
    client = sync_client(Script(404))
    with pytest.raises(NotFoundError):
        client.actions.with_raw_response.create(sms_action())


def test_a_normal_call_after_a_raw_one_is_parsed() -> None:
    client = sync_client(Script(201))
    client.actions.with_raw_response.create(sms_action())
    created = client.actions.create(sms_action())
    assert created.action_id == "act_123"
    assert (
        created._request_id == "ctx-created"
    )  # no X-Request-Id: the envelope's ctx_id


@pytest.mark.asyncio
async def test_async_with_raw_response() -> None:
    script = Script(httpx.Response(201, json=CREATED, headers={"X-Request-Id": "r2"}))
    raw = await async_client(script).actions.with_raw_response.create(sms_action())
    assert isinstance(raw, APIResponse)
    assert raw.headers["x-request-id"] == "r2"
    assert raw.parse().action_id == "act_123"


def test_users_http_client_is_left_open() -> None:
    http = httpx.Client(transport=httpx.MockTransport(Script(201)))
    with contactswing.ContactSwing(token=SECRET, http_client=http) as client:
        client.actions.create(sms_action())
    client.close()
    assert not http.is_closed
    http.get("https://example.com/")  # still usable
    http.close()


@pytest.mark.asyncio
async def test_users_async_http_client_is_left_open() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(Script(201)))
    async with contactswing.AsyncContactSwing(token=SECRET, http_client=http) as client:
        await client.actions.create(sms_action())
    await client.aclose()
    assert not http.is_closed
    await http.aclose()


# A loopback port nothing listens on: if the client were not closed, the call would try it,
# fail to connect, and raise APIConnectionError instead of httpx's "client has been closed".
UNUSED = "http://127.0.0.1:9"


def test_owned_client_is_closed_by_with() -> None:
    with contactswing.ContactSwing(
        token=SECRET, base_url=UNUSED, max_retries=0
    ) as client:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        client.request("GET", "/v2/_actions")


def test_owned_client_is_closed_by_close() -> None:
    client = contactswing.ContactSwing(token=SECRET, base_url=UNUSED, max_retries=0)
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.request("GET", "/v2/_actions")


@pytest.mark.asyncio
async def test_owned_async_client_is_closed_by_async_with_and_aclose() -> None:
    async with contactswing.AsyncContactSwing(
        token=SECRET, base_url=UNUSED, max_retries=0
    ) as client:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        await client.request("GET", "/v2/_actions")
    client = contactswing.AsyncContactSwing(
        token=SECRET, base_url=UNUSED, max_retries=0
    )
    await client.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await client.request("GET", "/v2/_actions")


def test_http_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        contactswing.ContactSwing(token=SECRET, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        contactswing.AsyncContactSwing(token=SECRET, http_client=httpx.Client())  # type: ignore[arg-type]


def test_logger_is_silent_by_default() -> None:
    logger = logging.getLogger("contactswing")
    assert any(isinstance(handler, logging.NullHandler) for handler in logger.handlers)


def test_info_log_has_method_url_status_elapsed_and_retries(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # INFO: one line per attempt and per retry; the headers are DEBUG's (test_logging.py).
    caplog.set_level(logging.INFO, logger="contactswing")
    client = sync_client(Script(503, 200))
    client.request("GET", "/v2/_actions", params={"page": 1})
    records = [r for r in caplog.records if r.name == "contactswing"]
    messages = [r.getMessage() for r in records]
    assert all(r.levelno == logging.INFO for r in records)
    url = "https://prod-contactswing-fastapi-962560522883.us-central1.run.app/v2/_actions?page=1"
    assert len(messages) == 3
    assert re.fullmatch(
        rf"GET {re.escape(url)} -> 503 in \d+\.\d{{3}}s \(retries taken: 0\)",
        messages[0],
    )
    assert re.fullmatch(
        rf"retrying GET {re.escape(url)} in \d+\.\d{{3}}s \(retry 1 of 2\)", messages[1]
    )
    assert re.fullmatch(
        rf"GET {re.escape(url)} -> 200 in \d+\.\d{{3}}s \(retries taken: 1\)",
        messages[2],
    )


def test_debug_log_names_transport_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="contactswing")
    client = sync_client(Script(httpx.ConnectError), max_retries=0)
    with pytest.raises(ContactSwingError):
        client.request("GET", "/v2/_actions")
    assert "-> ConnectError in" in caplog.records[0].getMessage()


def test_auth_schemes_put_the_token_where_they_say() -> None:
    script = Script(httpx.Response(200, json={}))
    scheme_client(BasicClient, script, token="user:pa ss").request("GET", "/x")
    scheme_client(HeaderKeyClient, script, token=SECRET).request("GET", "/x")
    scheme_client(QueryKeyClient, script, token=SECRET).request(
        "GET", "/x", params={"a": 1}
    )
    scheme_client(NoAuthClient, script, base_url="http://api.example.com").request(
        "GET", "/x"
    )
    basic, header, query, none = script.requests
    assert (
        basic.headers["Authorization"]
        == "Basic " + base64.b64encode(b"user:pa ss").decode()
    )
    assert header.headers["X-API-Key"] == SECRET
    assert "Authorization" not in header.headers
    assert query.url.params["api_key"] == SECRET
    assert query.url.params["a"] == "1"
    assert "Authorization" not in none.headers
    assert "api_key" not in none.url.params


def test_query_key_is_redacted_in_messages_and_our_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="contactswing")
    script = Script(httpx.Response(404, json={"detail": f"no such key {SECRET}"}))
    client = scheme_client(QueryKeyClient, script, token=SECRET)
    with pytest.raises(NotFoundError) as info:
        client.request("GET", "/x")
    assert script.requests[0].url.params["api_key"] == SECRET
    assert SECRET not in str(info.value)
    assert "api_key" not in str(
        info.value.request.url
    ), "the key stays on the wire only"
    assert all(
        SECRET not in r.getMessage() for r in caplog.records if r.name == "contactswing"
    )


def test_credential_like_query_values_are_redacted_in_messages() -> None:
    client = sync_client(Script(404))
    with pytest.raises(NotFoundError) as info:
        client.request("GET", "/x", params={"access_token": "tok-abc", "page": 2})
    assert "access_token=REDACTED&page=2" in str(info.value)
    assert "tok-abc" not in str(info.value)


def test_basic_token_is_redacted_in_encoded_form_too() -> None:
    encoded = base64.b64encode(b"user:hunter22").decode()
    script = Script(
        httpx.Response(401, json={"detail": f"bad credentials Basic {encoded}"})
    )
    client = scheme_client(BasicClient, script, token="user:hunter22")
    with pytest.raises(ContactSwingError) as info:
        client.request("GET", "/x")
    assert encoded not in str(info.value)
    assert "hunter22" not in repr(info.value)
