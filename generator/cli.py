"""Command line: the only place that prints and picks exit codes (0 ok, 1 drift, 2 bad input)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path

from generator import pipeline
from generator.config import Options, load_options
from generator.errors import ConfigError, GeneratorError, Problem, SpecError

EXIT_OK, EXIT_DRIFT, EXIT_BAD_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; never lets a traceback reach the user unless ``--debug``."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except SpecError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        count = len(err.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found; nothing was written",
              file=sys.stderr)
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
        print(f"error: internal failure ({type(err).__name__}: {err}); nothing was written. "
              "Run again with --debug for the traceback and report it.", file=sys.stderr)
        return EXIT_BAD_INPUT


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Generate the typed Python client from the OpenAPI spec.")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str, run: object, *, output: bool) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--spec", type=Path, help="root OpenAPI file (default: spec/openapi.yaml)")
        if output:
            sub.add_argument("--out", type=Path, help="output folder (default: generated)")
            sub.add_argument("--package-name", help="import name of the generated package")
        sub.add_argument("--strict", action="store_true", default=None,
                         help="treat every warning as an error")
        sub.add_argument("--allow-invalid", action="store_true", default=None,
                         help="generate even if openapi-spec-validator rejects the spec")
        sub.add_argument("--debug", action="store_true", help="show tracebacks of internal failures")
        sub.set_defaults(run=run)
        return sub

    # `diff` takes OLD positionally unless --against is given.
    command("validate", "check the spec and report every problem", _validate, output=False)
    command("generate", "write the client package to the output folder", _generate, output=True)
    command("check", "exit 1 with a diff if the output folder is not what generate would write",
            _check, output=True)
    new_action = command("new-action", "scaffold spec/actions/<name>.yaml for a new action type and "
                         "register it in the spec", _new_action, output=False)
    new_action.add_argument("type_name", metavar="TYPE_NAME", help="the action's type value, UPPER_SNAKE")
    new_action.add_argument("--name", help="snake_case file and method name (default: TYPE_NAME lower-cased)")
    diff = commands.add_parser("diff", help="classify the API changes between two specs, with "
                               "the semver bump they call for")
    diff.add_argument("old", type=Path, nargs="?", help="the earlier spec (root file)")
    diff.add_argument("new", type=Path, nargs="?", help="the later spec (default: --spec)")
    diff.add_argument("--spec", type=Path, help="the working spec (default: spec/openapi.yaml)")
    diff.add_argument("--against", metavar="GIT_REF", help="compare the working spec with the "
                      "spec at this commit instead of OLD")
    diff.add_argument("--format", choices=("table", "json"), default="table")
    diff.add_argument("--fail-on", choices=("breaking", "potentially_breaking", "feature", "docs"),
                      help="exit 1 if a change is at least this severe")
    diff.add_argument("--debug", action="store_true", help="show tracebacks of internal failures")
    diff.set_defaults(run=_diff)
    notes = commands.add_parser("release-notes", help="propose the next client version and its "
                                "CHANGELOG.md entry from the API diff since the last v* tag")
    notes.add_argument("--spec", type=Path, help="the working spec (default: spec/openapi.yaml)")
    notes.add_argument("--dry-run", action="store_true", help="print what would change; write nothing")
    notes.add_argument("--debug", action="store_true", help="show tracebacks of internal failures")
    notes.set_defaults(run=_release_notes)
    return parser


def _options(args: argparse.Namespace) -> Options:
    return load_options(spec=args.spec, out=getattr(args, "out", None),
                        package_name=getattr(args, "package_name", None),
                        strict=args.strict, allow_invalid=args.allow_invalid)


def _warn(warnings: tuple[Problem, ...]) -> None:
    for warning in warnings:
        print(warning, file=sys.stderr)


def _validate(args: argparse.Namespace) -> int:
    options = _options(args)
    _warn(pipeline.check_spec(options))
    print(f"{options.spec}: valid", file=sys.stderr)
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    options = _options(args)
    result = pipeline.generate(options)
    _warn(result.warnings)
    if result.skipped:
        print(f"{options.out} is up to date (nothing changed since the last run)", file=sys.stderr)
    else:
        print(f"wrote {len(result.files)} files to {options.out}", file=sys.stderr)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    options = _options(args)
    result, diffs = pipeline.check(options)
    _warn(result.warnings)
    if not diffs:
        print(f"{options.out} is up to date", file=sys.stderr)
        return EXIT_OK
    for diff in diffs:
        sys.stdout.write(diff)
    print(f"{len(diffs)} file(s) in {options.out} differ from the spec; run `make generate` "
          "and review the diff", file=sys.stderr)
    return EXIT_DRIFT


def _diff(args: argparse.Namespace) -> int:
    # Imported here: only this command needs them.
    from generator.diff import run_diff, spec_at_ref
    from generator.load import load_spec

    working = args.spec or load_options(spec=None).spec
    if args.against:
        new_path = args.new or args.old or working
        with tempfile.TemporaryDirectory(prefix="spec-at-ref-") as tmp:
            old_root = spec_at_ref(Path.cwd(), args.against, new_path, Path(tmp))
            old = load_spec(old_root).document
        new = load_spec(new_path).document
    else:
        if args.old is None:
            raise ConfigError("diff needs OLD_SPEC [NEW_SPEC], or --against GIT_REF")
        old = load_spec(args.old).document
        new = load_spec(args.new or working).document
    text, code = run_diff(old, new, fmt=args.format, fail_on=args.fail_on)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return code


def _new_action(args: argparse.Namespace) -> int:
    # Imported here: only this command needs it.
    from generator.scaffold import scaffold_action

    spec = _options(args).spec
    path = scaffold_action(spec, args.type_name, args.name)
    print(f"wrote {path} and registered {args.type_name} in {spec}; fill in its TODOs, then run "
          "`make generate`", file=sys.stderr)
    return EXIT_OK


def _release_notes(args: argparse.Namespace) -> int:
    # Imported here: only this command needs it.
    from generator.release import format_summary, plan_release_notes, write_release_notes

    options = load_options(spec=args.spec)
    notes = plan_release_notes(Path.cwd(), options)
    if not args.dry_run and options.changelog is not None:
        write_release_notes(notes, Path("pyproject.toml"), options.changelog)
    sys.stdout.write(format_summary(notes, dry_run=args.dry_run))
    return EXIT_OK
