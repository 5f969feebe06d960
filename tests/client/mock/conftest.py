"""Fixtures shared by the functional tests: no real sleeping, no stray environment."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from .support import TrackingStream


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record every retry pause instead of waiting it out."""
    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_async_sleep(seconds: float, result: Any = None) -> Any:
        delays.append(seconds)
        return result

    monkeypatch.setattr(time, "sleep", fake_sleep)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return delays


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep a developer's own CONTACTSWING_* variables out of the tests."""
    monkeypatch.delenv("CONTACTSWING_TOKEN", raising=False)
    monkeypatch.delenv("CONTACTSWING_BASE_URL", raising=False)
    yield


@pytest.fixture
def tracked() -> Callable[[int, bytes], httpx.Response]:
    """Make responses whose bodies record being closed; ``tracked.streams`` lists them."""
    streams: list[TrackingStream] = []

    def make(status: int, body: bytes = b'{"detail": "busy"}') -> httpx.Response:
        stream = TrackingStream(body)
        streams.append(stream)
        return httpx.Response(
            status, headers={"content-type": "application/json"}, stream=stream
        )

    make.streams = streams  # type: ignore[attr-defined]
    return make
