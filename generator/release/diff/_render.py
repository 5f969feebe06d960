"""Render a report for people (an aligned table) or for machines (JSON with a fixed key order)."""

from __future__ import annotations

import json

from ._report import DiffReport

_COLUMNS = ("severity", "kind", "pointer", "message")


def format_table(report: DiffReport) -> str:
    """Aligned columns (severity, kind, pointer, message), then `semver bump: <bump>`."""
    if not report.changes:
        return f"no API changes\nsemver bump: {report.bump}\n"
    rows = [_COLUMNS] + [
        (c.severity.value, c.kind.value, _cell(c.pointer), _cell(c.message))
        for c in report.changes
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [
        "  ".join([*(row[i].ljust(widths[i]) for i in range(3)), row[3]])
        for row in rows
    ]
    return "\n".join([*lines, f"semver bump: {report.bump}"]) + "\n"


def _cell(text: str) -> str:
    # One change per line even when a spec key holds a newline or a tab.
    return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def format_json(report: DiffReport) -> str:
    """`{"bump": ..., "changes": [{"severity", "kind", "pointer", "message"}, ...]}`, indented."""
    payload = {
        "bump": report.bump,
        "changes": [
            {
                "severity": c.severity.value,
                "kind": c.kind.value,
                "pointer": c.pointer,
                "message": c.message,
            }
            for c in report.changes
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
