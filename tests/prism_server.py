"""Prism mock servers started from a spec on 127.0.0.1, for the tests that compare with one.

``run_prism`` starts ``prism mock`` on a free loopback port, yields its URL once it answers,
and stops it (and the node process behind the npm shim) afterwards. The committed spec's
server is the session fixture ``prism_url`` (``tests/conftest.py``), shared by every test
that needs it, so it starts once per session.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 30.0


def free_port() -> int:
    """A port nothing listens on right now (the OS picks it for a socket bound to port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _output(log: IO[bytes]) -> str:
    log.flush()
    log.seek(0)
    return log.read().decode("utf-8", "replace")[-4000:]


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate a process started in its own session, and its children (npm shims spawn
    node), by process group."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass


def run_prism(spec: Path, log_path: Path) -> Iterator[str]:
    """Start ``prism mock`` on a free loopback port, yield its URL once it answers, stop it."""
    if not PRISM.exists():
        pytest.fail(
            f"{PRISM.relative_to(ROOT)} is missing, so the contract tests cannot start the "
            "Prism mock server. Run `make test` (it runs `npm ci` to install the pinned Prism).",
            pytrace=False,
        )
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with log_path.open("w+b") as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            # Its own process group, so teardown reaches node behind the npm shim.
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while True:
                if process.poll() is not None:
                    pytest.fail(
                        f"Prism exited with code {process.returncode} before answering on "
                        f"{url}. Its output:\n{_output(log)}",
                        pytrace=False,
                    )
                try:
                    # Any HTTP answer (Prism says 404 for "/") means it is serving.
                    httpx.get(url + "/", timeout=1.0)
                    break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"Prism did not answer on {url} within {STARTUP_TIMEOUT:.0f} s. "
                        f"Its output:\n{_output(log)}",
                        pytrace=False,
                    )
                time.sleep(0.2)
            yield url
        finally:
            stop(process)
