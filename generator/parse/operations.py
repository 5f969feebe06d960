"""One operation: its method name, parameters, request body and response types."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir, naming
from generator.models import Models
from generator.parse.text import text
from generator.parse.variants import variants
from generator.plan import component_of
from generator.pytypes import annotation, deref
from generator.spec import pointer as jp
from generator.spec.keywords import media_kind
from generator.spec.traverse import OperationRef, iter_operations, iter_parameters

_IDEMPOTENCY_HEADERS = frozenset({"idempotency-key", "x-idempotency-key"})


def operation(
    document: Mapping[str, Any],
    models: Models,
    op: OperationRef,
    tag: str,
    taken: set[str],
) -> ir.Operation:
    operation: Mapping[str, Any] = op.operation
    op_id = operation_id(op)
    name = naming.unique(method_stem(op, tag), taken)
    parameters, idempotency = _parameters(document, models, op)
    body = _body(
        document, models, operation.get("requestBody"), name, tag, taken, parameters
    )
    returns, response_model = _response(document, models, operation.get("responses"))
    return ir.Operation(
        name=name,
        operation_id=op_id,
        http_method=op.method.upper(),
        path=op.path,
        summary=text(operation.get("summary")),
        description=text(operation.get("description")),
        parameters=parameters,
        body=body,
        returns=returns,
        response_model=response_model,
        idempotency_header=idempotency,
        deprecated=operation.get("deprecated") is True,
    )


def operation_id(op: OperationRef) -> str:
    """The operation's operationId, or "<method> <path>" when it has none."""
    return text(op.operation.get("operationId")) or f"{op.method} {op.path}"


def method_stem(op: OperationRef, tag: str) -> str:
    """The method name an operation of resource ``tag`` asks for, before collisions are resolved."""
    return naming.method_name(operation_id(op), tag)


def _parameters(
    document: Mapping[str, Any], models: Models, op: OperationRef
) -> tuple[tuple[ir.Parameter, ...], str | None]:
    taken: set[str] = set()
    idempotency: str | None = None
    result = []
    order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
    merged = sorted(
        iter_parameters(document, op), key=lambda p: order.get(p.location, 9)
    )
    for ref in merged:
        where, wire, param = ref.location, ref.name, ref.parameter
        if where not in order or where == "cookie":
            continue  # cookies are set on the user's http_client, not per call
        if where == "header" and wire.lower() in _IDEMPOTENCY_HEADERS:
            idempotency = wire
            continue
        if where == "header" and wire.lower() in (
            "authorization",
            "content-type",
            "accept",
        ):
            continue  # the runtime owns these
        required = where == "path" or param.get("required") is True
        result.append(
            ir.Parameter(
                name=naming.unique(naming.parameter_name(wire), taken),
                wire_name=wire,
                location=ir.Location(where),
                annotation=annotation(document, models, param.get("schema")),
                required=required,
                description=text(param.get("description")),
            )
        )
    result.sort(key=lambda p: (not p.required, order[p.location.value]))
    return tuple(result), idempotency


def _body(
    document: Mapping[str, Any],
    models: Models,
    raw: Any,
    op_name: str,
    tag: str,
    taken: set[str],
    parameters: tuple[ir.Parameter, ...],
) -> ir.Body | None:
    body = deref(document, raw)
    if not isinstance(body, Mapping) or not isinstance(body.get("content"), Mapping):
        return None
    media_types = sorted(
        body["content"], key=lambda m: media_kind(str(m)) != "json"
    )  # JSON first
    for media_type in media_types:
        media = body["content"][media_type]
        form = media_kind(str(media_type)) == "form"
        if not (
            media_kind(str(media_type)) in ("json", "form")
            and isinstance(media, Mapping)
        ):
            continue
        schema = media.get("schema")
        cls = (
            component_of(schema.get("$ref", ""))
            if isinstance(schema, Mapping)
            else None
        )
        if cls is None or cls not in models.classes:
            return ir.Body(
                "Any",
                "Any",
                body.get("required") is True,
                text(body.get("description")),
                encoding="form" if form else "json",
            )
        members = variants(document, models, cls, op_name, tag, taken, parameters)
        return ir.Body(
            cls,
            cls,
            body.get("required") is True,
            text(body.get("description")),
            members,
            "form" if form else "json",
        )
    return None


def _response(
    document: Mapping[str, Any], models: Models, responses: Any
) -> tuple[str, str]:
    """The return annotation and the runtime's parse target of the success responses."""
    if not isinstance(responses, Mapping):
        return "None", "None"
    found: list[str] = []
    bodiless = False
    for status in sorted(str(s) for s in responses):
        if not status.startswith("2"):
            continue
        response = deref(document, responses.get(status))
        content = response.get("content") if isinstance(response, Mapping) else None
        json_media = [
            m
            for t, m in (content.items() if isinstance(content, Mapping) else ())
            if media_kind(str(t)) == "json" and isinstance(m, Mapping)
        ]
        if json_media:
            found.append(annotation(document, models, json_media[0].get("schema")))
        elif not content:
            bodiless = (
                True  # e.g. 204 beside a 200 with a body: the call may return None
            )
    unique = list(dict.fromkeys(found))
    if not unique:
        return "None", "None"
    if bodiless and "None" not in unique:
        unique.append("None")
    joined = " | ".join(unique)
    return joined, joined


def unsupported(document: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(pointer, what, what to do) for each construct the client will not cover."""
    found: list[tuple[str, str, str]] = []
    for op in iter_operations(document):
        body = deref(document, op.operation.get("requestBody"))
        content = body.get("content") if isinstance(body, Mapping) else None
        if (
            isinstance(content, Mapping)
            and content
            and not any(media_kind(str(m)) in ("json", "form") for m in content)
        ):
            kinds = ", ".join(sorted(str(m) for m in content))
            found.append(
                (
                    jp.join(op.pointer, "requestBody"),
                    f"request bodies of type {kinds} "
                    "are not supported; the method has no body parameter",
                    "send such requests with client.request(...)",
                )
            )
        for param in iter_parameters(document, op):
            if param.location == "cookie":
                found.append(
                    (
                        param.declared_at,
                        f"cookie parameter {param.name!r} is not a " "method argument",
                        "set the cookie on your own http_client=",
                    )
                )
    return list(dict.fromkeys(found))
