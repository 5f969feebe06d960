"""The CHANGELOG.md entry: rendered from a hand-built report (golden), and placed after the intro."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.release.diff import Change, ChangeKind, DiffReport
from generator.release.notes import has_entry, prepend_entry, render_entry

GOLDEN = Path(__file__).parent / "golden"
ACCEPT = "python -m tests.release.test_changelog_entry"


def sample_report() -> DiffReport:
    """One or two changes of every severity, given out of order (the report sorts them)."""
    return DiffReport(
        (
            Change.of(
                ChangeKind.DOCS_CHANGED, "/info/description", "info.description changed"
            ),
            Change.of(
                ChangeKind.REQUEST_FIELD_ADDED_OPTIONAL,
                "/components/schemas/SmsAction/properties/external_reference",
                'optional request field "external_reference" added; callers may start sending it',
            ),
            Change.of(
                ChangeKind.RESPONSE_ENUM_VALUE_ADDED,
                "/components/schemas/ActionTiming/enum/3",
                'response enum value "AFTER" added;\nan exhaustive match misses it',
            ),
            Change.of(
                ChangeKind.OPERATION_REMOVED,
                "/paths/~1v2~1_actions~1{action_id}/delete",
                "operation DELETE /v2/_actions/{action_id} (deleteAction) removed",
            ),
            Change.of(
                ChangeKind.MODEL_ADDED,
                "/components/schemas/EndCallAction",
                'model "EndCallAction" added',
            ),
        )
    )


CASES: dict[str, Callable[[], str]] = {
    "entry_since_tag.md": lambda: render_entry(
        "0.2.0", sample_report(), "v0.1.0", ("2.0.0", "2.1.0")
    ),
    "entry_api_version_unchanged.md": lambda: render_entry(
        "1.0.1",
        DiffReport(
            (Change.of(ChangeKind.DOCS_CHANGED, "/info/title", "info.title changed"),)
        ),
        "v1.0.0",
        ("2.0.0", "2.0.0"),
    ),
    "entry_first_release.md": lambda: render_entry(
        "0.1.0",
        DiffReport(
            (
                Change.of(
                    ChangeKind.OPERATION_ADDED,
                    "/paths/~1v2~1_actions/get",
                    "operation GET /v2/_actions (listActions) added; a new client method",
                ),
            )
        ),
        None,
        ("2.0.0", "2.0.0"),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_entry_matches_golden(name: str) -> None:
    got, want = CASES[name](), (GOLDEN / name).read_text(encoding="utf-8")
    if got != want:
        diff = "".join(
            difflib.unified_diff(
                want.splitlines(True),
                got.splitlines(True),
                f"golden/{name}",
                "rendered",
            )
        )
        pytest.fail(
            f"{diff}\nIf the new entry is right, accept it: {ACCEPT}", pytrace=False
        )


INTRO = "# Changelog\n\nWhat this file is.\n\n"
OLD = "## 0.1.0\n\n- First release.\n"


def test_entry_goes_after_the_intro_and_before_the_last_release() -> None:
    entry = "## 0.2.0\n\n- new\n"
    assert prepend_entry(INTRO + OLD, entry) == INTRO + entry + "\n" + OLD


def test_a_changelog_without_entries_gets_the_entry_at_the_end() -> None:
    assert (
        prepend_entry("# Changelog\n\nIntro.\n", "## 0.1.0\n")
        == "# Changelog\n\nIntro.\n\n## 0.1.0\n"
    )
    assert prepend_entry("", "## 0.1.0\n") == "## 0.1.0\n"


def test_existing_entries_are_found_by_exact_version() -> None:
    log = INTRO + "## 0.10.0\n\n## 1.0.0 (2025-01-01)\n"
    assert has_entry(log, "0.10.0") and has_entry(log, "1.0.0")
    assert not has_entry(log, "0.1.0") and not has_entry(log, "0.10")


def accept() -> None:
    """Rewrite the golden entries from the cases above; run it only after reviewing the diff."""
    for name, render in CASES.items():
        (GOLDEN / name).write_text(render(), encoding="utf-8")
        print(f"wrote {GOLDEN / name}")


if __name__ == "__main__":
    accept()
