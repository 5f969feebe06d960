"""Command line: the only place that prints and picks exit codes.

Exit codes: 0 ok; 1 drift (``check``), a change at least as severe as ``--fail-on`` (``diff``),
or a refused release step (``build``, ``publish``); 2 bad input, or an internal failure.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from generator.config import Options, load_options
from generator.errors import (
    ConfigError,
    GeneratorError,
    InternalError,
    Problem,
    ReleaseError,
    SpecError,
)

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; never lets a traceback reach the user unless ``--debug``."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except SpecError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        count = len(err.problems)
        print(
            f"{count} problem{'s' if count != 1 else ''} found; nothing was written",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except ReleaseError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_FAILED
    except InternalError as err:
        if args.debug:
            traceback.print_exception(err)
        print(
            f"error: internal failure: {err}; nothing was written. "
            "Run again with --debug for the traceback and report it.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except GeneratorError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as err:
        if args.debug:
            traceback.print_exc()
        print(
            f"error: internal failure ({type(err).__name__}: {err}); nothing was written. "
            "Run again with --debug for the traceback and report it.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a typed Python client from an OpenAPI spec, and release it.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str, run: Command) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument(
            "--spec", type=Path, help="root OpenAPI file (default: the project's)"
        )
        sub.add_argument(
            "--debug", action="store_true", help="show tracebacks of internal failures"
        )
        sub.set_defaults(run=run)
        return sub

    def build_options(sub: argparse.ArgumentParser, *, output: bool) -> None:
        if output:
            sub.add_argument(
                "--out", type=Path, help="output folder (default: the project's)"
            )
            sub.add_argument(
                "--package-name", help="import name of the generated package"
            )
            sub.add_argument(
                "--no-cache",
                action="store_true",
                help="build everything afresh, "
                "without the speed layer (the output is the same)",
            )
        sub.add_argument(
            "--strict",
            action="store_true",
            default=None,
            help="treat every warning as an error",
        )
        sub.add_argument(
            "--allow-invalid",
            action="store_true",
            default=None,
            help="generate even if openapi-spec-validator rejects the spec",
        )

    build_options(
        command("validate", "check the spec and report every problem", _validate),
        output=False,
    )
    build_options(
        command("generate", "write the client package to the output folder", _generate),
        output=True,
    )
    build_options(
        command(
            "check",
            "exit 1 with a diff if the output folder is not what "
            "generate would write",
            _check,
        ),
        output=True,
    )
    diff = command(
        "diff",
        "classify the API changes between two specs, with the semver bump "
        "they call for",
        _diff,
    )
    diff.add_argument("old", type=Path, nargs="?", help="the earlier spec (root file)")
    diff.add_argument(
        "new", type=Path, nargs="?", help="the later spec (default: --spec)"
    )
    diff.add_argument(
        "--against",
        metavar="GIT_REF",
        help="compare the working spec with the " "spec at this commit instead of OLD",
    )
    diff.add_argument("--format", choices=("table", "json"), default="table")
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "potentially_breaking", "feature", "docs"),
        help="exit 1 if a change is at least this severe",
    )
    notes = command(
        "release-notes",
        "propose the next client version and its CHANGELOG.md "
        "entry from the API diff since the last v* tag",
        _release_notes,
    )
    notes.add_argument(
        "--dry-run", action="store_true", help="print what would change; write nothing"
    )
    build = command(
        "build", "build and check the sdist and wheel of the generated project", _build
    )
    publish = command(
        "publish",
        "upload the checked dists; refuses versions already on the "
        "index and stale trees",
        _publish,
    )
    for sub in (build, publish):
        sub.add_argument(
            "--dist", type=Path, default=Path("dist"), help="folder of the dists"
        )
    publish.add_argument(
        "--repository-url",
        default=os.environ.get("PUBLISH_REPOSITORY_URL"),
        help="upload URL (default: $PUBLISH_REPOSITORY_URL)",
    )
    publish.add_argument(
        "--simple-url",
        default=os.environ.get("PUBLISH_SIMPLE_URL"),
        help="the index's simple API (default: $PUBLISH_SIMPLE_URL, else "
        "<repository-url>/simple/)",
    )
    return parser


def _options(args: argparse.Namespace) -> Options:
    return load_options(
        spec=args.spec,
        out=getattr(args, "out", None),
        package_name=getattr(args, "package_name", None),
        strict=getattr(args, "strict", None),
        allow_invalid=getattr(args, "allow_invalid", None),
        cache=False if getattr(args, "no_cache", False) else None,
    )


def _project_options(args: argparse.Namespace) -> Options:
    """The configured project's options: release steps need its package, version and changelog."""
    options = _options(args)
    if options.project is None or options.package_name is None:
        raise ConfigError(
            "releasing needs the project's [tool.generator] table (with "
            "package-name and client-version); run from inside the project"
        )
    return options


