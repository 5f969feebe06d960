"""Checks of the extensions that drive the client: ``x-envelope``, ``x-pagination`` and
``x-rate-limit``, each problem located.

A malformed extension would otherwise be ignored without a word (a list method that does not
paginate, a method that returns the whole envelope), so every shape is checked: known keys,
the right types, query parameters that exist, and pointers that lead to a property of the
operation's success schema (an array, for the items).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator.errors import Problem
from generator.spec import Spec
from generator.spec import pointer as jp
from generator.spec.keywords import media_kind
from generator.spec.traverse import (
    OperationRef,
    deref,
    iter_operations,
    iter_parameters,
)

_ENVELOPE_HINT = (
    "write x-envelope as a property name (x-envelope: data), false (no envelope), or"
    " {data: <property>, request-id: <property>}"
)
# x-pagination: the query parameters it names, and the JSON pointers into the answer.
_QUERY_KEYS = ("page", "size")
_POINTER_KEYS = (
    "items",
    "has-next",
    "total-pages",
    "total-items",
    "current-page",
    "page-size",
)


def extension_problems(spec: Spec) -> Iterator[Problem]:
    """Every problem with the document's and its operations' client extensions."""
    document = spec.document
    if "x-envelope" in document:
        yield from _envelope(spec, document["x-envelope"], "/x-envelope")
    for op in iter_operations(document):
        where = op.pointer
        if "x-envelope" in op.operation:
            yield from _envelope(
                spec, op.operation["x-envelope"], jp.join(where, "x-envelope")
            )
        if "x-pagination" in op.operation:
            yield from _pagination(spec, op, jp.join(where, "x-pagination"))
        if "x-rate-limit" in op.operation:
            yield from _rate_limit(
                spec, op.operation["x-rate-limit"], jp.join(where, "x-rate-limit")
            )


def _envelope(spec: Spec, raw: Any, where: str) -> Iterator[Problem]:
    if raw is False or (isinstance(raw, str) and raw):
        return
    if isinstance(raw, Mapping):
        unknown = sorted(set(map(str, raw)) - {"data", "request-id"})
        if unknown:
            yield spec.problem(
                where, f"x-envelope has unknown keys {unknown}", _ENVELOPE_HINT
            )
        for key in ("data", "request-id"):
            value = raw.get(key)
            if (key == "data" or key in raw) and not (isinstance(value, str) and value):
                yield spec.problem(
                    jp.join(where, key),
                    f"x-envelope {key} must name a property, not {value!r}",
                    _ENVELOPE_HINT,
                )
        return
    yield spec.problem(
        where, f"x-envelope cannot be {type(raw).__name__} {raw!r}", _ENVELOPE_HINT
    )


def _pagination(spec: Spec, op: OperationRef, where: str) -> Iterator[Problem]:
    raw = op.operation["x-pagination"]
    known = (*_QUERY_KEYS, *_POINTER_KEYS)
    hint = (
        "x-pagination takes page (the page-number query parameter), size (the page-size"
        " parameter) and JSON pointers into the answer: " + ", ".join(_POINTER_KEYS)
    )
    if not isinstance(raw, Mapping):
        yield spec.problem(where, "x-pagination must be an object", hint)
        return
    unknown = sorted(set(map(str, raw)) - set(known))
    if unknown:
        yield spec.problem(where, f"x-pagination has unknown keys {unknown}", hint)
    query = {
        p.name for p in iter_parameters(spec.document, op) if p.location == "query"
    }
    for key in _QUERY_KEYS:
        value = raw.get(key)
        present = key == "page" or key in raw
        if present and (not isinstance(value, str) or value not in query):
            yield spec.problem(
                jp.join(where, key),
                f"x-pagination {key} {value!r} is not a query parameter of the"
                " operation",
                f"name one of its query parameters: {sorted(query)}",
            )
    success = _success_schema(spec.document, op.operation)
    for key in _POINTER_KEYS:
        if key not in raw:
            continue
        value = raw[key]
        at = jp.join(where, key)
        if not isinstance(value, str) or not value.startswith("/"):
            yield spec.problem(
                at,
                f"x-pagination {key} must be a JSON pointer into the answer, such as"
                f" /data/items, not {value!r}",
                hint,
            )
            continue
        if success is None:
            continue
        found = _follow(spec.document, success, value)
        if found is None:
            yield spec.problem(
                at,
                f"x-pagination {key} {value} leads to no property of the success"
                " answer's schema",
                "point at a property the 2xx JSON answer declares",
            )
        elif key == "items" and found.get("type") != "array":
            yield spec.problem(
                at,
                f"x-pagination items {value} is not an array in the success answer's"
                " schema",
                "point items at the array of the page's items",
            )


def _rate_limit(spec: Spec, raw: Any, where: str) -> Iterator[Problem]:
    hint = "write x-rate-limit as {requests: <calls>, seconds: <window>}"
    if not isinstance(raw, Mapping):
        yield spec.problem(where, "x-rate-limit must be an object", hint)
        return
    for key in ("requests", "seconds"):
        value = raw.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            yield spec.problem(
                jp.join(where, key),
                f"x-rate-limit {key} must be a whole number above 0, not {value!r}",
                hint,
            )


def _success_schema(
    document: Mapping[str, Any], operation: Mapping[str, Any]
) -> Mapping[str, Any] | None:
    """The schema of the first 2xx JSON answer, or None."""
    responses = operation.get("responses")
    for status, raw in (responses.items() if isinstance(responses, Mapping) else ()):
        if not str(status).startswith("2"):
            continue
        response = deref(document, raw)[0]
        content = response.get("content") if isinstance(response, Mapping) else None
        for media, body in (content.items() if isinstance(content, Mapping) else ()):
            if media_kind(str(media)) == "json" and isinstance(body, Mapping):
                schema = deref(document, body.get("schema"))[0]
                return schema if isinstance(schema, Mapping) else None
    return None


def _follow(
    document: Mapping[str, Any], schema: Mapping[str, Any], pointer: str
) -> Mapping[str, Any] | None:
    """The schema of the property ``pointer`` leads to, through properties and allOf."""
    current: Mapping[str, Any] | None = schema
    for segment in jp.split(pointer):
        if current is None:
            return None
        current = _property(document, current, segment)
    return current


def _property(
    document: Mapping[str, Any], schema: Mapping[str, Any], name: str
) -> Mapping[str, Any] | None:
    properties = schema.get("properties")
    if isinstance(properties, Mapping) and name in properties:
        found = deref(document, properties[name])[0]
        return found if isinstance(found, Mapping) else None
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or ():
            resolved = deref(document, member)[0]
            if isinstance(resolved, Mapping):
                found = _property(document, resolved, name)
                if found is not None:
                    return found
    return None
