"""Requests per second of the generated client against raw httpx (run in its own process).

``python bench/client_load.py PORT REQUESTS REPS`` with the generated package importable;
prints one JSON object: ``{"capacity": {...}, "runs": {variant: [req/s per repetition]}}``.

Every variant sends the same JSON (a Create SMS Action) to the local server and reads its 201
JSON body: raw httpx posts it and decodes the JSON; the generated client also serialises the
pydantic body, checks the status and validates the response into ``CreateActionResponse``.
Each measurement opens its own client, warms the connection(s) up, then times REQUESTS calls.
Variants run interleaved, in a rotated order on every repetition.
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
        "sms": SmsConfig(to=SmsRecipients(value=["+15555550100"]), from_="+13465507166"),
    }


# ---- server capacity: the cheapest possible client, to show the server is not the limit ----

def _request_bytes(port: int) -> bytes:
    body = json.dumps(WIRE, separators=(",", ":")).encode()
    return (f"POST {PATH} HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\ncontent-type: application/json\r\n"
            f"authorization: Bearer {TOKEN}\r\ncontent-length: {len(body)}\r\n\r\n").encode() + body


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
                del buffer[:end + 4 + length]
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
    streams = [await asyncio.open_connection("127.0.0.1", port) for _ in range(concurrency)]
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

    async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
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


# ---- the variants ----

def raw_sync(base: str, n: int) -> float:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=base) as client:
        def call() -> None:
            response = client.post(PATH, json=WIRE, headers=headers)
            response.raise_for_status()
            response.json()
        return _time_sync(call, n)


def ours_sync(base: str, n: int) -> float:
    body = SmsAction.model_validate(WIRE)
    with ContactSwing(token=TOKEN, base_url=base) as client:
        return _time_sync(lambda: client.actions.create(body), n)


def ours_sync_sms(base: str, n: int) -> float:
    with ContactSwing(token=TOKEN, base_url=base) as client:
        return _time_sync(lambda: client.actions.create_sms(**_sms_kwargs()), n)


def _time_sync(call: Callable[[], object], n: int) -> float:
    for _ in range(WARMUP):
        call()
    start = time.perf_counter()
    for _ in range(n):
        call()
    return n / (time.perf_counter() - start)


async def raw_async(base: str, n: int, concurrency: int) -> float:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(base_url=base) as client:
        async def call() -> None:
            response = await client.post(PATH, json=WIRE, headers=headers)
            response.raise_for_status()
            response.json()
        return await _time_async(call, n, concurrency)


async def ours_async(base: str, n: int, concurrency: int) -> float:
    body = SmsAction.model_validate(WIRE)
    async with AsyncContactSwing(token=TOKEN, base_url=base) as client:
        return await _time_async(lambda: client.actions.create(body), n, concurrency)


async def ours_async_sms(base: str, n: int, concurrency: int) -> float:
    async with AsyncContactSwing(token=TOKEN, base_url=base) as client:
        return await _time_async(lambda: client.actions.create_sms(**_sms_kwargs()), n, concurrency)


async def _time_async(call: Callable[[], Awaitable[object]], n: int, concurrency: int) -> float:
    remaining = 0

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    remaining = max(WARMUP, concurrency)
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    remaining = n
    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return n / (time.perf_counter() - start)


def variants(base: str, n: int) -> dict[str, Callable[[], float]]:
    table: dict[str, Callable[[], float]] = {
        "sync/raw": lambda: raw_sync(base, n),
        "sync/create": lambda: ours_sync(base, n),
        "sync/create_sms": lambda: ours_sync_sms(base, n),
    }
    for c in (1, 16):
        for name, run in (("raw", raw_async), ("create", ours_async), ("create_sms", ours_async_sms)):
            table[f"async{c}/{name}"] = _in_loop(run, base, n, c)
    return table


def _in_loop(run: Callable[[str, int, int], Awaitable[float]], base: str, n: int,
             concurrency: int) -> Callable[[], float]:
    async def measure() -> float:
        return await run(base, n, concurrency)

    return lambda: asyncio.run(measure())


def main() -> None:
    port, n, reps = (int(a) for a in sys.argv[1:4])
    base = f"http://127.0.0.1:{port}"
    capacity: dict[str, list[float]] = {"socket/sync": [], "socket/async16": []}
    for _ in range(3):
        capacity["socket/sync"].append(socket_sync(port, n))
        capacity["socket/async16"].append(asyncio.run(_socket_async(port, n, 16)))
    table = variants(base, n)
    names = list(table)
    runs: dict[str, list[float]] = {name: [] for name in names}
    for rep in range(reps):
        shift = rep % len(names)
        for name in names[shift:] + names[:shift]:
            runs[name].append(table[name]())
    json.dump({"capacity": capacity, "runs": runs}, sys.stdout)


if __name__ == "__main__":
    main()
