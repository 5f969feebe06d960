"""Protects byte-for-byte reproducible output: no hash-seed order, no working-directory traces.

Two generations of the top-level spec run at once in separate processes, each with its own
``PYTHONHASHSEED`` and working directory, with absolute ``--spec``/``--out`` and the speed
layer off.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.snapshot_support import ROOT


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_two_generations_with_different_hash_seeds_and_folders_are_identical(
    tmp_path: Path,
) -> None:
    runs = []
    for seed, cwd in (
        ("0", tmp_path / "one"),
        ("2718281", tmp_path / "two" / "deeper"),
    ):
        cwd.mkdir(parents=True)
        env = {
            **os.environ,
            "PYTHONHASHSEED": seed,
            "PYTHONPATH": str(ROOT),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        command = [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--strict",
            "--spec",
            str(ROOT / "spec" / "openapi.yaml"),
            "--out",
            str(cwd / "out"),
            "--package-name",
            "contactswing",
            "--no-cache",
        ]
        runs.append(
            (
                cwd / "out",
                subprocess.Popen(
                    command,
                    cwd=cwd,
                    env=env,
                    text=True,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                ),
            )
        )
    trees = []
    for out, process in runs:
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stdout + stderr
        trees.append(_tree(out))

    first, second = trees
    assert sorted(first) == sorted(second)
    assert [path for path in first if first[path] != second[path]] == []
    texts = b"".join(first.values())
    for place in (tmp_path, ROOT):
        assert str(place).encode() not in texts, f"a generated file mentions {place}"
