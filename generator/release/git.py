"""Materialise the spec folder as it was at a git ref, for `diff --against REF`."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from generator.errors import DiffError


def spec_at_ref(repo_dir: Path, ref: str, spec_path: Path, dest: Path) -> Path:
    """Extract the folder holding `spec_path` at `ref` into `dest`; return the root file there."""
    if not ref or ref.startswith("-"):
        raise DiffError(f"git ref {ref!r} is not a ref; pass a branch, tag or commit")
    top = _toplevel(repo_dir)
    root = spec_path if spec_path.is_absolute() else repo_dir / spec_path
    try:
        relative = root.resolve().relative_to(top)
    except ValueError:
        raise DiffError(
            f"{spec_path}: not inside the git repository at {top}"
        ) from None
    found = _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if found.returncode != 0:
        raise DiffError(
            f"git ref {ref!r} names no commit in {top}; check the branch, tag or hash"
        )
    commit = found.stdout.decode().strip()
    folder = relative.parent.as_posix()
    archive = _git(top, "archive", "--format=tar", commit, "--", folder)
    if archive.returncode != 0:
        raise DiffError(
            f"{folder}: not in the tree at {ref!r}; did the spec live elsewhere then?"
        )
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(
            dest, filter="data"
        )  # refuses absolute paths, `..` and links out of dest
    extracted = dest / relative
    if not extracted.is_file():
        raise DiffError(
            f"{relative.as_posix()}: no such file at {ref!r}; the spec root did not exist then"
        )
    return extracted


def _toplevel(repo_dir: Path) -> Path:
    if not repo_dir.is_dir():
        raise DiffError(
            f"{repo_dir}: no such directory; --against needs the repository's path"
        )
    found = _git(repo_dir, "rev-parse", "--show-toplevel")
    if found.returncode != 0:
        raise DiffError(f"{repo_dir}: not inside a git repository; --against needs one")
    return Path(found.stdout.decode().strip()).resolve()


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run git with an explicit argv (no shell) and capture its output."""
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError as err:
        raise DiffError(
            "git: not found on PATH; install git, or diff two spec files instead"
        ) from err
