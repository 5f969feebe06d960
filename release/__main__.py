"""``python -m release build|publish``: the command line behind `make build` and `make publish`.

The only module of the package that prints. Exit codes: 0 done; 1 a check failed or publishing
was refused; 2 bad input (settings, spec). Release notes are ``python -m generator release-notes``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.config import load_options
from generator.errors import GeneratorError, SpecError
from generator.release import ReleaseError

from .dists import build_dists
from .publish import publish

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run `build` or `publish`; every refusal is one clear message and a non-zero exit."""
    parser = argparse.ArgumentParser(prog="python -m release",
                                     description="Build, check and publish the generated client.")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build and check the sdist and wheel of generated/")
    upload = commands.add_parser("publish", help="upload the checked dists; refuses versions "
                                 "already on the index and stale trees")
    for sub in (build, upload):
        sub.add_argument("--dist", type=Path, default=Path("dist"), help="folder of the dists")
    upload.add_argument("--repository-url", default=os.environ.get("PUBLISH_REPOSITORY_URL"),
                        help="upload URL (default: $PUBLISH_REPOSITORY_URL)")
    upload.add_argument("--simple-url", default=os.environ.get("PUBLISH_SIMPLE_URL"),
                        help="the index's simple API (default: $PUBLISH_SIMPLE_URL, else "
                        "<repository-url>/simple/)")
    args = parser.parse_args(argv)
    try:
        options = load_options()
        if args.command == "build":
            dists, lines = build_dists(options, args.dist)
            lines = (*(f"built {path}" for path in dists.paths), *lines)
        else:
            lines = publish(options, args.dist, args.repository_url, simple_url=args.simple_url or None,
                            credentials=_credentials())
    except ReleaseError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_REFUSED
    except SpecError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    except GeneratorError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for line in lines:
        print(line)
    return EXIT_OK


def _credentials() -> tuple[str, str] | None:
    # twine reads the same variables for the upload itself.
    user, password = os.environ.get("TWINE_USERNAME"), os.environ.get("TWINE_PASSWORD")
    return (user, password) if user and password else None


if __name__ == "__main__":
    raise SystemExit(main())