def _shown(path: Path) -> str:
    """A path as users typed it: relative to the working directory when inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _warn(warnings: tuple[Problem, ...]) -> None:
    for warning in warnings:
        print(warning, file=sys.stderr)


def _validate(args: argparse.Namespace) -> int:
    from generator import pipeline

    options = _options(args)
    _warn(pipeline.check_spec(options))
    print(f"{_shown(options.spec)}: valid", file=sys.stderr)
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    from generator import pipeline

    options = _options(args)
    result = pipeline.generate(options)
    _warn(result.warnings)
    if result.skipped:
        print(
            f"{_shown(options.out)} is up to date (nothing changed since the last run)",
            file=sys.stderr,
        )
    else:
        print(
            f"wrote {len(result.files)} files to {_shown(options.out)}", file=sys.stderr
        )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from generator import pipeline

    options = _options(args)
    result, diffs = pipeline.check(options)
    _warn(result.warnings)
    if not diffs:
        print(f"{_shown(options.out)} is up to date", file=sys.stderr)
        return EXIT_OK
    for diff in diffs:
        sys.stdout.write(diff)
    print(
        f"{len(diffs)} file(s) in {_shown(options.out)} differ from the spec; run "
        "`make generate` and review the diff",
        file=sys.stderr,
    )
    return EXIT_FAILED


def _diff(args: argparse.Namespace) -> int:
    from generator.release.diff import run_diff
    from generator.release.git import spec_at_ref
    from generator.spec import load_spec

    if args.against:
        working = args.new or args.old or _options(args).spec
        with tempfile.TemporaryDirectory(prefix="spec-at-ref-") as tmp:
            old = load_spec(
                spec_at_ref(Path.cwd(), args.against, working, Path(tmp))
            ).document
        new = load_spec(working).document
    else:
        if args.old is None:
            raise ConfigError("diff needs OLD_SPEC [NEW_SPEC], or --against GIT_REF")
        old = load_spec(args.old).document
        new = load_spec(args.new or _options(args).spec).document
    text, code = run_diff(old, new, fmt=args.format, fail_on=args.fail_on)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return code


def _release_notes(args: argparse.Namespace) -> int:
    from generator.release.notes import (
        format_summary,
        plan_release_notes,
        write_release_notes,
    )

    options = _project_options(args)
    assert options.project is not None
    notes = plan_release_notes(options.project, options)
    if not args.dry_run and options.changelog is not None:
        write_release_notes(
            notes, options.project / "pyproject.toml", options.changelog
        )
    sys.stdout.write(format_summary(notes, dry_run=args.dry_run))
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from generator.release.dists import build_dists

    dists, lines = build_dists(_project_options(args), args.dist)
    for line in (*(f"built {path}" for path in dists.paths), *lines):
        print(line)
    return EXIT_OK


def _publish(args: argparse.Namespace) -> int:
    from generator.release.publish import publish

    user, password = os.environ.get("TWINE_USERNAME"), os.environ.get("TWINE_PASSWORD")
    credentials = (
        (user, password) if user and password else None
    )  # twine reads them too
    lines = publish(
        _project_options(args),
        args.dist,
        args.repository_url,
        simple_url=args.simple_url or None,
        credentials=credentials,
    )
    for line in lines:
        print(line)
    return EXIT_OK
