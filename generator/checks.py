"""Our own checks of a bundled spec, beyond the OpenAPI schema, each problem located.

References resolve; operations have unique ids and path parameters that match their template;
no schema carries code for the model generator; defaults and examples fit their schemas;
under ``strict`` every component and property is described. With ``allow_invalid``, a problem
confined to one operation is a warning that says what happens instead (``generator.repairs``:
repaired, or the operation is skipped), so a third-party spec is never refused whole for one
bad operation.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator import repairs, validators
from generator.errors import Problem, Severity
from generator.extension_checks import extension_problems
from generator.spec import Spec
from generator.spec import pointer as jp
from generator.spec.keywords import CODE_BEARING, Kind
from generator.spec.traverse import deref, iter_operations, iter_refs, walk


class Checks:
    """One run of the checks over a spec: the problems, and the operations left out."""

    def __init__(self, spec: Spec, *, strict: bool, allow_invalid: bool) -> None:
        self.spec = spec
        self.strict = strict
        self.allow_invalid = allow_invalid
        self.skipped: set[str] = set()  # operation pointers planning leaves out
        # (file, pointer) of each place a fixable or skipped problem explains: the schema
        # validator's generic messages about the same places are noise (see ``validate``).
        self.explained: set[tuple[str, str]] = set()

    def run(self, defaults: Mapping[str, list[str]]) -> list[Problem]:
        """Every problem our checks find (invalid defaults found by the caller)."""
        return [
            *self._references(),
            *self._operations(),
            *code_bearing(self.spec),
            *_defaults(self.spec, defaults, self.allow_invalid),
            *_schemas(self.spec, self.strict),
            *extension_problems(self.spec),
        ]

    def _fixable(self, pointer: str, message: str, hint: str, instead: str) -> Problem:
        """An error, or under ``allow_invalid`` a warning saying what happens ``instead``."""
        if self.allow_invalid:
            return self._explains(
                self.spec.problem(pointer, message, instead, Severity.WARNING)
            )
        return self.spec.problem(pointer, message, hint)

    def _explains(self, problem: Problem) -> Problem:
        self.explained.add((problem.file, problem.pointer))
        return problem

    def _skip(self, pointer: str, message: str, hint: str) -> Problem:
        """A problem inside one operation (or path item): with ``allow_invalid``, skip it."""
        where = repairs.operation_of(pointer)
        if not self.allow_invalid or where is None:
            return self.spec.problem(pointer, message, hint)
        ops = [
            op.pointer
            for op in iter_operations(self.spec.document)
            if op.pointer == where or jp.parent(op.pointer) == where
        ]
        self.skipped.update(ops)
        what = (
            "the operation is" if len(ops) == 1 else "the operations of this path are"
        )
        return self._explains(
            self.spec.problem(
                pointer, message, f"{what} left out of the client", Severity.WARNING
            )
        )

    def _cycle(self, pointer: str, message: str) -> Problem:
        """A reference into a cycle: inside an operation, that operation is skipped; in a
        component, ``allow_invalid`` lets it be (see ``repairs.schema_cycles``)."""
        hint = "point one of the references at a real schema"
        if not self.allow_invalid or repairs.operation_of(pointer) is not None:
            return self._skip(pointer, message, hint)
        instead = (
            "the schema is taken as any value"
            if pointer.startswith("/components/schemas/")
            else "every operation that refers to it is left out of the client"
        )
        return self._explains(
            self.spec.problem(pointer, message, instead, Severity.WARNING)
        )

    def _references(self) -> Iterator[Problem]:
        """Every local $ref resolves, and no chain of refs only points at other refs."""
        document = self.spec.document
        for pointer, ref in iter_refs(document):
            if not ref.startswith("#"):
                continue
            target = jp.resolve_ref(document, ref)
            if target is jp.MISSING:
                yield self._skip(
                    jp.join(pointer, "$ref"),
                    f"the reference {ref!r} names nothing",
                    "fix the pointer, or add the missing component",
                )
                continue
            if repairs.ref_cycle(document, ref):
                yield self._cycle(
                    jp.join(pointer, "$ref"),
                    f"the reference {ref!r} is a cycle of references that "
                    "never reaches a schema",
                )

    def _operations(self) -> Iterator[Problem]:
        """Operation ids present and unique; path parameters declared, required, and used."""
        spec, document = self.spec, self.spec.document
        paths = document.get("paths")
        for path in paths if isinstance(paths, Mapping) else ():
            if not repairs.balanced(str(path)):
                yield self._skip(
                    jp.join("/paths", str(path)),
                    f"the path {str(path)!r} has unbalanced braces",
                    "write each parameter as {name}",
                )
        first: dict[str, str] = {}
        renamed = repairs.operation_ids(document)
        for op in iter_operations(document):
            op_id = op.operation.get("operationId")
            if not isinstance(op_id, str) or not op_id.strip():
                yield spec.problem(
                    op.pointer,
                    "operationId is missing",
                    "add one so the method name is stable",
                    Severity.WARNING,
                )
            elif op.pointer in renamed:
                yield self._fixable(
                    jp.join(op.pointer, "operationId"),
                    f"operationId {op_id!r} is also used at {spec.where(first[op_id])}",
                    "make every operationId unique",
                    f"this one is generated as {renamed[op.pointer]!r}",
                )
            else:
                first[op_id] = jp.join(op.pointer, "operationId")
            for status in repairs.bad_statuses(op):
                yield self._fixable(
                    jp.join(op.pointer, "responses", status),
                    f"{status!r} is not an HTTP status code",
                    "use a code such as 200, a range such as 2XX, or default",
                    "the response is ignored",
                )
            found = repairs.path_parameters(document, op)
            for name in found.undeclared:
                yield self._fixable(
                    op.pointer,
                    f"path parameter {name!r} of {op.path!r} is not declared",
                    f"add a parameter with `name: {name}` and `in: path`",
                    "it becomes a required string parameter",
                )
            for param in found.unused:
                yield self._fixable(
                    param.declared_at,
                    f"path parameter {param.name!r} does not appear in {op.path!r}",
                    "remove it, or change it to a query parameter",
                    "it is left out of the method",
                )
            for param in found.optional:
                yield self._fixable(
                    param.declared_at,
                    f"path parameter {param.name!r} is not marked required",
                    "add `required: true`: a path parameter is always required",
                    "it is made required",
                )


def code_bearing(spec: Spec) -> Iterator[Problem]:
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
