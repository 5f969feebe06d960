"""Small helpers that turn spec values and pointers into the words of a one-line message."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.spec import pointer as jp
from generator.spec.keywords import HTTP_METHODS

from ._refs import as_map

METHODS = HTTP_METHODS
_NAMED = {
    "properties": "field {}",
    "schemas": "model {}",
    "securitySchemes": "security scheme {}",
    "paths": "path {}",
    "parameters": "parameter {}",
}


def q(value: Any) -> str:
    """A spec value quoted as JSON, so names and values stay on one line."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def operation_label(method: str, path: str, operation_id: Any) -> str:
    """`GET /pets (listPets)`, or without the parenthesis when there is no operationId."""
    label = f"{method.upper()} {path}"
    return f"{label} ({operation_id})" if isinstance(operation_id, str) else label


def subject_of(pointer: str, document: Mapping[str, Any]) -> str:
    """What `pointer` names in `document`, in words: `field "tag"`, `query parameter "limit"`."""
    tokens = jp.split(pointer)
    if not tokens:
        return "the document"
    parameter = _parameter(document, tokens[:-1] if tokens[-1] == "schema" else tokens)
    if parameter:
        return parameter
    last, parent = tokens[-1], tokens[-2] if len(tokens) > 1 else ""
    if last in ("items", "additionalProperties"):
        owner = subject_of(jp.parent(pointer), document)
        return f"{'items' if last == 'items' else 'values'} of {owner}"
    if parent in _NAMED:
        return _NAMED[parent].format(q(last))
    if parent == "responses":
        return f"response {last}"
    if len(tokens) > 2 and tokens[-3] == "paths" and last in METHODS:
        return f"operation {last.upper()} {parent}"
    if last == "schema" and len(tokens) > 3 and tokens[-3] == "content":
        body = tokens[-4]
        return "request body" if body == "requestBody" else f"response {body} body"
    if parent == "content":
        return f"media type {last}"
    if parent in ("oneOf", "anyOf"):
        return "union member"
    return {"requestBody": "request body", "info": "info"}.get(last, "schema")


def _parameter(document: Mapping[str, Any], tokens: list[str]) -> str | None:
    """`query parameter "limit"` when the tokens lead to a parameter object."""
    if len(tokens) < 2 or tokens[-2] != "parameters":
        return None
    node = as_map(jp.resolve(document, tokens))
    if isinstance(node.get("name"), str) and isinstance(node.get("in"), str):
        return f"{node['in']} parameter {q(node['name'])}"
    return None
