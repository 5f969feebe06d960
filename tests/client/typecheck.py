"""One ``mypy --strict`` run for every typed-usage test of the client tests.

A test module registers a ``Check`` when pytest imports it: a usage file that must pass, a
snippet of wrong calls that mypy must reject (every line ending in ``# expect: <text>`` gets an
error containing the text, and no other line any error), and optionally a snippet of right
calls that mypy wrongly rejects today (a known bug, for a strict xfail). pytest imports every
selected module before it runs a test, so the first test that asks runs mypy once over all that
is registered: a cold mypy run costs far more than another file does.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# A fixed place beside mypy's cache: mypy's incremental cache remembers where a module lives,
# so a snippet that moved to a new temporary folder each run would confuse it.
FOLDER = ROOT / ".cache" / "mypy-typed-usage"
EXPECT = "# expect: "


@dataclass(frozen=True)
class Check:
    """What one test module asks of mypy."""

    usage: Path
    wrong: str
    known_bugs: str = ""


_CHECKS: dict[str, Check] = {}


def register(name: str, usage: Path, wrong: str, known_bugs: str = "") -> None:
    """Add a check to the one mypy run (call it at import, from the test module)."""
    _CHECKS[name] = Check(usage.resolve(), wrong, known_bugs)


def _snippet(name: str, kind: str) -> Path:
    return FOLDER / f"{kind}_{name}.py"


@cache
def _run(checks: tuple[tuple[str, Check], ...]) -> dict[Path, list[tuple[int, str]]]:
    """Run mypy over every usage file and snippet; its errors by file (absolute path)."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = []
    for name, check in checks:
        files.append(check.usage)
        for kind, text in (("wrong", check.wrong), ("known_bugs", check.known_bugs)):
            if text:
                _snippet(name, kind).write_text(text, encoding="utf-8")
                files.append(_snippet(name, kind))
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated" / "src")}
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-color-output",
            "--no-error-summary",
            "--show-error-codes",
            "--hide-error-context",
            "--cache-dir",
            str(FOLDER / "cache"),
            *map(str, files),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if completed.returncode not in (0, 1) or completed.stderr.strip():
        pytest.fail(
            f"mypy did not run (exit {completed.returncode}):\n"
            f"{completed.stdout}\n{completed.stderr}"
        )
    errors: dict[Path, list[tuple[int, str]]] = {}
    for line in completed.stdout.splitlines():
        match = re.match(r"^(.+?):(\d+): error: (.*)$", line)
        if match:
            path = Path(match.group(1))
            path = path if path.is_absolute() else ROOT / path
            errors.setdefault(path.resolve(), []).append(
                (
                    int(match.group(2)),
                    f"{match.group(1)}:{match.group(2)}: {match.group(3)}",
                )
            )
    return errors


def _errors() -> dict[Path, list[tuple[int, str]]]:
    return _run(tuple(sorted(_CHECKS.items())))


def usage_problems(name: str) -> list[str]:
    """mypy's errors in the usage file, and in any file that is no check's own (the
    generated package, reached through the usage)."""
    errors = _errors()
    own = {check.usage for check in _CHECKS.values()} | {
        _snippet(n, kind).resolve() for n in _CHECKS for kind in ("wrong", "known_bugs")
    }
    found = errors.get(_CHECKS[name].usage, [])
    found += [e for path, listed in errors.items() if path not in own for e in listed]
    return [text for _, text in found]


def wrong_problems(name: str) -> list[str]:
    """How mypy's errors in the wrong snippet differ from its ``# expect:`` lines."""
    expected = {
        number: line.split(EXPECT, 1)[1]
        for number, line in enumerate(_CHECKS[name].wrong.splitlines(), start=1)
        if EXPECT in line
    }
    found: dict[int, list[str]] = {}
    for number, text in _errors().get(_snippet(name, "wrong").resolve(), []):
        found.setdefault(number, []).append(text)
    problems = [
        f"line {n}: an error where none is expected: {found[n]}"
        for n in sorted(set(found) - set(expected))
    ]
    for number, needle in sorted(expected.items()):
        if not any(needle in text for text in found.get(number, [])):
            problems.append(
                f"line {number}: expected an error containing {needle!r},"
                f" got {found.get(number, 'none')}"
            )
    return problems


def known_bug_errors(name: str) -> list[str]:
    """mypy's errors in the snippet of right calls it rejects today."""
    return [
        text for _, text in _errors().get(_snippet(name, "known_bugs").resolve(), [])
    ]
