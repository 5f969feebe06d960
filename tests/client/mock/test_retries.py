"""Protects the retry rules: which failures are retried for which methods, and how long we wait.

The expectations are written out as tables here, not computed from the runtime's own rules, so a
change to the rules shows up as a failing row.
"""

from __future__ import annotations

import email.utils
import time
import uuid
from typing import Any

import httpx
import pytest
from contactswing import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConflictError,
    InternalServerError,
    RateLimitError,
)
from contactswing._runtime import Endpoint

from .support import Script, async_client, sms_action, sync_client

MAX_RETRIES = 2

# outcome: (error once retries run out, retried for GET/PUT/DELETE, retried for plain POST)
STATUS_TABLE: dict[int, tuple[type[Exception], bool, bool]] = {
    408: (APIStatusError, True, False),
    409: (ConflictError, False, False),
    429: (RateLimitError, True, True),
    500: (InternalServerError, True, False),
    502: (InternalServerError, True, False),
    503: (InternalServerError, True, False),
    504: (InternalServerError, True, False),
}
ERROR_TABLE: dict[type[Exception], tuple[type[Exception], bool, bool]] = {
    # Never connected: the POST cannot have reached the server, so retrying is safe.
    httpx.ConnectError: (APIConnectionError, True, True),
    httpx.ConnectTimeout: (APITimeoutError, True, True),
    httpx.PoolTimeout: (APITimeoutError, True, True),
    # Sent, then lost: the server may have acted on a POST (sent the SMS); no retry.
    httpx.ReadTimeout: (APITimeoutError, True, False),
    httpx.RemoteProtocolError: (APIConnectionError, True, False),
}
OUTCOMES: list[Any] = [*STATUS_TABLE, *ERROR_TABLE]

IDEMPOTENCY_ENDPOINT = Endpoint[None](
    method="POST",
    path="/v2/_actions",
    response=None,
    idempotency_header="Idempotency-Key",
)


def expected(outcome: Any, method: str) -> tuple[type[Exception], int]:
    """The error and the number of attempts the tables promise for one row and column."""
    table: dict[Any, tuple[type[Exception], bool, bool]] = {
        **STATUS_TABLE,
        **ERROR_TABLE,
    }
    error, idempotent_retry, post_retry = table[outcome]
    retried = post_retry if method == "POST" else idempotent_retry
    return error, 1 + MAX_RETRIES if retried else 1


@pytest.mark.parametrize("outcome", OUTCOMES, ids=str)
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST"])
def test_retry_matrix_raw_request(
    outcome: Any, method: str, sleeps: list[float]
) -> None:
    script = Script(outcome)
    client = sync_client(script)
    error, attempts = expected(outcome, method)
    with pytest.raises(error) as info:
        client.request(
            method, "/v2/_things/1", json={"a": 1} if method != "GET" else None
        )
    assert type(info.value) is error
    assert script.attempts == attempts
    assert len(sleeps) == attempts - 1
    assert {r.method for r in script.requests} == {method}


@pytest.mark.parametrize("outcome", OUTCOMES, ids=str)
def test_retry_matrix_generated_post(outcome: Any, sleeps: list[float]) -> None:
    script = Script(outcome)
    client = sync_client(script)
    error, attempts = expected(outcome, "POST")
    with pytest.raises(error):
        client.actions.create(sms_action())
    assert script.attempts == attempts
    assert len(sleeps) == attempts - 1


@pytest.mark.parametrize("outcome", OUTCOMES, ids=str)
def test_idempotency_key_makes_post_retry_like_get(outcome: Any) -> None:
    script = Script(outcome)
    client = sync_client(script)
    error, attempts = expected(outcome, "GET")
    with pytest.raises(error):
        client.call(IDEMPOTENCY_ENDPOINT, body={"name": "x"})
    assert script.attempts == attempts
    keys = {r.headers.get("idempotency-key") for r in script.requests}
    assert len(keys) == 1, "every retry must reuse the call's one key"
    (key,) = keys
    assert key is not None and uuid.UUID(key).version == 4


