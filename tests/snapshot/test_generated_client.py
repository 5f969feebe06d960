"""Protects what the committed client sends and how it reads answers, with no network.

``contactswing.ContactSwing`` is driven through ``httpx.MockTransport``: the request line,
the bearer token, the JSON body, a 201 parsed into ``CreatedAction``, and error
statuses raised as the typed errors, each carrying the status and the server's ``ctx_id``.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import contactswing
import httpx
import pytest
from contactswing.models import CreatedAction, SmsAction

from tests.snapshot.test_sms_round_trip import WIRE

TOKEN = "cs_test_token_123"
ACTIONS_URL = (
    "https://prod-contactswing-fastapi-962560522883.us-central1.run.app/v2/_actions"
)
CREATED = {
    "ctx_id": "ctx-201",
    "data": {"action_id": "act_1", "name": "My SMS Action", "type": "SEND_SMS"},
}


class Recorder:
    """A MockTransport handler that answers with one status and JSON body, and keeps requests."""

    def __init__(self, status: int, body: object) -> None:
        self.status, self.body = status, body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A copy: the runtime strips the credentials off the live request once it is sent.
        self.requests.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.read(),
            )
        )
        return httpx.Response(self.status, json=self.body)


def _client(
    handler: Callable[[httpx.Request], httpx.Response],
) -> contactswing.ContactSwing:
    return contactswing.ContactSwing(
        token=TOKEN,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def _body() -> SmsAction:
    return SmsAction.model_validate_json(WIRE)


def test_create_sends_the_documented_request() -> None:
    recorder = Recorder(201, CREATED)
    with _client(recorder) as client:
        client.actions.create(_body())

    (request,) = recorder.requests
    assert request.method == "POST"
    assert str(request.url) == ACTIONS_URL
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == json.loads(WIRE)


def test_create_parses_a_201_into_the_response_model() -> None:
    with _client(Recorder(201, CREATED)) as client:
        created = client.actions.create(_body())

    # The envelope's data is returned; its request id stays on the model.
    assert isinstance(created, CreatedAction)
    assert created.action_id == "act_1"
    assert created._request_id == "ctx-201"


def test_the_per_variant_method_sends_the_same_body() -> None:
    recorder = Recorder(201, CREATED)
    body = _body()
    with _client(recorder) as client:
        client.actions.create_sms(
            name=body.name,
            description=body.description,
            action_timing=body.action_timing,
            webhook=body.webhook,
            sms=body.sms,
        )

    assert json.loads(recorder.requests[0].content) == json.loads(WIRE)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, contactswing.BadRequestError),
        (401, contactswing.AuthenticationError),
        (418, contactswing.APIStatusError),
        (503, contactswing.APIStatusError),
    ],
)
def test_an_error_status_raises_its_typed_error_with_status_and_request_id(
    status: int, error: type[contactswing.APIStatusError]
) -> None:
    body = {"ctx_id": f"ctx-{status}", "detail": "rejected"}
    with _client(Recorder(status, body)) as client, pytest.raises(error) as raised:
        client.actions.create(_body())

    assert isinstance(raised.value, contactswing.APIStatusError)
    assert isinstance(raised.value, contactswing.ContactSwingError)
    assert raised.value.status_code == status
    assert raised.value.request_id == f"ctx-{status}"
    assert raised.value.body == body
    if status == 418:
        assert type(raised.value) is contactswing.APIStatusError
    assert TOKEN not in str(raised.value)


async def test_the_async_client_sends_the_same_request_and_parses_the_answer() -> None:
    recorder = Recorder(201, CREATED)
    transport = httpx.MockTransport(recorder)
    async with contactswing.AsyncContactSwing(
        token=TOKEN, max_retries=0, http_client=httpx.AsyncClient(transport=transport)
    ) as client:
        created = await client.actions.create(_body())

    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("POST", ACTIONS_URL)
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert json.loads(request.content) == json.loads(WIRE)
    assert isinstance(created, CreatedAction)
    assert created._request_id == "ctx-201"
