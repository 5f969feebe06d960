"""Protects the token: where it comes from, where it may travel, and where it must never show.

A token-like secret must not appear in the repr/str of the client, of requests, of exceptions,
in log records, or in formatted tracebacks, including tracebacks that print every frame's locals
(as pytest --showlocals, Sentry or rich do).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

import contactswing
import httpx
import pytest
from contactswing import ContactSwingError

from .support import (
    SECRET,
    BasicClient,
    HeaderKeyClient,
    Script,
    async_client,
    scheme_client,
    sms_action,
    sync_client,
)

DEFAULT_HOST = "prod-contactswing-fastapi-962560522883.us-central1.run.app"


def _all_text(error: BaseException) -> str:
    """Everything a person or a tool could print about an exception."""
    parts = [str(error), repr(error)]
    parts += traceback.format_exception(error)
    parts += traceback.TracebackException.from_exception(
        error, capture_locals=True
    ).format()
    for attribute in ("request", "response"):
        value = getattr(error, attribute, None)
        if value is not None:
            parts += [str(value), repr(value)]
    request = getattr(error, "request", None)
    if isinstance(request, httpx.Request):
        parts += [str(request.url), repr(request.headers), str(request.headers)]
    return "\n".join(parts)


def _records_text(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(record) + repr(record.args) for record in records)


# Each builds a client (with SECRET) and makes a call that fails.
FAILURES: dict[str, Callable[[], object]] = {
    "401": lambda: sync_client(Script(401)).actions.create(sms_action()),
    # FastAPI-style validation error that echoes the header back, token and all.
    "422 echoing the header": lambda: sync_client(
        Script(
            httpx.Response(
                422,
                json={
                    "detail": [
                        {
                            "loc": ["header", "authorization"],
                            "input": f"Bearer {SECRET}",
                        }
                    ]
                },
            )
        )
    ).actions.create(sms_action()),
    "connection error after retries": lambda: sync_client(
        Script(httpx.ConnectError)
    ).request("GET", "/v2/_actions"),
    "read timeout": lambda: sync_client(Script(httpx.ReadTimeout)).request(
        "GET", "/v2/_actions"
    ),
    # An object that breaks the schema is read leniently; an array cannot be the object.
    "wrongly shaped 201": lambda: sync_client(
        Script(httpx.Response(201, json=[{"x": 1}]))
    ).actions.create(sms_action()),
    "401 with basic auth": lambda: scheme_client(
        BasicClient, Script(401), token=f"me:{SECRET}"
    ).request("GET", "/x"),
    "401 with an api-key header": lambda: scheme_client(
        HeaderKeyClient, Script(401), token=SECRET
    ).request("GET", "/x"),
    "non-JSON 201": lambda: sync_client(
        Script(httpx.Response(201, text="<html>"))
    ).actions.create(sms_action()),
}


@pytest.mark.parametrize("name", FAILURES)
def test_token_never_shows_in_errors_or_logs(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ContactSwingError) as info:
        FAILURES[name]()
    assert caplog.records, "the failing call should have logged its attempts"
    assert SECRET not in _all_text(info.value)
    assert SECRET not in _records_text(caplog.records)


def test_the_secret_really_was_sent() -> None:
    # Guards the test above against passing because no token was sent at all.
    script = Script(201)
    sync_client(script).actions.create(sms_action())
    assert script.requests[0].headers["Authorization"] == f"Bearer {SECRET}"


def test_token_never_shows_in_client_repr_or_attributes() -> None:
    client = sync_client(Script())
    assert SECRET not in repr(client)
    assert SECRET not in str(client)
    assert SECRET not in repr(vars(client))
    aclient = async_client(Script())
    assert SECRET not in repr(aclient) + repr(vars(aclient))


def test_token_never_shows_when_construction_fails_on_the_url() -> None:
    with pytest.raises(ContactSwingError) as info:
        contactswing.ContactSwing(token=SECRET, base_url="http://api.example.com")
    assert SECRET not in _all_text(info.value)


def test_token_never_shows_in_raw_responses() -> None:
    raw = sync_client(Script(201)).actions.with_raw_response.create(sms_action())
    assert SECRET not in repr(raw) + str(raw) + repr(raw.http_response.request.headers)


def test_missing_token_fails_at_construction_naming_both_ways() -> None:
    with pytest.raises(ContactSwingError) as info:
        contactswing.ContactSwing()
    message = str(info.value)
    assert "token=" in message
    assert "CONTACTSWING_TOKEN" in message


def test_missing_token_fails_for_async_too() -> None:
    with pytest.raises(ContactSwingError, match="CONTACTSWING_TOKEN"):
        contactswing.AsyncContactSwing()


def test_empty_token_counts_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTACTSWING_TOKEN", "   ")
    with pytest.raises(ContactSwingError, match="CONTACTSWING_TOKEN"):
        contactswing.ContactSwing(token="")


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTACTSWING_TOKEN", "env-token\n")
    script = Script(201)
    client = contactswing.ContactSwing(
        http_client=httpx.Client(transport=httpx.MockTransport(script))
    )
    client.actions.create(sms_action())
    assert script.requests[0].headers["Authorization"] == "Bearer env-token"


def test_explicit_token_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTACTSWING_TOKEN", "env-token")
    script = Script(201)
    sync_client(script, token="arg-token").actions.create(sms_action())
    assert script.requests[0].headers["Authorization"] == "Bearer arg-token"


def test_default_base_url_is_the_specs_server() -> None:
    script = Script(201)
    sync_client(script).actions.create(sms_action())
    assert str(script.requests[0].url) == f"https://{DEFAULT_HOST}/v2/_actions"


def test_base_url_from_environment_and_argument(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CONTACTSWING_BASE_URL", "https://staging.example.com/api/")
    script = Script(201)
    sync_client(script).actions.create(sms_action())
    sync_client(script, base_url="https://other.example.com").actions.create(
        sms_action()
    )
    assert str(script.requests[0].url) == "https://staging.example.com/api/v2/_actions"
    assert str(script.requests[1].url) == "https://other.example.com/v2/_actions"


@pytest.mark.parametrize(
    "base_url",
    [
        "http://api.example.com",
        "http://prod-contactswing-fastapi-962560522883.us-central1.run.app",
        "http://127.0.0.1.nip.io",
        "http://localhost.example.com",
        "http://10.0.0.8:8000",
        "http://[::2]:8000",
    ],
)
def test_token_is_never_sent_over_plain_http_to_other_hosts(base_url: str) -> None:
    script = Script(201)
    with pytest.raises(ContactSwingError, match="plain http"):
        sync_client(script, base_url=base_url)
    assert script.attempts == 0


def test_plain_http_refusal_applies_to_environment_base_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CONTACTSWING_BASE_URL", "http://api.example.com")
    with pytest.raises(ContactSwingError, match="https://"):
        contactswing.ContactSwing(token=SECRET)


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:4010",
        "http://127.8.9.10",
        "http://localhost:4010",
        "http://LOCALHOST",
        "http://[::1]:4010",
        "https://api.example.com",
    ],
)
def test_plain_http_is_allowed_to_loopback(base_url: str) -> None:
    script = Script(201)
    sync_client(script, base_url=base_url).actions.create(sms_action())
    assert script.requests[0].headers["Authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize(
    "base_url",
    [
        "ftp://example.com",
        "example.com",
        "/v2",
        "https://user:pw@example.com",
        "https://example.com/?a=1",
    ],
)
def test_malformed_base_urls_are_refused(base_url: str) -> None:
    with pytest.raises(ContactSwingError, match="base URL"):
        sync_client(Script(), base_url=base_url)


def test_raw_request_refuses_absolute_urls() -> None:
    script = Script(200)
    client = sync_client(script)
    with pytest.raises(ValueError, match="relative"):
        client.request("GET", "https://evil.example.com/steal")
    assert script.attempts == 0


def test_authorization_can_be_removed_or_replaced_per_call() -> None:
    script = Script(201)
    client = sync_client(script)
    client.actions.create(sms_action(), extra_headers={"Authorization": None})
    client.actions.create(sms_action(), extra_headers={"authorization": "Bearer other"})
    assert "authorization" not in script.requests[0].headers
    assert script.requests[1].headers.get_list("authorization") == ["Bearer other"]


def test_redirects_are_not_followed() -> None:
    # Following one would replay a POST (another SMS) and could carry the token elsewhere.
    script = Script(
        httpx.Response(307, headers={"Location": "https://elsewhere.example.com/"})
    )
    client = sync_client(script)
    with pytest.raises(contactswing.APIStatusError) as info:
        client.actions.create(sms_action())
    assert info.value.status_code == 307
    assert script.attempts == 1
