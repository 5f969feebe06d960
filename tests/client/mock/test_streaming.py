"""Protects ``with_streaming_response``: the answer is handed over before its body is read.

A large download must not be held in memory by the client: the body stays on the connection
until the caller reads it (in chunks, or through ``parse()``), and the ``with`` block gives
the connection back. Errors and retries behave as for any call: an error status is raised as
its typed error (its body read for the message), a retried attempt's body is drained.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator

import contactswing
import httpx
import pytest

BASE_URL = "http://127.0.0.1:9"
TOKEN = "csk_test_streaming_token_0123456"
PAGE = {
    "ctx_id": "ctx-stream",
    "data": {
        "data": [{"id": f"c-{n}", "name": "n"} for n in range(3)],
        "pagination": {"current_page": 1, "per_page": 20, "total_records": 3},
    },
}
BODY = json.dumps(PAGE).encode()


class Chunks:
    """A response body sent in small chunks, counting how many the client pulled."""

    def __init__(self, body: bytes = BODY, size: int = 16) -> None:
        self.parts = [body[i : i + size] for i in range(0, len(body), size)]
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            self.pulled += 1
            yield part


class AsyncChunks(Chunks):
    """``Chunks`` for the async client: an async iterable only."""

    __iter__ = None  # type: ignore[assignment]  # httpx picks the stream kind by protocol

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.parts:
            self.pulled += 1
            yield part


def _client(handler: httpx.MockTransport) -> contactswing.ContactSwing:
    return contactswing.ContactSwing(
        token=TOKEN, base_url=BASE_URL, http_client=httpx.Client(transport=handler)
    )


def test_the_body_is_read_only_when_the_caller_reads_it() -> None:
    chunks = Chunks()
    client = _client(httpx.MockTransport(lambda r: httpx.Response(200, content=chunks)))
    with client.customers.with_streaming_response.list() as response:
        assert response.status_code == 200
        assert chunks.pulled == 0  # nothing read yet
        got = b"".join(response.iter_bytes())
        assert got == BODY and chunks.pulled == len(chunks.parts)
    assert response.http_response.is_closed


def test_parse_reads_the_body_into_what_the_method_returns() -> None:
    client = _client(
        httpx.MockTransport(lambda r: httpx.Response(200, content=Chunks()))
    )
    with client.customers.with_streaming_response.list(per_page=20) as response:
        page = response.parse()
    assert [c.id for c in page.items] == ["c-0", "c-1", "c-2"]


def test_leaving_the_block_unread_gives_the_connection_back() -> None:
    chunks = Chunks()
    client = _client(httpx.MockTransport(lambda r: httpx.Response(200, content=chunks)))
    with client.customers.with_streaming_response.list() as response:
        pass
    assert response.http_response.is_closed
    assert chunks.pulled < len(chunks.parts)


def test_an_error_status_is_raised_with_its_body() -> None:
    answer = {"ctx_id": "ctx-404", "detail": "no such customer list"}
    client = _client(
        httpx.MockTransport(
            lambda r: httpx.Response(404, content=Chunks(json.dumps(answer).encode()))
        )
    )
    with (
        pytest.raises(contactswing.NotFoundError) as info,
        client.customers.with_streaming_response.list(),
    ):
        pass
    assert info.value.body == answer
    assert info.value.request_id == "ctx-404"


def test_a_retried_attempt_is_drained_and_the_retry_streamed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    answers = iter(
        [
            httpx.Response(503, content=Chunks(b"busy")),
            httpx.Response(200, content=Chunks()),
        ]
    )
    client = _client(httpx.MockTransport(lambda r: next(answers)))
    with client.customers.with_streaming_response.list() as response:
        assert response.retries_taken == 1
        assert response.read() == BODY


def test_the_async_client_streams_the_same_way() -> None:
    chunks = AsyncChunks()

    async def run() -> tuple[int, bytes, int]:
        async with contactswing.AsyncContactSwing(
            token=TOKEN,
            base_url=BASE_URL,
            http_client=httpx.AsyncClient(
                transport=httpx.MockTransport(
                    lambda r: httpx.Response(200, content=chunks)
                )
            ),
        ) as client:
            async with client.customers.with_streaming_response.list() as response:
                before = chunks.pulled
                got = b"".join([part async for part in response.iter_bytes()])
            chunks.pulled = 0
            async with client.customers.with_streaming_response.list() as response:
                page = await response.parse()  # a body is read once: chunks or parse()
            return before, got, len(page.items)

    before, got, items = asyncio.run(run())
    assert (before, got, items) == (0, BODY, 3)
