"""Prism mock servers started from the spec, on 127.0.0.1, once per test session.

``prism_url`` serves ``spec/openapi.yaml`` exactly as committed: every contract test that asks
"does the server the spec describes accept this request?" talks to it.

``retry_prism_url`` serves a copy of the spec that additionally declares 429 and 503 answers
(with ``Retry-After: 0``) on the action endpoints. The spec itself declares neither, and Prism
refuses to force a status the document does not define (``Prefer: code=503`` gets a 404
"Requested status code 503 is not defined"), so the retry tests need them added. Only
responses are added; what Prism accepts as a request is unchanged. It is started lazily, so a
run that selects no retry test starts one Prism.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, Any

import contactswing
import httpx
import pytest
import yaml

from generator.spec import load_spec

from .support import TOKEN, Recorder

ROOT = Path(__file__).resolve().parents[3]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "openapi.yaml"
STARTUP_TIMEOUT = 30.0
# Answers the retry spec adds: Retry-After 0 keeps the runtime's pauses out of the test time.
_RETRY_STATUSES = {
    "429": "Too many requests.",
    "503": "The service is briefly unavailable.",
}


def _free_port() -> int:
    """A port nothing listens on right now (the OS picks it for a socket bound to port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _output(log: IO[bytes]) -> str:
    log.flush()
    log.seek(0)
    return log.read().decode("utf-8", "replace")[-4000:]


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate Prism and its children (npm shims spawn node) by process group."""
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


def _run_prism(spec: Path, log_path: Path) -> Iterator[str]:
    """Start ``prism mock`` on a free loopback port, yield its URL once it answers, stop it."""
    if not PRISM.exists():
        pytest.fail(
            f"{PRISM.relative_to(ROOT)} is missing, so the contract tests cannot start the "
            "Prism mock server. Run `make test` (it runs `npm ci` to install the pinned Prism).",
            pytrace=False,
        )
    port = _free_port()
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
            _stop(process)


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock of ``spec/openapi.yaml``, as committed."""
    yield from _run_prism(SPEC, tmp_path_factory.mktemp("prism") / "prism.log")


def _with_retry_answers(document: dict[str, Any]) -> dict[str, Any]:
    """Declare 429 and 503 (with ``Retry-After: 0``) on every action operation."""
    for path in ("/v2/_actions", "/v2/_actions/{action_id}"):
        for operation in document["paths"][path].values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, description in _RETRY_STATUSES.items():
                operation["responses"][status] = {
                    "description": description,
                    "headers": {
                        "Retry-After": {
                            "description": "Seconds to wait before retrying.",
                            "schema": {"type": "string", "examples": ["0"]},
                            "example": "0",
                        }
                    },
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            "example": {
                                "ctx_id": f"ctx-{status}",
                                "detail": description,
                            },
                        }
                    },
                }
    return document


@pytest.fixture(scope="session")
def retry_prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock of the spec plus 429/503 answers (see the module docstring)."""
    folder = tmp_path_factory.mktemp("retry-spec")
    # The spec bundled into one document (every $ref local), so the operations can be edited
    # wherever spec/ keeps them; a throw-away copy, so losing comments is harmless.
    document = load_spec(SPEC).document
    bundled = folder / SPEC.name
    bundled.write_text(
        yaml.safe_dump(
            _with_retry_answers(document), allow_unicode=True, sort_keys=False
        ),
        encoding="utf-8",
    )
    yield from _run_prism(bundled, folder / "prism.log")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a developer's own CONTACTSWING_* variables out of the tests."""
    monkeypatch.delenv("CONTACTSWING_TOKEN", raising=False)
    monkeypatch.delenv("CONTACTSWING_BASE_URL", raising=False)


@pytest.fixture
def recorder() -> Recorder:
    """Records every attempt the client under test makes."""
    return Recorder()


@pytest.fixture
def client(prism_url: str, recorder: Recorder) -> Iterator[contactswing.ContactSwing]:
    """A sync client of the committed spec's Prism, on a recorded user-supplied http_client."""
    with (
        recorder.client() as http,
        contactswing.ContactSwing(
            token=TOKEN, base_url=prism_url, http_client=http
        ) as api,
    ):
        yield api


@pytest.fixture
async def async_client(
    prism_url: str, recorder: Recorder
) -> AsyncIterator[contactswing.AsyncContactSwing]:
    """The async twin of ``client``."""
    async with (
        recorder.async_client() as http,
        contactswing.AsyncContactSwing(
            token=TOKEN, base_url=prism_url, http_client=http
        ) as api,
    ):
        yield api
