"""Protects the error contract: every failure is one of our typed errors, with useful fields.

Hostile or broken responses (HTML error pages, empty or non-JSON bodies, bodies that do not
match the schema) must surface as these errors, never as a bare JSONDecodeError or a pydantic
ValidationError, and with the cause chained for debugging.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pydantic
import pytest
from contactswing import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContactSwingError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from .support import CREATED, Script, async_client, sms_action, sync_client

# Google Cloud Run's own error page, roughly: what a 502 from the load balancer looks like.
CLOUD_RUN_502 = (
    "<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n"
    '  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">\n'
    "  <title>Error 502 (Server Error)!!1</title>\n  <style>*{margin:0;padding:0}html,code"
    "{font:15px/22px arial,sans-serif}" + "x" * 2000 + "</style>\n"
    "  <p><b>502.</b> <ins>That's an error.</ins>\n"
)


def _chain(error: BaseException) -> list[BaseException]:
    """The exception and everything it was raised from or during."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


STATUS_CLASSES: list[tuple[int, type[APIStatusError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
    (599, InternalServerError),
    (418, APIStatusError),
    (302, APIStatusError),
]


@pytest.mark.parametrize(("status", "error"), STATUS_CLASSES)
def test_status_codes_map_to_error_classes(
    status: int, error: type[APIStatusError]
) -> None:
    body = {"ctx_id": "ctx-42", "detail": "nope"}
    client = sync_client(Script(httpx.Response(status, json=body)), max_retries=0)
    with pytest.raises(error) as info:
        client.actions.create(sms_action())
    err = info.value
    assert type(err) is error
    assert isinstance(err, ContactSwingError)
    assert err.status_code == status
    assert err.response.status_code == status
    assert err.body == body
    assert err.request_id == "ctx-42"  # the spec's x-envelope request-id
    message = str(err)
    assert str(status) in message
    assert "POST" in message
    assert "/v2/_actions" in message
    assert "nope" in message
    assert "ctx-42" in message


def test_error_body_that_is_not_json_is_kept_as_text() -> None:
    client = sync_client(Script(httpx.Response(400, text="plain words")))
    with pytest.raises(BadRequestError) as info:
        client.actions.create(sms_action())
    assert info.value.body == "plain words"
    assert info.value.request_id is None


def test_empty_error_body_is_none() -> None:
    client = sync_client(Script(httpx.Response(404)))
    with pytest.raises(NotFoundError) as info:
        client.request("GET", "/v2/_actions/missing")
    assert info.value.body is None
    assert "404 Not Found from GET" in str(info.value)


def test_html_502_page_gives_internal_server_error_with_a_short_message() -> None:
    page = httpx.Response(
        502, text=CLOUD_RUN_502, headers={"content-type": "text/html"}
    )
    script = Script(page)
    client = sync_client(script)
    with pytest.raises(InternalServerError) as info:
        client.request("GET", "/v2/_actions")
    err = info.value
    assert script.attempts == 3
    assert err.body == CLOUD_RUN_502
    assert err.request_id is None
    message = str(err)
    assert "Error 502 (Server Error)!!1" in message
    assert "\n" not in message
    assert len(message) < 400
    assert not any(isinstance(e, json.JSONDecodeError) for e in _chain(err))


def test_long_json_error_body_is_cut_short_in_the_message() -> None:
    body = {"detail": "y" * 5000}
    client = sync_client(Script(httpx.Response(400, json=body)))
    with pytest.raises(BadRequestError) as info:
        client.actions.create(sms_action())
    assert len(str(info.value)) < 400
    assert info.value.body == body


@pytest.mark.parametrize(
    ("response", "cause", "words"),
    [
        (httpx.Response(200), None, "empty"),
        (httpx.Response(200, content=b"  \n"), None, "empty"),
        (httpx.Response(204), None, "empty"),
        (
            httpx.Response(201, text="Created", headers={"content-type": "text/plain"}),
            None,
            "text/plain",
        ),
        (
            httpx.Response(
                201, text="<html>ok</html>", headers={"content-type": "text/html"}
            ),
            None,
            "text/html",
        ),
        (
            httpx.Response(
                201, content=b"Created", headers={"content-type": "application/json"}
            ),
            json.JSONDecodeError,
            "not valid JSON",
        ),
        (
            httpx.Response(201, content=b'{"ctx_id": '),
            json.JSONDecodeError,
            "not valid JSON",
        ),
        (httpx.Response(201, content=b"\xff\xfe{}"), ValueError, "not valid JSON"),
        (
            httpx.Response(201, json=[1, 2]),
            pydantic.ValidationError,
            "CreateActionResponse",
        ),
        (
            httpx.Response(201, content=b"null"),
            pydantic.ValidationError,
            "CreateActionResponse",
        ),
    ],
    ids=[
        "empty 200",
        "blank 200",
        "204",
        "text 201",
        "html 201",
        "json type but not json",
        "truncated json",
        "not utf-8",
        "wrong shape",
        "json null",
    ],
)
def test_hostile_success_bodies_give_response_validation_error(
    response: httpx.Response, cause: type[Exception] | None, words: str
) -> None:
    client = sync_client(Script(response))
    with pytest.raises(APIResponseValidationError) as info:
        client.actions.create(sms_action())
    err = info.value
    assert type(err) is APIResponseValidationError
    assert words in str(err)
    assert err.status_code == response.status_code
    assert len(str(err)) < 600
    if cause is None:
        assert err.__cause__ is None
    else:
        assert isinstance(err.__cause__, cause)


@pytest.mark.parametrize(
    "body",
    [
        {"ctx_id": 5, "data": {"name": "x"}},
        {"ctx_id": "c", "data": {"action_id": ["a"], "type": 7}},
    ],
    ids=["wrong types", "wrong nested types"],
)
def test_an_answer_that_breaks_its_schema_is_read_leniently(
    body: dict[str, object],
) -> None:
    """Reads are lenient: the typed model, every value as the server sent it, nothing lost."""
    client = sync_client(Script(httpx.Response(201, json=body)))
    created = client.actions.create(sms_action())
    assert type(created).__name__ == "CreatedAction"
    assert (
        created.model_dump(
            mode="python", by_alias=True, exclude_unset=True, warnings=False
        )
        == body["data"]
    )
    # The rest of the envelope stays beside the part the method returns.
    assert created._envelope == {"ctx_id": body["ctx_id"]}
    ctx_id = body["ctx_id"]
    assert created._request_id == (ctx_id if isinstance(ctx_id, str) else None)


@pytest.mark.parametrize(
    "body",
    [{"ctx_id": "c"}, {}, {"ctx_id": "c", "data": None}],
    ids=["no data", "empty", "null data"],
)
def test_an_envelope_without_the_promised_data_is_a_response_validation_error(
    body: dict[str, object],
) -> None:
    """The method's type promises the created action; an answer without one cannot keep it."""
    client = sync_client(Script(httpx.Response(201, json=body)))
    with pytest.raises(
        APIResponseValidationError, match="the answer has no 'data'"
    ) as info:
        client.actions.create(sms_action())
    assert info.value.body == body
    assert info.value.status_code == 201


def test_unknown_fields_in_a_success_body_are_accepted() -> None:
    body = {**CREATED, "extra": {"nested": True}}
    client = sync_client(Script(httpx.Response(201, json=body)))
    created = client.actions.create(sms_action())
    assert created._request_id == "ctx-created"
    assert created._envelope is not None and created._envelope["extra"] == {
        "nested": True
    }


@pytest.mark.asyncio
async def test_async_errors_are_the_same_types() -> None:
    client = async_client(Script(httpx.Response(401, json={"detail": "Invalid token"})))
    with pytest.raises(AuthenticationError, match="Invalid token"):
        await client.actions.create(sms_action())
    client = async_client(Script(httpx.Response(201, text="<html></html>")))
    with pytest.raises(APIResponseValidationError):
        await client.actions.create(sms_action())


@pytest.mark.parametrize(
    ("raised", "error", "words"),
    [
        (httpx.ConnectTimeout, APITimeoutError, "connect timeout"),
        (httpx.ReadTimeout, APITimeoutError, "read timeout"),
        (httpx.WriteTimeout, APITimeoutError, "write timeout"),
        (httpx.PoolTimeout, APITimeoutError, "pool timeout"),
        (httpx.ConnectError, APIConnectionError, "connection error"),
        (httpx.ReadError, APIConnectionError, "connection error"),
        (httpx.RemoteProtocolError, APIConnectionError, "connection error"),
    ],
)
def test_transport_failures_become_connection_errors(
    raised: type[Exception], error: type[Exception], words: str
) -> None:
    client = sync_client(Script(raised), max_retries=0)
    with pytest.raises(error) as info:
        client.request("GET", "/v2/_actions")
    err = info.value
    assert type(err) is error
    # Not chained: httpx's exception and its frames hold the request headers, token included.
    assert err.__cause__ is None and err.__context__ is None
    assert words in str(err)
    assert "GET https://" in str(err)
    assert isinstance(err, APIConnectionError) and err.request.method == "GET"


def test_timeout_error_says_how_many_attempts_were_made() -> None:
    client = sync_client(Script(httpx.ReadTimeout), max_retries=2)
    with pytest.raises(APITimeoutError, match="after 3 attempts"):
        client.request("GET", "/v2/_actions")


def _timeouts(request: httpx.Request) -> dict[str, Any]:
    timeouts: dict[str, Any] = request.extensions["timeout"]
    return timeouts


def test_default_timeouts_are_finite() -> None:
    script = Script(201)
    client = sync_client(script)
    client.actions.create(sms_action())
    assert _timeouts(script.requests[0]) == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 10.0,
    }


def test_timeouts_per_client_and_per_call() -> None:
    script = Script(201)
    client = sync_client(script, timeout=3.0)
    client.actions.create(sms_action())
    client.actions.create(sms_action(), timeout=httpx.Timeout(1.0, read=20.0))
    client.actions.create(sms_action(), timeout=None)
    assert _timeouts(script.requests[0]) == {
        "connect": 3.0,
        "read": 3.0,
        "write": 3.0,
        "pool": 3.0,
    }
    assert _timeouts(script.requests[1]) == {
        "connect": 1.0,
        "read": 20.0,
        "write": 1.0,
        "pool": 1.0,
    }
    assert _timeouts(script.requests[2]) == {
        "connect": None,
        "read": None,
        "write": None,
        "pool": None,
    }
