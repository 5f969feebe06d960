"""Protects every operation besides the actions: called through the generated client, sync and
async, with the spec's own example values, each is a request Prism accepts and each answer is
read into the documented model.

Prism serves ``spec/openapi.yaml``, validates every request against it (an ``sl-violations``
header names what does not conform) and answers with the operation's first 2xx example. Each
case therefore checks three things: the request on the wire (method, path, query and exact
JSON body, equal to the documented example), a clean answer (the documented status, no
violations), and the typed return: the envelope's ``data`` as its declared model, every field
of the example a declared attribute (nothing left in ``model_extra``), with the envelope's
other fields and ``ctx_id`` kept beside it. The multipart upload has its own file,
``test_upload_contract.py``, and the walk across pages ``test_pages_contract.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import contactswing
import pydantic
import pytest
from contactswing import models

from .support import (
    Recorder,
    operation,
    operations,
    parameter_example,
    request_example,
    response_example,
)

pytestmark = pytest.mark.contract

API_KEY = request_example("createApiKey")
CALL_V1 = request_example("createCall", "v1")
# The spec documents only a v1 example (the v2 one was cut off the page); v2 takes the same
# fields as far as the spec knows.
CALL_V2 = {**CALL_V1, "version": "v2"}
AGENT_ID = parameter_example("makeCall", "agent_id")
MAKE_CALL = request_example("makeCall")
KNOWLEDGE_BASE = request_example("createKnowledgeBase")
FORCE = parameter_example("createAssistant", "force")
ASSISTANT_ID = parameter_example("updateAssistant", "assistant_id")
UPDATE_ASSISTANT = request_example("updateAssistant")
# The createAssistant body examples are named after the kinds' helper methods.
KINDS: dict[str, type[pydantic.BaseModel]] = {
    "voice_incoming": models.VoiceIncomingAssistant,
    "chat": models.ChatAssistant,
    "sms": models.SmsAssistant,
    "email": models.EmailAssistant,
}


def _query(operation_id: str) -> dict[str, Any]:
    """The example value of every query parameter of a list operation."""
    return {
        name: parameter_example(operation_id, name) for name in ("page", "per_page")
    }


@dataclass(frozen=True)
class Case:
    """One operation called with the spec's examples, and what must be seen and returned."""

    operation_id: str
    # Calls the method on a sync or an async client (the async call is awaited).
    call: Callable[[Any], Any]
    # The declared model of the returned object (of each item, for a list).
    returns: type[pydantic.BaseModel]
    # A field of the answer that must be a typed attribute ("" when the answer has none).
    key: str
    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None


def _helper_kwargs(kind: str) -> dict[str, Any]:
    """The createAssistant example of ``kind`` as the keyword arguments of its helper: each
    field as the model reads it (nested objects as their generated models)."""
    model = KINDS[kind].model_validate(request_example("createAssistant", kind))
    return {name: getattr(model, name) for name in model.model_fields_set - {"type"}}


def _create_with_helper(kind: str) -> Callable[[Any], Any]:
    return lambda api: getattr(api.assistants, f"create_{kind}")(**_helper_kwargs(kind))


def _create_with_model(kind: str) -> Callable[[Any], Any]:
    body = request_example("createAssistant", kind)
    return lambda api: api.assistants.create(
        KINDS[kind].model_validate(body), force=FORCE
    )


