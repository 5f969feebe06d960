"""The generator, start to end: load → validate → plan → models → parse → render → format → write.

Each stage is a plain function of its inputs, run in this one process. The speed layer
(``generator.cache``) wraps the run from outside: it skips a run whose inputs and output are
unchanged, and hands the format stage a formatter that remembers black's output.
``--no-cache`` (``Options.cache``) removes it; the output is the same byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator import cache
from generator.config import Options
from generator.errors import (
    GeneratorError,
    InternalError,
    Problem,
    located_at,
)
from generator.spec import Spec


@dataclass(frozen=True, slots=True)
class Result:
    """What a run produced: the files (path → text) and the warnings to show."""

    files: dict[str, str]
    warnings: tuple[Problem, ...]
    skipped: bool = False  # nothing changed since the last run: no file was built
    spec_sha256: str = ""
    spec_files: tuple[Path, ...] = field(default=())


def build(options: Options) -> Result:
    """Every generated file in memory; nothing is written."""
    # The stages load validators, the model generator, Jinja and black (about a second of
    # imports): only a run that builds pays for them, not one the run cache skips.
    from generator.format import format_files, format_source
    from generator.models import build_models
    from generator.parse import Naming, parse
    from generator.parse.fake import fake_spec
    from generator.plan import plan_models
    from generator.render import render, render_testing, static_files
    from generator.spec import load_spec
    from generator.validate import validate

    with _stage("load"):
        spec = load_spec(options.spec)
    with _stage("validate", spec):
        validation = validate(
            spec, strict=options.strict, allow_invalid=options.allow_invalid
        )
    with _stage("plan", spec):
        plan = plan_models(
            spec.document,
            drop_defaults=validation.invalid_defaults,
            skip_operations=validation.skipped_operations,
        )
    with _stage("models", spec):
        models = build_models(plan.document)
    with _stage("parse", spec):
        naming = Naming(
            options.package_name, options.client_version, spec.sha256, options.license
        )
        api = parse(plan.document, models, naming)
        # The testing module's fake server: what it knows of the API (opt-out: testing = false).
        testing = fake_spec(plan.document, api) if options.testing else None
    with _stage("render", spec):
        files = render(api, models, testing)
        if testing is not None:
            files.update(render_testing(api, testing))
    with _stage("format", spec):
        formatter = cache.formatter(options, format_source)
        files = format_files(
            files, verbatim=frozenset(static_files(api.package)), formatter=formatter
        )
    if options.changelog is not None and options.changelog.is_file():
        files["CHANGELOG.md"] = options.changelog.read_text(encoding="utf-8")
    warnings = tuple(sorted(validation.warnings, key=Problem.sort_key))
    return Result(files, warnings, spec_sha256=spec.sha256, spec_files=spec.files)


def generate(options: Options) -> Result:
    """Build, then replace the output folder atomically; skipped when nothing changed."""
    from generator.write import write_tree

    recorded = cache.recorded(options)
    if recorded is not None:
        return Result({}, recorded, skipped=True)
    result = build(options)
    with _stage("write"):
        write_tree(result.files, options.out)
    cache.remember(options, result.spec_sha256, result.spec_files, result.warnings)
    return result


def check(options: Options) -> tuple[Result, list[str]]:
    """Build, then diff against the output folder; writes nothing (but the run cache)."""
    from generator.write import diff_tree

    recorded = cache.recorded(options)
    if recorded is not None:
        return Result({}, recorded, skipped=True), []
    result = build(options)
    diffs = diff_tree(result.files, options.out)
    if not diffs:
        cache.remember(options, result.spec_sha256, result.spec_files, result.warnings)
    return result, diffs


def check_spec(options: Options) -> tuple[Problem, ...]:
    """Load and validate only; returns warnings, raises ``SpecError`` on errors."""
    from generator.spec import load_spec
    from generator.validate import validate

    with _stage("load"):
        spec = load_spec(options.spec)
    with _stage("validate", spec):
        return validate(
            spec, strict=options.strict, allow_invalid=options.allow_invalid
        ).warnings


@contextmanager
def _stage(name: str, spec: Spec | None = None) -> Iterator[None]:
    """Turn an unexpected exception into an ``InternalError`` naming the stage and the spec
    location it was processing (``errors.at``); the original stays its ``__cause__``."""
    try:
        yield
    except GeneratorError:
        raise
    except Exception as err:
        pointer = located_at(err)
        where = (
            f" at {spec.where(pointer)}"
            if spec is not None and pointer is not None
            else ""
        )
        raise InternalError(
            f"the {name} stage failed{where}: {type(err).__name__}: {err}",
            stage=name,
            pointer=pointer,
        ) from err
