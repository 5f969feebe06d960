"""Protects the fake's faithfulness: it answers the same requests as Prism serving the spec.

Prism is an independent reading of the same document, so every operation's valid request
must get a 2xx from both, and every invalid variant a 4xx from both (``exchanges``); each 2xx
body the fake sends must fit the documented answer schema (checked with
openapi-schema-validator, not with the fake's own validator). ContactSwing's documented
request examples and invalid requests (the contract test's table) go through both as well.
The corpus specs (Petstore, Twilio Messaging) are held to the same checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from contactswing import testing
from openapi_schema_validator import OAS30Validator, OAS31Validator

from generator.spec import pointer as jp
from generator.spec.traverse import deref, iter_operations
from tests.client.prism import test_spec_operations as contract
from tests.conftest import GENERATED_SRC, ROOT

from .conftest import Corpus
from .exchanges import Exchange, FakeData, exchanges

pytestmark = pytest.mark.contract

CONTACTSWING = FakeData.of(
    GENERATED_SRC, "contactswing", ROOT / "spec" / "openapi.yaml"
)
EXCHANGES = {e.name: e for e in exchanges(CONTACTSWING)}


def _fake_answer(server: Any, exchange: Exchange) -> httpx.Response:
    if exchange.seed is not None:
        name, parents, item = exchange.seed
        server.seed(name, [item], parents=parents)
    transport = httpx.MockTransport(server.handle)
    with httpx.Client(base_url=server.base_url, transport=transport) as http:
        return exchange.send(http)


def _prism_answer(url: str, exchange: Exchange) -> httpx.Response:
    with httpx.Client(base_url=url, timeout=30.0) as http:
        return exchange.send(http)


def _misfits(fake: FakeData, exchange: Exchange, response: httpx.Response) -> list[str]:
    """What in a 2xx JSON body of the fake breaks the documented answer's schema."""
    if not response.is_success or "json" not in response.headers.get(
        "content-type", ""
    ):
        return []
    document = fake.document
    ref = next(
        op
        for op in iter_operations(document)
        if op.method.upper() == exchange.method
        and op.path == _template(fake, exchange.operation)
    )
    answer, _ = deref(document, ref.operation["responses"][str(response.status_code)])
    media = next(m for t, m in answer["content"].items() if "json" in t)
    schema = {**media["schema"], "components": document.get("components", {})}
    is_30 = str(document.get("openapi", "")).startswith("3.0")
    validator = (OAS30Validator if is_30 else OAS31Validator)(schema)
    return [
        f"{jp.join('', *e.absolute_path)}: {e.message}"
        for e in validator.iter_errors(response.json())
    ]


def _template(fake: FakeData, key: str) -> str:
    return next(op["path"] for op in fake.data["operations"] if op["key"] == key)


def _compare(fake: FakeData, server: Any, prism_url: str, exchange: Exchange) -> str:
    """'' when both servers agree as the exchange's kind demands, else what differs."""
    mine = _fake_answer(server, exchange)
    theirs = _prism_answer(prism_url, exchange)
    expected = range(400, 500)
    if ":" not in exchange.name:  # a valid request: the operation's documented success
        success = next(
            o for o in fake.data["operations"] if o["key"] == exchange.operation
        )
        first = int(success["success"][0]) * 100
        expected = range(first, first + 100)
    agrees = theirs.status_code in expected or bool(exchange.prism_blind)
    if mine.status_code not in expected or not agrees:
        return (
            f"{exchange.name}: fake {mine.status_code} {mine.text[:300]} / "
            f"prism {theirs.status_code} {theirs.headers.get('sl-violations', '')[:300]} {theirs.text[:2000]}"
        )
    misfits = _misfits(fake, exchange, mine)
    return f"{exchange.name}: the fake's answer {misfits}" if misfits else ""


@pytest.mark.parametrize("name", sorted(EXCHANGES))
def test_the_fake_and_prism_agree(prism_url: str, name: str) -> None:
    server = testing.fake_server()
    assert _compare(CONTACTSWING, server, prism_url, EXCHANGES[name]) == ""


def test_every_operation_is_compared() -> None:
    keys = {e.operation for e in EXCHANGES.values() if ":" not in e.name}
    assert keys == set(testing.fake_server().operations)


