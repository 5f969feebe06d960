"""The compiled metaschema check is only a shortcut: it never accepts what the Python pass rejects.

``schema_check`` skips openapi-spec-validator's Python metaschema pass when jsonschema-rs finds
the document valid. If the two ever disagreed that way, an invalid spec would go unreported.
Each document below is mutated at every node, in every way listed, and every mutant the
compiled check accepts is checked by the Python pass too.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import validators
from generator.spec import load_spec
from tests.snapshot_support import CORPUS

# A small 3.1 document touching most of the OpenAPI schema: the project's own spec is mostly
# Schema Objects, which the 3.1 schema leaves to the dialect, and is slow to mutate whole.
_OAS31 = """
openapi: 3.1.0
info: {title: T, version: '1', license: {name: MIT, identifier: MIT}, contact: {email: a@b.c}}
jsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base
servers: [{url: 'https://{host}/v2', variables: {host: {default: api.example.com, enum: [api.example.com]}}}]
tags: [{name: actions, externalDocs: {url: https://example.com}}]
security: [{bearer: []}]
paths:
  /v2/_actions/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getAction
      tags: [actions]
      parameters:
        - {name: expand, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
        - {name: X-Trace, in: header, content: {text/plain: {schema: {type: string}}}}
      responses:
        '200':
          description: The action.
          headers: {X-Rate: {schema: {type: integer}}}
          content: {application/json: {schema: {$ref: '#/components/schemas/Action'}, examples: {one: {value: {id: a}}}}}
        4XX: {$ref: '#/components/responses/Problem'}
      callbacks:
        done: {'{$request.body#/url}': {post: {requestBody: {content: {application/json: {schema: {}}}}, responses: {'204': {description: ok}}}}}
    post:
      operationId: runAction
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: {type: object, properties: {file: {type: string, contentMediaType: image/png}}}
            encoding: {file: {contentType: image/png, headers: {X-Part: {schema: {type: string}}}}}
      responses: {'202': {description: Accepted., links: {self: {operationId: getAction, parameters: {id: $response.body#/id}}}}}
webhooks:
  actionDone: {post: {responses: {'200': {description: ok}}}}
components:
  schemas:
    Action: {type: object, required: [id], properties: {id: {type: string}}, discriminator: {propertyName: id}}
  responses:
    Problem: {description: A problem., content: {application/problem+json: {schema: {type: object}}}}
  securitySchemes:
    bearer: {type: http, scheme: bearer, bearerFormat: JWT}
    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: https://example.com/t, scopes: {read: Read.}}}}
    key: {type: apiKey, name: key, in: header}
"""

Mutation = Callable[[Any, str | int], None]


def _replace(value: Any) -> Mutation:
    def mutate(parent: Any, key: str | int) -> None:
        parent[key] = copy.deepcopy(value)

    return mutate


def _delete(parent: Any, key: str | int) -> None:
    del parent[key]


def _add_unknown(parent: Any, key: str | int) -> None:
    if isinstance(parent[key], dict):
        parent[key]["bogus"] = 1


_MUTATIONS: dict[str, Mutation] = {
    "delete": _delete,
    "number": _replace(42),
    "text": _replace("x"),
    "list": _replace([]),
    "object": _replace({}),
    "null": _replace(None),
    "unknown key": _add_unknown,
}


def _places(
    node: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[str | int, ...]]:
    items = (
        node.items()
        if isinstance(node, dict)
        else (enumerate(node) if isinstance(node, list) else ())
    )
    for key, child in items:
        yield (*path, key)
        yield from _places(child, (*path, key))


def _mutants(
    document: dict[str, Any], every: int
) -> Iterator[tuple[str, dict[str, Any]]]:
    for i, place in enumerate(_places(document)):
        if i % every:
            continue
        for name, mutate in _MUTATIONS.items():
            mutant = copy.deepcopy(document)
            parent = mutant
            for key in place[:-1]:
                parent = parent[key]
            mutate(parent, place[-1])
            yield f"{name} at /{'/'.join(map(str, place))}", mutant


def _document(spec: str) -> dict[str, Any]:
    if spec == "3.1":
        loaded: dict[str, Any] = yaml.safe_load(_OAS31)
        return loaded
    return load_spec(CORPUS / spec).document


@pytest.mark.parametrize(
    ("spec", "every"),
    [
        ("3.1", 3),
        ("oai-petstore-expanded.yaml", 1),  # 3.0
        ("petstore3-swagger.yaml", 13),  # 3.0
    ],
)
def test_the_compiled_check_never_accepts_what_the_python_pass_rejects(
    spec: str, every: int
) -> None:
    document = _document(spec)
    is_31 = str(document["openapi"]).startswith("3.1")
    assert validators._valid_fast(document, is_31)
    python = validators._python_metaschema(is_31)
    accepted = rejected = 0
    wrongly_accepted = []
    for what, mutant in _mutants(document, every):
        if validators._valid_fast(mutant, is_31):
            accepted += 1
            if next(iter(python.iter_errors(mutant)), None) is not None:
                wrongly_accepted.append(what)
        else:
            rejected += 1
    assert not wrongly_accepted
    # Both outcomes occurred, so the comparison above was exercised both ways.
    assert accepted > 50 and rejected > 50, (accepted, rejected)


def test_a_value_json_cannot_hold_goes_to_the_python_pass() -> None:
    document = load_spec(Path("spec/openapi.yaml")).document
    document["info"]["title"] = object()
    assert validators._valid_fast(document, is_31=True) is False


def test_the_reported_messages_come_from_the_python_pass() -> None:
    document = load_spec(Path("spec/openapi.yaml")).document
    del document["info"]["title"]
    assert list(validators.spec_errors(document)) == [
        ("/info", "'title' is a required property")
    ]
