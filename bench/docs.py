# ruff: noqa: RUF001  (the multiplication sign and en dash are meant: report text)
"""docs/benchmarks.md, written by ``make bench`` from one run's results."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from bench.common import median
from bench.report import Row, markdown_table, plural

# The page's one hand-written section: from this heading to the end, a rerun keeps it as it
# is (the before/after of a change, which one run alone cannot measure).
KEPT_HEADING = "## Across runs"


def kept_section(old_page: str) -> str:
    """The hand-written section of the current page, heading included; "" when it has none."""
    at = old_page.find(f"\n{KEPT_HEADING}\n")
    return old_page[at + 1 :].rstrip("\n") + "\n" if at >= 0 else ""


def page(
    results: dict[str, Any], rows: Sequence[Row], chart: str, kept: str = ""
) -> str:
    meta, client, generation = results["meta"], results["client"], results["generation"]
    settings = meta.get("settings", {})
    args = argparse.Namespace(
        reps=settings.get("reps", 4),
        big_reps=settings.get("big_reps", 3),
        gen_import_reps=settings.get("gen_import_reps", 5),
    )
    ours_v, peer_v = meta["ours_versions"], meta["peer_versions"]
    load = " / ".join(f"{x:.1f}" for x in meta["loadavg_start"])
    load_end = " / ".join(f"{x:.1f}" for x in meta["loadavg_end"])
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`; code in [`bench/`](../bench)); rerun it to "
        "refresh this page. The generator is being optimised, so treat these numbers as a "
        "snapshot of the commit below. Absolute times depend on the machine and on what else it "
        "runs; the ratios, measured side by side in one run, are what to compare.",
        "",
        "## This run",
        "",
        f"- Date: {meta['date']}; the whole `make bench` took **{meta['seconds'] / 60:.1f} min**.",
        f"- Machine: `nproc` = {meta['nproc']} ({meta['cpu']}), {meta['memory_gb']} GB RAM, "
        f"{meta['platform']}. Shared: load average {load} (1/5/15 min) at the start, "
        f"{load_end} at the end.",
        f"- Python {meta['python']} for ours (the project `.venv`), Python {meta['opc_python']} for "
        f"openapi-python-client (`bench/.venvs/opc`).",
        f"- Ours: commit {meta['ours_commit']} (generator/, templates/, spec/, generated/), with "
        f"datamodel-code-generator {ours_v['datamodel-code-generator']}, black {ours_v['black']}, "
        f"jinja2 {ours_v['jinja2']}, openapi-spec-validator {ours_v['openapi-spec-validator']}, "
        f"httpx {ours_v['httpx']}, pydantic {ours_v['pydantic']}.",
        f"- Peers: openapi-python-client {peer_v['openapi-python-client']} (post-hooks: ruff "
        f"{peer_v['ruff']}), datamodel-code-generator {ours_v['datamodel-code-generator']} "
        "(our `.venv`'s `datamodel-codegen`).",
        f"- Repetitions: generation {args.reps} (specs of 100+ operations: {args.big_reps}; "
        "Stripe's and GitHub's: 1); client "
        f"{client['reps']} × {client['requests']:,} requests per variant; imports "
        f"{client['import_reps']} fresh interpreters (client) and {args.gen_import_reps} "
        "(generated packages). Every figure is a median.",
        "",
        "## Results",
        "",
        "`ours/peer` is the median of the per-repetition ratios (each repetition runs both side "
        "by side), so it can differ slightly from the ratio of the two medians shown. "
        '"x× cold" compares a run with our own cold generation of the same spec.',
        "",
        markdown_table(rows),
        "",
        f"![Cold generation time against spec size]({chart})",
        "",
        "Cold generation, median wall time, against the number of operations in the spec "
        "(log–log). Ours and openapi-python-client write a whole client package; "
        "datamodel-code-generator's command line writes the models only (and formats them). "
        "The table's floor rows measure, step by step, the work every cold run of ours needs.",
        "",
        "## Targets",
        "",
        "| target | rows |",
        "|---|---|",
        "| the generated client keeps ≥ 90% of raw httpx's throughput | client `req/s` |",
        "| cold generation ≤ 1.0× openapi-python-client on every corpus spec both can generate; "
        "≤ 0.5× on specs under 50 operations | cold generation |",
        "| no-change regeneration and `check` ≤ 0.1× our cold run | no-change regeneration, `check` |",
        "| regeneration after a one-description edit ≤ 0.25× our cold run | regeneration after one edit |",
        "| peak memory ≤ openapi-python-client | peak memory |",
        "| import time ≤ 0.5× openapi-python-client's package | import package + models |",
        "| lines of code per operation ≤ 0.5× openapi-python-client | lines of code per operation |",
        "",
        '"met (36% under)" means the value is 36% below its limit; "missed (40% over)" 40% above '
        'it; "missed (3.4× the limit)" 3.4 times it. Throughput is in percentage points of raw '
        "httpx. The server-headroom rows are a sanity check, not a goal.",
        "",
        "## Method",
        "",
        "### Client overhead",
        "",
        "- Server: `bench/server.py`, raw asyncio on 127.0.0.1 (a free port), in its own process; "
        "it answers every request with createAction's 201 JSON (keep-alive). To show it is not the "
        "bottleneck, a minimal raw-socket client (one connection; then 16 connections under "
        "asyncio) measures its capacity first; raw httpx reaching a small fraction of that "
        "(server-headroom rows) means the client side is what is measured.",
        "- Variants (`bench/client_load.py`, one process): raw "
        "`httpx.Client.post(url, json=..., headers={Authorization})` + "
        "`raise_for_status()` + `.json()`; `ContactSwing(token=..., base_url=...)` with "
        "`client.actions.create(body)` (body: a pre-built `SmsAction`) and "
        "`client.actions.create_sms(name=..., description=..., action_timing=..., sms=SmsConfig(...))` "
        "(the `SmsConfig` built per call, as an application would). Async: the same with "
        "`httpx.AsyncClient` / `AsyncContactSwing`, with 1 and with 16 requests in flight. Same "
        "JSON on the wire in every variant; the generated client additionally serialises the "
        "model, runs its retry/error logic and validates the response into "
        "`CreateActionResponse`.",
        "- Side by side: per repetition and mode, the three variants' clients are opened and "
        "warmed up, then the variants alternate in blocks of 200 requests (order rotated every "
        f"block) until each has sent {client['requests']:,}; a rate is those requests over the "
        "summed wall time of its blocks. The load of a shared machine changes within seconds; "
        "this way all three variants see the same conditions. The ratio is the median over "
        'repetitions of the per-repetition ratio; "µs/request" is the difference of the '
        "median rates expressed as time per request.",
        "- The package measured is the committed `generated/src/contactswing`, copied when the "
        "run starts.",
        "- Import time: the wall clock around the import statement inside a fresh interpreter "
        "of `bench/.venvs/runtime` (only httpx, pydantic and attrs installed; start-up "
        "excluded, no `-X importtime`), bytecode compiled beforehand as `pip install` "
        "does; one warm-up, then the statements alternate. The package loads every name on "
        "first use, so `import contactswing, contactswing.models` loads neither httpx nor "
        "pydantic nor a model; the second row is what a program pays before its first request: "
        "it builds a client and reads `client.actions`, which loads the runtime, the resource "
        "and the models its methods use.",
        "",
        "### Generation",
        "",
        "- Each repetition runs every tool on every spec in a fresh folder holding a copy of the "
        "spec, tools in a rotated order; specs and the generator (generator/, templates/) are "
        "copied once when the run starts, so edits made meanwhile do not leak in. Each run is "
        "one subprocess, timed with the wall clock.",
        "- Ours: `python -m generator generate --spec SPEC --out DIR --package-name NAME` "
        "(`--strict` for our spec, as `make generate`; `--allow-invalid` for third-party specs), "
        "from a folder whose `pyproject.toml` has an empty `[tool.generator]` table, so its speed "
        "layer keeps its files in that folder. "
        "Cold = empty cache folder (black cache and run records); Python bytecode and the OS "
        "file cache are warm for every tool. Then: the same command again (no change; the run "
        "record lets it skip), `check` on that unchanged tree, and `generate` after one "
        "description in the spec copy was edited (warm black cache, stale run record).",
        "- openapi-python-client: `openapi-python-client generate --path SPEC --output-path DIR "
        '--overwrite` with its default post-hooks (ruff fix + format); "no change" runs it again '
        '(it has no cache), "one edit" runs it on the edited copy. It exits 0 when it skips '
        "endpoints it cannot handle; the outcome row counts the endpoint modules it wrote.",
        "- datamodel-code-generator: `datamodel-codegen --input SPEC --input-file-type openapi "
        "--output-model-type pydantic_v2.BaseModel --output FILE` (a folder instead where dotted "
        "schema names make it write modules), cold only.",
        "- Floor (`bench/floor.py`, after each cold run of ours): the work of the three tools "
        "the project prescribes, each step alone in a process of our virtualenv, timed from after "
        "start-up and loading the spec (measured too): datamodel-code-generator run in process "
        "as the generator runs it; the validation stage (openapi-spec-validator and our own "
        "checks, with the run's flags); black's import and the CPU time it takes to format "
        "every file the generator formats (all but the static runtime, copied as is). The floor "
        "is start-up and load + max(models, validation, (models + validation + black) / cores): "
        "validation and model generation may overlap and black may spread across the cores, but "
        "no schedule finishes before its longest step or before the whole work shared among the "
        "cores. Where the floor is above a target's limit, no design built on these tools meets "
        "that target on this machine. The memory floor is the models step's peak alone.",
        "- Peak memory: of the cold run, the larger of the largest single process's max RSS "
        "(`wait4`, as `/usr/bin/time -f %M`) and the PSS (proportional set size) summed over "
        "the process tree sampled every 50 ms (opc's ruff hooks count; "
        "PSS splits a page shared by forked processes between them, where summed RSS would "
        "count it once per process); the details below give the largest single process too.",
        "- Lines of code per operation: non-blank lines of every `.py` file in the generated "
        "package (ours: `out/src/NAME/`, including the static runtime copied into every package; "
        "opc: `out/<its package>/`), divided by the operations in the spec (even those a tool "
        "skipped).",
        "- Import: `import NAME, NAME.models` in a fresh interpreter of `bench/.venvs/runtime`, "
        "which holds only what either package needs at run time (httpx, pydantic, attrs), as a "
        "user's environment would: the project `.venv` also has click and rich, and with them "
        "`import httpx` loads httpx's command line (~100 ms no user pays). Bytecode "
        "compiled first, one warm-up, then alternating. Ours: `NAME/__init__.py` and "
        "`NAME/models/__init__.py`, which load the clients, errors and each model on first "
        "use (a model with the models it refers to), so this imports neither httpx nor "
        "pydantic. opc: `NAME/__init__.py` (which imports `client`, with httpx and attrs) "
        "and `NAME/models/__init__.py`, which imports every model module; its `api/` modules "
        '(one per operation) are not imported. Two rows for information: "import, clients '
        "and one model\" reads every name in the package's `__all__` (ours then loads the "
        "clients, errors, httpx and pydantic) and the first model in alphabetical order; "
        '"every module" imports all modules of each package (`pkgutil.walk_packages`), API '
        "modules included.",
        "",
        "## Details of this run",
        "",
    ]
    for entry in generation.values():
        ours, opc, dmcg = entry["ours"], entry["opc"], entry["dmcg"]
        facts = []
        if "edited" in ours:
            facts.append(f"edited `{ours['edited']}`")
        if opc["ok"]:
            facts.append(
                f"opc wrote {opc.get('endpoints', '?')} endpoint modules for "
                f"{entry['operations']} operations, {plural(opc.get('warnings', 0), 'warning')} "
                f"({opc.get('skipped_endpoints', 0)} \"Endpoint will not be generated\"), "
                f"package `{opc.get('package')}`"
            )
        singles = [
            f"{name} {_median_mb(tool.get('peak_rss_single', []))}"
            for name, tool in (("ours", ours), ("opc", opc))
            if tool.get("peak_rss_single")
        ]
        if singles:
            facts.append("largest single process, cold: " + ", ".join(singles))
        for name, tool in (("ours", ours), ("opc", opc), ("datamodel-codegen", dmcg)):
            facts.extend(f"{name}: {note}" for note in tool["notes"])
        lines.append(
            f"- **{entry['label']}** ({entry['operations']} operations): "
            + "; ".join(facts)
            + "."
        )
    lines.append("")
    if kept:
        lines += [kept]
    return "\n".join(lines)


def _median_mb(values: Sequence[float]) -> str:
    m = median(values)
    return "—" if m is None else f"{m / 2**20:.0f} MB"
