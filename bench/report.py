# ruff: noqa: RUF001, RUF002  (the multiplication sign and en dash are meant: report text)
"""The one results table (ours / peer, target, met or missed) and docs/benchmarks.md."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import median

THROUGHPUT_TARGET = 0.90


@dataclass(frozen=True, slots=True)
class Row:
    area: str
    case: str
    measure: str
    ours: str
    peer: str
    ratio: str
    target: str
    result: str


HEADER = Row("area", "case", "measure", "ours", "peer", "ours/peer", "target", "result")


def paired_ratio(
    ours: Sequence[float], peer: Sequence[float], *, paired: bool = True
) -> float | None:
    """Median of the per-repetition ratios (runs side by side in one repetition), else the ratio
    of the medians (different numbers of runs, or ``paired=False``)."""
    if paired and ours and peer and len(ours) == len(peer):
        return median([a / b for a, b in zip(ours, peer, strict=True) if b])
    a, b = median(ours), median(peer)
    return a / b if a is not None and b else None


def at_most(value: float | None, limit: float, unit: str = "×") -> str:
    """'met (36% under)' / 'missed (40% over)' / 'missed (3.4× the limit)'."""
    if value is None:
        return "n/a"
    share = value / limit
    if share <= 1:
        return f"met ({(1 - share) * 100:.0f}% under)"
    if share < 2:
        return f"missed ({(share - 1) * 100:.0f}% over)"
    return f"missed ({share:.1f}× the limit)"


def at_least(value: float | None, floor: float) -> str:
    if value is None:
        return "n/a"
    points = (value - floor) * 100
    return f"met (+{points:.1f} pts)" if points >= 0 else f"missed by {-points:.1f} pts"


def _s(seconds: float | None) -> str:
    return (
        "—"
        if seconds is None
        else f"{seconds:.2f} s" if seconds >= 0.995 else f"{seconds * 1000:.0f} ms"
    )


def _ms(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1000:.1f} ms"


def _x(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.0f}×"


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}/s"


def _mb(value: float | None) -> str:
    return "—" if value is None else f"{value / 2**20:.0f} MB"


def client_rows(client: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    cap, runs = client["capacity"], client["runs"]
    for case, raw, sock in (
        ("sync, 1 connection", "sync/raw", "socket/sync"),
        ("async, 16 in flight", "async16/raw", "socket/async16"),
    ):
        ratio = paired_ratio(
            runs[raw], cap[sock], paired=False
        )  # capacity is measured first
        rows.append(
            Row(
                "client",
                case,
                "server headroom: raw httpx / raw-socket client",
                _rate(median(runs[raw])),
                f"{_rate(median(cap[sock]))} (raw socket)",
                _x(ratio),
                "≤ 0.50× (server not the limit)",
                at_most(ratio, 0.5),
            )
        )
    modes = (
        ("sync", "sync (ContactSwing)"),
        ("async1", "async, concurrency 1"),
        ("async16", "async, concurrency 16"),
    )
    for mode, case in modes:
        raw = runs[f"{mode}/raw"]
        for method, label in (
            ("create", "create(SmsAction) req/s"),
            ("create_sms", "create_sms(...) req/s"),
        ):
            ours = runs[f"{mode}/{method}"]
            ratio = paired_ratio(ours, raw)
            result = at_least(ratio, THROUGHPUT_TARGET)
            m_ours, m_raw = median(ours), median(raw)
            if m_ours and m_raw:
                result += f"; {(1 / m_ours - 1 / m_raw) * 1e6:+.0f} µs/request"
            rows.append(
                Row(
                    "client",
                    case,
                    label,
                    _rate(m_ours),
                    f"{_rate(m_raw)} (raw httpx)",
                    _x(ratio),
                    f"≥ {THROUGHPUT_TARGET:.2f}× raw httpx",
                    result,
                )
            )
    imports = client["imports"]
    base = imports["httpx+pydantic"]
    labels = {
        "package+models": f"`{client['import_statements']['package+models']}`",
        "client+resource": "import, build a client, read `client.actions`",
    }
    for name, label in labels.items():
        ratio = paired_ratio(imports[name], base)
        extra = (median(imports[name]) or 0) - (median(base) or 0)
        rows.append(
            Row(
                "client",
                "import",
                label,
                _ms(median(imports[name])),
                f"{_ms(median(base))} (`import httpx, pydantic`)",
                _x(ratio),
                "info",
                f"{extra * 1000:+.1f} ms over its dependencies",
            )
        )
    return rows


def generation_rows(generation: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for entry in generation.values():
        ops = entry["operations"]
        case = f"{entry['label']} ({ops} ops)"
        ours, opc, dmcg = entry["ours"], entry["opc"], entry["dmcg"]
        o_runs, p_runs = ours["runs"], opc["runs"]
        rows.append(
            Row(
                "generation",
                case,
                f"outcome ({plural(entry['reps'], 'repetition')})",
                _ours_outcome(ours),
                f"{_opc_outcome(opc, ops)} (opc)",
                "",
                "",
                "",
            )
        )
        cold_limit = 0.5 if ops < 50 else 1.0
        cold = o_runs.get("cold", [])
        if ours["ok"] and opc["ok"]:
            ratio = paired_ratio(cold, p_runs["cold"])
            rows.append(
                Row(
                    "generation",
                    case,
                    "cold generation",
                    _s(median(cold)),
                    f"{_s(median(p_runs['cold']))} (opc)",
                    _x(ratio),
                    f"≤ {cold_limit:.1f}× opc",
                    at_most(ratio, cold_limit),
                )
            )
        else:
            rows.append(
                Row(
                    "generation",
                    case,
                    "cold generation",
                    _s(median(cold)) if ours["ok"] else "failed",
                    (
                        f"{_s(median(p_runs.get('cold')))} (opc)"
                        if opc["ok"]
                        else "failed (opc)"
                    ),
                    "—",
                    f"≤ {cold_limit:.1f}× opc",
                    "n/a: " + ("opc failed" if ours["ok"] else "ours failed"),
                )
            )
        if ours["ok"] and opc["ok"] and ours.get("floor"):
            rows.extend(_floor_rows(case, ours["floor"], cold, opc, cold_limit))
        if ours["ok"] and dmcg["ok"]:
            ratio = paired_ratio(cold, dmcg["runs"]["cold"])
            rows.append(
                Row(
                    "generation",
                    case,
                    "cold generation vs models alone",
                    _s(median(cold)),
                    f"{_s(median(dmcg['runs']['cold']))} (datamodel-codegen)",
                    _x(ratio),
                    "info",
                    "",
                )
            )
        if not ours["ok"]:
            continue
        for step, label, limit in (
            ("nochange", "no-change regeneration", 0.1),
            ("edit", "regeneration after one edit", 0.25),
        ):
            own = paired_ratio(o_runs[step], cold)
            peer = f"{_s(median(p_runs[step]))} (opc)" if opc["ok"] else "—"
            ratio = paired_ratio(o_runs[step], p_runs[step]) if opc["ok"] else None
            rows.append(
                Row(
                    "generation",
                    case,
                    label,
                    _s(median(o_runs[step])),
                    peer,
                    _x(ratio),
                    f"≤ {limit:.2f}× our cold",
                    f"{at_most(own, limit)}: {_x(own)} cold",
                )
            )
        own = paired_ratio(o_runs["check"], cold)
        rows.append(
            Row(
                "generation",
                case,
                "`check`, unchanged tree",
                _s(median(o_runs["check"])),
                "— (opc has no check)",
                "—",
                "≤ 0.10× our cold",
                f"{at_most(own, 0.1)}: {_x(own)} cold",
            )
        )
        if opc["ok"]:
            ratio = paired_ratio(ours["peak_rss"], opc["peak_rss"])
            rows.append(
                Row(
                    "generation",
                    case,
                    "peak memory, cold",
                    _mb(median(ours["peak_rss"])),
                    f"{_mb(median(opc['peak_rss']))} (opc)",
                    _x(ratio),
                    "≤ 1.0× opc",
                    at_most(ratio, 1.0),
                )
            )
            o_lpo, p_lpo = ours["loc"][0] / ops, opc["loc"][0] / ops
            ratio = o_lpo / p_lpo
            rows.append(
                Row(
                    "generation",
                    case,
                    "lines of code per operation",
                    f"{o_lpo:,.0f} ({ours['loc'][0]:,} in {ours['loc'][1]} files)",
                    f"{p_lpo:,.0f} ({opc['loc'][0]:,} in {opc['loc'][1]} files; opc)",
                    _x(ratio),
                    "≤ 0.5× opc",
                    at_most(ratio, 0.5),
                )
            )
            if ours.get("import") and opc.get("import"):
                ratio = paired_ratio(ours["import"], opc["import"])
                rows.append(
                    Row(
                        "generation",
                        case,
                        "import package + models",
                        _ms(median(ours["import"])),
                        f"{_ms(median(opc['import']))} (opc)",
                        _x(ratio),
                        "≤ 0.5× opc",
                        at_most(ratio, 0.5),
                    )
                )
            if ours.get("first_use") and opc.get("first_use"):
                ratio = paired_ratio(ours["first_use"], opc["first_use"])
                rows.append(
                    Row(
                        "generation",
                        case,
                        "import, clients and one model",
                        _ms(median(ours["first_use"])),
                        f"{_ms(median(opc['first_use']))} (opc)",
                        _x(ratio),
                        "info",
                        "",
                    )
                )
            if ours.get("import_all") and opc.get("import_all"):
                ratio = paired_ratio(ours["import_all"], opc["import_all"])
                rows.append(
                    Row(
                        "generation",
                        case,
                        "import every module",
                        _ms(median(ours["import_all"])),
                        f"{_ms(median(opc['import_all']))} (opc)",
                        _x(ratio),
                        "info",
                        "",
                    )
                )
    return rows


def floor_seconds(floor: dict[str, float], cores: int) -> float:
    """The least wall time a cold run needs for the mandated tools' work measured in ``floor``.

    Start-up and loading the spec come first. Then validation and model generation can run at
    the same time, and black's formatting spreads across the cores, but no schedule finishes
    before the longer of the two steps, nor before all the work divided among the cores.
    """
    work = (
        floor["models"] + floor["validate"] + floor["black_import"] + floor["black_cpu"]
    )
    return floor["start_load"] + max(floor["models"], floor["validate"], work / cores)


def _floor_rows(
    case: str,
    floor: dict[str, list[float]],
    cold: Sequence[float],
    opc: dict[str, Any],
    limit: float,
) -> list[Row]:
    """The floor under the cold-time and memory targets, and whether it leaves them in reach."""
    reps = [
        dict(zip(floor, values, strict=True))
        for values in zip(*floor.values(), strict=True)
    ]
    seconds = [floor_seconds(rep, int(rep["cores"])) for rep in reps]
    ratio = paired_ratio(seconds, opc["runs"]["cold"])
    parts = ", ".join(
        f"{name} {_s(median(floor[key]))}"
        for name, key in (
            ("start-up and load", "start_load"),
            ("models", "models"),
            ("validation", "validate"),
            ("black import", "black_import"),
        )
    )
    black = f"black {median(floor['black_cpu']) or 0:.2f} core-s on {median(floor['black_lines']) or 0:,.0f} lines"
    share = paired_ratio(cold, seconds)
    rows = [
        Row(
            "generation",
            case,
            "floor under cold generation: the mandated tools' work",
            f"{_s(median(seconds))} ({parts}, {black}; {int(reps[0]['cores'])} cores)",
            f"{_s(median(opc['runs']['cold']))} (opc)",
            _x(ratio),
            f"≤ {limit:.1f}× opc",
            _in_reach(ratio, limit) + f"; our cold run is {_x(share)} this floor",
        )
    ]
    ratio = paired_ratio(floor["models_peak_rss"], opc["peak_rss"])
    rows.append(
        Row(
            "generation",
            case,
            "floor under peak memory: the models step alone",
            _mb(median(floor["models_peak_rss"])),
            f"{_mb(median(opc['peak_rss']))} (opc)",
            _x(ratio),
            "≤ 1.0× opc",
            _in_reach(ratio, 1.0),
        )
    )
    return rows


def _in_reach(ratio: float | None, limit: float) -> str:
    if ratio is None:
        return "n/a"
    if ratio > limit:
        return "target out of reach with these tools"
    return "target within reach"


def _ours_outcome(ours: dict[str, Any]) -> str:
    if not ours["ok"]:
        return "failed"
    warnings = ours.get("warnings", 0)
    return "ok" + (f", {plural(warnings, 'warning')}" if warnings else "")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _opc_outcome(opc: dict[str, Any], ops: int) -> str:
    if not opc["ok"]:
        return "failed"
    made = opc.get("endpoints")
    return (
        "ok"
        if made is None or made >= ops
        else f"partial: {made} of {ops} ops generated"
    )


def text_table(rows: Sequence[Row]) -> str:
    cells = [list(_cells(HEADER))] + [list(_cells(r)) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(cells[0]))]
    lines = []
    for n, row in enumerate(cells):
        lines.append(
            "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        )
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: Sequence[Row]) -> str:
    out = [
        "| " + " | ".join(_cells(HEADER)) + " |",
        "|"
        + "|".join(("---", "---", "---", "---:", "---:", "---:", "---", "---"))
        + "|",
    ]
    for row in rows:
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in _cells(row)) + " |")
    return "\n".join(out)


def _cells(row: Row) -> tuple[str, ...]:
    return (
        row.area,
        row.case,
        row.measure,
        row.ours,
        row.peer,
        row.ratio,
        row.target,
        row.result,
    )
