"""Small helpers that turn spec values and pointers into the words of a one-line message."""

from __future__ import annotations

import json
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PARENTS = {
    "properties": "field {}",
    "schemas": "model {}",
    "securitySchemes": "security scheme {}",
    "paths": "path {}",
}


def q(value: Any) -> str:
    """A spec value quoted as JSON, so names and values stay on one line."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def operation_label(method: str, path: str, operation_id: Any) -> str:
    """`GET /pets (listPets)`, or without the parenthesis when there is no operationId."""
    label = f"{method.upper()} {path}"
    return f"{label} ({operation_id})" if isinstance(operation_id, str) else label


def subject_of(pointer: str) -> str:
    """What a pointer names, in words: `field "tag"`, `model "Pet"`, `response 200`, ..."""
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    if not tokens:
        return "the document"
    last = tokens[-1]
    parent = tokens[-2] if len(tokens) > 1 else ""
    if parent in _PARENTS:
        return _PARENTS[parent].format(q(last))
    if parent == "responses":
        return f"response {last}"
    if parent == "content":
        return f"media type {last}"
    if parent == "parameters":
        return "parameter"
    if parent in ("oneOf", "anyOf"):
        return "union member"
    if len(tokens) > 2 and tokens[-3] == "paths" and last in METHODS:
        return f"operation {last.upper()} {parent}"
    if last == "requestBody":
        return "request body"
    if last == "items":
        return "array items"
    return "schema" if last.isdigit() or last in ("additionalProperties", "schema") else last
