"""Set-up for the release test: the wheels its private package index serves.

``make test`` runs ``python -m tests.release.wheels`` before the suite, the way it runs
``npm ci`` for Prism: pip downloads the pinned wheels (the build backend and the client's
runtime dependencies) from its configured index once per machine. The test itself then
serves them from 127.0.0.1 and never reaches the network.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INDEX_REQUIREMENTS = Path(__file__).with_name("index-requirements.txt")


def wheel_folder() -> Path:
    """Where the wheel set for the current pins and interpreter lives."""
    key = hashlib.sha256(
        INDEX_REQUIREMENTS.read_bytes()
        + f"{sys.implementation.cache_tag} {platform.machine()}".encode()
    ).hexdigest()[:16]
    return ROOT / ".cache" / "release-index" / key


def ensure_wheels() -> Path:
    """Download the wheel set unless it is complete already; returns its folder."""
    folder = wheel_folder()
    if (folder / ".complete").exists():
        return folder
    staging = folder.with_name(f"{folder.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--only-binary=:all:",
            "--dest",
            str(staging),
            "-r",
            str(INDEX_REQUIREMENTS),
        ],
        check=True,
    )
    for stale in folder.parent.iterdir():  # complete sets for older pins
        if stale != folder and stale != staging and (stale / ".complete").exists():
            shutil.rmtree(stale, ignore_errors=True)
    (staging / ".complete").touch()  # only now: the clean-up above must not take it
    staging.rename(folder)
    return folder


if __name__ == "__main__":
    print(f"release-test wheels in {ensure_wheels().relative_to(ROOT)}")
