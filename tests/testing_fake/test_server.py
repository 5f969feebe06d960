"""Protects how the fake server reads the wire: routes, parameter styles, bodies, schemas.

A small document goes through the generator's real stages into the fake's data, and the
fake server (the static runtime every package gets) answers raw httpx requests built by
hand, so each way a parameter or a body can travel is exercised exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from contactswing._fake import FakeServer

from generator.models import build_models
from generator.parse import Naming, parse
from generator.parse.fake import fake_spec
from generator.plan import plan_models

_ITEM = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {
        "id": {"type": "integer", "readOnly": True},
        "name": {"type": "string", "minLength": 1},
        "color": {"type": "string", "nullable": True, "enum": ["red", "blue"]},
    },
}
_OK = {
    "description": "ok",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
}
_LIST = {
    "description": "ok",
    "content": {
        "application/json": {
            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
        }
    },
}
_FORM = {
    "type": "object",
    "required": ["count"],
    "properties": {
        "count": {"type": "integer", "maximum": 5},
        "tags": {"type": "array", "items": {"type": "string"}},
        "file": {"type": "string", "format": "binary"},
    },
}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Shop API", "version": "1"},
    "servers": [{"url": "https://shop.example.com/v1"}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "tags": ["items"],
                "parameters": [
                    {
                        "name": "tags",
                        "in": "query",
                        "style": "pipeDelimited",
                        "explode": False,
                        "schema": {"type": "array", "items": {"type": "integer"}},
                    },
                    {
                        "name": "filter",
                        "in": "query",
                        "style": "deepObject",
                        "schema": {
                            "type": "object",
                            "properties": {
                                "color": {"type": "string", "enum": ["red"]}
                            },
                        },
                    },
                ],
                "responses": {"200": _LIST},
            },
            "post": {
                "operationId": "createItem",
                "tags": ["items"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Item"}
                        }
                    },
                },
                "responses": {"201": _OK, "422": {"description": "invalid"}},
            },
        },
        "/items/search": {
            "get": {
                "operationId": "searchItems",
                "tags": ["items"],
                "responses": {"200": _LIST},
            },
        },
        "/items/{item_id}": {
            "get": {
                "operationId": "getItem",
                "tags": ["items"],
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "responses": {"200": _OK, "404": {"description": "missing"}},
            },
        },
        "/forms": {
            "post": {
                "operationId": "sendForm",
                "tags": ["forms"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {"schema": _FORM},
                        "multipart/form-data": {"schema": _FORM},
                    },
                },
                "responses": {"204": {"description": "sent"}},
            },
        },
    },
    "components": {"schemas": {"Item": _ITEM}},
}


@pytest.fixture
def server() -> FakeServer:
    plan = plan_models(DOCUMENT)
    api = parse(
        plan.document, build_models(plan.document), Naming("shop", "1.0.0", "0" * 64)
    )
    return FakeServer(
        fake_spec(plan.document, api).data, base_url="https://shop.example.com/v1"
    )


@pytest.fixture
def http(server: FakeServer) -> Iterator[httpx.Client]:
    transport = httpx.MockTransport(server.handle)
    with httpx.Client(base_url=server.base_url, transport=transport) as client:
        yield client


def test_a_literal_path_wins_over_a_parameter(
    http: httpx.Client, server: FakeServer
) -> None:
    assert http.get("/items/search").status_code == 200
    assert (
        http.get("/items/7").status_code == 404
    )  # an item of the collection, not stored
    assert http.get("/items/seven").status_code == 400  # item_id is an integer
    assert [r.operation for r in server.requests] == [
        "items.search",
        "items.get",
        "items.get",
    ]


def test_a_created_item_is_found_by_its_generated_id(http: httpx.Client) -> None:
    created = http.post("/items", json={"name": "Lamp", "color": "red"})
    assert created.status_code == 201
    item = created.json()
    assert item == {"name": "Lamp", "color": "red", "id": 1}  # readOnly id: not sent
    assert http.get("/items/1").json() == item
    assert http.get("/items").json() == [item]


def test_a_body_breaking_its_schema_gets_the_documented_422(http: httpx.Client) -> None:
    answer = http.post("/items", json={"name": "", "color": "green"})
    assert answer.status_code == 422  # the only documented refusal
    problems = answer.json()["problems"]
    assert "body.name: shorter than 1 characters" in problems
    assert any(p.startswith("body.color:") for p in problems)
    assert (
        http.post(
            "/items", content=b"{", headers={"Content-Type": "application/json"}
        ).status_code
        == 422
    )
    assert (
        http.post(
            "/items", content=b"x", headers={"Content-Type": "text/plain"}
        ).status_code
        == 415
    )


def test_query_styles_are_read_as_documented(
    http: httpx.Client, server: FakeServer
) -> None:
    assert (
        http.get("/items", params={"tags": "1|2", "filter[color]": "red"}).status_code
        == 200
    )
    assert http.get("/items", params={"tags": "1|x"}).status_code == 400
    assert http.get("/items", params={"filter[color]": "blue"}).status_code == 400
    assert server.requests[0].query == {"tags": "1|2", "filter[color]": "red"}


def test_form_and_multipart_fields_are_typed_by_the_body_schema(
    http: httpx.Client, server: FakeServer
) -> None:
    assert (
        http.post("/forms", data={"count": "3", "tags": ["a", "b"]}).status_code == 204
    )
    assert server.requests[-1].body == {"count": 3, "tags": ["a", "b"]}
    assert http.post("/forms", data={"count": "9"}).status_code == 400
    sent = http.post("/forms", data={"count": "1"}, files={"file": ("a.txt", b"hi")})
    assert sent.status_code == 204
    assert server.requests[-1].body == {"count": 1, "file": b"hi"}
    assert (
        http.post("/forms", data={"tags": "a"}).status_code == 400
    )  # count is required
