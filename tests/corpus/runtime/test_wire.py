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


STYLED = Document(
    {
        "openapi": "3.0.3",
        "paths": {
            "/m/{label}/{matrix}": {
                "post": {
                    "operationId": "styled",
                    "parameters": [
                        _param(
                            "label",
                            "path",
                            ARRAY,
                            required=True,
                            style="label",
                            explode=True,
                        ),
                        _param(
                            "matrix",
                            "path",
                            OBJECT,
                            required=True,
                            style="matrix",
                            explode=True,
                        ),
                        _param("session", "cookie", {"type": "string"}),
                        _param("ids", "cookie", ARRAY, explode=False),
                    ],
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {"type": "object"},
                                "encoding": {
                                    "filter": {"style": "deepObject", "explode": True}
                                },
                            },
                            "multipart/form-data": {"schema": {"type": "object"}},
                        }
                    },
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
    }
)
(STYLED_OP,) = STYLED.operations()
STYLED_VALUES = {
    ("path", "label"): ["a", "b"],
    ("path", "matrix"): {"R": 1, "G": 2},
    ("cookie", "session"): "s1",
    ("cookie", "ids"): ["x", "y"],
}
FORM_BODY = {"filter": {"status": "open"}, "tags": ["p", "q"], "meta": {"k": 1}}


def _styled(path: str, headers: dict[str, str], content: bytes = b"") -> list[str]:
    form, multipart = STYLED_OP.body
    media = multipart if "multipart" in headers.get("Content-Type", "") else form
    body = FORM_BODY if media is form else {"file": ("a.txt", b"hi", "text/plain")}
    call = Call(STYLED_VALUES, body, media)
    sent = Sent("POST", path, httpx.Headers(headers), content)
    return [m.area for m in wire.check(STYLED, STYLED_OP, call, sent)]


RIGHT_FORM = (
    b"filter%5Bstatus%5D=open&tags=p&tags=q&meta=%7B%22k%22%3A1%7D"  # encoding, default
)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
COOKIES = {"Cookie": "session=s1; ids=x,y"}


def test_label_matrix_cookies_and_a_form_body_with_its_encoding_pass() -> None:
    assert _styled("/m/.a.b/;R=1;G=2", FORM | COOKIES, RIGHT_FORM) == []


@pytest.mark.parametrize(
    ("path", "headers", "content", "areas"),
    [
        ("/m/a,b/;R=1;G=2", FORM | COOKIES, RIGHT_FORM, ["path"]),  # label dot missing
        (
            "/m/.a.b/;matrix=R,1,G,2",
            FORM | COOKIES,
            RIGHT_FORM,
            ["path"],
        ),  # not exploded
        (
            "/m/.a.b/;R=1;G=2",
            FORM | {"Cookie": "ids=x; ids=y"},
            RIGHT_FORM,
            ["cookie"] * 2,
        ),
        # a deepObject property sent as JSON text, as the form encoder does today
        (
            "/m/.a.b/;R=1;G=2",
            FORM | COOKIES,
            RIGHT_FORM.replace(b"filter%5Bstatus%5D=open", b"filter=%7B%7D"),
            ["body"],
        ),
    ],
)
def test_path_cookie_and_form_body_mismatches_are_named(
    path: str, headers: dict[str, str], content: bytes, areas: list[str]
) -> None:
    assert _styled(path, headers, content) == areas


def test_a_multipart_body_is_read_part_by_part() -> None:
    request = httpx.Request(
        "POST", "https://x/", files={"file": ("a.txt", b"hi", "text/plain")}
    )
    headers = {"Content-Type": request.headers["content-type"]} | COOKIES
    assert _styled("/m/.a.b/;R=1;G=2", headers, request.read()) == []
    other = httpx.Request("POST", "https://x/", files={"file": ("b.txt", b"hi")})
    headers = {"Content-Type": other.headers["content-type"]} | COOKIES
    assert _styled("/m/.a.b/;R=1;G=2", headers, other.read()) == ["body"]
