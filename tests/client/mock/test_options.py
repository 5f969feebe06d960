"""Protects the client's configuration surface: ``with_options``/``copy``, the readable
settings, ``default_query``, and ``max_retry_after`` (a ``Retry-After`` honoured up to a limit).
"""

from __future__ import annotations

import asyncio
import math
import socket
import threading
from collections.abc import Iterator
from typing import Any

import contactswing
import httpx
import pytest
from contactswing import (
    ArgumentTypeError,
    AsyncContactSwing,
    ContactSwing,
    ContactSwingError,
    InternalServerError,
    InvalidArgumentError,
    RateLimitError,
)
from contactswing._runtime import AsyncAPIClient, SyncAPIClient

from generator.parse.resources import _CLIENT_ATTRIBUTES
from tests.client import servers
from tests.client.leaks import everything_about, sightings

from .support import SECRET, Script, async_client, sms_action, sync_client

OTHER = "csk_live_OTHERtoken5Rw3Xq0Lp2Nd8"


def _configured(script: Script) -> ContactSwing:
    return sync_client(
        script,
        timeout=7.0,
        max_retries=3,
        deadline=30.0,
        max_retry_after=90,
        default_headers={"X-Team": "billing"},
        default_query={"region": "eu"},
    )


# ---- with_options / copy: what a copy keeps, changes and returns ----


def test_with_options_returns_the_clients_own_class_and_copy_is_the_same_method() -> (
    None
):
    client = sync_client(Script())
    assert type(client.with_options()) is ContactSwing
    assert type(client.copy(timeout=3)) is ContactSwing
    assert ContactSwing.copy is ContactSwing.with_options
    aclient = async_client(Script())
    assert type(aclient.with_options(max_retries=0)) is AsyncContactSwing
    assert type(aclient.copy()) is AsyncContactSwing


def test_a_copy_keeps_every_setting_it_was_not_given() -> None:
    script = Script(201)
    client = _configured(script)
    copy = client.with_options()
    for name in (
        "base_url",
        "timeout",
        "max_retries",
        "deadline",
        "max_retry_after",
        "default_headers",
        "default_query",
    ):
        assert getattr(copy, name) == getattr(client, name), name
    copy.actions.create(sms_action())
    sent = script.requests[0]
    assert sent.headers["Authorization"] == f"Bearer {SECRET}"
    assert sent.headers["X-Team"] == "billing"
    assert sent.url.params["region"] == "eu"
    assert sent.extensions["timeout"]["read"] == 7.0


def test_a_copy_changes_what_it_is_given_and_the_original_keeps_its_own() -> None:
    script = Script(503)
    client = _configured(script)
    copy = client.copy(
        timeout=httpx.Timeout(2.0, connect=1.0),
        max_retries=0,
        deadline=None,
        max_retry_after=5,
        base_url="https://staging.example.com/api",
    )
    with pytest.raises(InternalServerError):
        copy.request("GET", "/v2/_actions")
    assert script.attempts == 1  # max_retries=0
    sent = script.requests[0]
    assert str(sent.url).startswith("https://staging.example.com/api/v2/_actions")
    assert sent.extensions["timeout"] == {
        "connect": 1.0,
        "read": 2.0,
        "write": 2.0,
        "pool": 2.0,
    }
    assert (copy.max_retries, copy.deadline, copy.max_retry_after) == (0, None, 5.0)
    assert (client.max_retries, client.deadline, client.max_retry_after) == (
        3,
        30.0,
        90.0,
    )
    assert client.timeout == httpx.Timeout(7.0)
    assert client.base_url.startswith("https://prod-contactswing")


def test_default_headers_and_query_are_merged_over_the_originals() -> None:
    script = Script(200)
    client = _configured(script)
    copy = client.with_options(
        default_headers={"x-team": "voice", "User-Agent": None, "X-New": "1"},
        default_query={"region": None, "tenant": 7},
    )
    assert copy.default_headers == {
        "Accept": "application/json",
        "x-team": "voice",
        "X-New": "1",
    }
    assert copy.default_query == {"tenant": 7}
    copy.request("GET", "/v2/_actions")
    sent = script.requests[0]
    assert sent.headers["X-Team"] == "voice"
    assert sent.headers.get_list("x-team") == ["voice"]
    assert "region" not in sent.url.params
    assert sent.url.params["tenant"] == "7"
    assert client.default_headers["X-Team"] == "billing"  # the original is untouched


