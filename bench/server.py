"""A minimal HTTP/1.1 server for the client benchmark: every request gets createAction's 201.

Raw asyncio, no framework: it reads a request head, skips ``Content-Length`` bytes of body
and writes one pre-built response, keeping the connection open (pipelining works too). It
binds 127.0.0.1 on a free port and prints the port on stdout. Run: ``python bench/server.py``.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys

CREATED = {
    "ctx_id": "eb427c29-b818-4dca-bcab-7f420f30e51a",
    "data": {
        "action_id": "6f439f98-32f6-4b44-928c-6e890e298d51",
        "name": "My SMS Action",
        "type": "SEND_SMS",
    },
}
BODY = json.dumps(CREATED, separators=(",", ":")).encode()
RESPONSE = (
    b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\n"
    b"content-length: " + str(len(BODY)).encode() + b"\r\n\r\n" + BODY
)


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        replies = 0
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            length = _content_length(bytes(buffer[:end]))
            total = end + 4 + length
            if len(buffer) < total:
                break
            del buffer[:total]
            replies += 1
        if replies and self.transport is not None:
            self.transport.write(RESPONSE * replies)


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"{port}\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(_serve())
