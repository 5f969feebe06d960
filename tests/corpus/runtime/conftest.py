"""The runtime corpus run: one ``SpecRun`` per spec, shared by its operations' tests, and the
report printed at the end of the session (spec, operations, called, typed 2xx, wire
mismatches, known and unexpected failures, then every spec's failures counted by reason).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from ..conftest import CORPUS_DIR
from .known import KNOWN
from .run import SpecRun, run_spec

_RUNS = pytest.StashKey[dict[str, SpecRun]]()


@pytest.fixture(scope="session")
def runtime_run(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], SpecRun]:
    """``runtime_run(spec)``: the spec's run, made by the first test that asks for it."""
    runs = request.config.stash.setdefault(_RUNS, {})

    def get(name: str) -> SpecRun:
        if name not in runs:
            work = tmp_path_factory.mktemp("runtime")
            runs[name] = run_spec(CORPUS_DIR / name, name, work)
        return runs[name]

    return get


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    runs = terminalreporter.config.stash.get(_RUNS, {})
    if not runs:
        return
    terminalreporter.section(
        "runtime corpus: every operation called through its client"
    )
    headers = (
        "spec",
        "ops",
        "called",
        "2xx typed",
        "wire mismatches (ops)",
        "passed",
        "known",
        "unexpected",
        "seconds",
    )
    table = [headers]
    for name, run in sorted(runs.items()):
        outcomes = list(run.outcomes.values())
        failing = [o for o in outcomes if not o.ok]
        known = [
            o
            for o in failing
            if (name, o.key) in KNOWN and KNOWN[(name, o.key)].reasons == o.reasons
        ]
        wire = [o for o in outcomes if o.mismatches]
        table.append(
            (
                name,
                str(len(outcomes)),
                str(sum(o.called for o in outcomes)),
                str(sum(o.typed for o in outcomes)),
                f"{sum(len(o.mismatches) for o in outcomes)} ({len(wire)})",
                str(len(outcomes) - len(failing)),
                str(len(known)),
                str(len(failing) - len(known)),
                f"{run.seconds:.1f}",
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    for n, row in enumerate(table):
        terminalreporter.write_line(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
        )
        if n == 0:
            terminalreporter.write_line("  ".join("-" * w for w in widths))
    terminalreporter.write_line("")
    terminalreporter.write_line("failures by reason (an operation may have several):")
    for name, run in sorted(runs.items()):
        reasons = Counter(r for o in run.outcomes.values() for r in o.reasons)
        if reasons:
            shown = ", ".join(f"{r}: {n}" for r, n in sorted(reasons.items()))
            terminalreporter.write_line(f"  {name}: {shown}")
        if run.failure:
            terminalreporter.write_line(f"  {name}: not run: {run.failure[:300]}")
