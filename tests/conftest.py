"""Shared test set-up: the committed generated package is importable as ``contactswing``;
one Prism mock of the committed spec serves every test that compares with it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED_SRC = ROOT / "generated" / "src"

if str(GENERATED_SRC) not in sys.path:
    sys.path.insert(0, str(GENERATED_SRC))


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock of ``spec/openapi.yaml``, as committed (started once)."""
    from tests.prism_server import run_prism

    spec = ROOT / "spec" / "openapi.yaml"
    yield from run_prism(spec, tmp_path_factory.mktemp("prism") / "prism.log")
