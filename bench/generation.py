"""Generation benchmark: our generator vs openapi-python-client vs datamodel-code-generator.

Every repetition runs each tool on each spec in a fresh folder (a copy of the spec, its own
output and, for ours, its own cache folder), tools in a rotated order, so that all three see
the same machine state. Per tool and spec, one "session":

- ours: cold ``generate`` (empty cache) → the floor: the mandated tools' steps alone
  (``bench/floor.py``) → ``generate`` again (no change) → ``check`` → one description edited
  in the copy → ``generate`` (warm cache).
- openapi-python-client (opc): ``generate --overwrite`` → the same again → after the same
  edit, the same again. Its default post-hooks (ruff) run every time.
- datamodel-code-generator (dmcg): models only, once (cold).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import (
    BENCH,
    REPO,
    Run,
    clean_env,
    elapsed,
    run_measured,
    time_import,
    time_import_output,
)
from bench.specs import count_lines, in_child

CORPUS = Path(os.environ.get("BENCH_CORPUS", REPO.parent / "shared" / "corpus"))
_MODULAR = "Modular references require an output directory"


@dataclass(frozen=True, slots=True)
class Target:
    """A spec under test: where it comes from, its root file, our flags, a package name."""

    key: str
    label: str
    source: Path  # a folder (multi-file spec, copied whole) or a file
    root: str  # the root file's name inside the copy
    ours_flags: tuple[str, ...]
    package: str
    large: bool = False  # corpus/large/: measured once (minutes a run)


def targets() -> list[Target]:
    third_party = ("--allow-invalid",)
    return [
        Target(
            "contactswing",
            "ContactSwing (spec/)",
            REPO / "spec",
            "openapi.yaml",
            ("--strict",),
            "contactswing",
        ),
        Target(
            "oai_petstore",
            "oai-petstore-expanded",
            CORPUS / "oai-petstore-expanded.yaml",
            "oai-petstore-expanded.yaml",
            third_party,
            "oai_petstore",
        ),
        Target(
            "petstore3",
            "petstore3-swagger",
            CORPUS / "petstore3-swagger.yaml",
            "petstore3-swagger.yaml",
            third_party,
            "petstore3",
        ),
        Target(
            "opc_e2e",
            "opc e2e baseline 3.1",
            CORPUS / "opc-e2e-baseline_openapi_3.1.yaml",
            "opc-e2e-baseline_openapi_3.1.yaml",
            third_party,
            "opc_e2e",
        ),
        Target(
            "twilio_messaging",
            "twilio messaging v1",
            CORPUS / "twilio_messaging_v1.json",
            "twilio_messaging_v1.json",
            third_party,
            "twilio_messaging",
        ),
        Target(
            "twilio_api",
            "twilio api v2010",
            CORPUS / "twilio_api_v2010.json",
            "twilio_api_v2010.json",
            third_party,
            "twilio_api",
        ),
        Target(
            "stripe",
            "Stripe (large/)",
            CORPUS / "large" / "stripe-spec3-2023-09-12.yaml",
            "stripe-spec3-2023-09-12.yaml",
            third_party,
            "stripe",
            large=True,
        ),
        Target(
            "github",
            "GitHub (large/)",
            CORPUS / "large" / "github-api-2022-06-11.json",
            "github-api-2022-06-11.json",
            third_party,
            "github",
            large=True,
        ),
    ]


@dataclass(frozen=True, slots=True)
class Tools:
    ours_python: Path  # our .venv's python, running the snapshot of generator/
    snapshot: Path  # holds generator/ and templates/ as they were when the run began
    opc_python: Path
    dmcg: Path
    runtime_python: (
        Path  # only the generated packages' runtime dependencies: imports run here
    )


def snapshot_inputs(work: Path, chosen: list[Target]) -> dict[str, Path]:
    """Copy every spec once at the start: others may edit spec/ while the bench runs."""
    inputs = {}
    for target in chosen:
        dest = work / "inputs" / target.key
        if target.source.is_dir():
            shutil.copytree(target.source, dest)
        else:
            dest.mkdir(parents=True)
            shutil.copy2(target.source, dest / target.root)
        inputs[target.key] = dest
    return inputs


def run_generation(
    work: Path,
    tools: Tools,
    chosen: list[Target],
    reps: int,
    big_reps: int,
    import_reps: int,
    big_from: int = 100,
) -> dict[str, Any]:
    inputs = snapshot_inputs(work, chosen)
    results: dict[str, Any] = {}
    for target in chosen:
        ops: int = in_child("count", inputs[target.key] / target.root)
        results[target.key] = {
            "label": target.label,
            "operations": ops,
            "reps": 1 if target.large else big_reps if ops >= big_from else reps,
            "ours": _empty(),
            "opc": _empty(),
            "dmcg": _empty(),
        }
    dmcg_mode: dict[str, str] = {}
    sessions: dict[str, Callable[[Target, Path, int], dict[str, Any]]] = {
        "ours": lambda t, d, rep: _ours(t, d, tools, rep == 0),
        "opc": lambda t, d, rep: _opc(t, d, tools, rep == 0),
        "dmcg": lambda t, d, rep: _dmcg(t, d, tools, dmcg_mode),
    }
    names = list(sessions)
    for rep in range(max(reps, big_reps)):
        order = names[rep % 3 :] + names[: rep % 3]
        for target in chosen:
            entry = results[target.key]
            if rep >= entry["reps"]:
                continue
            for tool in order:
                folder = work / f"{tool}-{target.key}-{rep}"
                shutil.copytree(inputs[target.key], folder / "spec")
                outcome = sessions[tool](target, folder, rep)
                cold = outcome["runs"]["cold"]
                print(
                    f"bench: [{elapsed()}] generation {rep + 1}/{entry['reps']} {target.key} "
                    f"{tool}: cold {cold.seconds:.2f} s{'' if cold.ok else ' (failed)'}",
                    flush=True,
                )
                _merge(entry[tool], outcome)
                if rep > 0:
                    shutil.rmtree(folder, ignore_errors=True)
    _import_times(work, tools, chosen, results, import_reps)
    return results


def _empty() -> dict[str, Any]:
    return {"runs": {}, "peak_rss": [], "peak_rss_single": [], "ok": None, "notes": []}


def _merge(into: dict[str, Any], outcome: dict[str, Any]) -> None:
    for step, run in outcome.pop("runs").items():
        into["runs"].setdefault(step, []).append(run.seconds)
        if step == "cold":
            into["peak_rss"].append(run.peak_rss)
            into["peak_rss_single"].append(run.max_rss_single)
    for key, value in outcome.pop("floor", {}).items():
        into.setdefault("floor", {}).setdefault(key, []).append(value)
    ok = outcome.pop("ok")
    into["ok"] = ok if into["ok"] is None else into["ok"] and ok
    for note in outcome.pop("notes", []):
        if note not in into["notes"]:
            into["notes"].append(note)
    into.update(outcome)


def _tail(run: Run) -> str:
    lines = [line for line in run.output.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else f"exit {run.returncode}"


def _ours(target: Target, folder: Path, tools: Tools, first: bool) -> dict[str, Any]:
    # An empty [tool.generator] table makes the folder a project: the speed layer keeps its
    # files in folder/.cache, so every session starts cold and keeps to itself.
    (folder / "pyproject.toml").write_text("[tool.generator]\n")
    root, out = folder / "spec" / target.root, folder / "out"
    env = clean_env(PYTHONPATH=str(tools.snapshot))

    def run(command: str) -> Run:
        return run_measured(
            [
                tools.ours_python,
                "-m",
                "generator",
                command,
                "--spec",
                root,
                "--out",
                out,
                "--package-name",
                target.package,
                *target.ours_flags,
            ],
            cwd=folder,
            env=env,
        )

    runs = {"cold": run("generate")}
    result: dict[str, Any] = {"runs": runs, "ok": runs["cold"].ok, "notes": []}
    if not runs["cold"].ok:
        result["notes"].append(f"failed: {_tail(runs['cold'])}")
        return result
    result["floor"] = _floor(target, root, out, tools, env)
    if first:
        result["loc"] = count_lines(out / "src" / target.package)
        result["warnings"] = sum(
            1
            for line in runs["cold"].output.splitlines()
            if ": warning" in line.lower()
        )
    runs["nochange"] = run("generate")
    if "up to date" not in runs["nochange"].output:
        result["notes"].append("the no-change run was not skipped")
    runs["check"] = run("check")
    if not runs["check"].ok:
        result["notes"].append(
            f"check on the unchanged tree exited {runs['check'].returncode}"
        )
    result["edited"] = in_child("edit", root)
    runs["edit"] = run("generate")
    if not runs["edit"].ok or "up to date" in runs["edit"].output:
        result["notes"].append(
            f"the one-edit run did not regenerate: {_tail(runs['edit'])}"
        )
    return result


def _floor(
    target: Target, root: Path, out: Path, tools: Tools, env: Mapping[str, str]
) -> dict[str, float]:
    """The mandated tools' work on this spec, each alone (``bench/floor.py``), after our cold run."""

    def floor(*args: str | Path) -> tuple[Run, dict[str, Any]]:
        run = run_measured(
            [tools.ours_python, BENCH / "floor.py", *args], cwd=out.parent, env=env
        )
        if not run.ok:
            raise RuntimeError(
                f"floor.py {args[0]} failed on {target.key}: {_tail(run)}"
            )
        found: dict[str, Any] = json.loads(run.output.strip().splitlines()[-1])
        return run, found

    models_run, models = floor("models", root)
    _, validation = floor("validate", root, *target.ours_flags)
    _, black = floor("black", out, target.package)
    return {
        "start_load": models_run.seconds - models["seconds"],
        "models": models["seconds"],
        "models_peak_rss": models_run.peak_rss,
        "validate": validation["seconds"],
        "black_import": black["import"],
        "black_cpu": black["cpu"],
        "black_lines": black["lines"],
        "cores": float(os.cpu_count() or 1),
    }


