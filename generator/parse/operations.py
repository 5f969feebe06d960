"""One operation: its method name, parameters, request body, answer and security."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator import ir, naming
from generator.models import Models
from generator.parse.bodies import body
from generator.parse.parameters import parameters
from generator.parse.responses import Envelope, answer
from generator.parse.security import requirements
from generator.parse.text import text
from generator.spec.traverse import OperationRef


def operation(
    document: Mapping[str, Any],
    models: Models,
    op: OperationRef,
    tag: str,
    taken: set[str],
    context: Context,
) -> ir.Operation:
    """One operation as the method that calls it."""
    operation: Mapping[str, Any] = op.operation
    op_id = operation_id(op)
    name = naming.unique(method_stem(op, tag), taken)
    params, idempotency = parameters(document, models, op)
    request = body(
        document, models, operation.get("requestBody"), name, tag, taken, params
    )
    answered = answer(document, models, operation, context.envelope)
    return ir.Operation(
        name=name,
        operation_id=op_id,
        http_method=op.method.upper(),
        path=op.path,
        summary=text(operation.get("summary")),
        description=text(operation.get("description")),
        parameters=params,
        body=request,
        returns=answered.returns,
        response_model=answered.response_model,
        idempotency_header=idempotency,
        deprecated=operation.get("deprecated") is True,
        accept=answered.accept,
        returns_kind=answered.kind,
        redirects=answered.redirects,
        security=requirements(operation.get("security"), context.schemes),
        envelope=answered.envelope,
        request_id=answered.request_id,
        pagination=answered.pagination,
        rate_limit=_rate_limit(operation.get("x-rate-limit")),
    )


@dataclass(frozen=True, slots=True)
class Context:
    """What every operation reads from the document: its envelope and security schemes."""

    envelope: Envelope | None
    schemes: frozenset[str]


def _rate_limit(raw: Any) -> str:
    """``x-rate-limit: {requests: 10, seconds: 60}`` as a docstring sentence."""
    if not isinstance(raw, Mapping):
        return ""
    requests, seconds = raw.get("requests"), raw.get("seconds")
    if not (isinstance(requests, int) and isinstance(seconds, int)):
        return ""
    per = "a minute" if seconds == 60 else f"{seconds} seconds"
    return (
        f"Rate limited to {requests} calls {per}: a 429 answer is retried after the pause "
        "its Retry-After asks for (up to the client's max_retry_after)."
    )


def operation_id(op: OperationRef) -> str:
    """The operation's operationId, or "<method> <path>" when it has none."""
    return text(op.operation.get("operationId")) or f"{op.method} {op.path}"


def method_stem(op: OperationRef, tag: str) -> str:
    """The method name an operation of resource ``tag`` asks for, before collisions are resolved."""
    return naming.method_name(operation_id(op), tag)
