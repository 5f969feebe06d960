"""Corpus runs: real-world specs from the shared corpus folder and small odd-but-legal specs.

* ``CORPUS=all`` includes the specs marked ``slow`` (Twilio's 2010 API); by default they are
  skipped. ``CORPUS_DIR`` points at another corpus folder (default ``../shared/corpus``, beside the
  checkout).
* Every spec run adds a row (spec, operations, models, outcome, seconds) to a table printed at
  the end of the session.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.snapshot_support import CORPUS

CORPUS_DIR = Path(os.environ.get("CORPUS_DIR", CORPUS))
INCLUDE_SLOW = os.environ.get("CORPUS", "").lower() == "all"


@dataclass
class Row:
    """One line of the corpus table; ``outcome`` is updated as each stage passes."""

    spec: str
    operations: int | str = "?"
    models: int | str = "?"
    outcome: str = "started"
    seconds: float = 0.0
    mypy_seconds: float | None = None
    notes: list[str] = field(default_factory=list)


_ROWS = pytest.StashKey[list[Row]]()


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    if INCLUDE_SLOW:
        return
    skip = pytest.mark.skip(reason="slow corpus spec: run with CORPUS=all")
    for item in items:
        if item.get_closest_marker("slow") and Path(str(item.fspath)).is_relative_to(
            Path(__file__).parent
        ):
            item.add_marker(skip)


@pytest.fixture
def corpus_row(request: pytest.FixtureRequest) -> Iterator[Row]:
    """A row for this test's spec in the end-of-session table."""
    rows = request.config.stash.setdefault(_ROWS, [])
    row = Row(
        spec=(
            request.node.callspec.id
            if hasattr(request.node, "callspec")
            else request.node.name
        )
    )
    rows.append(row)
    yield row
    verdict = request.node.stash.get(_VERDICT, None)
    if verdict:
        row.outcome = f"{verdict} after: {row.outcome}"


_VERDICT = pytest.StashKey[str]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Iterator[None]:
    """Remember whether the test failed, or failed as a known bug (xfail), for its table row."""
    report = yield
    if report.when == "call":  # type: ignore[attr-defined]
        if hasattr(report, "wasxfail") and report.skipped:  # type: ignore[attr-defined]
            item.stash[_VERDICT] = "XFAIL (known bug)"
        elif report.failed:  # type: ignore[attr-defined]
            item.stash[_VERDICT] = "FAILED"
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    rows = terminalreporter.config.stash.get(_ROWS, [])
    if not rows:
        return
    terminalreporter.section("corpus")
    headers = ("spec", "operations", "models", "outcome", "seconds")
    table = [headers] + [
        (
            r.spec,
            str(r.operations),
            str(r.models),
            r.outcome,
            f"{r.seconds:.1f}"
            + (f" (+{r.mypy_seconds:.1f} mypy)" if r.mypy_seconds else ""),
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(headers))]
    for n, line in enumerate(table):
        terminalreporter.write_line(
            "  ".join(
                cell.ljust(w) for cell, w in zip(line, widths, strict=True)
            ).rstrip()
        )
        if n == 0:
            terminalreporter.write_line("  ".join("-" * w for w in widths))
    if not INCLUDE_SLOW:
        terminalreporter.write_line("(slow specs skipped; CORPUS=all includes them)")


@pytest.fixture(autouse=True)
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run each test from its own folder, outside any project (inside the repository, a run
    without ``--spec`` would default ``--out`` to ``generated/``)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@dataclass(frozen=True)
class MypyRun:
    code: int
    output: str


@pytest.fixture(scope="session")
def mypy_strict(tmp_path_factory: pytest.TempPathFactory) -> object:
    """``mypy_strict(src, package)``: ``mypy --strict`` with one cache for the session.

    Every corpus package has the same import name, so the runtime modules they share are
    checked once and the rest of the session only checks what differs.
    """
    root = tmp_path_factory.mktemp("mypy")
    config = root / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")

    def run(src: Path, package: str) -> MypyRun:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--config-file",
                str(config),
                "--cache-dir",
                str(root / "cache"),
                "--no-color-output",
                "-p",
                package,
            ],
            cwd=src,
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "MYPYPATH": str(src)},
        )
        return MypyRun(proc.returncode, proc.stdout + proc.stderr)

    return run
