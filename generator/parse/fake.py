"""The fake server's view of an API: the data its ``testing`` module is generated from.

Read from the planned document and the decisions already in ``ir.Api`` (operation keys,
envelopes, pages, security): for every operation its parameters, request bodies and
documented answers with their schemas and first examples; the collections
(``fake_collections``); and the component schemas all of them refer to (``fake_schemas``).
Everything is JSON data, in document order, so the written file is the same byte for byte
for the same spec.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir, ir_fake
from generator.parse.fake_collections import Seen, infer
from generator.parse.fake_schemas import SchemaSubset, plain
from generator.parse.fake_shapes import properties, schema_at
from generator.spec import pointer as jp
from generator.spec.keywords import media_kind
from generator.spec.traverse import (
    OperationRef,
    deref,
    iter_operations,
    iter_parameters,
)

__all__ = ["fake_spec"]

# Headers OpenAPI says a parameter cannot describe (the client owns them).
_OWNED_HEADERS = frozenset({"authorization", "content-type", "accept"})
_KINDS = ("json", "form", "multipart", "text", "binary")
# Where the fake clients of an API without an https server send (never resolved: .invalid).
_NOWHERE = "https://api.fake.invalid"


def fake_spec(document: Mapping[str, Any], api: ir.Api) -> ir_fake.FakeSpec:
    """What the fake of ``api`` needs to know, from the planned ``document``."""
    methods = {
        (op.path, op.http_method): (resource.attribute, op)
        for resource in api.resources
        for op in resource.operations
    }
    subset = SchemaSubset(document)
    operations: list[dict[str, Any]] = []
    seen: list[Seen] = []
    for ref in iter_operations(document):  # document order
        found = methods.get((ref.path, ref.method.upper()))
        if found is not None:
            data, inferable = _operation(document, subset, ref, *found)
            operations.append(data)
            seen.append(inferable)
    inferred = infer(document, seen, subset)
    for data in operations:
        data["collection"], data["role"] = inferred.roles.get(data["key"], (None, None))
        if data["key"] in inferred.items:
            data["items"] = inferred.items[data["key"]]
    base_url = api.server_url if api.server_url.startswith("https://") else _NOWHERE
    server = {
        "base_url": base_url,
        "security": [list(r) for r in api.security],
        "schemes": {s.key: {"kind": s.kind, "name": s.name} for s in api.schemes},
        "request_id": api.request_id_field,
    }
    bare = [d for d in operations if _bare(d)]
    listed = [d for d in bare if d["role"] == "list"]
    example = (listed or bare or [{"key": "", "success": "200"}])[0]
    return ir_fake.FakeSpec(
        base_url=base_url,
        collections=inferred.collections,
        operations=tuple(d["key"] for d in operations),
        example=str(example["key"]),
        example_status=int(example["success"]) if example["success"].isdigit() else 200,
        data={
            "server": server,
            "operations": operations,
            "collections": inferred.data,
            "schemas": subset.schemas(),
        },
    )


def _bare(op: Mapping[str, Any]) -> bool:
    """Whether an operation's method can be called without arguments."""
    body = op.get("body")
    return not (body and body.get("required")) and not any(
        p["required"] for p in op["parameters"]
    )


def _operation(
    document: Mapping[str, Any],
    subset: SchemaSubset,
    ref: OperationRef,
    attribute: str,
    op: ir.Operation,
) -> tuple[dict[str, Any], Seen]:
    """One operation's data, and what the collection inference needs of it."""
    key = f"{attribute}.{op.name}"  # also its call: client.<attribute>.<method>()
    parameters = [
        p
        for p in iter_parameters(document, ref)
        if p.location in ("path", "query", "header", "cookie")
        and not (p.location == "header" and p.name.lower() in _OWNED_HEADERS)
    ]
    body = _body(document, subset, ref.operation.get("requestBody"))
    responses, success, answer, example = _responses(document, subset, ref.operation)
    data_pointer = jp.join("", op.envelope) if op.envelope else ""
    found: dict[str, Any] = {
        "key": key,
        "method": op.http_method,
        "path": op.path,
        "security": None if op.security is None else [list(r) for r in op.security],
        "parameters": [_parameter(subset, p.location, p.parameter) for p in parameters],
        "body": body,
        "success": success,
        "responses": responses,
        "data": data_pointer,
    }
    if op.pagination is not None:
        found["pagination"] = _pagination(document, op.pagination, answer)
    seen = Seen(
        key=key,
        attribute=attribute,
        method=op.http_method,
        path=op.path,
        data=data_pointer,
        answer=answer,
        example=example,
        pages=op.pagination.items if op.pagination is not None else None,
        parameters={p.name: p.parameter for p in parameters if p.location == "path"},
    )
    return found, seen


