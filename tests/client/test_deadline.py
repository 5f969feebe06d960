"""Protects ``deadline=``: one budget for a whole call (issue 21, defect 6).

Each httpx timeout counts one phase, and a read timeout restarts with every byte: a server that
dribbled a byte every 0.1 s held a call for 39.5 s with ``timeout=1.0``, and a full pool added
its wait to the read timeout. With ``deadline=`` the call ends by its deadline whatever the
server does, retries, pauses and pool waits included, with an ``APITimeoutError`` that says so.
Real sockets on 127.0.0.1, real clocks.
"""

from __future__ import annotations

import asyncio
import threading

import contactswing
import httpx
import pytest
from contactswing import APITimeoutError, InternalServerError

from tests.client.mock.support import SECRET

from . import servers
from .servers import Stopwatch

# Scheduling on a loaded two-core machine: how late a deadline error may arrive.
LATE = 0.25


def _sync(url: str, **kwargs: object) -> contactswing.ContactSwing:
    kwargs.setdefault("max_retries", 0)
    return contactswing.ContactSwing(token=SECRET, base_url=url, **kwargs)  # type: ignore[arg-type]


def _async(url: str, **kwargs: object) -> contactswing.AsyncContactSwing:
    kwargs.setdefault("max_retries", 0)
    return contactswing.AsyncContactSwing(token=SECRET, base_url=url, **kwargs)  # type: ignore[arg-type]


DRIBBLE = servers.dribble(0.1, 60)  # a 60-byte body over 6 s, a byte every 0.1 s


def test_a_dribbling_server_cannot_hold_a_sync_call_past_its_deadline() -> None:
    with servers.serve(DRIBBLE) as url, _sync(url, timeout=1.0, deadline=1.0) as client:
        watch = Stopwatch()
        with pytest.raises(
            APITimeoutError, match=r"deadline exceeded: GET .* 1 s deadline"
        ):
            client.request("GET", "/v2/_actions")
        assert 0.9 < watch.elapsed < 1.0 + LATE


@pytest.mark.asyncio
async def test_a_dribbling_server_cannot_hold_an_async_call_past_its_deadline() -> None:
    with servers.serve(DRIBBLE) as url:
        async with _async(url, timeout=1.0, deadline=1.0) as client:
            watch = Stopwatch()
            with pytest.raises(APITimeoutError, match="deadline exceeded"):
                await client.request("GET", "/v2/_actions")
            assert 0.9 < watch.elapsed < 1.0 + LATE


def test_a_per_call_deadline_overrides_the_clients() -> None:
    with servers.serve(DRIBBLE) as url, _sync(url, deadline=30.0) as client:
        watch = Stopwatch()
        with pytest.raises(APITimeoutError, match=r"0\.5 s deadline"):
            client.request("GET", "/v2/_actions", deadline=0.5)
        assert watch.elapsed < 0.5 + LATE


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_silent_server_ends_the_call_at_the_deadline_not_the_read_timeout(
    mode: str,
) -> None:
    with servers.serve(servers.silent) as url:
        watch = Stopwatch()
        with pytest.raises(APITimeoutError, match="deadline exceeded"):
            if mode == "sync":
                with _sync(url, timeout=30.0, deadline=0.5) as client:
                    client.request("GET", "/v2/_actions")
            else:

                async def call() -> None:
                    async with _async(url, timeout=30.0, deadline=0.5) as client:
                        await client.request("GET", "/v2/_actions")

                asyncio.run(call())
        assert watch.elapsed < 0.5 + LATE


def test_the_wait_for_a_pool_connection_counts_against_the_deadline() -> None:
    one = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    with servers.serve(servers.silent) as url, httpx.Client(limits=one) as http:
        client = _sync(url, http_client=http, timeout=httpx.Timeout(1.5, pool=10.0))

        def hold() -> None:
            with pytest.raises(APITimeoutError):
                client.request("GET", "/hold")

        holder = threading.Thread(target=hold, daemon=True)
        holder.start()  # holds the only connection for 1.5 s (its read timeout)
        watch = Stopwatch()
        with pytest.raises(APITimeoutError, match="deadline exceeded"):
            client.request("GET", "/v2/_actions", deadline=0.5)
        assert watch.elapsed < 0.5 + LATE
        holder.join(10)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_retries_stop_when_the_next_pause_would_end_past_the_deadline(
    mode: str,
) -> None:
    # Every answer is 503 asking for a 0.4 s pause: with a 1 s deadline there is room for two
    # attempts; the call then ends with the server's error at once, well before the deadline.
    busy = servers.status("503 Service Unavailable", "Retry-After: 0.4\r\n")
    with servers.serve(busy) as url:
        watch = Stopwatch()
        with pytest.raises(InternalServerError, match="503"):
            if mode == "sync":
                with _sync(url, max_retries=10, deadline=1.0) as client:
                    client.request("GET", "/v2/_actions")
            else:

                async def call() -> None:
                    async with _async(url, max_retries=10, deadline=1.0) as client:
                        await client.request("GET", "/v2/_actions")

                asyncio.run(call())
        assert 0.7 < watch.elapsed < 1.0


def test_a_call_within_its_deadline_is_untouched() -> None:
    with servers.serve(servers.ok) as url, _sync(url, deadline=5.0) as client:
        for _ in range(20):
            response = client.request("GET", "/v2/_actions")
            assert response.status_code == 200 and response.json() == {"ok": True}
