"""Protects list pagination (``x-pagination``): every item once, in order, fetched lazily.

A small in-memory server holds call records and answers ``GET /v2/_calls`` the way the spec
documents it (``data.data`` items, ``data.pagination`` counters), optionally capping the
page size it grants, as servers do. The walks must visit every record exactly once and stop.
"""

from __future__ import annotations

import asyncio
from typing import Any

import contactswing
import httpx
import pytest

BASE_URL = "http://127.0.0.1:9"
TOKEN = "csk_test_pagination_token_01234"


class CallLog:
    """A MockTransport handler paging ``count`` calls, granting at most ``cap`` per page."""

    def __init__(self, count: int, cap: int = 100, say_size: bool = True) -> None:
        self.records = [
            {"call_id": f"c-{n}", "phone_number": f"+1555000{n:04d}"}
            for n in range(1, count + 1)
        ]
        self.cap = cap
        self.say_size = say_size
        self.pages: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        self.pages.append(query)
        page = int(query.get("page", "1"))
        size = min(int(query.get("per_page", "20")), self.cap)
        items = self.records[(page - 1) * size : page * size]
        counters: dict[str, Any] = {
            "current_page": page,
            "total_records": len(self.records),
        }
        if self.say_size:
            counters["per_page"] = size
        body = {"ctx_id": "c", "data": {"data": items, "pagination": counters}}
        return httpx.Response(200, json=body)


def _client(log: CallLog) -> contactswing.ContactSwing:
    return contactswing.ContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(log)),
    )


@pytest.mark.parametrize(
    ("count", "per_page", "pages"),
    [(5, 2, 3), (4, 2, 2), (1, 2, 1), (0, 2, 1), (40, 20, 2)],
)
def test_iterating_a_list_visits_every_record_once(
    count: int, per_page: int, pages: int
) -> None:
    log = CallLog(count)
    walked = [call.call_id for call in _client(log).calls.list(per_page=per_page)]
    assert walked == [r["call_id"] for r in log.records]
    assert len(log.pages) == pages


def test_the_first_page_is_fetched_at_the_call_and_the_next_only_when_reached() -> None:
    log = CallLog(5)
    page = _client(log).calls.list(per_page=2)
    assert len(log.pages) == 1 and [c.call_id for c in page.items] == ["c-1", "c-2"]
    assert page.has_next_page()
    second = page.get_next_page()
    assert log.pages[-1] == {"page": "2", "per_page": "2"}
    assert [c.call_id for c in second.items] == ["c-3", "c-4"]
    assert [len(p.items) for p in second.iter_pages()] == [2, 1]


def test_a_server_that_grants_fewer_items_than_asked_is_still_walked_to_the_end() -> (
    None
):
    """Asked for 100 a page, the server grants 2: the walk follows the answer's size."""
    log = CallLog(5, cap=2)
    walked = [call.call_id for call in _client(log).calls.list(per_page=100)]
    assert walked == ["c-1", "c-2", "c-3", "c-4", "c-5"]


def test_without_the_answers_size_a_capped_server_costs_one_request_not_an_item() -> (
    None
):
    log = CallLog(5, cap=2, say_size=False)
    walked = [call.call_id for call in _client(log).calls.list(per_page=100)]
    assert walked == [r["call_id"] for r in log.records]
    # The last page is short, so the pages before it are not known to be as long: a
    # fourth request finds no item and ends the walk.
    assert len(log.pages) == 4


def test_per_call_options_reach_every_page() -> None:
    seen: list[str | None] = []
    log = CallLog(3)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("x-trace"))
        return log(request)

    client = contactswing.ContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    list(client.calls.list(per_page=1, extra_headers={"X-Trace": "t-1"}))
    assert seen == ["t-1", "t-1", "t-1"]


def test_async_for_walks_every_page_and_await_gives_the_first() -> None:
    log = CallLog(5)

    async def run() -> tuple[list[str], int]:
        async with contactswing.AsyncContactSwing(
            token=TOKEN,
            base_url=BASE_URL,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(log)),
        ) as client:
            walked = [c.call_id async for c in client.calls.list(per_page=2)]
            first = await client.calls.list(per_page=2)
            return walked, len(first.items)

    walked, first = asyncio.run(run())
    assert walked == [r["call_id"] for r in log.records]
    assert first == 2