def test_a_copy_can_take_another_token_stripped_as_the_constructor_does() -> None:
    script = Script(200)
    client = sync_client(script)
    client.with_options(token=f"  {OTHER}\n").request("GET", "/v2/_actions")
    client.request("GET", "/v2/_actions")
    assert script.requests[0].headers["Authorization"] == f"Bearer {OTHER}"
    assert script.requests[1].headers["Authorization"] == f"Bearer {SECRET}"


def test_an_unknown_option_is_a_type_error() -> None:
    client = sync_client(Script())
    with pytest.raises(TypeError, match="max_retry"):
        client.with_options(max_retry=1)  # type: ignore[call-arg]


# ---- every setting is checked, by the constructor and by with_options alike ----

BAD_SETTINGS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"timeout": 0}, InvalidArgumentError, "timeout must be a finite number"),
    ({"timeout": "2"}, ArgumentTypeError, "timeout must be a number"),
    ({"max_retries": 1.5}, ArgumentTypeError, "max_retries must be an int"),
    ({"max_retries": -1}, InvalidArgumentError, "max_retries must be >= 0"),
    ({"deadline": math.inf}, InvalidArgumentError, "deadline must be a finite"),
    ({"max_retry_after": -1}, InvalidArgumentError, "max_retry_after must be a finite"),
    ({"max_retry_after": math.nan}, InvalidArgumentError, "max_retry_after"),
    ({"max_retry_after": math.inf}, InvalidArgumentError, "max_retry_after"),
    ({"max_retry_after": "60"}, ArgumentTypeError, "max_retry_after must be a number"),
    ({"max_retry_after": True}, ArgumentTypeError, "max_retry_after must be a number"),
    ({"default_query": [("a", 1)]}, ArgumentTypeError, "default_query must be a map"),
    ({"default_query": {"a": "\ud800"}}, InvalidArgumentError, "lone surrogate"),
    ({"default_query": {1: "a"}}, ArgumentTypeError, "query parameter names"),
    ({"default_headers": {"X-A": "a\nb"}}, InvalidArgumentError, "control character"),
    ({"default_headers": "X-A: 1"}, ArgumentTypeError, "default_headers must be"),
    ({"http_client": httpx.AsyncClient()}, ArgumentTypeError, r"httpx\.Client"),
    ({"base_url": "http://api.example.com"}, ContactSwingError, "plain http"),
]


@pytest.mark.parametrize(
    ("settings", "error", "message"),
    BAD_SETTINGS,
    ids=[f"{next(iter(s))}={next(iter(s.values()))!r}" for s, _, _ in BAD_SETTINGS],
)
def test_bad_settings_are_refused_by_the_constructor_and_by_with_options(
    settings: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        ContactSwing(token=SECRET, **settings)
    client = sync_client(Script())
    with pytest.raises(error, match=message):
        client.with_options(**settings)


def test_max_retry_after_zero_is_allowed_and_means_never_wait(
    sleeps: list[float],
) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "0"}), 200)
    sync_client(script, max_retry_after=0).request("GET", "/v2/_actions")
    assert sleeps == [0.0]
    script = Script(httpx.Response(429, headers={"Retry-After": "1"}), 200)
    with pytest.raises(RateLimitError):
        sync_client(script, max_retry_after=0).request("GET", "/v2/_actions")
    assert script.attempts == 1


# ---- the readable settings ----


def test_settings_read_back_as_given_and_as_copies() -> None:
    client = sync_client(
        Script(),
        timeout=4,
        max_retries=1,
        deadline=2.5,
        max_retry_after=120,
        default_query={"page_size": 50},
    )
    assert client.timeout == httpx.Timeout(4)
    assert client.max_retries == 1
    assert client.deadline == 2.5
    assert client.max_retry_after == 120.0
    assert client.default_query == {"page_size": 50}
    headers = client.default_headers
    assert headers["User-Agent"].startswith("contactswing/")
    headers["X-Injected"] = "1"
    client.default_query["page_size"] = 1
    assert "X-Injected" not in client.default_headers
    assert client.default_query == {"page_size": 50}


def test_defaults_when_nothing_is_given() -> None:
    client = ContactSwing(token=SECRET)
    assert client.timeout == httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=10)
    assert (client.max_retries, client.deadline, client.max_retry_after) == (
        2,
        None,
        60.0,
    )
    assert client.default_query == {}
    client.close()


