"""Protects the async pool from cancelled calls (issue 21, defect 3; encode/httpcore#1093).

A call cancelled from outside (``asyncio.wait_for``, a task group, a caller who hung up) just
after the pool made a new connection for it used to leave that connection in the pool for good:
with a 10-connection pool the client stopped working after 1,000-1,900 cancellations, every
later call failing with "pool timeout" against a healthy server. The soak found a second shape
(a request left queued on an ACTIVE connection); both are repaired by ``_pool``.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time

import contactswing
import httpx
import pytest

from tests.client.mock.support import SECRET

from . import servers

POOL = httpx.Limits(max_connections=10, max_keepalive_connections=10)
CANCELLATIONS = 3000


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A healthy keep-alive server that takes 0-10 ms per answer."""
    with contextlib.suppress(
        OSError, asyncio.IncompleteReadError, asyncio.CancelledError
    ):
        while True:
            await reader.readuntil(b"\r\n\r\n")
            await asyncio.sleep(random.random() * 0.01)
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b"Content-Length: 2\r\n\r\n{}"
            )
            await writer.drain()
    writer.close()


async def _churn(client: contactswing.AsyncContactSwing, cancellations: int) -> int:
    """20 callers, each giving up on its call after 0-10 ms, until enough calls were cancelled."""
    cancelled = 0

    async def caller() -> None:
        nonlocal cancelled
        while cancelled < cancellations:
            try:
                await asyncio.wait_for(
                    client.request("GET", "/v2/_actions"),
                    timeout=random.random() * 0.01,
                )
            except TimeoutError:
                cancelled += 1
            except contactswing.APITimeoutError:
                pass  # a pool timeout: the wedge, if it happens; the last call tells

    await asyncio.gather(*(caller() for _ in range(20)))
    return cancelled


@pytest.mark.asyncio
async def test_thousands_of_cancellations_leave_a_pool_that_still_works() -> None:
    random.seed(21)
    server = await asyncio.start_server(_serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with httpx.AsyncClient(limits=POOL) as http:
            client = contactswing.AsyncContactSwing(
                token=SECRET,
                base_url=f"http://127.0.0.1:{port}",
                http_client=http,
                timeout=httpx.Timeout(2.0, pool=1.0),
                max_retries=0,
            )
            started = time.monotonic()
            assert await _churn(client, CANCELLATIONS) >= CANCELLATIONS
            assert time.monotonic() - started < 60
            response = await client.request("GET", "/v2/_actions")
            assert response.status_code == 200
            # No connection is left that nobody owns and nobody can use.
            pool = http._transport._pool  # type: ignore[attr-defined]
            assert all(
                c.is_idle() or c.is_closed() for c in pool.connections
            ), pool.connections
    finally:
        server.close()
        await server.wait_closed()


@pytest.mark.asyncio
async def test_calls_cancelled_mid_response_leave_no_request_behind() -> None:
    # The second shape of the defect: a call cancelled while its response is being read could
    # stop httpcore's clean-up half-way, the response counted as closed but its request left
    # queued for good on an ACTIVE connection; a 5-connection pool wedged within seconds.
    # A threaded server (its answers race the cancellations differently from one on this loop).
    random.seed(5)
    small = httpx.Limits(max_connections=5, max_keepalive_connections=5)
    with servers.serve(servers.ok) as url:
        async with httpx.AsyncClient(limits=small) as http:
            client = contactswing.AsyncContactSwing(
                token=SECRET,
                base_url=url,
                http_client=http,
                timeout=httpx.Timeout(2.0, pool=1.0),
                max_retries=0,
            )
            stop = time.monotonic() + 4

            async def caller() -> None:
                while time.monotonic() < stop:
                    with contextlib.suppress(
                        TimeoutError, contactswing.APITimeoutError
                    ):
                        await asyncio.wait_for(
                            client.request("GET", "/v2/_actions", deadline=5.0),
                            timeout=random.random() * 0.02,
                        )

            await asyncio.gather(*(caller() for _ in range(20)))
            pool = http._transport._pool  # type: ignore[attr-defined]
            assert pool._requests == [], pool
            assert all(
                c.is_idle() or c.is_closed() for c in pool.connections
            ), pool.connections
            assert (await client.request("GET", "/v2/_actions")).status_code == 200


@pytest.mark.asyncio
async def test_a_call_cancelled_while_it_waits_for_the_pool_gives_its_slot_back() -> (
    None
):
    server = await asyncio.start_server(_serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    one = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    try:
        async with httpx.AsyncClient(limits=one) as http:
            client = contactswing.AsyncContactSwing(
                token=SECRET,
                base_url=f"http://127.0.0.1:{port}",
                http_client=http,
                timeout=httpx.Timeout(2.0, pool=0.5),
                max_retries=0,
            )
            for _ in range(200):
                tasks = [
                    asyncio.create_task(client.request("GET", "/x")) for _ in range(3)
                ]
                await asyncio.sleep(0)
                tasks[-1].cancel()  # queued behind the others
                await asyncio.sleep(random.random() * 0.003)
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            assert (await client.request("GET", "/x")).status_code == 200
    finally:
        server.close()
        await server.wait_closed()
