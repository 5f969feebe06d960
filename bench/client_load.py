"""Requests per second of the generated client against raw httpx (run in its own process).

``python bench/client_load.py PORT REQUESTS REPS`` with the generated package importable;
prints one JSON object: ``{"capacity": {...}, "runs": {variant: [req/s per repetition]}}``.

Every variant sends the same JSON (a Create SMS Action) to the local server and reads its 201
JSON body: raw httpx posts it and decodes the JSON; the generated client also serialises the
pydantic body, checks the status and validates the response into ``CreateActionResponse``.
Per repetition and mode (sync; async with 1 and with 16 in flight) the variants' clients are
opened and warmed up, then the variants alternate in blocks (see ``BLOCK``).
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from contactswing import AsyncContactSwing, ContactSwing
from contactswing.models import SmsAction, SmsConfig, SmsRecipients

TOKEN = "csk_bench_0000000000000000"
WIRE = {
    "name": "My SMS Action",
    "description": "Trigger SMS when user requests messaging",
    "action_timing": "DURING",
    "type": "SEND_SMS",
    "sms": {"to": {"value": ["+15555550100"]}, "from": "+13465507166"},
}
PATH = "/v2/_actions"
WARMUP = 50


def _sms_kwargs() -> dict[str, Any]:
    # Built per call, as an application would: the convenience method's whole cost.
    return {
        "name": "My SMS Action",
        "description": "Trigger SMS when user requests messaging",
        "action_timing": "DURING",
        "sms": SmsConfig(
            to=SmsRecipients(value=["+15555550100"]), from_="+13465507166"
        ),
    }


# ---- server capacity: the cheapest possible client, to show the server is not the limit ----


def _request_bytes(port: int) -> bytes:
    body = json.dumps(WIRE, separators=(",", ":")).encode()
    return (
        f"POST {PATH} HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\ncontent-type: application/json\r\n"
        f"authorization: Bearer {TOKEN}\r\ncontent-length: {len(body)}\r\n\r\n"
    ).encode() + body


def _read_response(recv: Callable[[], bytes], buffer: bytearray) -> None:
    while True:
        end = buffer.find(b"\r\n\r\n")
        if end >= 0:
            length = 0
            for line in bytes(buffer[:end]).split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            if len(buffer) >= end + 4 + length:
                del buffer[: end + 4 + length]
                return
        chunk = recv()
        if not chunk:
            raise ConnectionError("server closed the connection")
        buffer += chunk


def socket_sync(port: int, n: int) -> float:
    request = _request_bytes(port)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buffer = bytearray()

        def recv() -> bytes:
            return sock.recv(65536)

        for _ in range(WARMUP):
            sock.sendall(request)
            _read_response(recv, buffer)
        start = time.perf_counter()
        for _ in range(n):
            sock.sendall(request)
            _read_response(recv, buffer)
        return n / (time.perf_counter() - start)


async def _socket_async(port: int, n: int, concurrency: int) -> float:
    request = _request_bytes(port)
    streams = [
        await asyncio.open_connection("127.0.0.1", port) for _ in range(concurrency)
    ]
    remaining = n

    async def one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        await reader.readexactly(length)

    async def worker(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await one(reader, writer)

    for reader, writer in streams:
        for _ in range(WARMUP // concurrency + 1):
            await one(reader, writer)
    start = time.perf_counter()
    await asyncio.gather(*(worker(r, w) for r, w in streams))
    rate = n / (time.perf_counter() - start)
    for _, writer in streams:
        writer.close()
    return rate


# ---- the variants, interleaved in blocks ----
#
# The machine is shared: its load changes within seconds. So the three variants of a mode
# (raw, create, create_sms) run in alternating blocks of BLOCK requests, in a rotated order,
# each on its own open client, until each has sent REQUESTS; a variant's rate is REQUESTS over
# the sum of its blocks' wall time. All three see the same conditions.

BLOCK = 200


def _raw_call(client: httpx.Client) -> Callable[[], object]:
    headers = {"Authorization": f"Bearer {TOKEN}"}

    def call() -> object:
        response = client.post(PATH, json=WIRE, headers=headers)
        response.raise_for_status()
        return response.json()

    return call


def _raw_acall(client: httpx.AsyncClient) -> Callable[[], Awaitable[object]]:
    headers = {"Authorization": f"Bearer {TOKEN}"}

    async def call() -> object:
        response = await client.post(PATH, json=WIRE, headers=headers)
        response.raise_for_status()
        return response.json()

    return call


def sync_round(base: str, n: int, shift: int) -> dict[str, float]:
    body = SmsAction.model_validate(WIRE)
    with (
        httpx.Client(base_url=base) as raw,
        ContactSwing(token=TOKEN, base_url=base) as ours,
    ):
        calls: dict[str, Callable[[], object]] = {
            "sync/raw": _raw_call(raw),
            "sync/create": lambda: ours.actions.create(body),
            "sync/create_sms": lambda: ours.actions.create_sms(**_sms_kwargs()),
        }
        for call in calls.values():
            for _ in range(WARMUP):
                call()
        elapsed = dict.fromkeys(calls, 0.0)
        names = list(calls)
        for i, first in enumerate(range(0, n, BLOCK)):
            size = min(BLOCK, n - first)
            k = (i + shift) % len(names)
            for name in names[k:] + names[:k]:
                call = calls[name]
                start = time.perf_counter()
                for _ in range(size):
                    call()
                elapsed[name] += time.perf_counter() - start
    return {name: n / seconds for name, seconds in elapsed.items()}


async def async_round(
    base: str, n: int, concurrency: int, shift: int
) -> dict[str, float]:
    body = SmsAction.model_validate(WIRE)
    mode = f"async{concurrency}"
    async with (
        httpx.AsyncClient(base_url=base) as raw,
        AsyncContactSwing(token=TOKEN, base_url=base) as ours,
    ):
        calls: dict[str, Callable[[], Awaitable[object]]] = {
            f"{mode}/raw": _raw_acall(raw),
            f"{mode}/create": lambda: ours.actions.create(body),
            f"{mode}/create_sms": lambda: ours.actions.create_sms(**_sms_kwargs()),
        }
        for call in calls.values():
            await _run_async(call, max(WARMUP, concurrency), concurrency)
        elapsed = dict.fromkeys(calls, 0.0)
        names = list(calls)
        for i, first in enumerate(range(0, n, BLOCK)):
            size = min(BLOCK, n - first)
            k = (i + shift) % len(names)
            for name in names[k:] + names[:k]:
                start = time.perf_counter()
                await _run_async(calls[name], size, concurrency)
                elapsed[name] += time.perf_counter() - start
    return {name: n / seconds for name, seconds in elapsed.items()}


async def _run_async(
    call: Callable[[], Awaitable[object]], n: int, concurrency: int
) -> None:
    """``n`` calls with at most ``concurrency`` in flight."""
    remaining = n

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


def main() -> None:
    port, n, reps = (int(a) for a in sys.argv[1:4])
    base = f"http://127.0.0.1:{port}"
    capacity: dict[str, list[float]] = {"socket/sync": [], "socket/async16": []}
    for _ in range(3):
        capacity["socket/sync"].append(socket_sync(port, n))
        capacity["socket/async16"].append(asyncio.run(_socket_async(port, n, 16)))
    rounds: list[Callable[[int], dict[str, float]]] = [
        lambda shift: sync_round(base, n, shift),
        lambda shift: asyncio.run(async_round(base, n, 1, shift)),
        lambda shift: asyncio.run(async_round(base, n, 16, shift)),
    ]
    runs: dict[str, list[float]] = {}
    for rep in range(reps):
        k = rep % len(rounds)
        for measure in rounds[k:] + rounds[:k]:
            for name, rate in measure(rep).items():
                runs.setdefault(name, []).append(rate)
    json.dump({"capacity": capacity, "runs": runs}, sys.stdout)


if __name__ == "__main__":
    main()
