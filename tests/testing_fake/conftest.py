"""Fixtures of the fake's tests: fake clients of the committed package, and corpus packages.

``corpus`` generates a corpus spec's package (with its ``testing`` module) into a temporary
folder once per session, makes it importable, and starts a Prism mock of the same spec on
127.0.0.1 for the comparison; both are made on first use only.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from contactswing.testing import AsyncFakeContactSwing, FakeContactSwing

from generator import pipeline, write
from generator.config import Options
from tests.prism_server import run_prism
from tests.snapshot_support import CORPUS

from .exchanges import FakeData

# Corpus specs whose fake is held to the same checks as ContactSwing's: spec, package name.
CORPUS_SPECS = {
    "petstore": ("petstore3-swagger.yaml", "fake_petstore"),
    "twilio": ("twilio_messaging_v1.json", "fake_twilio"),
}


@dataclass(frozen=True)
class Corpus:
    """A corpus spec's generated package and the Prism mock of the same spec."""

    spec: Path
    src: Path
    package: str
    prism_url: str
    fake: FakeData


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a developer's own CONTACTSWING_* variables out of the tests."""
    monkeypatch.delenv("CONTACTSWING_TOKEN", raising=False)
    monkeypatch.delenv("CONTACTSWING_BASE_URL", raising=False)


@pytest.fixture
def client() -> Iterator[FakeContactSwing]:
    """A fake sync client of a new fake server."""
    with FakeContactSwing() as fake:
        yield fake


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncFakeContactSwing]:
    """A fake async client of a new fake server."""
    async with AsyncFakeContactSwing() as fake:
        yield fake


@pytest.fixture(scope="session")
def corpus(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], Corpus]]:
    """``corpus(name)``: the named corpus spec generated and served (see the docstring)."""
    made: dict[str, Corpus] = {}
    servers: list[Iterator[str]] = []

    def get(name: str) -> Corpus:
        if name in made:
            return made[name]
        file, package = CORPUS_SPECS[name]
        spec = CORPUS / file
        if not spec.is_file():
            pytest.skip(f"{spec} is not in the corpus")
        out = tmp_path_factory.mktemp(name)
        options = Options(
            spec=spec, out=out, package_name=package, allow_invalid=True, cache=False
        )
        write.write_tree(pipeline.build(options).files, out)
        sys.path.insert(0, str(out / "src"))
        server = run_prism(spec, out / "prism.log")
        servers.append(server)
        url = next(server)
        made[name] = Corpus(
            spec, out / "src", package, url, FakeData.of(out / "src", package, spec)
        )
        return made[name]

    yield get
    for server in servers:
        server.close()  # stops Prism (the generator's finally block)
    for found in made.values():
        sys.path.remove(str(found.src))
