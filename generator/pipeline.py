"""The whole generator as a table of contents: load → validate → plan → models → parse → render → format."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator import runcache, write
from generator.background import Mailbox, in_background
from generator.config import Options
from generator.errors import InternalError, Problem, Severity, SpecError

if TYPE_CHECKING:
    from generator.load import Spec

# The stages below load validators, black, Jinja and the model generator (~1 s of imports);
# they are imported when a build runs, so an up-to-date `check` or `generate` returns at once.


@dataclass(frozen=True, slots=True)
class Result:
    """What a run produced: the files (path → text) and the warnings to show."""

    files: dict[str, str]
    warnings: tuple[Problem, ...]
    skipped: bool = False  # nothing changed since the last run: no file was built


def check_spec(options: Options) -> tuple[Problem, ...]:
    """Load and validate only; returns warnings, raises ``SpecError`` on errors."""
    from generator.validate import validate

    spec = _load(options)
    return validate(spec, strict=options.strict, allow_invalid=options.allow_invalid)


def build(options: Options, spec: Spec | None = None, environment: str | None = None) -> Result:
    """Every generated file in memory; nothing is written.

    The generating chain (plan → models → parse → render) runs in a worker forked before the
    validators are imported, while this process validates, then imports black and formats
    what the worker rendered: on two cores the two halves overlap. The worker's files are used
    only if the spec is valid; it is stopped if not.
    A spec whose structure is unchanged since a cached run (only descriptions were reworded)
    reuses that run's validation and model generation (``generator.reuse``).
    """
    from generator import prose, reuse  # with the build's other imports, not on a skipped run

    spec = spec or _load(options)
    environment = environment or runcache.environment(options)
    # With --allow-invalid the worker drops the defaults their schemas reject. Finding them
    # needs the validators, which this process imports anyway: it sends them over while the
    # worker loads the model generator.
    defaults = Mailbox() if options.allow_invalid else None
    structure = prose.structure_digest(spec.document)  # both processes need it: once, here
    job = _Job(options, spec.document, spec.sha256, structure, environment, defaults)
    with in_background(_generate, job, defaults) as pending:
        if defaults is not None:
            defaults.send(_find_invalid_defaults(spec, structure, options, environment))
        warnings = reuse.validation(spec, structure, options.cache("validation"), environment,
                                    lambda spec: _validate(spec, options))
        # black's ~0.25 s of imports, here while the worker is still busy; it formats here too.
        from generator.format import format_files
        from generator.render import static_files

        generated = pending()
    from generator.load import problem
    from generator.parse import unsupported

    severity = Severity.ERROR if options.strict else Severity.WARNING
    removed = tuple(
        problem(spec, pointer, f"{pointer.rsplit('/', 1)[-1]!r} names code for the model "
                "generator to emit; it was removed", "spec text never becomes code: delete it",
                severity)
        for pointer in generated.removed
    ) + tuple(problem(spec, pointer, what, hint, severity)
              for pointer, what, hint in unsupported(spec.document))
    if options.strict and removed:
        raise SpecError(removed)
    warnings = tuple(sorted((*warnings, *removed), key=Problem.sort_key))
    files = format_files(generated.files, options.cache_dir,
                         frozenset(static_files(options.package_name)))
    if options.changelog is not None and options.changelog.is_file():
        files["CHANGELOG.md"] = options.changelog.read_text(encoding="utf-8")
    return Result(files, warnings)


def _validate(spec: Spec, options: Options) -> tuple[Problem, ...]:
    from generator.validate import validate  # ~0.5 s of imports, here: after the fork

    return validate(spec, strict=options.strict, allow_invalid=options.allow_invalid)


@dataclass(frozen=True, slots=True)
class _Job:
    options: Options
    document: dict[str, Any]
    spec_sha256: str
    structure: str  # prose.structure_digest of the document
    environment: str
    defaults: Mailbox | None  # sends the invalid defaults to drop (--allow-invalid)


@dataclass(frozen=True, slots=True)
class _Generated:
    files: dict[str, str]
    removed: tuple[str, ...]  # pointers of code-bearing keys the plan stripped


def _generate(job: _Job) -> _Generated:
    """Spec document → unformatted files, assuming the document is valid (checked meanwhile)."""
    from generator.models import build_models
    from generator.parse import Naming, parse
    from generator.plan import plan_models
    from generator.render import render

    options = job.options
    drop: dict[str, list[str]] = {}
    if job.defaults is not None:
        if not _defaults_cached(job):
            # This process waits while the other imports the validators (~0.4 s) to find them.
            # The spec's structure changed, so the model generator will run: load it meanwhile.
            from generator.models import warm_up

            warm_up()
        drop = job.defaults.receive()
        if isinstance(drop, InternalError):
            raise drop  # reported only if the spec passed validation
    plan = plan_models(job.document, drop_defaults=drop)
    models = build_models(plan.document, options.cache("models"), job.environment)
    api = parse(plan.document, models,
                Naming(options.package_name, options.client_version, job.spec_sha256))
    return _Generated(render(api, models, options.cache("jinja")), tuple(plan.removed))


def _defaults_cached(job: _Job) -> bool:
    """Whether the other process reads the invalid defaults from the cache (same structure)."""
    from generator import reuse

    return reuse.invalid_defaults_cached(job.structure, job.options.cache("validation"),
                                         job.environment)


def _find_invalid_defaults(spec: Spec, structure: str, options: Options,
                           environment: str) -> dict[str, list[str]] | InternalError:
    """The defaults to drop, or the failure to find them (validation's errors come first)."""
    from generator import reuse

    try:
        return reuse.invalid_defaults(spec.document, structure, options.cache("validation"),
                                      environment, _invalid_defaults)
    except Exception as err:  # any failure; the worker raises it once validation has spoken
        return InternalError(f"checking defaults failed: {type(err).__name__}: {err}")


def _invalid_defaults(document: Mapping[str, Any]) -> dict[str, list[str]]:
    from generator.validate import invalid_defaults  # the validators' imports: only if needed

    return invalid_defaults(document)


def _load(options: Options) -> Spec:
    from generator.load import load_spec  # YAML and the bundler: not needed by a skipped run

    return load_spec(options.spec)


def generate(options: Options) -> Result:
    """Build, then replace the output folder atomically; skipped when nothing changed."""
    environment = runcache.environment(options)
    recorded = runcache.quick_check(options, environment)
    if recorded is not None:
        return Result({}, recorded, skipped=True)
    spec = _load(options)
    print_ = runcache.fingerprint(environment, spec.sha256)
    recorded = runcache.up_to_date(options, print_)
    if recorded is None:
        result = build(options, spec, environment)
        write.write_tree(result.files, options.out)
    else:  # the same inputs by content (a file was touched or moved, not changed)
        result = Result({}, recorded, skipped=True)
    runcache.remember(options, print_, result.warnings, spec.files)
    return result


def check(options: Options) -> tuple[Result, list[str]]:
    """Build, then diff against the output folder; writes nothing (but the run cache)."""
    environment = runcache.environment(options)
    recorded = runcache.quick_check(options, environment)
    if recorded is not None:
        return Result({}, recorded, skipped=True), []
    spec = _load(options)
    print_ = runcache.fingerprint(environment, spec.sha256)
    recorded = runcache.up_to_date(options, print_)
    if recorded is not None:
        runcache.remember(options, print_, recorded, spec.files)
        return Result({}, recorded, skipped=True), []
    result = build(options, spec, environment)
    diffs = write.diff_tree(result.files, options.out)
    if not diffs:
        runcache.remember(options, print_, result.warnings, spec.files)
    return result, diffs
