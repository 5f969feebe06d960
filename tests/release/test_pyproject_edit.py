"""Writing the version edits one value in pyproject.toml and keeps every other byte."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from generator.errors import ReleaseError
from generator.release.notes import set_client_version

ROOT = Path(__file__).resolve().parents[2]


def test_the_real_pyproject_changes_in_exactly_one_value() -> None:
    text = (ROOT / "pyproject.toml").read_bytes().decode("utf-8")
    current = tomllib.loads(text)["tool"]["generator"]["client-version"]
    edited = set_client_version(text, "9.8.7")
    old_line = f'client-version = "{current}"'
    assert text.count(old_line) == 1
    assert edited == text.replace(old_line, 'client-version = "9.8.7"')
    assert tomllib.loads(edited)["tool"]["generator"]["client-version"] == "9.8.7"


def test_crlf_comments_quotes_and_other_tables_are_kept() -> None:
    text = (
        "[tool.other]\r\n"
        'client-version = "1.0.0"\r\n'
        "\r\n"
        "[ tool.generator ]  # the generator\r\n"
        "package-name = 'x'\r\n"
        "  client-version   =   '0.3.1'   # bumped by make release-notes\r\n"
        "[tool.after]\r\n"
        'client-version = "2.0.0"\r\n'
    )
    edited = set_client_version(text, "0.4.0")
    assert edited == text.replace("'0.3.1'", "'0.4.0'")


def test_a_missing_line_is_reported_not_guessed() -> None:
    text = (
        '[tool.generator]\npackage-name = "x"\n[tool.other]\nclient-version = "1.0.0"\n'
    )
    with pytest.raises(
        ReleaseError, match=r"no `client-version = \"...\"` line in \[tool.generator\]"
    ):
        set_client_version(text, "1.1.0")


def test_an_edit_that_would_change_anything_else_is_refused() -> None:
    # The line sits inside a multi-line string: editing it textually would change that string.
    text = '[tool.generator]\nnote = """\nclient-version = "1.0.0"\n"""\nclient-version = "1.0.0"\n'
    with pytest.raises(ReleaseError, match="by hand"):
        set_client_version(text, "1.1.0")
