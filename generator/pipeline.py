"""The whole generator as a table of contents: load → validate → plan → models → parse → render → format."""

from __future__ import annotations

from dataclasses import dataclass

from generator import write
from generator.config import Options
from generator.errors import Problem, Severity, SpecError
from generator.format import format_files
from generator.load import load_spec
from generator.models import build_models
from generator.parse import Naming, parse
from generator.plan import plan_models
from generator.render import render
from generator.validate import invalid_defaults, problem, validate


@dataclass(frozen=True, slots=True)
class Result:
    """What a run produced: the files (path → text) and the warnings to show."""

    files: dict[str, str]
    warnings: tuple[Problem, ...]


def check_spec(options: Options) -> tuple[Problem, ...]:
    """Load and validate only; returns warnings, raises ``SpecError`` on errors."""
    spec = load_spec(options.spec)
    return validate(spec, strict=options.strict, allow_invalid=options.allow_invalid)


def build(options: Options) -> Result:
    """Every generated file in memory; nothing is written."""
    spec = load_spec(options.spec)
    warnings = validate(spec, strict=options.strict, allow_invalid=options.allow_invalid)
    drop = invalid_defaults(spec.document) if options.allow_invalid else {}
    plan = plan_models(spec.document, drop_defaults=drop)
    removed = tuple(
        problem(spec, pointer, f"{pointer.rsplit('/', 1)[-1]!r} names code for the model "
                "generator to emit; it was removed", "spec text never becomes code: delete it",
                Severity.ERROR if options.strict else Severity.WARNING)
        for pointer in plan.removed
    )
    if options.strict and removed:
        raise SpecError(removed)
    warnings = tuple(sorted((*warnings, *removed), key=Problem.sort_key))
    models = build_models(plan.document)
    api = parse(plan.document, models,
                Naming(options.package_name, options.client_version, spec.sha256))
    files = format_files(render(api, models), options.cache_dir)
    if options.changelog is not None and options.changelog.is_file():
        files["CHANGELOG.md"] = options.changelog.read_text(encoding="utf-8")
    return Result(files, warnings)


def generate(options: Options) -> Result:
    """Build, then replace the output folder atomically."""
    result = build(options)
    write.write_tree(result.files, options.out)
    return result


def check(options: Options) -> tuple[Result, list[str]]:
    """Build, then diff against the output folder; writes nothing."""
    result = build(options)
    return result, write.diff_tree(result.files, options.out)
