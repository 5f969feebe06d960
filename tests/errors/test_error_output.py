"""Protects what users see for an invalid spec: the exact stderr, exit code 2, nothing written.

Each ``tests/errors/<name>.yaml`` is run through the command line in a subprocess, from the
repository root with a relative ``--spec``, as a user would. ``<name>.stderr`` is the exact
expected output, recorded by ``make snapshots`` (tests never rewrite it). ``--out`` points at
a folder left by an earlier generation, which must come out of the failed run untouched.
"""

from __future__ import annotations

import difflib
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from subprocess import CompletedProcess
from typing import NamedTuple

import pytest

from generator import pipeline, write
from generator.config import Options
from tests.snapshot_support import (
    ACCEPT_CASES,
    ERRORS,
    KNOWN_BUGS,
    ROOT,
    error_args,
    error_names,
    expected_stderr,
    run_error_case,
)

_EARLIER = {
    "src/pkg/__init__.py": "# from an earlier generation\n",
    "README.md": "earlier\n",
}


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class Run(NamedTuple):
    """One case's CLI run, its output folder, and that folder's files (bytes, mtime) before it."""

    process: CompletedProcess[str]
    out: Path
    before: dict[str, tuple[bytes, int]]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Every case run once, in parallel; each with its own output folder from an earlier run."""
    root = tmp_path_factory.mktemp("errors")
    outs, before = {}, {}
    for name in error_names():
        outs[name] = root / name / "out"
        write.write_tree(_EARLIER, outs[name])
        before[name] = _snapshot(outs[name])
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        processes = list(pool.map(lambda n: run_error_case(n, outs[n]), error_names()))
    return {
        name: Run(process, outs[name], before[name])
        for name, process in zip(error_names(), processes, strict=True)
    }


def _cases() -> list[object]:
    return [
        (
            pytest.param(
                name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name])
            )
            if name in KNOWN_BUGS
            else name
        )
        for name in error_names()
    ]


def test_the_required_invalid_specs_are_all_here() -> None:
    assert {
        "yaml_syntax",
        "empty",
        "missing_operation_id",
        "duplicate_operation_id",
        "undeclared_path_param",
        "optional_path_param",
        "missing_ref",
        "ref_outside",
        "remote_ref",
        "invalid_example",
        "missing_description",
        "swagger2",
    } <= set(error_names())
    assert (
        sorted(p.stem for p in ERRORS.glob("*.stderr")) == error_names()
    ), f"every invalid spec needs its recorded stderr; record them with `{ACCEPT_CASES}`"


@pytest.mark.parametrize("name", _cases())
def test_an_invalid_spec_prints_exactly_its_recorded_errors(
    name: str, runs: dict[str, Run]
) -> None:
    run = runs[name].process
    expected = expected_stderr(name).read_text(encoding="utf-8")
    assert run.stderr == expected, (
        f"stderr of `python -m generator {' '.join(error_args(name))} --spec tests/errors/{name}.yaml` "
        "differs from the recorded one:\n\n"
        + "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                run.stderr.splitlines(keepends=True),
                f"tests/errors/{name}.stderr",
                "actual stderr",
            )
        )
        + f"\nIf the new output is intended, accept it with `{ACCEPT_CASES}` and commit the result."
    )


@pytest.mark.parametrize("name", error_names())
def test_an_invalid_spec_exits_2_and_writes_nothing(
    name: str, runs: dict[str, Run]
) -> None:
    run = runs[name]
    assert run.process.returncode == 2, run.process.stderr
    assert run.process.stdout == ""
    assert (
        _snapshot(run.out) == run.before
    )  # same files, same bytes, same modification times
    assert [p.name for p in run.out.parent.iterdir()] == [
        "out"
    ], "no staging folder is left behind"


def _first_line(name: str) -> str:
    return expected_stderr(name).read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize("name", ["invalid_example", "missing_operation_id"])
def test_without_strict_the_same_problem_is_only_a_warning(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "--strict" in error_args(name)
    monkeypatch.chdir(ROOT)
    warnings = pipeline.check_spec(Options(spec=Path(f"tests/errors/{name}.yaml")))

    error = _first_line(name)
    place, _, rest = error.partition(": ")
    pointer, _, message = rest.partition(": ")
    assert [str(w) for w in warnings] == [f"{place}: {pointer}: warning: {message}"]


def test_without_strict_a_missing_description_is_not_even_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    assert (
        pipeline.check_spec(Options(spec=Path("tests/errors/missing_description.yaml")))
        == ()
    )
