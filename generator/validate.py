"""Check a bundled spec: openapi-spec-validator plus our own checks, every problem located.

All problems are collected before anything is raised, so users fix a spec in one pass.
Errors stop generation; warnings do not, unless ``strict`` makes every warning an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from generator import schema_check
from generator.errors import Problem, Severity, SpecError
from generator.load import Spec, problem
from generator.sourcemap import escape, resolve
from generator.walk import deref, iter_operations, iter_schemas

# Keywords that only describe: a schema holding $ref plus these is still just a reference.
_ANNOTATIONS = frozenset({"title", "description", "summary", "deprecated", "readOnly",
                          "writeOnly", "example", "examples", "$comment"})
_PATH_PARAM = re.compile(r"{([^{}]+)}")  # the runtime substitutes exactly these
_STATUS = re.compile(r"^([1-5]\d\d|[1-5]XX|default)$")
_SUPPORTED = re.compile(r"3\.(0|1)\.\d+")


def validate(spec: Spec, *, strict: bool = False, allow_invalid: bool = False) -> tuple[Problem, ...]:
    """Raise ``SpecError`` with every error found; return the warnings."""
    _check_version(spec)
    ours = [*_references(spec), *_operations(spec), *_schemas(spec, allow_invalid, strict)]
    # Where our own check already explains a place, the validator's generic message about the
    # same place (and its advice to pass --allow-invalid, which would not help) is noise.
    explained = {(p.file, p.pointer) for p in ours if p.severity is Severity.ERROR}
    around = explained | {(f, q) for f, pointer in explained for q in _ancestors(pointer)}
    problems = [p for p in _structural(spec, allow_invalid)
                if (p.file, p.pointer) not in around
                and not any((p.file, q) in explained for q in _ancestors(p.pointer))
                and not (explained and p.pointer == "#")]
    problems += ours
    if strict:
        problems = [replace(p, severity=Severity.ERROR) for p in problems]
    problems = _dedupe(problems)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise SpecError(errors)
    return tuple(sorted(problems, key=Problem.sort_key))


def _check_version(spec: Spec) -> None:
    document = spec.document
    if "swagger" in document:
        raise SpecError([problem(spec, "/swagger", "Swagger 2.0 documents are not supported",
                                 "convert it to OpenAPI 3 first (for example with "
                                 "`npx swagger2openapi in.yaml -o out.yaml`), then generate "
                                 "from the result")])
    version = document.get("openapi")
    if not isinstance(version, str) or not _SUPPORTED.fullmatch(version):
        raise SpecError([problem(spec, "/openapi" if "openapi" in document else "",
                                 f"unsupported or missing `openapi` version {version!r}",
                                 "start the document with `openapi: 3.1.0` (3.0.x is also read)")])


def _structural(spec: Spec, allow_invalid: bool) -> Iterator[Problem]:
    """Problems openapi-spec-validator finds, minus the ones we check better ourselves."""
    severity = Severity.WARNING if allow_invalid else Severity.ERROR
    hint = "fix it to match the OpenAPI schema" + (
        "" if allow_invalid else ", or pass --allow-invalid to generate anyway")
    for pointer, message in schema_check.spec_errors(spec.document):
        yield problem(spec, pointer, f"not valid OpenAPI: {message}", hint, severity)


def _references(spec: Spec) -> Iterator[Problem]:
    """Every local $ref resolves, and no chain of refs only points at other refs."""
    document = spec.document
    for pointer, ref in _iter_refs(document, ""):
        if not ref.startswith("#"):
            continue
        target = _lookup(document, ref[1:])
        if target is None:
            yield problem(spec, pointer + "/$ref", f"the reference {ref!r} names nothing",
                          "fix the pointer, or add the missing component")
            continue
        seen = {ref}
        while isinstance(target, Mapping) and isinstance(target.get("$ref"), str) and (
            set(target) - _ANNOTATIONS == {"$ref"}
        ):
            nxt = target["$ref"]
            if nxt in seen:
                yield problem(spec, pointer + "/$ref", f"the reference {ref!r} is a cycle of "
                              "references that never reaches a schema",
                              "point one of the references at a real schema")
                break
            seen.add(nxt)
            target = _lookup(document, nxt[1:]) if nxt.startswith("#") else None


def _operations(spec: Spec) -> Iterator[Problem]:
    """Operation ids present and unique; path parameters declared, required, and used."""
    seen: dict[str, str] = {}
    paths = spec.document.get("paths")
    for path in paths if isinstance(paths, Mapping) else ():
        if not _balanced(str(path)):
            yield problem(spec, f"/paths/{escape(str(path))}", f"the path {str(path)!r} has "
                          "unbalanced braces", "write each parameter as {name}")
    for op in iter_operations(spec.document):
        op_id = op.operation.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            yield problem(spec, op.pointer, "operationId is missing",
                          "add one so the method name is stable", Severity.WARNING)
        elif op_id in seen:
            file, line, _, pointer = spec.sources.locate(f"{seen[op_id]}/operationId")
            yield problem(spec, f"{op.pointer}/operationId",
                          f"operationId {op_id!r} is also used at {file}:{line} (#{pointer})",
                          "make every operationId unique")
        else:
            seen[op_id] = op.pointer
        responses = op.operation.get("responses")
        for status in responses if isinstance(responses, Mapping) else ():
            if not _STATUS.match(str(status)):
                yield problem(spec, f"{op.pointer}/responses/{escape(str(status))}",
                              f"{status!r} is not an HTTP status code",
                              "use a code such as 200, a range such as 2XX, or default")
        declared: dict[str, tuple[str, Mapping[str, Any]]] = {}
        for base, holder in ((op.pointer.rsplit("/", 1)[0], op.path_item), (op.pointer, op.operation)):
            params = holder.get("parameters")
            for i, param in enumerate(params if isinstance(params, list) else []):
                param = deref(spec.document, param)
                if isinstance(param, Mapping) and param.get("in") == "path":
                    declared[str(param.get("name"))] = (f"{base}/parameters/{i}", param)
        in_template = _PATH_PARAM.findall(op.path)
        for name in in_template:
            if name not in declared:
                yield problem(spec, op.pointer, f"path parameter {name!r} of {op.path!r} is not "
                              "declared", f"add a parameter with `name: {name}` and `in: path`")
        for name, (pointer, param) in declared.items():
            if name not in in_template:
                yield problem(spec, pointer, f"path parameter {name!r} does not appear in {op.path!r}",
                              "remove it, or change it to a query parameter")
            elif param.get("required") is not True:
                yield problem(spec, pointer, f"path parameter {name!r} is not marked required",
                              "add `required: true`: a path parameter is always required")


def invalid_defaults(document: Mapping[str, Any]) -> dict[str, list[str]]:
    """Pointer of each schema whose ``default`` its own schema rejects → the reasons."""
    checker = schema_check.InstanceChecker(document)
    found: dict[str, list[str]] = {}
    for ref in iter_schemas(document):
        if "default" in ref.schema:
            messages = checker.errors(ref.pointer, ref.schema["default"])
            if messages:
                found[ref.pointer] = messages
    return found


def _schemas(spec: Spec, allow_invalid: bool, strict: bool) -> Iterator[Problem]:
    """Defaults and examples valid against their schemas; under ``strict``, descriptions everywhere.

    Descriptions are our own spec's house rule (`make generate` is strict); third-party specs
    are not held to it, so their runs do not drown real warnings in hundreds of these.
    """
    document = spec.document
    checker = schema_check.InstanceChecker(document)
    for pointer, messages in invalid_defaults(document).items():
        for message in messages:
            if allow_invalid:
                yield problem(spec, f"{pointer}/default", f"the default is invalid: {message}",
                              "it is left out of the generated code; fix it in the spec",
                              Severity.WARNING)
            else:
                yield problem(spec, f"{pointer}/default", f"the default is invalid: {message}",
                              "change the default to a value the schema accepts")
    for ref in iter_schemas(document):
        schema = ref.schema
        required = schema.get("required")
        for i, name in enumerate(required if isinstance(required, list) else []):
            if not isinstance(name, str):
                yield problem(spec, f"{ref.pointer}/required/{i}", "`required` lists "
                              f"{type(name).__name__} values", "list property names (strings)")
        if strict and ref.role in ("component", "property") and not _described(document, schema):
            what = "schema" if ref.role == "component" else "property"
            yield problem(spec, ref.pointer, f"the {what} has no description",
                          "add a `description` saying what it is for", Severity.WARNING)
        if "example" in schema:
            for message in checker.errors(ref.pointer, schema["example"]):
                yield problem(spec, f"{ref.pointer}/example", f"the example is invalid: {message}",
                              "fix the example or the schema", Severity.WARNING)
        examples = schema.get("examples")
        if isinstance(examples, list):
            for i, example in enumerate(examples):
                for message in checker.errors(ref.pointer, example):
                    yield problem(spec, f"{ref.pointer}/examples/{i}",
                                  f"the example is invalid: {message}",
                                  "fix the example or the schema", Severity.WARNING)
    yield from _media_examples(spec, checker)


def _media_examples(spec: Spec, checker: schema_check.InstanceChecker) -> Iterator[Problem]:
    """Examples given beside a schema: in media types and parameters."""
    for pointer, holder in _iter_holders(spec.document):
        schema = holder.get("schema")
        if not isinstance(schema, Mapping):
            continue
        candidates: list[tuple[str, Any]] = []
        if "example" in holder:
            candidates.append((f"{pointer}/example", holder["example"]))
        examples = holder.get("examples")
        if isinstance(examples, Mapping):
            for name, entry in examples.items():
                if isinstance(entry, Mapping) and "value" in entry:
                    candidates.append((f"{pointer}/examples/{escape(name)}/value", entry["value"]))
        for where, value in candidates:
            for message in checker.errors(f"{pointer}/schema", value):
                yield problem(spec, where, f"the example is invalid: {message}",
                              "fix the example or the schema", Severity.WARNING)


def _iter_holders(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Media-type objects and parameters: the places that hold a schema plus examples."""
    for op in iter_operations(document):
        for base, holder in ((op.pointer.rsplit("/", 1)[0], op.path_item), (op.pointer, op.operation)):
            params = holder.get("parameters")
            for i, param in enumerate(params if isinstance(params, list) else []):
                param = deref(document, param)
                if isinstance(param, Mapping):
                    yield f"{base}/parameters/{i}", param
        containers = [(f"{op.pointer}/requestBody", op.operation.get("requestBody"))]
        responses = op.operation.get("responses")
        if isinstance(responses, Mapping):
            containers += [(f"{op.pointer}/responses/{escape(str(s))}", r) for s, r in responses.items()]
        for base, container in containers:
            content = container.get("content") if isinstance(container, Mapping) else None
            if isinstance(content, Mapping):
                for media, entry in content.items():
                    if isinstance(entry, Mapping):
                        yield f"{base}/content/{escape(media)}", entry


def _described(document: Mapping[str, Any], schema: Mapping[str, Any]) -> bool:
    if isinstance(schema.get("description"), str) and schema["description"].strip():
        return True
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        target = _lookup(document, ref[1:])
        return isinstance(target, Mapping) and _described(document, target)
    return False


def _iter_refs(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    stack: list[tuple[Any, str]] = [(node, pointer)]
    while stack:
        current, where = stack.pop()
        if isinstance(current, Mapping):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield where, ref
            for key, value in current.items():
                if key in ("example", "default", "const", "enum") or (
                    key == "examples" and isinstance(value, list)
                ):
                    continue  # data, not schema: a "$ref" key in there is just a value
                stack.append((value, f"{where}/{escape(str(key))}"))
        elif isinstance(current, list):
            stack.extend((v, f"{where}/{i}") for i, v in enumerate(current))


def _lookup(document: Mapping[str, Any], pointer: str) -> Any:
    return resolve(document, pointer)


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


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    return [p for p in problems if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]