def _parameter(
    subset: SchemaSubset, where: str, raw: Mapping[str, Any]
) -> dict[str, Any]:
    schema = raw.get("schema")
    content = raw.get("content")
    if schema is None and isinstance(content, Mapping):
        media = next(iter(content.values()), None)
        schema = media.get("schema") if isinstance(media, Mapping) else None
    defaults = {"path": "simple", "header": "simple"}.get(where, "form")
    style = raw.get("style") if isinstance(raw.get("style"), str) else defaults
    explode = raw.get("explode")
    return {
        "name": str(raw.get("name")),
        "in": where,
        "required": where == "path" or raw.get("required") is True,
        "schema": subset.schema(schema),
        "style": style,
        "explode": explode if isinstance(explode, bool) else style == "form",
    }


def _body(
    document: Mapping[str, Any], subset: SchemaSubset, raw: Any
) -> dict[str, Any] | None:
    """The request body: whether it is required, and each media type's kind and schema."""
    found, _ = deref(document, raw)
    content = found.get("content") if isinstance(found, Mapping) else None
    if not isinstance(found, Mapping) or not isinstance(content, Mapping):
        return None
    media = {
        str(media_type): {
            "kind": media_kind(str(media_type)),
            "schema": subset.schema(
                entry.get("schema") if isinstance(entry, Mapping) else None
            ),
        }
        for media_type, entry in content.items()
    }
    return {"required": found.get("required") is True, "content": media}


def _responses(
    document: Mapping[str, Any], subset: SchemaSubset, operation: Mapping[str, Any]
) -> tuple[dict[str, Any], str, Any, Any]:
    """Each documented answer (kind, media type, schema, example, header examples); the
    success status (the first 2xx, else the first 3xx); the raw schema and example of its
    JSON body (None and jp.MISSING when it has none)."""
    raw = operation.get("responses")
    out: dict[str, Any] = {}
    bodies: dict[str, tuple[Any, Any]] = {}
    for status, entry in raw.items() if isinstance(raw, Mapping) else ():
        response, _ = deref(document, entry)
        content = response.get("content") if isinstance(response, Mapping) else None
        media_type, media = _preferred(content)
        schema = media.get("schema") if media is not None else None
        example = _example(document, media)
        found = {
            "kind": media_kind(media_type) if media_type else "none",
            "media_type": media_type,
            "schema": subset.schema(schema),
        }
        if example is not jp.MISSING:
            found["example"] = plain(example)
        headers = _header_examples(document, response)
        if headers:
            found["headers"] = headers
        out[str(status)] = found
        if found["kind"] == "json":
            bodies[str(status)] = (schema, example)
    statuses = [s for s in out if s[0] == "2"] or [s for s in out if s[0] == "3"]
    success = statuses[0] if statuses else "200"
    answer, example = bodies.get(success, (None, jp.MISSING))
    return out, success, answer, example


def _header_examples(document: Mapping[str, Any], response: Any) -> dict[str, str]:
    """Each documented response header's example, as text (a redirect's Location, say)."""
    headers = response.get("headers") if isinstance(response, Mapping) else None
    found: dict[str, str] = {}
    for name, raw in headers.items() if isinstance(headers, Mapping) else ():
        header, _ = deref(document, raw)
        if not isinstance(header, Mapping):
            continue
        schema, _ = deref(document, header.get("schema"))
        example = header.get("example", jp.MISSING)
        if example is jp.MISSING and isinstance(schema, Mapping):
            listed = schema.get("examples")
            example = schema.get(
                "example",
                listed[0] if isinstance(listed, list) and listed else jp.MISSING,
            )
        if isinstance(example, (str, int, float)) and not isinstance(example, bool):
            found[str(name)] = str(example)
    return found


def _preferred(content: Any) -> tuple[str, Mapping[str, Any] | None]:
    """The answer's media type the fake sends: JSON first, then text, then anything."""
    if not isinstance(content, Mapping) or not content:
        return "", None
    ranked = sorted(
        (str(m) for m in content if isinstance(content[m], Mapping)),
        key=lambda m: _KINDS.index(media_kind(m)) if media_kind(m) in _KINDS else 9,
    )
    return (ranked[0], content[ranked[0]]) if ranked else ("", None)


def _example(document: Mapping[str, Any], media: Mapping[str, Any] | None) -> Any:
    """The media type's example, or the value of its first named example; else jp.MISSING."""
    if media is None:
        return jp.MISSING
    if "example" in media:
        return media["example"]
    examples = media.get("examples")
    if isinstance(examples, Mapping):
        for entry in examples.values():
            found, _ = deref(document, entry)
            if isinstance(found, Mapping) and "value" in found:
                return found["value"]
    return jp.MISSING


def _pagination(
    document: Mapping[str, Any], pages: ir.Pagination, answer: Any
) -> dict[str, Any]:
    """The list's x-pagination, with the page size's field in the answer when it has one."""
    size_field = ""
    if pages.current_page and pages.size and answer is not None:
        holder = jp.parent(pages.current_page)
        schema = schema_at(document, answer, holder) if holder else answer
        if schema is not None and pages.size in properties(document, schema):
            size_field = jp.join(holder, pages.size)
    return {
        "page": pages.page,
        "size": pages.size,
        "items": pages.items,
        "has_next": pages.has_next,
        "total_pages": pages.total_pages,
        "total_items": pages.total_items,
        "current_page": pages.current_page,
        "size_field": size_field,
    }