CASES: dict[str, Case] = {
    "api_keys.create": Case(
        "createApiKey",
        lambda api: api.api_keys.create(
            models.CreateApiKeyRequest.model_validate(API_KEY)
        ),
        models.CreatedApiKey,
        key="",
        body=API_KEY,
    ),
    "calls.create-v1": Case(
        "createCall",
        lambda api: api.calls.create(models.CreateCallRequest.model_validate(CALL_V1)),
        models.CreatedCall,
        key="call_id",
        body=CALL_V1,
    ),
    "calls.create-v2": Case(
        "createCall",
        lambda api: api.calls.create(
            models.CreateCallRequest(
                version="v2",
                phone_number=CALL_V2["phone_number"],
                agent_id=CALL_V2["agent_id"],
                customer_name=CALL_V2["customer_name"],
            )
        ),
        models.CreatedCall,
        key="call_id",
        body=CALL_V2,
    ),
    "calls.make": Case(
        "makeCall",
        lambda api: api.calls.make(
            AGENT_ID, models.MakeCallRequest.model_validate(MAKE_CALL)
        ),
        models.MadeCall,
        key="call_id",
        path={"agent_id": AGENT_ID},
        body=MAKE_CALL,
    ),
    "calls.list": Case(
        "listCalls",
        lambda api: api.calls.list(**_query("listCalls")),
        models.Call,
        key="id",
        query=_query("listCalls"),
    ),
    "customers.list": Case(
        "listCustomers",
        lambda api: api.customers.list(**_query("listCustomers")),
        models.Customer,
        key="id",
        query=_query("listCustomers"),
    ),
    "knowledge_bases.create": Case(
        "createKnowledgeBase",
        lambda api: api.knowledge_bases.create(
            models.CreateKnowledgeBaseRequest.model_validate(KNOWLEDGE_BASE)
        ),
        models.CreatedKnowledgeBase,
        key="id",
        body=KNOWLEDGE_BASE,
    ),
    "assistants.update": Case(
        "updateAssistant",
        lambda api: api.assistants.update(
            ASSISTANT_ID, models.UpdateAssistantRequest.model_validate(UPDATE_ASSISTANT)
        ),
        models.UpdatedAssistant,
        key="id",
        path={"assistant_id": ASSISTANT_ID},
        body=UPDATE_ASSISTANT,
    ),
}
for _kind in KINDS:
    CASES[f"assistants.create_{_kind}"] = Case(
        "createAssistant",
        _create_with_helper(_kind),
        models.CreatedAssistant,
        key="assistant_id",
        body=request_example("createAssistant", _kind),
    )
    CASES[f"assistants.create-{_kind}-model"] = Case(
        "createAssistant",
        _create_with_model(_kind),
        models.CreatedAssistant,
        key="assistant_id",
        query={"force": FORCE},
        body=request_example("createAssistant", _kind),
    )


def _wire(value: Any) -> str:
    """A query value as it appears in the URL."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def _check(case: Case, result: object, recorder: Recorder, *, is_async: bool) -> None:
    method, template, found = operation(case.operation_id)
    [status] = [int(code) for code in found["responses"] if str(code)[0] == "2"]
    answer = response_example(case.operation_id)

    # What Prism received, and that it found nothing wrong with it.
    [sent] = recorder.sent
    path = template
    for name, value in case.path.items():
        path = path.replace("{" + name + "}", value)
    assert (sent.method, sent.path) == (method, path)
    assert sent.query == {name: _wire(v) for name, v in case.query.items()}
    assert sent.body == case.body
    assert [code for code, _ in recorder.answers] == [status]
    assert recorder.violations() == ""

    if "x-pagination" in found:
        page_type = contactswing.AsyncPage if is_async else contactswing.SyncPage
        assert isinstance(result, page_type)
        expected = answer["data"]["data"]
        assert [type(item) for item in result.items] == [case.returns] * len(expected)
        _check_models(result.items, expected, case.key)
        # The example is the whole list: one page, nothing after it.
        assert result.has_next_page() is False
        return
    assert isinstance(result, case.returns)
    _check_models([result], [answer["data"]], case.key)
    # The rest of the envelope stays reachable on the returned model.
    assert result._request_id == answer["ctx_id"]
    assert result._envelope == {k: v for k, v in answer.items() if k != "data"}


def _check_models(
    results: list[pydantic.BaseModel], expected: list[dict[str, Any]], key: str
) -> None:
    for result, data in zip(results, expected, strict=True):
        # Every field of the documented answer is a declared attribute, none left over.
        assert result.model_extra == {}
        assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == data
        if key:
            assert getattr(result, key) == data[key]


def test_every_operation_has_a_case() -> None:
    # The actions have their own contract tests; every other operation is here or in the
    # upload test (updateKnowledgeBase).
    covered = {case.operation_id for case in CASES.values()} | {"updateKnowledgeBase"}
    assert sorted(set(operations()) - covered) == [
        "createAction",
        "getAction",
        "listActions",
        "updateAction",
    ]


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_sync_client_sends_the_example_and_reads_the_typed_answer(
    name: str, client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    case = CASES[name]
    _check(case, case.call(client), recorder, is_async=False)


@pytest.mark.parametrize("name", sorted(CASES))
async def test_the_async_client_sends_the_example_and_reads_the_typed_answer(
    name: str, async_client: contactswing.AsyncContactSwing, recorder: Recorder
) -> None:
    case = CASES[name]
    _check(case, await case.call(async_client), recorder, is_async=True)