# ---- default_query: under the call's own parameters and extra_query ----


def test_default_query_goes_under_the_calls_parameters_and_extra_query() -> None:
    script = Script(httpx.Response(200, json={"ctx_id": "c", "data": []}))
    client = sync_client(
        script, default_query={"page": 9, "per_page": 5, "debug": "1", "trace": "a"}
    )
    client.request(
        "GET",
        "/v2/_actions",
        params={"page": 2},
        extra_query={"trace": "b", "debug": None},
    )
    params = script.requests[0].url.params
    assert params["page"] == "2"  # the call's own parameter wins
    assert params["per_page"] == "5"  # the default fills in
    assert params["trace"] == "b"  # extra_query wins
    assert "debug" not in params  # and None removes a default


def test_a_parameter_left_out_keeps_the_default_query_of_its_name() -> None:
    script = Script(httpx.Response(200, json={"ctx_id": "c", "data": []}))
    client = sync_client(script, default_query={"per_page": 50, "page": 2})
    client.actions.list()  # page and per_page left as None: the defaults apply
    client.actions.list(per_page=10)
    client.request("GET", "/v2/_actions", params={"page": None})
    first, second, raw = (dict(r.url.params) for r in script.requests)
    assert first == {"per_page": "50", "page": "2"}
    assert second == {"per_page": "10", "page": "2"}
    assert raw == {"per_page": "50", "page": "2"}


@pytest.mark.asyncio
async def test_default_query_reaches_async_calls_too() -> None:
    script = Script(200)
    client = async_client(script, default_query={"region": "eu"})
    await client.with_options(default_query={"tenant": "t1"}).request("GET", "/x")
    assert dict(script.requests[0].url.params) == {"region": "eu", "tenant": "t1"}


# ---- connections: a copy shares the pool, and never closes it ----


@pytest.fixture
def counting_server() -> Iterator[tuple[str, list[int]]]:
    """A loopback server answering 200; the list counts the connections it accepted."""
    accepted: list[int] = []
    lock = threading.Lock()

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        with lock:
            accepted.append(1)
        servers.ok(conn, stop)

    with servers.serve(behaviour) as url:
        yield url, accepted


def test_a_copy_shares_the_pool_and_closing_it_leaves_the_pool_open(
    counting_server: tuple[str, list[int]],
) -> None:
    url, accepted = counting_server
    client = ContactSwing(token=SECRET, base_url=url)
    client.request("GET", "/one")
    with client.with_options(timeout=5, max_retries=0) as copy:
        copy.request("GET", "/two")
    copy.close()  # a second close is as harmless as the first
    assert client.request("GET", "/three").status_code == 200
    assert len(accepted) == 1, "the copy reused the original's kept-alive connection"
    client.close()
    # The pool is the original's: once it is closed, so is every copy's.
    with pytest.raises(RuntimeError, match="closed"):
        copy.request("GET", "/four")


def test_a_copy_with_its_own_http_client_uses_it_and_leaves_it_open() -> None:
    first, second = Script(200), Script(200)
    client = sync_client(first)
    own = httpx.Client(transport=httpx.MockTransport(second))
    with client.with_options(http_client=own) as copy:
        copy.request("GET", "/x")
    assert (first.attempts, second.attempts) == (0, 1)
    assert not own.is_closed
    client.request("GET", "/y")  # the original's pool is untouched too
    assert first.attempts == 1
    own.close()


@pytest.mark.asyncio
async def test_an_async_copy_shares_the_pool_and_aclose_leaves_it_open() -> None:
    script = Script(200)
    http = httpx.AsyncClient(transport=httpx.MockTransport(script))
    client = AsyncContactSwing(token=SECRET, http_client=http)
    async with client.copy(max_retries=0) as copy:
        await copy.request("GET", "/x")
    await client.request("GET", "/y")
    assert script.attempts == 2
    assert not http.is_closed
    await http.aclose()


def test_an_async_copy_belongs_to_the_event_loop_of_its_pool() -> None:
    script = Script(200)
    client = async_client(script)
    copy = client.with_options(timeout=3)
    asyncio.run(copy.request("GET", "/x"))  # binds the shared pool to this loop
    with pytest.raises(ContactSwingError, match="another event loop"):
        asyncio.run(client.request("GET", "/y"))
    assert script.attempts == 1, "refused before sending"
    # A copy with a pool of its own is free to start in a new loop.
    own = httpx.AsyncClient(transport=httpx.MockTransport(script))
    asyncio.run(client.with_options(http_client=own).request("GET", "/z"))
    assert script.attempts == 2


