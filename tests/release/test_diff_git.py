"""`spec_at_ref`: the spec folder at a git ref, against a throwaway repository in tmp_path."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from generator.errors import DiffError
from generator.release.diff import diff_documents
from generator.release.git import spec_at_ref

ROOT_V1 = """\
openapi: 3.1.0
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "models/pet.yaml"}
"""
PET_V1 = "type: object\nproperties:\n  name: {type: string}\n"
PET_V2 = "type: object\nproperties:\n  name: {type: string}\n  tag: {type: string}\n"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A repository with README (commit 1), the spec (tag v1), then a changed model (HEAD)."""
    repo = tmp_path_factory.mktemp("git") / "repo"
    with pytest.MonkeyPatch.context() as env:
        # Isolate from the developer's git configuration (signing, hooks, default branch), and
        # keep git from finding a repository above the temporary folder.
        env.setenv("GIT_CONFIG_GLOBAL", os.devnull)
        env.setenv("GIT_CONFIG_NOSYSTEM", "1")
        env.setenv("GIT_CEILING_DIRECTORIES", str(repo.parent.parent))
        for role in ("AUTHOR", "COMMITTER"):
            env.setenv(f"GIT_{role}_NAME", "Test")
            env.setenv(f"GIT_{role}_EMAIL", "test@example.com")
        (repo / "spec" / "models").mkdir(parents=True)
        _git(repo, "init", "--quiet")
        (repo / "README.md").write_text("pets\n")
        _commit(repo, "start")
        (repo / "spec" / "openapi.yaml").write_text(ROOT_V1)
        (repo / "spec" / "models" / "pet.yaml").write_text(PET_V1)
        _commit(repo, "spec")
        _git(repo, "tag", "v1")
        (repo / "spec" / "models" / "pet.yaml").write_text(PET_V2)
        _commit(repo, "tag pets")
        yield repo


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _commit(repo: Path, message: str) -> None:
    _git(repo, "add", "--all")
    _git(repo, "commit", "--quiet", "--message", message)


def test_materialises_the_spec_folder_at_a_ref(repo: Path, tmp_path: Path) -> None:
    dest = tmp_path / "old"
    root = spec_at_ref(repo, "HEAD~1", Path("spec/openapi.yaml"), dest)
    assert root == dest / "spec" / "openapi.yaml"
    assert root.read_text() == ROOT_V1
    assert (dest / "spec" / "models" / "pet.yaml").read_text() == PET_V1
    assert not (dest / "README.md").exists()
    assert (
        repo / "spec" / "models" / "pet.yaml"
    ).read_text() == PET_V2  # the work tree is untouched


def test_tags_and_absolute_spec_paths_work(repo: Path, tmp_path: Path) -> None:
    root = spec_at_ref(repo, "v1", repo / "spec" / "openapi.yaml", tmp_path / "old")
    assert (root.parent / "models" / "pet.yaml").read_text() == PET_V1


def test_diff_against_a_ref(repo: Path, tmp_path: Path) -> None:
    def bundled(root: Path) -> dict[str, object]:
        # A stand-in for generator.load: inline the one external $ref.
        document = yaml.safe_load(root.read_text())
        pet = yaml.safe_load((root.parent / "models" / "pet.yaml").read_text())
        document["components"] = {"schemas": {"Pet": pet}}
        media = document["paths"]["/pets"]["get"]["responses"]["200"]["content"][
            "application/json"
        ]
        media["schema"] = {"$ref": "#/components/schemas/Pet"}
        return dict(document)

    old = bundled(spec_at_ref(repo, "v1", Path("spec/openapi.yaml"), tmp_path / "old"))
    new = bundled(repo / "spec" / "openapi.yaml")
    report = diff_documents(old, new)
    assert [(c.kind.value, c.pointer) for c in report.changes] == [
        ("response_field_added", "/components/schemas/Pet/properties/tag")
    ]


@pytest.mark.parametrize(
    ("ref", "words"),
    [
        ("no-such-branch", "git ref 'no-such-branch' names no commit"),
        ("--output=/tmp/x", "is not a ref"),
        ("", "is not a ref"),
        ("HEAD~2", "spec: not in the tree at 'HEAD~2'"),
    ],
)
def test_bad_refs_raise_clear_errors(
    repo: Path, tmp_path: Path, ref: str, words: str
) -> None:
    with pytest.raises(DiffError, match=words):
        spec_at_ref(repo, ref, Path("spec/openapi.yaml"), tmp_path / "old")


def test_a_root_file_missing_at_the_ref_is_an_error(repo: Path, tmp_path: Path) -> None:
    with pytest.raises(
        DiffError, match=re.escape("spec/other.yaml: no such file at 'v1'")
    ):
        spec_at_ref(repo, "v1", Path("spec/other.yaml"), tmp_path / "old")


def test_outside_a_repository_is_an_error(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "plain"
    outside.mkdir()
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    with pytest.raises(DiffError, match="not inside a git repository"):
        spec_at_ref(outside, "HEAD", Path("spec/openapi.yaml"), tmp_path / "old")
    with pytest.raises(DiffError, match="not inside the git repository"):
        spec_at_ref(repo, "HEAD", outside / "openapi.yaml", tmp_path / "old")
