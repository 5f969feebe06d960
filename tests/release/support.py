"""Helpers of the release tests: isolated git, free ports, servers that are always stopped."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.prism_server import stop

STARTUP_TIMEOUT = 30.0


def git_env(ceiling: Path) -> dict[str, str]:
    """Environment for git: no developer configuration, no repository found above `ceiling`."""
    env = {
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CEILING_DIRECTORIES": str(ceiling),
    }
    for role in ("AUTHOR", "COMMITTER"):
        env[f"GIT_{role}_NAME"] = "Release Test"
        env[f"GIT_{role}_EMAIL"] = "release-test@example.invalid"
    return env


@contextmanager
def serving(argv: Sequence[str], url: str, log: Path, *, cwd: Path) -> Iterator[str]:
    """Run a server in its own process group, yield `url` once it answers HTTP, then stop it."""
    with log.open("w+b") as output:
        process = subprocess.Popen(
            list(argv),
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while True:
                if process.poll() is not None:
                    raise AssertionError(
                        f"{argv[0]} exited with {process.returncode} before serving "
                        f"{url}:\n{log.read_text(errors='replace')[-4000:]}"
                    )
                try:
                    httpx.get(url, timeout=1.0)  # any answer means it is serving
                    break
                except httpx.TransportError as err:
                    if time.monotonic() > deadline:
                        raise AssertionError(
                            f"{argv[0]} did not answer on {url} within "
                            f"{STARTUP_TIMEOUT:.0f} s:\n{log.read_text(errors='replace')[-4000:]}"
                        ) from err
                    time.sleep(0.2)
            yield url
        finally:
            stop(process)
