"""The two packaging tools, each behind one function: ``python -m build`` and ``python -m twine``.

They run as subprocesses of this interpreter (so the versions in requirements.lock), because
both are command-line tools first: their Python APIs are internal (twine) or leave the isolated
build environment to the caller (build). Output is captured and handed back, never printed.
The environment is inherited: pip settings reach build's isolated environment (where hatchling
is installed from the configured index), and TWINE_USERNAME / TWINE_PASSWORD reach twine.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.errors import ReleaseError

# Enough of a failing tool's output to see why, short enough to read in a terminal.
TAIL_LINES = 40


def python_build(project: Path, outdir: Path) -> str:
    """Build the sdist, then the wheel from it, each in an isolated environment; return the log."""
    result = _run("build", str(project), "--outdir", str(outdir))
    if result.returncode != 0:
        raise ReleaseError(
            f"python -m build {project} failed (exit {result.returncode}):\n"
            f"{tail(result.stdout)}\nfix what it reports, then run `make build` again"
        )
    return result.stdout


def twine(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m twine ARGS``, stdout and stderr together; the caller judges the exit code."""
    return _run("twine", *args)


def tail(output: str) -> str:
    """The last lines of a tool's output, indented under our message."""
    return "\n".join(
        f"    {line}" for line in output.rstrip().splitlines()[-TAIL_LINES:]
    )


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-m", module, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
    except OSError as err:
        raise ReleaseError(
            f"cannot run `python -m {module}` ({err}); `make` installs it from "
            "requirements.lock"
        ) from err