# ---- the token: never in a copy's repr, nor in any error of with_options ----


def test_a_copy_never_shows_the_token() -> None:
    client = sync_client(Script(401))
    copy = client.with_options(timeout=5)
    assert SECRET not in repr(copy) and SECRET not in str(copy)
    assert SECRET not in repr(vars(copy))  # Credentials hides it in its repr
    with pytest.raises(contactswing.AuthenticationError) as info:
        copy.request("GET", "/x")
    assert not sightings(everything_about(info.value), SECRET)


@pytest.mark.parametrize(
    "settings",
    [
        {"token": f"{OTHER[:9]}\x00{OTHER[9:]}"},
        {"token": OTHER, "timeout": -1},
        {"token": OTHER, "base_url": "http://example.com"},
        {"timeout": "soon"},
    ],
    ids=["bad new token", "good new token, bad timeout", "unsafe URL", "kept token"],
)
def test_errors_of_with_options_hold_no_token_even_with_locals(
    settings: dict[str, Any],
) -> None:
    client = sync_client(Script())
    with pytest.raises(ContactSwingError) as info:
        client.with_options(**settings)
    text = everything_about(info.value)
    for secret in (SECRET, OTHER, OTHER[9:]):
        assert not sightings(text, secret), secret


# ---- max_retry_after: Retry-After honoured up to a limit, raised beyond it ----


def test_a_retry_after_within_the_limit_is_waited_for(sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "90"}), 201)
    client = sync_client(script, max_retry_after=120)
    client.actions.create(sms_action())
    assert sleeps == [90.0]
    assert script.attempts == 2


def test_a_retry_after_over_the_limit_raises_at_once_saying_why(
    sleeps: list[float],
) -> None:
    # A server asking 90 s on an endpoint limited to 10 calls a minute: neither hang for
    # minutes nor hammer it after 0.5 s.
    busy = httpx.Response(429, headers={"Retry-After": "90"})
    script = Script(busy, busy, 201)
    client = sync_client(script)
    with pytest.raises(RateLimitError) as info:
        client.actions.create(sms_action())
    assert script.attempts == 1 and sleeps == []
    (note,) = info.value.__notes__
    assert "asked for a 90 s pause (Retry-After)" in note
    assert "max_retry_after=60 s" in note
    assert "with_options(max_retry_after=...)" in note
    # The same call through a more patient copy waits it out.
    client.with_options(max_retry_after=90).actions.create(sms_action())
    assert sleeps == [90.0]


@pytest.mark.asyncio
async def test_the_async_client_applies_the_same_limit(sleeps: list[float]) -> None:
    busy = httpx.Response(503, headers={"retry-after-ms": "75000"})
    script = Script(busy, busy, 200)
    client = async_client(script)
    with pytest.raises(InternalServerError):
        await client.request("GET", "/v2/_actions")
    assert script.attempts == 1
    await client.copy(max_retry_after=75).request("GET", "/v2/_actions")
    assert sleeps == [75.0]


def test_the_deadline_still_wins_over_a_retry_after_within_the_limit(
    sleeps: list[float],
) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "30"}), 200)
    client = sync_client(script, max_retry_after=120, deadline=10)
    with pytest.raises(RateLimitError):
        client.request("GET", "/v2/_actions")
    assert script.attempts == 1 and sleeps == []


def test_the_limit_does_not_touch_calls_without_retries_left(
    sleeps: list[float],
) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "90"}))
    with pytest.raises(RateLimitError) as info:
        sync_client(script, max_retries=0).request("GET", "/v2/_actions")
    assert not getattr(info.value, "__notes__", None), "no retry was on offer"


# ---- the generator keeps resource names off the client's own attributes ----


def test_resource_names_cannot_shadow_a_client_attribute() -> None:
    public = {
        name
        for cls in (SyncAPIClient, AsyncAPIClient)
        for name in dir(cls)
        if not name.startswith("_")
    }
    assert public <= _CLIENT_ATTRIBUTES, sorted(public - _CLIENT_ATTRIBUTES)
