"""Protects the wire check: it passes what the spec's rules produce, and names what breaks them.

Each case is a request as a client might send it, judged against a small document; the ones
the issue's defects produce (Python reprs, repeated keys for ``explode: false``, a JSON Accept
on a CSV operation, a URI with a slash added, a missing API key) must each be reported.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from . import wire
from .document import Document, Operation
from .exchange import Call
from .recording import Sent


def _param(
    name: str, where: str, schema: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    return {"name": name, "in": where, "schema": schema, **extra}


ARRAY = {"type": "array", "items": {"type": "string"}}
OBJECT = {
    "type": "object",
    "properties": {"R": {"type": "integer"}, "G": {"type": "integer"}},
}
DOCUMENT = Document(
    {
        "openapi": "3.1.0",
        "components": {
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
                "bearer": {"type": "http", "scheme": "bearer"},
            }
        },
        "security": [{"bearer": []}],
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "get",
                    "parameters": [
                        _param("id", "path", ARRAY, required=True),
                        _param("form", "query", OBJECT),
                        _param(
                            "deep", "query", OBJECT, style="deepObject", explode=True
                        ),
                        _param("csv", "query", ARRAY, explode=False),
                        _param("pipes", "query", ARRAY, style="pipeDelimited"),
                        _param("spaces", "query", ARRAY, style="spaceDelimited"),
                        _param("multi", "query", ARRAY),
                        _param("X-Flags", "header", ARRAY),
                    ],
                    "responses": {
                        "200": {"content": {"text/csv": {"schema": {"type": "string"}}}}
                    },
                },
                "post": {
                    "operationId": "post",
                    "security": [{"key": []}],
                    "parameters": [
                        _param("id", "path", {"type": "string"}, required=True)
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"url": {"type": "string"}},
                                }
                            }
                        }
                    },
                    "responses": {"204": {"description": "done"}},
                },
            }
        },
    }
)
GET, POST = (op for op in DOCUMENT.operations())
GET_VALUES = {
    ("path", "id"): ["a", "b"],
    ("query", "form"): {"R": 1, "G": 2},
    ("query", "deep"): {"R": 1, "G": 2},
    ("query", "csv"): ["a", "b"],
    ("query", "pipes"): ["a", "b"],
    ("query", "spaces"): ["a", "b"],
    ("query", "multi"): ["a", "b"],
    ("header", "X-Flags"): ["p", "q"],
}
RIGHT_QUERY = "R=1&G=2&deep%5BR%5D=1&deep%5BG%5D=2&csv=a,b&pipes=a%7Cb&spaces=a%20b&multi=a&multi=b"
RIGHT_HEADERS = {"Accept": "text/csv", "X-Flags": "p,q", "Authorization": "Bearer t"}


def _sent(path: str, headers: dict[str, str], content: bytes = b"") -> Sent:
    return Sent("GET", path, httpx.Headers(headers), content)


def _areas(op: Operation, call: Call, sent: Sent) -> list[tuple[str, str]]:
    return [(m.area, m.message) for m in wire.check(DOCUMENT, op, call, sent)]


def test_a_request_serialised_by_the_rules_passes() -> None:
    sent = _sent(f"/things/a,b?{RIGHT_QUERY}", RIGHT_HEADERS)
    assert _areas(GET, Call(GET_VALUES), sent) == []


def test_other_legal_spellings_pass_too() -> None:
    """Order across names, unencoded brackets and pipes, '+' for a space, '[]' indexes."""
    query = "G=2&R=1&deep[R]=1&deep[G]=2&csv=a,b&pipes=a|b&spaces=a+b&multi=a&multi=b"
    headers = {**RIGHT_HEADERS, "Accept": "text/*, application/json", "X-Flags": "p, q"}
    assert _areas(GET, Call(GET_VALUES), _sent(f"/things/a,b?{query}", headers)) == []


@pytest.mark.parametrize(
    ("query", "names"),
    [
        # defect 2: objects as Python reprs
        (RIGHT_QUERY.replace("R=1&G=2", "form=%7B%27R%27%3A+1%7D"), ["'form'"]),
        (
            RIGHT_QUERY.replace(
                "deep%5BR%5D=1&deep%5BG%5D=2", "deep=%7B%27R%27%3A+1%7D"
            ),
            ["'deep'"],
        ),
        # defect 3: explode false, pipe and space arrays sent as repeated keys
        (RIGHT_QUERY.replace("csv=a,b", "csv=a&csv=b"), ["'csv'"]),
        (RIGHT_QUERY.replace("pipes=a%7Cb", "pipes=a&pipes=b"), ["'pipes'"]),
        (RIGHT_QUERY.replace("spaces=a%20b", "spaces=a&spaces=b"), ["'spaces'"]),
        # a delimiter percent-encoded is one value with a comma in it, not two values
        (RIGHT_QUERY.replace("csv=a,b", "csv=a%2Cb"), ["'csv'"]),
        # exploded arrays in the wrong order, and a parameter left out
        (RIGHT_QUERY.replace("multi=a&multi=b", "multi=b&multi=a"), ["'multi'"]),
        (RIGHT_QUERY.replace("&multi=a&multi=b", ""), ["'multi'"]),
        (RIGHT_QUERY + "&stray=1", ["unexpected: stray=1"]),
    ],
)
def test_query_mismatches_are_named(query: str, names: list[str]) -> None:
    found = _areas(GET, Call(GET_VALUES), _sent(f"/things/a,b?{query}", RIGHT_HEADERS))
    assert [area for area, _ in found] == ["query"] * len(names)
    assert all(name in message for name, (_, message) in zip(names, found, strict=True))


def test_path_header_and_accept_mismatches_are_named() -> None:
    headers = {**RIGHT_HEADERS, "X-Flags": "['p', 'q']", "Accept": "application/json"}
    found = _areas(
        GET, Call(GET_VALUES), _sent(f"/things/%5B%27a%27%5D?{RIGHT_QUERY}", headers)
    )
    assert [area for area, _ in found] == ["path", "header", "accept"]


def test_a_json_body_must_be_sent_unchanged_and_security_per_operation() -> None:
    call = Call({("path", "id"): "x"}, {"url": "https://example.com"}, POST.body[0])
    headers = {"Content-Type": "application/json", "X-Key": "k"}
    right = _sent("/things/x", headers, b'{"url":"https://example.com"}')
    assert _areas(POST, call, right) == []
    slashed = _sent("/things/x", headers, b'{"url":"https://example.com/"}')
    assert [a for a, _ in _areas(POST, call, slashed)] == ["body"]
    bearer = {"Content-Type": "application/json", "Authorization": "Bearer t"}
    wrong_scheme = _sent("/things/x", bearer, b'{"url":"https://example.com"}')
    assert [a for a, _ in _areas(POST, call, wrong_scheme)] == ["security"]
    as_form = _sent(
        "/things/x", {"Content-Type": "application/x-www-form-urlencoded", "X-Key": "k"}
    )
    assert [a for a, _ in _areas(POST, call, as_form)] == ["content-type"]