def test_removing_the_idempotency_key_restores_post_rules() -> None:
    script = Script(503)
    client = sync_client(script)
    with pytest.raises(InternalServerError):
        client.call(
            IDEMPOTENCY_ENDPOINT, options={"extra_headers": {"Idempotency-Key": None}}
        )
    assert script.attempts == 1
    assert "idempotency-key" not in script.requests[0].headers


def test_idempotency_key_is_new_per_call_and_callers_key_wins() -> None:
    script = Script(201)
    client = sync_client(script)
    client.call(IDEMPOTENCY_ENDPOINT, body={})
    client.call(IDEMPOTENCY_ENDPOINT, body={})
    client.call(IDEMPOTENCY_ENDPOINT, body={}, headers={"Idempotency-Key": "mine"})
    keys = [r.headers["idempotency-key"] for r in script.requests]
    assert keys[0] != keys[1]
    assert keys[2] == "mine"


@pytest.mark.asyncio
@pytest.mark.parametrize("outcome", OUTCOMES, ids=str)
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST"])
async def test_retry_matrix_async(
    outcome: Any, method: str, sleeps: list[float]
) -> None:
    script = Script(outcome)
    client = async_client(script)
    error, attempts = expected(outcome, method)
    with pytest.raises(error) as info:
        await client.request(method, "/v2/_things/1")
    assert type(info.value) is error
    assert script.attempts == attempts
    assert len(sleeps) == attempts - 1


@pytest.mark.asyncio
async def test_async_generated_post_and_idempotency_key() -> None:
    script = Script(httpx.ReadTimeout)
    client = async_client(script)
    with pytest.raises(APITimeoutError):
        await client.actions.create(sms_action())
    assert script.attempts == 1
    script = Script(httpx.ReadTimeout)
    client = async_client(script)
    with pytest.raises(APITimeoutError):
        await client.call(IDEMPOTENCY_ENDPOINT, body={})
    assert script.attempts == 3
    assert len({r.headers["idempotency-key"] for r in script.requests}) == 1


def test_retry_then_success_returns_parsed_body(sleeps: list[float]) -> None:
    script = Script(429, httpx.ConnectError, httpx.PoolTimeout, 201)
    client = sync_client(script, max_retries=3)
    created = client.actions.create(sms_action())
    assert created._request_id == "ctx-created"
    assert script.attempts == 4
    assert len(sleeps) == 3


@pytest.mark.parametrize(
    ("client_retries", "call_retries", "attempts"),
    [(0, None, 1), (2, 0, 1), (0, 4, 5), (5, None, 6)],
)
def test_max_retries_per_client_and_per_call(
    client_retries: int, call_retries: int | None, attempts: int
) -> None:
    script = Script(503)
    client = sync_client(script, max_retries=client_retries)
    options = {} if call_retries is None else {"max_retries": call_retries}
    with pytest.raises(InternalServerError):
        client.request("GET", "/v2/_actions", **options)  # type: ignore[arg-type]
    assert script.attempts == attempts


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        sync_client(Script(), max_retries=-1)


def test_backoff_grows_exponentially_with_jitter_and_is_capped(
    sleeps: list[float],
) -> None:
    client = sync_client(Script(503), max_retries=7)
    with pytest.raises(InternalServerError):
        client.request("GET", "/v2/_actions")
    nominal = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert len(sleeps) == len(nominal)
    for delay, top in zip(sleeps, nominal, strict=True):
        assert 0.75 * top <= delay <= top


def test_backoff_is_jittered(sleeps: list[float]) -> None:
    for _ in range(20):
        client = sync_client(Script(503), max_retries=1)
        with pytest.raises(InternalServerError):
            client.request("GET", "/v2/_actions")
    assert len(set(sleeps)) > 1, "identical pauses mean no jitter"


def _with_dates(headers: dict[str, str]) -> dict[str, str]:
    """Replace ``DATE+n`` with the HTTP date n seconds from now (at test time, not import)."""
    return {
        name: (
            email.utils.formatdate(time.time() + float(value[4:]), usegmt=True)
            if value.startswith("DATE")
            else value
        )
        for name, value in headers.items()
    }


