"""The semver rule table (with the 0.x rule) and which git tag counts as the last release."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator.errors import ReleaseError
from generator.release.notes import bump_version, last_release_tag

from .support import git_env


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        # 1.x and later: plain semver.
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("1.4.2", "none", "1.4.2"),
        ("10.0.9", "minor", "10.1.0"),
        # 0.x: a breaking change bumps the minor, like a feature; 1.0.0 is a human decision.
        ("0.1.0", "major", "0.2.0"),
        ("0.1.0", "minor", "0.2.0"),
        ("0.1.0", "patch", "0.1.1"),
        ("0.1.0", "none", "0.1.0"),
        ("0.9.3", "major", "0.10.0"),
        ("0.0.1", "major", "0.1.0"),
        ("0.0.1", "patch", "0.0.2"),
    ],
)
def test_bump_rules(version: str, bump: str, expected: str) -> None:
    assert bump_version(version, bump) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("version", ["1.0.0-rc.1", "1.0.0+build.5", "1.0", "01.2.3"])
def test_versions_without_a_rule_are_refused(version: str) -> None:
    with pytest.raises(ReleaseError, match="by hand"):
        bump_version(version, "minor")


def test_no_bump_keeps_even_unusual_versions() -> None:
    assert bump_version("1.0.0-rc.1", "none") == "1.0.0-rc.1"


@pytest.fixture
def isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No developer git configuration, and no repository found above tmp_path."""
    for name, value in git_env(tmp_path).items():
        monkeypatch.setenv(name, value)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.usefixtures("isolated_git")
def test_last_release_is_the_highest_version_tag_reachable_from_head(
    tmp_path: Path,
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "--quiet")
    _git(repo, "commit", "--quiet", "--allow-empty", "-m", "one")
    assert last_release_tag(repo) is None
    for tag in (
        "v0.9.0",
        "v0.10.0",
        "vnext",
        "release-2.0.0",
    ):  # 0.10 > 0.9; not-versions ignored
        _git(repo, "tag", tag)
    _git(repo, "checkout", "--quiet", "-b", "side")
    _git(repo, "commit", "--quiet", "--allow-empty", "-m", "side")
    _git(repo, "tag", "v5.0.0")  # on another branch: not a release of this history
    _git(repo, "checkout", "--quiet", "-")
    assert last_release_tag(repo) == "v0.10.0"


@pytest.mark.usefixtures("isolated_git")
def test_outside_git_the_error_says_release_notes_need_history(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match="history and tags"):
        last_release_tag(tmp_path)
