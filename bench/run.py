"""``make bench``: client overhead and generation speed, one table, docs/benchmarks.md + chart.

Usage: ``.venv/bin/python -m bench [--reps N] [--big-reps N] [--requests N] [--only client|generation]
[--specs KEY,...] [--no-docs] [--keep] [--render]``. A partial run (``--only``, ``--specs``) never writes
the docs. Raw numbers of the last run: bench/results/last.json (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import docs
from bench.client import run_client
from bench.common import (
    BENCH,
    OPC_REQUIREMENTS,
    PLOT_REQUIREMENTS,
    REPO,
    RUNTIME_REQUIREMENTS,
    ensure_venv,
    versions,
)
from bench.generation import Tools, run_generation, targets
from bench.report import client_rows, generation_rows, text_table

RESULTS = BENCH / "results"
DOC = REPO / "docs" / "benchmarks.md"
CHART = REPO / "docs" / "benchmarks-generation.png"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.render:
        return _render()
    started, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    chosen = [t for t in targets() if not args.specs or t.key in args.specs.split(",")]
    opc_python = ensure_venv("opc", OPC_REQUIREMENTS)
    runtime_python = ensure_venv("runtime", RUNTIME_REQUIREMENTS)
    plot_python = ensure_venv("plot", PLOT_REQUIREMENTS) if not args.no_docs else None
    work = Path(tempfile.mkdtemp(prefix="contactswing-bench-"))
    try:
        snapshot = _snapshot(work)
        meta = _meta(started, opc_python)
        meta["settings"] = {
            k: v for k, v in vars(args).items() if k not in ("render", "keep")
        }
        print(f"bench: measuring {meta['ours_commit']} in {work}", flush=True)
        results: dict[str, Any] = {"meta": meta}
        if args.only in (None, "client"):
            results["client"] = run_client(
                snapshot / "generated_src",
                args.requests,
                args.client_reps,
                args.import_reps,
                runtime_python,
            )
        if args.only in (None, "generation"):
            tools = Tools(
                ours_python=Path(sys.executable),
                snapshot=snapshot,
                opc_python=opc_python,
                dmcg=Path(sys.executable).parent / "datamodel-codegen",
                runtime_python=runtime_python,
            )
            results["generation"] = run_generation(
                work, tools, chosen, args.reps, args.big_reps, args.gen_import_reps
            )
        meta["seconds"] = time.perf_counter() - clock
        meta["loadavg_end"] = os.getloadavg()
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "last.json").write_text(json.dumps(results, indent=1, default=str))
        rows = (client_rows(results["client"]) if "client" in results else []) + (
            generation_rows(results["generation"]) if "generation" in results else []
        )
        print()
        print(text_table(rows))
        complete = args.only is None and not args.specs
        if plot_python is not None and complete:
            # The page states how long the whole run took, so it is written last.
            meta["seconds"] = time.perf_counter() - clock
            (RESULTS / "last.json").write_text(
                json.dumps(results, indent=1, default=str)
            )
            _write_docs(plot_python, results, rows)
        print(f"\nbench took {meta['seconds'] / 60:.1f} min")
    finally:
        if args.keep:
            print(f"bench: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _write_docs(plot_python: Path, results: dict[str, Any], rows: list[Any]) -> None:
    subprocess.run(
        [
            str(plot_python),
            str(BENCH / "chart.py"),
            str(RESULTS / "last.json"),
            str(CHART),
        ],
        check=True,
    )
    kept = docs.kept_section(DOC.read_text(encoding="utf-8")) if DOC.exists() else ""
    DOC.write_text(docs.page(results, rows, CHART.name, kept), encoding="utf-8")
    print(f"\nwrote {DOC.relative_to(REPO)} and {CHART.relative_to(REPO)}")


def _render() -> int:
    """Rewrite the page and chart from the last complete run's results (no measuring)."""
    results = json.loads((RESULTS / "last.json").read_text())
    if (
        "client" not in results
        or "generation" not in results
        or results["meta"].get("settings", {}).get("specs")
    ):
        raise SystemExit(
            "bench/results/last.json is not from a complete run; run `make bench`"
        )
    rows = client_rows(results["client"]) + generation_rows(results["generation"])
    print(text_table(rows))
    _write_docs(ensure_venv("plot", PLOT_REQUIREMENTS), results, rows)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--reps", type=int, default=4, help="generation repetitions (default 4)"
    )
    parser.add_argument(
        "--big-reps",
        type=int,
        default=3,
        help="repetitions for specs of 100+ operations (default 3)",
    )
    parser.add_argument(
        "--requests", type=int, default=2000, help="requests per client run"
    )
    parser.add_argument(
        "--client-reps", type=int, default=3, help="client repetitions (default 3)"
    )
    parser.add_argument(
        "--import-reps",
        type=int,
        default=11,
        help="fresh interpreters per client import measurement (default 11)",
    )
    parser.add_argument(
        "--gen-import-reps",
        type=int,
        default=5,
        help="fresh interpreters per generated-package import (default 5)",
    )
    parser.add_argument("--only", choices=("client", "generation"))
    parser.add_argument(
        "--specs",
        help="comma-separated spec keys (" + ", ".join(t.key for t in targets()) + ")",
    )
    parser.add_argument("--no-docs", action="store_true", help="print the table only")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--render",
        action="store_true",
        help="only rewrite docs/benchmarks.md and the chart from bench/results/last.json",
    )
    return parser


def _snapshot(work: Path) -> Path:
    """generator/, templates/ and the generated package as they are now, compiled to bytecode.

    Others edit these while the bench runs; every run of ours uses this copy, so one bench run
    measures one version of the generator.
    """
    snap = work / "snapshot"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "generator", snap / "generator", ignore=ignore)
    shutil.copytree(REPO / "templates", snap / "templates", ignore=ignore)
    shutil.copytree(REPO / "generated" / "src", snap / "generated_src", ignore=ignore)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(snap)], check=True)
    return snap


def _git(*args: str) -> str:
    result = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else "unknown"


def _meta(started: dt.datetime, opc_python: Path) -> dict[str, Any]:
    dirty = _git(
        "status", "--porcelain", "--", "generator", "templates", "spec", "generated"
    )
    commit = _git("rev-parse", "--short", "HEAD")
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ours = versions(
        Path(sys.executable),
        (
            "datamodel-code-generator",
            "black",
            "httpx",
            "pydantic",
            "jinja2",
            "openapi-spec-validator",
        ),
    )
    peers = versions(opc_python, ("openapi-python-client", "ruff", "httpx", "attrs"))
    opc_py = subprocess.run(
        [str(opc_python), "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return {
        "date": started.strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(
            os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1
        ),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "opc_python": opc_py,
        "loadavg_start": os.getloadavg(),
        "ours_commit": commit + (" + uncommitted changes" if dirty else ""),
        "ours_versions": ours,
        "peer_versions": peers,
    }


if __name__ == "__main__":
    raise SystemExit(main())
