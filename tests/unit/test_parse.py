"""Protects ``generator.parse``: what a small document becomes in the ``ir`` the templates see.

The document goes through the real stages before parsing (``plan_models`` names and hoists
the models, ``build_models`` generates them), as in ``generator.pipeline``.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import ir
from generator.models import build_models
from generator.parse import Naming, parse
from generator.plan import plan_models

_ARRAY_OF_PETS = {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Pet Shop API", "version": "3.2.1", "description": " The shop. "},
    "servers": [
        {
            "url": "https://{region}.shop.example.com/v1/",
            "variables": {"region": {"default": "eu"}},
        }
    ],
    "security": [{"token": []}],
    "tags": [
        {"name": "pets", "description": "Pets for sale."},
        {"name": "store orders"},
    ],
    "paths": {
        "/pets": {
            "get": {
                "tags": ["pets"],
                "operationId": "listPets",
                "summary": "List pets",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {
                        "name": "kind",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string", "enum": ["cat", "dog"]},
                    },
                    {
                        "name": "Authorization",
                        "in": "header",
                        "schema": {"type": "string"},
                    },
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                    {
                        "name": "tag",
                        "in": "query",
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": _ARRAY_OF_PETS}},
                    }
                },
            },
            "post": {
                "tags": ["pets"],
                "operationId": "createPet",
                "description": "Adds a pet.",
                "parameters": [
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "schema": {"type": "string"},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "description": "The pet.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Pet"}
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "created",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Pet"}
                            }
                        },
                    }
                },
            },
        },
        "/pets/{pet-id}": {
            "parameters": [
                {
                    "name": "pet-id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
            ],
            "delete": {
                "tags": ["pets"],
                "operationId": "deletePet",
                "deprecated": True,
                "parameters": [
                    {"name": "X-Reason", "in": "header", "schema": {"type": "string"}},
                    {
                        "name": "self",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "boolean"},
                    },
                ],
                "responses": {"204": {"description": "gone"}},
            },
        },
        "/orders": {
            "put": {
                "tags": ["store orders"],
                "operationId": "replaceOrder",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"qty": {"type": "integer"}},
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"ok": {"type": "boolean"}},
                                }
                            }
                        },
                    }
                },
            },
        },
    },
    "components": {
        "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Pet": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"$ref": "#/components/schemas/Dog"},
                ],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {
                        "cat": "#/components/schemas/Cat",
                        "dog": "#/components/schemas/Dog",
                    },
                },
            },
            "Cat": {
                "type": "object",
                "required": ["kind", "name"],
                "description": "A cat.",
                "properties": {
                    "kind": {"type": "string", "const": "cat"},
                    "name": {"type": "string"},
                    "lives": {"type": "integer", "default": 9},
                },
            },
            "Dog": {
                "type": "object",
                "required": ["kind"],
                "properties": {
                    "kind": {"type": "string", "const": "dog"},
                    "from": {"type": "string"},
                },
            },
            "pet status": {"type": "string", "enum": ["a", "b"]},
        },
    },
}


def _api(document: dict[str, Any]) -> ir.Api:
    plan = plan_models(document)
    return parse(
        plan.document, build_models(plan.document), Naming("shop", "1.2.3", "f" * 64)
    )


@pytest.fixture(scope="module")
def api() -> ir.Api:
    return _api(DOCUMENT)


def _operation(api: ir.Api, resource: str, name: str) -> ir.Operation:
    found = next(r for r in api.resources if r.attribute == resource)
    return next(op for op in found.operations if op.name == name)


def test_the_api_takes_its_names_and_server_from_the_document(api: ir.Api) -> None:
    assert (api.package, api.distribution) == ("shop", "shop")
    assert (api.client_class, api.async_client_class) == ("PetShop", "AsyncPetShop")
    assert (api.title, api.description, api.api_version) == (
        "Pet Shop API",
        "The shop.",
        "3.2.1",
    )
    assert (api.client_version, api.spec_sha256) == ("1.2.3", "f" * 64)
    assert (
        api.server_url == "https://eu.shop.example.com/v1"
    )  # variable filled, slash dropped
    assert api.schemes == (
        ir.SecurityScheme("token", "bearer", "Authorization", "token"),
    )
    assert api.env_prefix == "SHOP"


def test_plan_names_every_model_and_parse_lists_them_sorted(api: ir.Api) -> None:
    assert api.model_names == (
        "Cat",
        "Dog",
        "ListPetsResponse",
        "Pet",
        "PetStatus",
        "ReplaceOrderRequest",
        "ReplaceOrderResponse",
    )


def test_one_resource_per_tag_in_name_order(api: ir.Api) -> None:
    assert [
        (r.attribute, r.class_name, r.module, r.description) for r in api.resources
    ] == [
        ("pets", "Pets", "pets", "Pets for sale."),
        ("store_orders", "StoreOrders", "store_orders", ""),
    ]
    assert [op.name for op in api.resources[0].operations] == [
        "list",
        "create",
        "delete",
    ]


def test_parameters_required_first_then_path_query_header(api: ir.Api) -> None:
    listing = _operation(api, "pets", "list")
    assert [
        (p.name, p.wire_name, p.location, p.annotation, p.required)
        for p in listing.parameters
    ] == [
        ("kind", "kind", ir.Location.QUERY, "Literal['cat', 'dog']", True),
        ("limit", "limit", ir.Location.QUERY, "int", False),
        (
            "tag",
            "tag",
            ir.Location.QUERY,
            "builtins.list[str]",
            False,
        ),  # `list` is a method here
        ("session", "session", ir.Location.COOKIE, "str", False),
    ]  # Authorization belongs to the runtime
    delete = _operation(api, "pets", "delete")
    assert [
        (p.name, p.wire_name, p.location, p.required) for p in delete.parameters
    ] == [
        ("pet_id", "pet-id", ir.Location.PATH, True),  # declared on the path item
        ("self_", "self", ir.Location.QUERY, True),
        ("x_reason", "X-Reason", ir.Location.HEADER, False),
    ]
    assert [p.name for p in delete.path_parameters] == ["pet_id"]
    assert [p.name for p in delete.keyword_parameters] == ["self_", "x_reason"]
    assert delete.has_keyword_only


def test_operations_carry_their_wire_details(api: ir.Api) -> None:
    listing = _operation(api, "pets", "list")
    assert (listing.http_method, listing.path, listing.operation_id) == (
        "GET",
        "/pets",
        "listPets",
    )
    assert (listing.returns, listing.response_model) == (
        "ListPetsResponse",
        "ListPetsResponse",
    )
    assert listing.constant == "_LIST"
    assert listing.retries_like_idempotent

    delete = _operation(api, "pets", "delete")
    assert (delete.returns, delete.response_model, delete.deprecated) == (
        "None",
        "None",
        True,
    )


def test_an_idempotency_key_parameter_becomes_the_endpoints_header(api: ir.Api) -> None:
    create = _operation(api, "pets", "create")
    assert create.idempotency_header == "Idempotency-Key"
    assert create.parameters == ()  # filled in by the runtime, not by the caller
    assert create.retries_like_idempotent
    assert "Idempotency-Key" in create.retry_policy


def test_a_discriminated_body_offers_one_method_per_variant(api: ir.Api) -> None:
    create = _operation(api, "pets", "create")
    assert create.body is not None
    assert (create.body.annotation, create.body.model, create.body.required) == (
        "Pet",
        "Pet",
        True,
    )
    assert create.body.description == "The pet."
    cat, dog = create.body.variants
    assert (
        cat.method_name,
        cat.model,
        cat.discriminator_field,
        cat.discriminator_value,
    ) == ("create_cat", "Cat", "kind", "cat")
    assert cat.description == "A cat."
    # Required fields first; optional ones keep the model's default. (Their exact annotation is
    # pinned by the golden trees, not here.)
    assert [(f.name, f.default) for f in cat.fields] == [("name", None), ("lives", "9")]
    assert cat.fields[0].annotation == "str"
    assert [(f.name, f.argument, f.default) for f in dog.fields] == [
        ("from_", "from_", "None")
    ]
    assert api.resources[0].has_variants


def test_an_inline_optional_body_is_hoisted_into_a_named_model(api: ir.Api) -> None:
    replace = _operation(api, "store_orders", "replace")
    assert replace.body is not None
    assert (replace.body.model, replace.body.required) == ("ReplaceOrderRequest", False)
    assert replace.returns == "ReplaceOrderResponse"
    assert not replace.retry_policy.startswith("Retried only")  # PUT is idempotent


def test_imports_are_the_models_a_resource_mentions(api: ir.Api) -> None:
    assert api.resources[0].model_imports == ("Cat", "Dog", "ListPetsResponse", "Pet")
    assert api.resources[0].needs_builtins
    assert not api.resources[1].needs_builtins


def _with_security(scheme: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "security": [{"auth": []}],
        "components": {"securitySchemes": {"auth": scheme}},
    }


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        ({"type": "http", "scheme": "bearer"}, ("bearer", "Authorization")),
        ({"type": "http", "scheme": "Basic"}, ("basic", "Authorization")),
        (
            {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
            ("api_key_header", "X-Api-Key"),
        ),
        (
            {"type": "apiKey", "in": "query", "name": "api_key"},
            ("api_key_query", "api_key"),
        ),
        ({"type": "apiKey", "in": "cookie", "name": "sid"}, ("api_key_cookie", "sid")),
        ({"type": "oauth2", "flows": {}}, ("bearer", "Authorization")),
    ],
)
def test_each_security_scheme_becomes_a_credential_the_client_takes(
    scheme: dict[str, Any], expected: tuple[str, str]
) -> None:
    api = _api(_with_security(scheme))
    assert api.schemes == (ir.SecurityScheme("auth", *expected, "token"),)
    assert api.security == (("auth",),)


def test_operations_name_their_own_security_and_each_scheme_has_an_argument() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "security": [{"bearer": []}],
        "paths": {
            "/inventory": {
                "get": {
                    "operationId": "inventory",
                    "security": [{"api_key": []}],
                    "responses": {"204": {"description": "ok"}},
                }
            },
            "/open": {
                "get": {
                    "operationId": "open",
                    "security": [],
                    "responses": {"204": {"description": "ok"}},
                }
            },
            "/either": {
                "get": {
                    "operationId": "either",
                    "security": [{"api_key": []}, {"bearer": [], "session": []}],
                    "responses": {"204": {"description": "ok"}},
                }
            },
            "/default": {
                "get": {
                    "operationId": "plain",
                    "responses": {"204": {"description": "ok"}},
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "api_key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
                "session": {"type": "apiKey", "in": "cookie", "name": "sid"},
                "tls": {"type": "mutualTLS"},
            }
        },
    }
    api = _api(document)
    assert [(s.key, s.argument) for s in api.schemes] == [
        ("bearer", "token"),
        ("api_key", "api_key"),
        ("session", "session"),
    ]
    security = {op.name: op.security for op in api.resources[0].operations}
    assert security == {
        "inventory": (("api_key",),),
        "open": ((),),
        "either": (("api_key",), ("bearer", "session")),
        "plain": None,  # the document's
    }


def test_no_security_no_server_no_tags() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Bare", "version": "1"},
        "paths": {"/ping": {"get": {"responses": {"204": {"description": "pong"}}}}},
    }
    api = _api(document)

    assert (api.schemes, api.security, api.server_url, api.client_class) == (
        (),
        ((),),
        "",
        "Bare",
    )
    (resource,) = api.resources
    assert (resource.attribute, resource.class_name) == ("default", "Default")
    (op,) = resource.operations
    assert (op.operation_id, op.name) == (
        "get /ping",
        "get_ping",
    )  # no operationId: method and path


def test_parse_does_not_change_the_document() -> None:
    before = copy.deepcopy(DOCUMENT)
    _api(DOCUMENT)
    assert before == DOCUMENT


def _answering(responses: dict[str, Any], body: Any = None) -> ir.Operation:
    """The one operation of a document whose GET answers ``responses``."""
    operation: dict[str, Any] = {"operationId": "getThing", "responses": responses}
    if body is not None:
        operation["requestBody"] = body
    api = _api(
        {
            "openapi": "3.1.0",
            "info": {"title": "Things", "version": "1"},
            "paths": {"/things": {"post" if body else "get": operation}},
        }
    )
    [resource] = api.resources
    [op] = resource.operations
    return op


def _content(*media: str, schema: Any = None) -> dict[str, Any]:
    return {m: {"schema": schema or {"type": "string"}} for m in media}


def test_accept_puts_json_first_and_what_the_client_cannot_model_lower() -> None:
    both = _answering(
        {
            "200": {
                "description": "ok",
                "content": _content("application/xml", "application/json"),
            }
        }
    )
    assert both.accept == "application/json, application/xml;q=0.9"
    sarif = _answering(
        {"200": {"description": "ok", "content": _content("application/json+sarif")}}
    )
    assert (sarif.accept, sarif.returns_kind) == ("application/json+sarif", "json")
    # GitHub's code-scanning analysis: a SARIF string or the analysis model; the model is
    # what the method returns, so it is asked for first.
    model = {"type": "object", "properties": {"id": {"type": "integer"}}}
    content = _content("application/json+sarif")
    content["application/json"] = {"schema": model}
    analysis = _answering({"200": {"description": "ok", "content": content}})
    assert analysis.accept == "application/json, application/json+sarif;q=0.9"
    assert analysis.returns != "str"


def test_a_default_only_answer_is_the_success() -> None:
    op = _answering(
        {"default": {"description": "text", "content": _content("text/plain")}}
    )
    assert (op.accept, op.returns, op.returns_kind) == ("text/plain", "str", "text")


def test_a_304_is_no_redirect_and_a_bodiless_success_beside_a_redirect_may_be_none() -> (
    None
):
    not_modified = _answering(
        {"204": {"description": "gone"}, "304": {"description": "same"}}
    )
    assert (not_modified.redirects, not_modified.returns) == (False, "None")
    moved = _answering(
        {"204": {"description": "gone"}, "302": {"description": "moved"}}
    )
    assert (moved.redirects, moved.returns) == (True, "_Redirect | None")


def test_bodies_travel_as_their_documented_media_type() -> None:
    def body(media: str, schema: Any) -> ir.Body:
        op = _answering(
            {"204": {"description": "done"}},
            {"required": True, "content": {media: {"schema": schema}}},
        )
        assert op.body is not None
        return op.body

    vendor = body("application/vnd+json", {"type": "object"})
    assert (vendor.encoding, vendor.media_type) == ("json", "application/vnd+json")
    anything = body("*/*", {"type": "string", "format": "binary"})
    assert (anything.encoding, anything.media_type) == ("binary", "")
    raw = body("*/*", {"type": "string", "description": "the file's data"})
    assert raw.encoding == "binary"
    text = body("text/plain", {"type": "string"})
    assert (text.encoding, text.annotation) == ("binary", "str | _FileContent")
