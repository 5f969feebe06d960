"""Protects error handling against a spec-driven server: status → typed error, and retries.

Forced answers use Prism's ``Prefer: code=N`` header, sent per call through ``extra_headers``.
Attempts are counted with an httpx event hook on a user-supplied ``http_client``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import contactswing
import pytest
from contactswing import models

from .support import TOKEN, Recorder, example

pytestmark = pytest.mark.contract

SMS = models.SmsConfig(to=models.SmsRecipients(value=["+13465507166"]))
ACTION_ID = "6f439f98-32f6-4b44-928c-6e890e298d51"


def _create(api: Any, **options: Any) -> Any:
    return api.actions.create_sms(
        name="n", description="d", action_timing="DURING", sms=SMS, **options
    )


def _update(api: Any, **options: Any) -> Any:
    return api.actions.update_sms(
        ACTION_ID, name="n", description="d", action_timing="DURING", sms=SMS, **options
    )


CALLS: dict[str, Callable[..., object]] = {
    "create": _create,
    "update": _update,
    "get": lambda api, **options: api.actions.get(ACTION_ID, **options),
    "list": lambda api, **options: api.actions.list(**options),
}


# ---- no token -----------------------------------------------------------------------------


def test_no_token_is_a_401_authentication_error(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    with pytest.raises(contactswing.AuthenticationError) as caught:
        _create(client, extra_headers={"Authorization": None})
    assert caught.value.status_code == 401
    [sent] = recorder.sent
    assert "authorization" not in sent.headers
    # Prism's own reason: it saw no credentials, not a forced answer.
    assert "Invalid security scheme" in recorder.violations()
    assert "prefer" not in sent.headers


async def test_no_token_is_a_401_authentication_error_async(
    async_client: contactswing.AsyncContactSwing, recorder: Recorder
) -> None:
    with pytest.raises(contactswing.AuthenticationError):
        await async_client.actions.list(extra_headers={"Authorization": None})
    assert "authorization" not in recorder.sent[0].headers
    assert "Invalid security scheme" in recorder.violations()


def test_the_same_call_with_the_token_is_accepted(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    """The control for the two tests above: only the missing header made the 401."""
    _create(client)
    assert recorder.sent[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert recorder.answers[0][0] == 201


# ---- forced answers -----------------------------------------------------------------------

FORCED = [
    ("create", 400, contactswing.BadRequestError),
    ("create", 401, contactswing.AuthenticationError),
    ("update", 400, contactswing.BadRequestError),
    ("update", 401, contactswing.AuthenticationError),
    ("update", 404, contactswing.NotFoundError),
    ("get", 401, contactswing.AuthenticationError),
    ("get", 404, contactswing.NotFoundError),
    ("list", 401, contactswing.AuthenticationError),
]


@pytest.mark.parametrize(("call", "status", "error"), FORCED)
def test_a_forced_status_maps_to_its_error_type(
    call: str,
    status: int,
    error: type[contactswing.APIStatusError],
    client: contactswing.ContactSwing,
    recorder: Recorder,
) -> None:
    with pytest.raises(error) as caught:
        CALLS[call](client, extra_headers={"Prefer": f"code={status}"})
    assert type(caught.value) is error
    assert caught.value.status_code == status
    # The ErrorResponse example Prism built from the spec, kept on the exception.
    assert isinstance(caught.value.body, dict)
    assert set(caught.value.body) <= {"ctx_id", "message", "detail"}
    # Every one of these is final: a 4xx other than 429 is never retried.
    assert len(recorder.sent) == 1
    assert recorder.sent[0].headers["prefer"] == f"code={status}"


# ---- the raw escape hatch -----------------------------------------------------------------


def test_a_body_that_breaks_the_spec_is_rejected_by_prism_as_a_typed_error(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    bad = {
        "name": "Half an SMS action",
        "type": "SEND_SMS",
    }  # no description/timing/sms
    with pytest.raises(
        (contactswing.BadRequestError, contactswing.UnprocessableEntityError)
    ) as caught:
        client.request("POST", "/v2/_actions", json=bad)
    assert caught.value.status_code in (400, 422)
    assert recorder.sent[0].body == bad
    assert "must have required property 'sms'" in recorder.violations()


def test_a_wrongly_typed_field_is_rejected_by_prism(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    bad = example("aircall")
    bad["webhook"]["from"] = "1768408427"  # an Aircall number ID is an integer
    with pytest.raises(
        (contactswing.BadRequestError, contactswing.UnprocessableEntityError)
    ):
        client.request("POST", "/v2/_actions", json=bad)
    assert "webhook.from must be integer" in recorder.violations()


def test_the_raw_escape_hatch_sends_a_valid_body_through(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    """The control: the raw path itself is accepted, so the rejections are about the body."""
    response = client.request("POST", "/v2/_actions", json=example("sms"))
    assert response.status_code == 201
    assert recorder.sent[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_a_query_that_breaks_the_spec_is_rejected_by_prism(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    # per_page is bounded to 1..100; the list endpoint declares no 4xx for it, so Prism
    # answers with its own 422.
    with pytest.raises(contactswing.UnprocessableEntityError):
        client.actions.list(per_page=101)
    assert recorder.sent[0].query == {"per_page": "101"}


# ---- retries (against the spec plus 429/503 answers, see conftest) ------------------------


@pytest.fixture
def retry_client(
    retry_prism_url: str, recorder: Recorder
) -> Iterator[contactswing.ContactSwing]:
    with (
        recorder.client() as http,
        contactswing.ContactSwing(
            token=TOKEN, base_url=retry_prism_url, http_client=http, max_retries=2
        ) as api,
    ):
        yield api


RETRIES = [
    # POST creates something (a real SMS): 429 says "not processed" and is retried; a 5xx
    # may have been processed, so it is not.
    ("create", 429, contactswing.RateLimitError, 3),
    ("create", 503, contactswing.InternalServerError, 1),
    # GET and PUT are idempotent: both are retried.
    ("get", 429, contactswing.RateLimitError, 3),
    ("get", 503, contactswing.InternalServerError, 3),
    ("update", 503, contactswing.InternalServerError, 3),
]


@pytest.mark.parametrize(("call", "status", "error", "attempts"), RETRIES)
def test_retry_behaviour_on_forced_answers(
    call: str,
    status: int,
    error: type[contactswing.APIStatusError],
    attempts: int,
    retry_client: contactswing.ContactSwing,
    recorder: Recorder,
) -> None:
    with pytest.raises(error) as caught:
        CALLS[call](retry_client, extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert len(recorder.sent) == attempts
    assert [answer for answer, _ in recorder.answers] == [status] * attempts
    # The retry spec's Retry-After: 0 is what keeps these tests from sleeping.
    assert all(headers.get("retry-after") == "0" for _, headers in recorder.answers)
    # Every attempt is the same request.
    assert all(sent == recorder.sent[0] for sent in recorder.sent)


def test_max_retries_per_call_caps_the_attempts(
    retry_client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    with pytest.raises(contactswing.RateLimitError):
        _create(retry_client, extra_headers={"Prefer": "code=429"}, max_retries=0)
    assert len(recorder.sent) == 1


async def test_retry_on_429_async(retry_prism_url: str, recorder: Recorder) -> None:
    async with (
        recorder.async_client() as http,
        contactswing.AsyncContactSwing(
            token=TOKEN, base_url=retry_prism_url, http_client=http, max_retries=1
        ) as api,
    ):
        with pytest.raises(contactswing.RateLimitError):
            await _create(api, extra_headers={"Prefer": "code=429"})
    assert len(recorder.sent) == 2