def _opc(target: Target, folder: Path, tools: Tools, first: bool) -> dict[str, Any]:
    root, out = folder / "spec" / target.root, folder / "out"
    bin_dir = tools.opc_python.parent
    env = clean_env(
        PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        VIRTUAL_ENV=str(bin_dir.parent),
    )

    def run() -> Run:
        return run_measured(
            [
                bin_dir / "openapi-python-client",
                "generate",
                "--path",
                root,
                "--output-path",
                out,
                "--overwrite",
            ],
            cwd=folder,
            env=env,
        )

    runs = {"cold": run()}
    package = _opc_package(out)
    ok = runs["cold"].ok and package is not None
    result: dict[str, Any] = {"runs": runs, "ok": ok, "notes": []}
    if not ok:
        result["notes"].append(f"failed: {_tail(runs['cold'])}")
        return result
    assert package is not None
    if first:
        result["package"] = package.name
        result["loc"] = count_lines(package)
        result["endpoints"] = sum(
            1 for p in (package / "api").rglob("*.py") if p.name != "__init__.py"
        )
        result["skipped_endpoints"] = runs["cold"].output.count(
            "Endpoint will not be generated"
        )
        result["warnings"] = len(
            re.findall(r"^WARNING", runs["cold"].output, re.MULTILINE)
        )
    runs["nochange"] = run()
    result["edited"] = in_child("edit", root)
    runs["edit"] = run()
    if not runs["edit"].ok:
        result["notes"].append(f"the one-edit run failed: {_tail(runs['edit'])}")
    return result


