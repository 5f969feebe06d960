"""The CLI-facing entry point: diff, render, and choose the exit code, without printing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import DiffError

from ._diff import diff_documents
from ._kinds import Severity
from ._render import format_json, format_table

FORMATS = {"table": format_table, "json": format_json}
FAIL_ON = tuple(s.value for s in Severity)


def run_diff(
    old: Mapping[str, Any], new: Mapping[str, Any], *, fmt: str, fail_on: str | None
) -> tuple[str, int]:
    """(text to print, exit code): 1 if a change is at least as severe as `fail_on`, else 0."""
    render = FORMATS.get(fmt)
    if render is None:
        raise DiffError(
            f"--format {fmt!r} is unknown; use one of: {', '.join(FORMATS)}"
        )
    threshold = None
    if fail_on is not None:
        value = fail_on.replace("-", "_")
        if value not in FAIL_ON:
            raise DiffError(
                f"--fail-on {fail_on!r} is unknown; use one of: {', '.join(FAIL_ON)}"
            )
        threshold = Severity(value)
    report = diff_documents(old, new)
    return render(report), report.exit_code(threshold)
