"""What the snapshot tests and ``make snapshots`` share: where the cases live and how each runs.

Two kinds of recorded output, both accepted only by ``make snapshots`` (``tests/snapshots.py``):

* ``tests/cases/<name>/spec.yaml`` → ``tests/cases/<name>/golden/``: the whole generated
  project, built by ``generator.pipeline`` with the options from :func:`case_options`.
* ``tests/errors/<name>.yaml`` → ``tests/errors/<name>.stderr``: what the CLI prints for an
  invalid spec. The YAML's first line may say how to run it (``# args: generate --strict``);
  without one the command is ``generate``.

The committed ``generated/`` client is the top-level spec's snapshot; ``make generate`` accepts it.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.config import Options, load_options

ROOT = Path(__file__).resolve().parent.parent
# Real-world specs written by others, beside the checkout as CI has them (../shared/corpus).
CORPUS = ROOT.parent / "shared" / "corpus"
CASES = ROOT / "tests" / "cases"
ERRORS = ROOT / "tests" / "errors"
# The formatter cache `make generate` uses; sharing it keeps the suite fast.
CACHE = ROOT / ".cache" / "black"

# Options → the same options, made to build for real (see ``fresh_cache_dir``).
Freshen = Callable[[Options], Options]

ACCEPT_CASES = "make snapshots"
ACCEPT_GENERATED = "make generate"
_ARGS_PREFIX = "# args:"
# Printed by generator.cli for an unexpected exception: a bug, never an accepted snapshot.
INTERNAL_FAILURE = "error: internal failure"
# Invalid specs whose recorded stderr is what the generator should print but does not yet:
# the test is a strict xfail, and `make snapshots` keeps the hand-written expectation.
KNOWN_BUGS: dict[str, str] = {}


def fresh_cache_dir(folder: Path) -> Path:
    """A ``cache_dir`` under ``folder`` that shares the formatter cache but no run records.

    ``generator.runcache`` skips a build whose inputs look unchanged and keeps its records
    beside the cache folder. A snapshot must compare a fresh build, so tests give each session
    its own record folder, while the black cache (keyed by content, so it cannot hide a
    change) stays shared through a symlink.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    link = folder / "cache" / "black"
    if not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(CACHE, target_is_directory=True)
    return link


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
        client_version="0.1.0",
        strict=True,
        allow_invalid=False,
        cache_dir=CACHE,
        changelog=None,  # the repository's changelog belongs to generated/, not to the cases
    )


def golden_src(name: str) -> Path:
    """The folder to put on ``sys.path`` (or MYPYPATH) to import a case's golden package."""
    return CASES / name / "golden" / "src"


def generated_options() -> Options:
    """What ``make check`` runs for the top-level spec, its paths taken from the repo root.

    The generator resolves relative paths against the working directory; the tests may run
    from anywhere, so every relative path option is anchored at the repo root here.
    """
    options = load_options(ROOT / "pyproject.toml", strict=True)
    anchored: dict[str, Any] = {
        field.name: ROOT / value
        for field in dataclasses.fields(options)
        if isinstance(value := getattr(options, field.name), Path) and not value.is_absolute()
    }
    return dataclasses.replace(options, **anchored)


def error_names() -> list[str]:
    """Every invalid spec under ``tests/errors``, sorted."""
    return sorted(p.stem for p in ERRORS.glob("*.yaml"))


def error_args(name: str) -> list[str]:
    """The CLI arguments a case asks for on its first line (default: ``generate``)."""
    first = (ERRORS / f"{name}.yaml").read_text(encoding="utf-8").partition("\n")[0]
    if first.startswith(_ARGS_PREFIX):
        return first[len(_ARGS_PREFIX):].split()
    return ["generate"]


def run_error_case(name: str, out: Path) -> subprocess.CompletedProcess[str]:
    """The CLI on ``tests/errors/<name>.yaml``, from the repo root with a relative ``--spec``."""
    args = [*error_args(name), "--spec", f"tests/errors/{name}.yaml"]
    if args[0] in ("generate", "check"):
        args += ["--out", str(out)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)


def expected_stderr(name: str) -> Path:
    """Where the exact stderr of an invalid spec is recorded."""
    return ERRORS / f"{name}.stderr"


def models_source(package: Path) -> str:
    """Every module of a generated package's ``models/`` joined, in file-name order."""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((package / "models").glob("*.py")))
