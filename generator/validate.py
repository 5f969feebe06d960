"""Check a bundled spec: openapi-spec-validator plus our own checks, every problem located.

All problems are collected before anything is raised, so users fix a spec in one pass.
Errors stop generation; warnings do not, unless ``strict`` makes every warning an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from generator import validators
from generator.checks import Checks, invalid_defaults
from generator.errors import Problem, Severity, SpecError
from generator.spec import Spec

_SUPPORTED = re.compile(r"3\.(0|1)\.\d+")


@dataclass(frozen=True, slots=True)
class Validation:
    """What validation found in a spec it accepts: the warnings, and defaults to leave out.

    ``invalid_defaults`` lists the schemas (by pointer) whose ``default`` their own schema
    rejects; only ``allow_invalid`` lets such a spec through, and planning drops them, as it
    drops ``skipped_operations`` and applies the repairs ``generator.repairs`` decides.
    """

    warnings: tuple[Problem, ...]
    invalid_defaults: frozenset[str] = frozenset()
    # Operations (by pointer) left out of the client: --allow-invalid found them unusable.
    skipped_operations: frozenset[str] = frozenset()


def validate(
    spec: Spec, *, strict: bool = False, allow_invalid: bool = False
) -> Validation:
    """Raise ``SpecError`` with every error found; return the warnings."""
    _check_version(spec)
    defaults = invalid_defaults(spec.document)
    checks = Checks(spec, strict=strict, allow_invalid=allow_invalid)
    ours = checks.run(defaults)
    # Where our own check already explains a place, the validator's generic message about the
    # same place (and its advice to pass --allow-invalid, which would not help) is noise.
    explained = {(p.file, p.pointer) for p in ours if p.severity is Severity.ERROR}
    explained |= checks.explained
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
        tuple(sorted(problems, key=Problem.sort_key)),
        frozenset(defaults),
        frozenset(checks.skipped),
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


def _ancestors(pointer: str) -> list[str]:
    """The enclosing pointers, nearest first: ``#/a/b/c`` → ``#/a/b``, ``#/a``."""
    parts = pointer.split("/")
    return ["/".join(parts[:i]) for i in range(len(parts) - 1, 1, -1)]
