"""Chart: cold generation time against spec size, ours vs openapi-python-client vs datamodel-codegen.

Runs in bench/.venvs/plot (matplotlib stays out of the project's lock):
``python bench/chart.py RESULTS.json OUT.png``. Standalone: imports nothing from bench.
"""

from __future__ import annotations

import json
import statistics
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib import ticker

SERIES = (
    ("ours", "ours (full client)", "tab:blue", "o"),
    ("opc", "openapi-python-client 0.29.1 (full client)", "tab:orange", "s"),
    ("dmcg", "datamodel-code-generator (models only)", "tab:green", "^"),
)


def main(results_path: str, out_path: str) -> None:
    with open(results_path, encoding="utf-8") as f:
        results = json.load(f)
    generation = results["generation"]
    fig, ax = plt.subplots(figsize=(9, 5.5), dpi=110)
    for tool, label, colour, marker in SERIES:
        points = sorted(
            (
                entry["operations"],
                statistics.median(entry[tool]["runs"]["cold"]),
                entry["label"],
            )
            for entry in generation.values()
            if entry[tool]["ok"] and entry[tool]["runs"].get("cold")
        )
        if not points:
            continue
        xs, ys, _ = zip(*points, strict=True)
        ax.plot(
            xs,
            ys,
            marker=marker,
            color=colour,
            label=label,
            linestyle="none",
            markersize=8,
            alpha=0.9,
        )
        if tool == "ours":
            for x, y, name in points:
                ax.annotate(
                    name,
                    (x, y),
                    textcoords="offset points",
                    xytext=(5, 6),
                    fontsize=7,
                    color="dimgray",
                )
    ax.set_xscale("log")
    ax.set_yscale("log")
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(ticker.FuncFormatter(lambda v, _: f"{v:g}"))
        axis.set_minor_formatter(
            ticker.FuncFormatter(lambda v, _: f"{v:g}" if f"{v:g}"[0] in "25" else "")
        )
    ax.set_xlabel("operations in the spec (log scale)")
    ax.set_ylabel("cold generation, median wall time (s, log scale)")
    ax.set_title(
        f"Generation time vs spec size ({results['meta']['date']}, "
        f"{results['meta']['nproc']} cores)",
        fontsize=10,
    )
    ax.grid(True, which="both", linewidth=0.3, alpha=0.6)
    ax.legend(
        fontsize=8,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.13),
        ncol=3,
        frameon=False,
    )
    fig.tight_layout()
    fig.savefig(out_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