BACKOFF = (0.375, 0.5)  # first backoff: 0.5 s less up to 25 % jitter
# Over the client's max_retry_after (60 s by default): not retried, the answer raised at once.
RAISED = None
RETRY_AFTER_TABLE: list[tuple[str, dict[str, str], tuple[float, float] | None]] = [
    ("seconds", {"Retry-After": "3"}, (3.0, 3.0)),
    ("zero", {"Retry-After": "0"}, (0.0, 0.0)),
    ("fraction", {"Retry-After": "1.5"}, (1.5, 1.5)),
    ("at the cap", {"Retry-After": "60"}, (60.0, 60.0)),
    ("http date", {"Retry-After": "DATE+30"}, (28.0, 30.0)),
    ("huge", {"Retry-After": "86400"}, RAISED),
    ("just over the cap", {"Retry-After": "61"}, RAISED),
    ("negative", {"Retry-After": "-5"}, BACKOFF),
    ("garbage", {"Retry-After": "soon, promise"}, BACKOFF),
    ("nan", {"Retry-After": "nan"}, BACKOFF),
    ("empty", {"Retry-After": ""}, BACKOFF),
    ("http date in the past", {"Retry-After": "DATE-3600"}, BACKOFF),
    ("http date far ahead", {"Retry-After": "DATE+3600"}, RAISED),
    ("milliseconds", {"retry-after-ms": "1500"}, (1.5, 1.5)),
    ("milliseconds win", {"retry-after-ms": "250", "Retry-After": "20"}, (0.25, 0.25)),
    ("garbage milliseconds", {"retry-after-ms": "x", "Retry-After": "2"}, (2.0, 2.0)),
    ("huge milliseconds", {"retry-after-ms": "600000"}, RAISED),
]


@pytest.mark.parametrize(
    ("headers", "bounds"),
    [(h, b) for _, h, b in RETRY_AFTER_TABLE],
    ids=[name for name, _, _ in RETRY_AFTER_TABLE],
)
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after(
    status: int,
    headers: dict[str, str],
    bounds: tuple[float, float] | None,
    sleeps: list[float],
) -> None:
    script = Script(httpx.Response(status, headers=_with_dates(headers)), 200)
    client = sync_client(script)
    if bounds is RAISED:
        with pytest.raises(APIStatusError) as info:
            client.request("GET", "/v2/_actions")
        assert info.value.status_code == status
        assert script.attempts == 1
        assert sleeps == []
        return
    client.request("GET", "/v2/_actions")
    assert script.attempts == 2
    (delay,) = sleeps
    low, high = bounds
    assert low <= delay <= high


def test_retry_after_is_honoured_for_post_429(sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "7"}), 201)
    client = sync_client(script)
    client.actions.create(sms_action())
    assert sleeps == [7.0]


@pytest.mark.asyncio
async def test_async_retry_after_and_backoff(sleeps: list[float]) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "4"}), 503, 200)
    client = async_client(script)
    await client.request("GET", "/v2/_actions")
    assert sleeps[0] == 4.0
    assert 0.75 <= sleeps[1] <= 1.0


def test_every_response_is_closed_when_retries_run_out(tracked: Any) -> None:
    client = sync_client(lambda request: tracked(503), max_retries=3)
    with pytest.raises(InternalServerError):
        client.request("GET", "/v2/_actions")
    assert len(tracked.streams) == 4
    assert all(stream.closed for stream in tracked.streams)


def test_every_response_is_closed_on_success_and_on_unretried_errors(
    tracked: Any,
) -> None:
    responses = iter(
        [
            tracked(429),
            tracked(201, b'{"ctx_id": "c", "data": {"action_id": "a", "name": "n"}}'),
        ]
    )
    client = sync_client(lambda request: next(responses))
    client.actions.create(sms_action())
    client = sync_client(lambda request: tracked(500))
    with pytest.raises(InternalServerError):
        client.actions.create(sms_action())
    assert len(tracked.streams) == 3
    assert all(stream.closed for stream in tracked.streams)


@pytest.mark.asyncio
async def test_every_response_is_closed_when_retries_run_out_async(
    tracked: Any,
) -> None:
    client = async_client(lambda request: tracked(502), max_retries=3)
    with pytest.raises(InternalServerError):
        await client.request("DELETE", "/v2/_actions/1")
    assert len(tracked.streams) == 4
    assert all(stream.closed for stream in tracked.streams)
