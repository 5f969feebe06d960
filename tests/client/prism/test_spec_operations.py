"""Protects the spec's examples and schemas: every documented request is one the spec accepts.

No generated client is involved. For every operation in ``spec/`` (read through the bundled
document, so the test follows the spec wherever its files keep an operation), each request
example is sent with plain httpx to Prism serving the spec: the path and query parameters'
``example`` values, and each named body example (as JSON, or as multipart form data with a
small real file in every binary part). Prism validates the request against the spec, so a
wrong example or a wrong schema fails here; the answer must be the operation's documented
2xx with its documented example as the body. Then one invalid request per operation, from
the table ``INVALID``, must be refused with a 4xx: the spec constrains what it claims to.
Last, every action in the read-back examples must match the read variant its ``type`` is
mapped to, which Prism cannot tell (the ``UnknownAction`` fallback accepts anything).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import httpx
import jsonschema
import pytest

from generator.spec import load_spec

from .support import ROOT, TOKEN

pytestmark = pytest.mark.contract

DOCUMENT = load_spec(ROOT / "spec" / "openapi.yaml").document
_METHODS = ("get", "put", "post", "delete", "patch")
# The small real file sent in every binary part of a multipart example.
UPLOAD = ("faq.txt", b"Q: What is this?|A: A knowledge base document.\n", "text/plain")


@dataclass(frozen=True)
class Call:
    """One HTTP request built from the spec's examples, and what the spec says it gets."""

    operation_id: str
    method: str
    path: str
    query: dict[str, Any] = field(default_factory=dict)
    media_type: str | None = None
    body: Any = None
    binary_parts: tuple[str, ...] = ()
    status: int = 0
    answer: Any = None
    headers: dict[str, str] = field(
        default_factory=lambda: {"Authorization": f"Bearer {TOKEN}"}
    )

    def send(self, base_url: str) -> httpx.Response:
        kwargs: dict[str, Any] = {"params": self.query, "headers": self.headers}
        if self.media_type == "application/json":
            kwargs["json"] = self.body
        elif self.media_type == "multipart/form-data":
            kwargs["data"] = self.body
            kwargs["files"] = [(part, UPLOAD) for part in self.binary_parts]
        return httpx.request(
            self.method.upper(), base_url + self.path, timeout=30.0, **kwargs
        )


