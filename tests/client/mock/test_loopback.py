"""Protects behaviour that only a real socket shows: pooled connections and real timeouts.

A tiny HTTP server on 127.0.0.1 stands in for the API; nothing leaves the machine.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import contactswing
import httpx
import pytest
from contactswing import APITimeoutError, InternalServerError

from .support import SECRET


class _Busy(BaseHTTPRequestHandler):
    """Answers every request with 503 over a kept-alive HTTP/1.1 connection."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = b'{"detail": "busy"}'
        self.send_response(503)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def busy_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Busy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections (the kernel does) but never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


# One pooled connection and a short pool timeout: a response left open by a retry or an error
# path would hold the only connection, and the next attempt would fail with a pool timeout.
ONE_CONNECTION = httpx.Limits(max_connections=1, max_keepalive_connections=1)
STRICT_TIMEOUT = httpx.Timeout(5.0, pool=0.5)


def test_pool_is_released_after_retries_run_out(busy_server: str) -> None:
    with httpx.Client(limits=ONE_CONNECTION) as http:
        client = contactswing.ContactSwing(
            token=SECRET, base_url=busy_server, http_client=http, timeout=STRICT_TIMEOUT
        )
        for _ in range(3):
            with pytest.raises(InternalServerError):
                client.request("GET", "/v2/_actions")


@pytest.mark.asyncio
async def test_pool_is_released_after_retries_run_out_async(busy_server: str) -> None:
    async with httpx.AsyncClient(limits=ONE_CONNECTION) as http:
        client = contactswing.AsyncContactSwing(
            token=SECRET, base_url=busy_server, http_client=http, timeout=STRICT_TIMEOUT
        )
        for _ in range(3):
            with pytest.raises(InternalServerError):
                await client.request("GET", "/v2/_actions")


def test_a_real_read_timeout_is_an_api_timeout_error(silent_server: str) -> None:
    with (
        contactswing.ContactSwing(
            token=SECRET, base_url=silent_server, timeout=0.2, max_retries=0
        ) as client,
        pytest.raises(APITimeoutError, match="read timeout"),
    ):
        client.request("GET", "/v2/_actions")


@pytest.mark.asyncio
async def test_a_real_read_timeout_is_an_api_timeout_error_async(
    silent_server: str,
) -> None:
    async with contactswing.AsyncContactSwing(
        token=SECRET, base_url=silent_server, timeout=0.2, max_retries=0
    ) as client:
        with pytest.raises(APITimeoutError, match="read timeout"):
            await client.request("GET", "/v2/_actions")
