"""What planning repairs in a spec validation let through with ``--allow-invalid``, decided once.

Third-party specs break OpenAPI's rules in ways that have one obvious repair. Validation
reports each (a warning under ``--allow-invalid``, saying what happens; an error otherwise) and
planning applies it to its copy of the document. Both ask these functions, so what the
message says is what the generated code does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator.spec import pointer as jp
from generator.spec.keywords import HTTP_METHODS
from generator.spec.traverse import (
    OperationRef,
    ParameterRef,
    iter_operations,
    iter_parameters,
)

__all__ = [
    "PathParameters",
    "bad_statuses",
    "balanced",
    "operation_ids",
    "operation_of",
    "path_parameters",
    "ref_cycle",
    "schema_cycles",
]

PATH_PARAMETER = re.compile(r"{([^{}]+)}")  # what the runtime substitutes
_STATUS = re.compile(r"^([1-5]\d\d|[1-5]XX|default)$")
# Keywords that only describe: a schema holding $ref plus these is still just a reference.
_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "summary",
        "deprecated",
        "readOnly",
        "writeOnly",
        "example",
        "examples",
        "$comment",
    }
)


def operation_ids(document: Mapping[str, Any]) -> dict[str, str]:
    """Operation pointer → the operationId it is generated under, for every operation whose
    operationId an earlier one (in document order) already uses: ``X`` again becomes ``X_2``,
    then ``X_3``, skipping any that the spec itself uses."""
    used = {
        op.operation["operationId"]
        for op in iter_operations(document)
        if isinstance(op.operation.get("operationId"), str)
    }
    seen: set[str] = set()
    renamed: dict[str, str] = {}
    for op in iter_operations(document):
        op_id = op.operation.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            continue
        if op_id in seen:
            n = 2
            while f"{op_id}_{n}" in used:
                n += 1
            renamed[op.pointer] = f"{op_id}_{n}"
            used.add(renamed[op.pointer])
        seen.add(op_id)
    return renamed


@dataclass(frozen=True, slots=True)
class PathParameters:
    """How an operation's path parameters disagree with its path template."""

    undeclared: tuple[
        str, ...
    ]  # in the template, never declared: become required strings
    unused: tuple[ParameterRef, ...]  # declared, not in the template: left out
    optional: tuple[
        ParameterRef, ...
    ]  # declared without `required: true`: made required


def path_parameters(document: Mapping[str, Any], op: OperationRef) -> PathParameters:
    """Compare the path parameters an operation declares with its path template."""
    declared = {
        p.name: p for p in iter_parameters(document, op) if p.location == "path"
    }
    template = PATH_PARAMETER.findall(op.path)
    return PathParameters(
        undeclared=tuple(dict.fromkeys(n for n in template if n not in declared)),
        unused=tuple(p for n, p in declared.items() if n not in template),
        optional=tuple(
            p
            for n, p in declared.items()
            if n in template and p.parameter.get("required") is not True
        ),
    )


def bad_statuses(op: OperationRef) -> Iterator[str]:
    """The response keys of an operation that are not status codes, ranges or ``default``."""
    responses = op.operation.get("responses")
    for status in responses if isinstance(responses, Mapping) else ():
        if not _STATUS.match(str(status)):
            yield str(status)


def balanced(path: str) -> bool:
    """Whether every ``{`` in a path template is closed by a later ``}``."""
    depth = 0
    for char in path:
        depth += (char == "{") - (char == "}")
        if depth < 0:
            return False
    return depth == 0


def operation_of(pointer: str) -> str | None:
    """The operation (``/paths/<path>/<method>``) a pointer lies in, or the path item's pointer
    when it lies in the path item outside any operation; None outside ``/paths``."""
    segments = jp.split(pointer)
    if len(segments) < 2 or segments[0] != "paths":
        return None
    if len(segments) >= 3 and segments[2] in HTTP_METHODS:
        return jp.join("", *segments[:3])
    return jp.join("", *segments[:2])


def ref_cycle(document: Mapping[str, Any], ref: str) -> bool:
    """Whether following ``ref`` through nodes that are only a reference comes back to one
    already followed, never reaching a schema (or body, or parameter)."""
    seen = {ref}
    target = jp.resolve_ref(document, ref)
    while (
        isinstance(target, Mapping)
        and isinstance(target.get("$ref"), str)
        and set(target) - _ANNOTATIONS == {"$ref"}
    ):
        ref = target["$ref"]
        if ref in seen:
            return True
        seen.add(ref)
        target = jp.resolve_ref(document, ref)
    return False


def schema_cycles(document: Mapping[str, Any]) -> list[str]:
    """The component schemas that are only a reference into a cycle of references: planning
    makes each an empty schema (any value), so that no model refers to itself for ever.
    """
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    if not isinstance(schemas, Mapping):
        return []
    return [
        str(name)
        for name, schema in schemas.items()
        if isinstance(schema, Mapping)
        and isinstance(schema.get("$ref"), str)
        and set(schema) - _ANNOTATIONS == {"$ref"}
        and ref_cycle(document, "#" + jp.join("/components/schemas", str(name)))
    ]