def _resolve(node: Any) -> Any:
    """``node`` with its local ``$ref`` followed (the bundled document has only local ones)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = DOCUMENT
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _operations() -> Iterator[tuple[str, str, dict[str, Any], list[Any]]]:
    for path, item in DOCUMENT["paths"].items():
        item = _resolve(item)
        for method in _METHODS:
            if method in item:
                yield path, method, item[method], item.get("parameters", [])


def _success(operation: dict[str, Any]) -> tuple[int, Any]:
    """The documented 2xx status and its first JSON example."""
    [(status, response)] = [
        (code, _resolve(r))
        for code, r in operation["responses"].items()
        if str(code).startswith("2")
    ]
    media = response.get("content", {}).get("application/json", {})
    examples = media.get("examples") or {}
    first = next(iter(examples.values()), None)
    return int(status), _resolve(first)["value"] if first else media.get("example")


def _binary_parts(schema: Any) -> tuple[str, ...]:
    """The multipart property names whose values are files (``format: binary``)."""
    properties = _resolve(schema).get("properties", {})
    parts = []
    for name, prop in properties.items():
        prop = _resolve(prop)
        leaf = _resolve(prop.get("items", {})) if prop.get("type") == "array" else prop
        if leaf.get("format") == "binary":
            parts.append(name)
    return tuple(parts)


def _calls() -> Iterator[tuple[str, Call]]:
    for path, method, operation, shared in _operations():
        operation_id = operation["operationId"]
        status, answer = _success(operation)
        url, query = path, {}
        for parameter in [*shared, *operation.get("parameters", [])]:
            parameter = _resolve(parameter)
            if "example" not in parameter:
                continue
            if parameter["in"] == "path":
                url = url.replace("{" + parameter["name"] + "}", parameter["example"])
            elif parameter["in"] == "query":
                query[parameter["name"]] = parameter["example"]
        base = Call(operation_id, method, url, query, status=status, answer=answer)
        body = _resolve(operation.get("requestBody"))
        if not body:
            yield operation_id, base
            continue
        for media_type, media in body["content"].items():
            binary = _binary_parts(media["schema"])
            for name, entry in media["examples"].items():
                yield f"{operation_id}-{name}", replace(
                    base,
                    media_type=media_type,
                    body=_resolve(entry)["value"],
                    binary_parts=binary,
                )


CALLS = dict(_calls())


@pytest.mark.parametrize("case", sorted(CALLS))
def test_the_documented_request_gets_the_documented_answer(
    prism_url: str, case: str
) -> None:
    call = CALLS[case]
    response = call.send(prism_url)
    assert response.status_code == call.status, (
        response.headers.get("sl-violations"),
        response.text,
    )
    assert "sl-violations" not in response.headers
    assert response.json() == call.answer


# ---- invalid requests ---------------------------------------------------------------------


def _first(operation_id: str) -> Call:
    """The first documented request of ``operation_id``."""
    return next(c for _, c in sorted(CALLS.items()) if c.operation_id == operation_id)


def _without(key: str) -> Callable[[Call], Call]:
    def change(call: Call) -> Call:
        return replace(call, body={k: v for k, v in call.body.items() if k != key})

    return change


def _with(**changes: Any) -> Callable[[Call], Call]:
    def change(call: Call) -> Call:
        return replace(call, body={**call.body, **changes})

    return change


def _query(**changes: Any) -> Callable[[Call], Call]:
    def change(call: Call) -> Call:
        return replace(call, query={**call.query, **changes})

    return change


def _no_token(call: Call) -> Call:
    return replace(call, headers={})


# operationId -> (what is wrong, how to make the documented request wrong)
INVALID: dict[str, tuple[str, Callable[[Call], Call]]] = {
    "createAction": ("the body has no type", _without("type")),
    "listActions": ("per_page is below 1", _query(per_page=0)),
    "getAction": ("no bearer token", _no_token),
    "updateAction": ("name is not a string", _with(name=7)),
    "createApiKey": ("name is missing", _without("name")),
    "createCall": ("version is neither v1 nor v2", _with(version="v3")),
    "makeCall": ("phone_number is missing", _without("phone_number")),
    "listCalls": ("per_page is above 100", _query(per_page=101)),
    "listCustomers": ("page is not a number", _query(page="first")),
    "createKnowledgeBase": ("name is missing", _without("name")),
    "createAssistant": ("type is not a documented kind", _with(type="ROBOT")),
    "updateAssistant": ("actions is not a list", _with(actions="new_action_id")),
    "updateKnowledgeBase": (
        "the form is sent as JSON",
        lambda call: replace(call, media_type="application/json", binary_parts=()),
    ),
}


def test_every_operation_has_an_invalid_request() -> None:
    assert sorted(INVALID) == sorted({c.operation_id for c in CALLS.values()})


@pytest.mark.parametrize("operation_id", sorted(INVALID))
def test_an_invalid_request_is_refused(prism_url: str, operation_id: str) -> None:
    _, spoil = INVALID[operation_id]
    response = spoil(_first(operation_id)).send(prism_url)
    assert 400 <= response.status_code < 500, response.text
    # Refused for what Prism found wrong: it says so in the sl-violations header (when the
    # spec declares the error answer) or answers with its own problem document (422 with
    # the violations, 415 for a media type the operation does not take).
    explained = "sl-violations" in response.headers or response.headers.get(
        "content-type", ""
    ).startswith("application/problem+json")
    assert explained, (response.headers, response.text)


# ---- the read-back union ------------------------------------------------------------------


def _read_back_examples() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every action in the list and get examples, with where it comes from."""
    for case, call in sorted(CALLS.items()):
        if call.operation_id == "listActions":
            for i, item in enumerate(call.answer["data"]["data"]):
                yield f"{case}/data/data/{i}", item
        elif call.operation_id == "getAction":
            yield f"{case}/data", call.answer["data"]


@pytest.mark.parametrize(
    ("where", "item"), list(_read_back_examples()), ids=lambda v: str(v)[:40]
)
def test_a_read_back_example_matches_the_kind_it_claims(
    where: str, item: dict[str, Any]
) -> None:
    # Action is an anyOf whose UnknownAction accepts any item, so Prism and the example
    # check accept a drifted example too; here each item must match the read variant
    # its type is mapped to.
    mapping = DOCUMENT["components"]["schemas"]["Action"]["discriminator"]["mapping"]
    schema = {"$ref": mapping[item["type"]], "components": DOCUMENT["components"]}
    errors = [
        e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(item)
    ]
    assert errors == [], where