def _documented(call: Any, name: str) -> Exchange:
    """A contract test's request (the spec's own example) as an exchange."""
    kwargs: dict[str, Any] = {"params": call.query, "headers": call.headers}
    if call.media_type == "application/json":
        kwargs["json"] = call.body
    elif call.media_type == "multipart/form-data":
        kwargs["data"] = call.body
        kwargs["files"] = [(part, contract.UPLOAD) for part in call.binary_parts]
    request = httpx.Request(call.method.upper(), "http://x" + call.path, **kwargs)
    key = next(
        op["key"]
        for op in CONTACTSWING.data["operations"]
        if op["method"] == call.method.upper() and _matches(op["path"], call.path)
    )
    headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
    exchange = Exchange(
        name, key, request.method, call.path, (), headers, request.read()
    )
    query = tuple(
        (k, str(v).lower() if isinstance(v, bool) else str(v))
        for k, v in call.query.items()
    )
    return _seeded(
        Exchange(name, key, request.method, call.path, query, headers, exchange.content)
    )


def _matches(template: str, path: str) -> bool:
    parts, found = template.split("/"), path.split("/")
    return len(parts) == len(found) and all(
        a == b or a.startswith("{") for a, b in zip(parts, found, strict=True)
    )


def _seeded(exchange: Exchange) -> Exchange:
    op = next(
        o for o in CONTACTSWING.data["operations"] if o["key"] == exchange.operation
    )
    if op.get("role") not in ("get", "replace", "update", "delete"):
        return exchange
    spec = CONTACTSWING.data["collections"][op["collection"]]
    del spec
    item = CONTACTSWING.item(op["collection"], exchange.path.rsplit("/", 1)[-1])
    return Exchange(**{**exchange.__dict__, "seed": (op["collection"], {}, item)})


def _contract_exchanges() -> Iterator[tuple[str, Exchange]]:
    for case, call in sorted(contract.CALLS.items()):
        yield case, _documented(call, case)
    for operation_id, (what, spoil) in sorted(contract.INVALID.items()):
        name = f"{operation_id}: {what}"
        yield name, _documented(spoil(contract._first(operation_id)), name)


CONTRACT = dict(_contract_exchanges())


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_the_documented_requests_agree(prism_url: str, name: str) -> None:
    server = testing.fake_server()
    assert _compare(CONTACTSWING, server, prism_url, CONTRACT[name]) == ""


@pytest.mark.parametrize("name", ["petstore", "twilio"])
def test_a_corpus_fake_and_prism_agree(
    corpus: Callable[[str], Corpus], name: str
) -> None:
    found = corpus(name)
    module = __import__(f"{found.package}.testing", fromlist=["fake_server"])
    disagreements = []
    compared = 0
    for exchange in exchanges(found.fake):
        server = module.fake_server()
        compared += 1
        disagreement = _compare(found.fake, server, found.prism_url, exchange)
        if disagreement:
            disagreements.append(disagreement)
    assert compared >= len(found.fake.data["operations"])
    assert disagreements == []


def test_a_nested_corpus_item_belongs_to_its_parent(
    corpus: Callable[[str], Corpus],
) -> None:
    found = corpus("twilio")
    module = __import__(f"{found.package}.testing", fromlist=["fake_server"])
    server = module.fake_server()
    transport = httpx.MockTransport(server.handle)
    with httpx.Client(
        base_url=server.base_url, transport=transport, auth=("AC", "token")
    ) as http:
        service = http.post("/v1/Services", data={"FriendlyName": "Shop"}).json()
        assert service["friendly_name"] == "Shop"  # FriendlyName fills friendly_name
        numbers = f"/v1/Services/{service['sid']}/PhoneNumbers"
        number = http.post(numbers, data={"PhoneNumberSid": "PN" + "a" * 32}).json()
        assert number["service_sid"] == service["sid"]
        assert [n["sid"] for n in http.get(numbers).json()["phone_numbers"]] == [
            number["sid"]
        ]
        assert (
            http.get(f"/v1/Services/MG{'0' * 32}/PhoneNumbers").json()["phone_numbers"]
            == []
        )  # another service's numbers
