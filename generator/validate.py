"""Check a bundled spec: openapi-spec-validator plus our own checks, every problem located.

All problems are collected before anything is raised, so users fix a spec in one pass.
Errors stop generation; warnings do not, unless ``strict`` makes every warning an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from generator import validators
from generator.errors import Problem, Severity, SpecError
from generator.spec import Spec
from generator.spec import pointer as jp
from generator.spec.keywords import CODE_BEARING, Kind
from generator.spec.traverse import (
    deref,
    iter_operations,
    iter_parameters,
    iter_refs,
    walk,
)

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
_PATH_PARAM = re.compile(r"{([^{}]+)}")  # the runtime substitutes exactly these
_STATUS = re.compile(r"^([1-5]\d\d|[1-5]XX|default)$")
_SUPPORTED = re.compile(r"3\.(0|1)\.\d+")


@dataclass(frozen=True, slots=True)
class Validation:
    """What validation found in a spec it accepts: the warnings, and defaults to leave out.

    ``invalid_defaults`` lists the schemas (by pointer) whose ``default`` their own schema
    rejects; only ``allow_invalid`` lets such a spec through, and planning drops them.
    """

    warnings: tuple[Problem, ...]
    invalid_defaults: frozenset[str] = frozenset()


def validate(
    spec: Spec, *, strict: bool = False, allow_invalid: bool = False
) -> Validation:
    """Raise ``SpecError`` with every error found; return the warnings."""
    _check_version(spec)
    defaults = invalid_defaults(spec.document)
    ours = [
        *_references(spec),
        *_operations(spec),
        *_code_bearing(spec),
        *_defaults(spec, defaults, allow_invalid),
        *_schemas(spec, strict),
    ]
    # Where our own check already explains a place, the validator's generic message about the
    # same place (and its advice to pass --allow-invalid, which would not help) is noise.
    explained = {(p.file, p.pointer) for p in ours if p.severity is Severity.ERROR}
    around = explained | {
        (f, q) for f, pointer in explained for q in _ancestors(pointer)
    }
    problems = [
        p
        for p in _structural(spec, allow_invalid)
        if (p.file, p.pointer) not in around
        and not any((p.file, q) in explained for q in _ancestors(p.pointer))
        and not (explained and p.pointer == "#")
    ]
    problems += ours
    if strict:
        problems = [replace(p, severity=Severity.ERROR) for p in problems]
    problems = list(dict.fromkeys(problems))
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise SpecError(errors)
    return Validation(
        tuple(sorted(problems, key=Problem.sort_key)), frozenset(defaults)
    )


def _check_version(spec: Spec) -> None:
    document = spec.document
    if "swagger" in document:
        raise SpecError(
            [
                spec.problem(
                    "/swagger",
                    "Swagger 2.0 documents are not supported",
                    "convert it to OpenAPI 3 first (for example with "
                    "`npx swagger2openapi in.yaml -o out.yaml`), then generate "
                    "from the result",
                )
            ]
        )
    version = document.get("openapi")
    if not isinstance(version, str) or not _SUPPORTED.fullmatch(version):
        raise SpecError(
            [
                spec.problem(
                    "/openapi" if "openapi" in document else "",
                    f"unsupported or missing `openapi` version {version!r}",
                    "start the document with `openapi: 3.1.0` (3.0.x is also read)",
                )
            ]
        )


def _structural(spec: Spec, allow_invalid: bool) -> Iterator[Problem]:
    """Problems openapi-spec-validator finds, minus the ones we check better ourselves."""
    severity = Severity.WARNING if allow_invalid else Severity.ERROR
    hint = "fix it to match the OpenAPI schema" + (
        "" if allow_invalid else ", or pass --allow-invalid to generate anyway"
    )
    for pointer, message in validators.spec_errors(spec.document):
        yield spec.problem(pointer, f"not valid OpenAPI: {message}", hint, severity)


def _references(spec: Spec) -> Iterator[Problem]:
    """Every local $ref resolves, and no chain of refs only points at other refs."""
    document = spec.document
    for pointer, ref in iter_refs(document):
        if not ref.startswith("#"):
            continue
        target = jp.resolve_ref(document, ref)
        if target is jp.MISSING:
            yield spec.problem(
                jp.join(pointer, "$ref"),
                f"the reference {ref!r} names nothing",
                "fix the pointer, or add the missing component",
            )
            continue
        seen = {ref}
        while (
            isinstance(target, Mapping)
            and isinstance(target.get("$ref"), str)
            and (set(target) - _ANNOTATIONS == {"$ref"})
        ):
            nxt = target["$ref"]
            if nxt in seen:
                yield spec.problem(
                    jp.join(pointer, "$ref"),
                    f"the reference {ref!r} is a cycle of "
                    "references that never reaches a schema",
                    "point one of the references at a real schema",
                )
                break
            seen.add(nxt)
            target = jp.resolve_ref(document, nxt)


def _operations(spec: Spec) -> Iterator[Problem]:
    """Operation ids present and unique; path parameters declared, required, and used."""
    seen: dict[str, str] = {}
    paths = spec.document.get("paths")
    for path in paths if isinstance(paths, Mapping) else ():
        if not _balanced(str(path)):
            yield spec.problem(
                jp.join("/paths", str(path)),
                f"the path {str(path)!r} has " "unbalanced braces",
                "write each parameter as {name}",
            )
    for op in iter_operations(spec.document):
        op_id = op.operation.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            yield spec.problem(
                op.pointer,
                "operationId is missing",
                "add one so the method name is stable",
                Severity.WARNING,
            )
        elif op_id in seen:
            yield spec.problem(
                jp.join(op.pointer, "operationId"),
                f"operationId {op_id!r} is also used at {spec.where(seen[op_id])}",
                "make every operationId unique",
            )
        else:
            seen[op_id] = jp.join(op.pointer, "operationId")
        responses = op.operation.get("responses")
        for status in responses if isinstance(responses, Mapping) else ():
            if not _STATUS.match(str(status)):
                yield spec.problem(
                    jp.join(op.pointer, "responses", str(status)),
                    f"{status!r} is not an HTTP status code",
                    "use a code such as 200, a range such as 2XX, or default",
                )
        declared = {
            p.name: p
            for p in iter_parameters(spec.document, op)
            if p.location == "path"
        }
        in_template = _PATH_PARAM.findall(op.path)
        for name in in_template:
            if name not in declared:
                yield spec.problem(
                    op.pointer,
                    f"path parameter {name!r} of {op.path!r} is not " "declared",
                    f"add a parameter with `name: {name}` and `in: path`",
                )
        for name, param in declared.items():
            if name not in in_template:
                yield spec.problem(
                    param.declared_at,
                    f"path parameter {name!r} does not appear " f"in {op.path!r}",
                    "remove it, or change it to a query parameter",
                )
            elif param.parameter.get("required") is not True:
                yield spec.problem(
                    param.declared_at,
                    f"path parameter {name!r} is not marked " "required",
                    "add `required: true`: a path parameter is always required",
                )


def _code_bearing(spec: Spec) -> Iterator[Problem]:
    """Keys that make the model generator emit code named by the spec (planning removes them)."""
    for node in walk(spec.document):
        if node.kind is Kind.SCHEMA:
            for key in sorted(CODE_BEARING.intersection(node.value)):
                yield spec.problem(
                    jp.join(node.pointer, key),
                    f"{key!r} names code for the model generator to emit; "
                    "it was removed",
                    "spec text never becomes code: delete it",
                    Severity.WARNING,
                )


def invalid_defaults(document: Mapping[str, Any]) -> dict[str, list[str]]:
    """Pointer of each schema whose ``default`` its own schema rejects → the reasons."""
    checker: validators.InstanceChecker | None = None
    found: dict[str, list[str]] = {}
    for node in walk(document):
        if node.kind is Kind.SCHEMA and "default" in node.value:
            checker = checker or validators.InstanceChecker(document)
            messages = checker.errors(node.pointer, node.value["default"])
            if messages:
                found[node.pointer] = messages
    return found


def _defaults(
    spec: Spec, found: Mapping[str, list[str]], allow_invalid: bool
) -> Iterator[Problem]:
    for pointer, messages in found.items():
        for message in messages:
            if allow_invalid:
                yield spec.problem(
                    jp.join(pointer, "default"),
                    f"the default is invalid: {message}",
                    "it is left out of the generated code; fix it in the spec",
                    Severity.WARNING,
                )
            else:
                yield spec.problem(
                    jp.join(pointer, "default"),
                    f"the default is invalid: {message}",
                    "change the default to a value the schema accepts",
                )


def _schemas(spec: Spec, strict: bool) -> Iterator[Problem]:
    """Examples valid against their schemas; ``required`` lists names; under ``strict``,
    descriptions on every component and property.

    Descriptions are our own spec's house rule (`make generate` is strict); third-party specs
    are not held to it, so their runs do not drown real warnings in hundreds of these.
    """
    document = spec.document
    checker = validators.InstanceChecker(document)
    for node in walk(document):
        if node.kind is Kind.SCHEMA:
            yield from _schema(
                spec, checker, node.pointer, node.value, node.via, strict
            )
        elif node.kind in (Kind.PARAMETER, Kind.HEADER, Kind.MEDIA_TYPE):
            yield from _examples_beside(spec, checker, node.pointer, node.value)


def _schema(
    spec: Spec,
    checker: validators.InstanceChecker,
    pointer: str,
    schema: Mapping[str, Any],
    via: str,
    strict: bool,
) -> Iterator[Problem]:
    required = schema.get("required")
    for i, name in enumerate(required if isinstance(required, list) else []):
        if not isinstance(name, str):
            yield spec.problem(
                jp.join(pointer, "required", i),
                "`required` lists " f"{type(name).__name__} values",
                "list property names (strings)",
            )
    if (
        strict
        and via in ("schemas", "properties")
        and not _described(spec.document, schema)
    ):
        what = "schema" if via == "schemas" else "property"
        yield spec.problem(
            pointer,
            f"the {what} has no description",
            "add a `description` saying what it is for",
            Severity.WARNING,
        )
    examples: list[tuple[str, Any]] = []
    if "example" in schema:
        examples.append((jp.join(pointer, "example"), schema["example"]))
    if isinstance(schema.get("examples"), list):
        examples += [
            (jp.join(pointer, "examples", i), v)
            for i, v in enumerate(schema["examples"])
        ]
    for where, value in examples:
        for message in checker.errors(pointer, value):
            yield spec.problem(
                where,
                f"the example is invalid: {message}",
                "fix the example or the schema",
                Severity.WARNING,
            )


def _examples_beside(
    spec: Spec,
    checker: validators.InstanceChecker,
    pointer: str,
    holder: Mapping[str, Any],
) -> Iterator[Problem]:
    """Examples given beside a schema, in a media type, parameter or header object."""
    if not isinstance(holder.get("schema"), Mapping):
        return
    candidates: list[tuple[str, Any]] = []
    if "example" in holder:
        candidates.append((jp.join(pointer, "example"), holder["example"]))
    examples = holder.get("examples")
    if isinstance(examples, Mapping):
        for name, raw in examples.items():
            entry, _ = deref(spec.document, raw)
            if isinstance(entry, Mapping) and "value" in entry:
                candidates.append(
                    (jp.join(pointer, "examples", str(name), "value"), entry["value"])
                )
    for where, value in candidates:
        for message in checker.errors(jp.join(pointer, "schema"), value):
            yield spec.problem(
                where,
                f"the example is invalid: {message}",
                "fix the example or the schema",
                Severity.WARNING,
            )


def _described(document: Mapping[str, Any], schema: Mapping[str, Any]) -> bool:
    if isinstance(schema.get("description"), str) and schema["description"].strip():
        return True
    target, _ = deref(document, schema)
    return (
        target is not schema
        and isinstance(target, Mapping)
        and _described(document, target)
    )


def _balanced(path: str) -> bool:
    """Whether every ``{`` in a path template is closed by a later ``}``."""
    depth = 0
    for char in path:
        depth += (char == "{") - (char == "}")
        if depth < 0:
            return False
    return depth == 0


def _ancestors(pointer: str) -> list[str]:
    """The enclosing pointers, nearest first: ``#/a/b/c`` → ``#/a/b``, ``#/a``."""
    parts = pointer.split("/")
    return ["/".join(parts[:i]) for i in range(len(parts) - 1, 1, -1)]