def _opc_package(out: Path) -> Path | None:
    if not out.is_dir():
        return None
    found = sorted(p for p in out.iterdir() if (p / "__init__.py").is_file())
    return found[0] if found else None


def _dmcg(
    target: Target, folder: Path, tools: Tools, mode: dict[str, str]
) -> dict[str, Any]:
    root = folder / "spec" / target.root

    def run(as_dir: bool) -> Run:
        output = folder / ("models" if as_dir else "models.py")
        if as_dir:
            output.mkdir()
        return run_measured(
            [
                tools.dmcg,
                "--input",
                root,
                "--input-file-type",
                "openapi",
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--output",
                output,
            ],
            cwd=folder,
            env=clean_env(),
        )

    cold = run(mode.get(target.key) == "dir")
    notes = []
    if not cold.ok and _MODULAR in cold.output and target.key not in mode:
        mode[target.key] = "dir"  # dotted schema names become modules: needs a folder
        cold = run(True)
    mode.setdefault(target.key, "file")
    if mode[target.key] == "dir":
        notes.append("--output is a folder: its schema names make modules")
    if not cold.ok:
        notes.append(f"failed: {_tail(cold)}")
    return {"runs": {"cold": cold}, "ok": cold.ok, "notes": notes}


def _import_times(
    work: Path, tools: Tools, chosen: list[Target], results: dict[str, Any], reps: int
) -> None:
    """``import pkg, pkg.models``, a first use and every module, in fresh interpreters, ours and
    opc alternating."""
    for target in chosen:
        entry = results[target.key]
        candidates: dict[str, tuple[Path, Path, str]] = {}
        if entry["ours"]["ok"]:
            candidates["ours"] = (
                tools.runtime_python,
                work / f"ours-{target.key}-0" / "out" / "src",
                target.package,
            )
        if entry["opc"]["ok"] and "package" in entry["opc"]:
            candidates["opc"] = (
                tools.runtime_python,
                work / f"opc-{target.key}-0" / "out",
                entry["opc"]["package"],
            )
        statements: dict[tuple[str, str], str] = {}
        for tool, (python, path, package) in candidates.items():
            # Bytecode first, as installing a package does (PYTHONDONTWRITEBYTECODE may be set).
            subprocess.run(
                [str(python), "-m", "compileall", "-q", str(path / package)], check=True
            )
            has_models = (path / package / "models").is_dir() or (
                path / package / "models.py"
            ).is_file()
            statements[tool, "import"] = f"import {package}" + (
                f", {package}.models" if has_models else ""
            )
            statements[tool, "import_all"] = (
                f"import importlib, pkgutil, {package}\n"
                f"for _m in pkgutil.walk_packages({package}.__path__, '{package}.'):\n"
                "    if _m.name.endswith('.__main__'):\n"
                "        continue\n"
                "    try:\n"
                "        importlib.import_module(_m.name)\n"
                "    except Exception as _e:\n"
                "        print('bench-import-failed', _m.name, type(_e).__name__, _e)"
            )
            # What a program pays before its first request: every name the package root
            # exports (the clients and errors, with httpx and pydantic) and one model.
            statements[tool, "first_use"] = (
                f"import {package}\n"
                f"for _n in {package}.__all__:\n"
                f"    getattr({package}, _n)\n"
                + (
                    f"import {package}.models as _models\n"
                    "_all = sorted(getattr(_models, '__all__', ()))\n"
                    "if _all:\n"
                    "    getattr(_models, _all[0])"
                    if has_models
                    else ""
                )
            )
            entry[tool]["import_statement"] = statements[tool, "import"]
        print(f"bench: [{elapsed()}] import times {target.key}", flush=True)
        for (tool, kind), statement in statements.items():
            python, path, _ = candidates[tool]
            entry[tool][kind] = []
            _, printed = time_import_output(
                python, statement, pythonpath=[path]
            )  # warm-up
            failed = [
                line.split(" ", 1)[1]
                for line in printed.splitlines()
                if line.startswith("bench-import-failed ")
            ]
            if failed:
                entry[tool]["notes"].append(
                    f"{len(failed)} module(s) fail to import, e.g. `{failed[0][:160]}`"
                )
        for _ in range(reps):
            for (tool, kind), statement in statements.items():
                python, path, _ = candidates[tool]
                entry[tool][kind].append(
                    time_import(python, statement, pythonpath=[path])
                )
