"""Fixtures of the client tests: no stray CONTACTSWING_* variables from the developer's shell."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("CONTACTSWING_TOKEN", raising=False)
    monkeypatch.delenv("CONTACTSWING_BASE_URL", raising=False)
    yield
