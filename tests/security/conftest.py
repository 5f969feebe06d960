"""Fixtures for the security tests: an isolated working folder, a shared formatter cache, a
pre-existing good output folder, and a loopback server that records every request it gets.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Options

from .support import minimal_spec, snapshot, write_spec


@pytest.fixture(scope="session")
def black_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One formatter cache for the whole session: the static runtime is formatted once."""
    return tmp_path_factory.mktemp("black-cache")


@pytest.fixture(autouse=True)
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run every test from its own ``tmp_path``, outside any project.

    Inside the repository, a run without ``--spec`` would find its pyproject.toml and default
    ``--out`` to ``generated/``; from here it finds no project, so no test can touch it.
    """
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
def good_generation(
    tmp_path_factory: pytest.TempPathFactory, black_cache: Path
) -> Path:
    """The output of an earlier successful run, generated once per session."""
    root = tmp_path_factory.mktemp("good")
    spec = write_spec(root / "spec" / "openapi.yaml", minimal_spec())
    out = root / "out"
    pipeline.generate(
        Options(spec=spec, out=out, package_name="good", cache_dir=black_cache)
    )
    return out


@pytest.fixture
def previous_out(tmp_path: Path, good_generation: Path) -> Iterator[Path]:
    """A ``--out`` folder that holds an earlier good generation; asserts it is left untouched.

    Also checks that the folder holding it gains no leftovers (staging or backup folders).
    """
    out = tmp_path / "out"
    shutil.copytree(good_generation, out)
    before = snapshot(out)
    yield out
    assert snapshot(out) == before, "the earlier output folder was changed"
    leftovers = [
        p.name for p in tmp_path.iterdir() if p.name.startswith(f".{out.name}.")
    ]
    assert not leftovers, f"staging or backup folders left beside --out: {leftovers}"


class _Recorder(BaseHTTPRequestHandler):
    """Answers every request with a small JSON schema and records the path."""

    hits: list[str]

    def _answer(self) -> None:
        self.hits.append(f"{self.command} {self.path}")
        body = b'{"type": "object", "properties": {"fetched": {"type": "string"}}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_HEAD = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def recording_server() -> Iterator[tuple[str, list[str]]]:
    """``(http://127.0.0.1:<port>, hits)``: a server whose every request lands in ``hits``."""
    hits: list[str] = []
    handler = type("Handler", (_Recorder,), {"hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
