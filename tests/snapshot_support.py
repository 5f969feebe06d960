"""What the snapshot tests and ``make snapshots`` share: where the cases live and how each runs.

Two kinds of recorded output, both accepted only by ``make snapshots`` (``tests/snapshots.py``):

* ``tests/cases/<name>/spec.yaml`` → ``tests/cases/<name>/golden/``: the generated project,
  built by ``generator.pipeline`` with the options from :func:`case_options`, without the
  static runtime (``templates/package/``, the same in every package: the committed
  ``generated/`` holds it once, and :func:`assembled_case` adds it back to import a case).
* ``tests/errors/<name>.yaml`` → ``tests/errors/<name>.stderr``: what the CLI prints for an
  invalid spec. The YAML's first line may say how to run it (``# args: generate --strict``);
  without one the command is ``generate``.

Every build here runs with the speed layer off (``--no-cache``): a snapshot compares a fresh
build. The committed ``generated/`` client is the top-level spec's snapshot; ``make generate``
accepts it.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from generator.config import Options, load_options
from generator.render import static_files

ROOT = Path(__file__).resolve().parent.parent
# Real-world specs written by others, beside the checkout as CI has them (../shared/corpus).
CORPUS = ROOT.parent / "shared" / "corpus"
CASES = ROOT / "tests" / "cases"
ERRORS = ROOT / "tests" / "errors"

ACCEPT_CASES = "make snapshots"
ACCEPT_GENERATED = "make generate"
_ARGS_PREFIX = "# args:"
# Printed by generator.cli for an unexpected exception: a bug, never an accepted snapshot.
INTERNAL_FAILURE = "error: internal failure"
# Invalid specs whose recorded stderr is what the generator should print but does not yet:
# the test is a strict xfail, and `make snapshots` keeps the hand-written expectation.
KNOWN_BUGS: dict[str, str] = {}


def case_names() -> list[str]:
    """Every edge-case spec under ``tests/cases``, sorted."""
    return sorted(p.parent.name for p in CASES.glob("*/spec.yaml"))


def case_package(name: str) -> str:
    """A distinct import name per case, so all golden packages type-check in one mypy run."""
    return f"case_{name}"


def case_options(name: str, out: Path | None = None) -> Options:
    """How a case is generated: strict, like ``make generate``, into its golden tree."""
    return Options(
        spec=CASES / name / "spec.yaml",
        out=out if out is not None else CASES / name / "golden",
        package_name=case_package(name),
        strict=True,
        cache=False,
    )


def golden_files(name: str, files: Mapping[str, str]) -> dict[str, str]:
    """What a case's golden tree records of a build: everything but the static runtime."""
    runtime = static_files(case_package(name))
    return {path: text for path, text in files.items() if path not in runtime}


def assembled_case(name: str, folder: Path) -> Path:
    """A case's golden package with the static runtime added, under ``folder``; its ``src``."""
    target = folder / name
    shutil.copytree(
        CASES / name / "golden", target, ignore=shutil.ignore_patterns("__pycache__")
    )
    for path, text in static_files(case_package(name)).items():
        (target / path).parent.mkdir(parents=True, exist_ok=True)  # the fake's _fake/
        (target / path).write_text(text, encoding="utf-8")
    return target / "src"


def generated_options() -> Options:
    """What ``make check`` runs for the top-level spec, found from the repository root."""
    return dataclasses.replace(load_options(cwd=ROOT, strict=True), cache=False)


def error_names() -> list[str]:
    """Every invalid spec under ``tests/errors``, sorted."""
    return sorted(p.stem for p in ERRORS.glob("*.yaml"))


def error_args(name: str) -> list[str]:
    """The CLI arguments a case asks for on its first line (default: ``generate``)."""
    first = (ERRORS / f"{name}.yaml").read_text(encoding="utf-8").partition("\n")[0]
    if first.startswith(_ARGS_PREFIX):
        return first[len(_ARGS_PREFIX) :].split()
    return ["generate"]


def run_error_case(name: str, out: Path) -> subprocess.CompletedProcess[str]:
    """The CLI on ``tests/errors/<name>.yaml``, from the repo root with a relative ``--spec``."""
    args = [*error_args(name), "--spec", f"tests/errors/{name}.yaml"]
    if args[0] in ("generate", "check"):
        args += ["--out", str(out), "--no-cache"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def expected_stderr(name: str) -> Path:
    """Where the exact stderr of an invalid spec is recorded."""
    return ERRORS / f"{name}.stderr"


def models_source(package: Path) -> str:
    """Every module of a generated package's ``models/`` joined, in file-name order."""
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((package / "models").glob("*.py"))
    )
