"""Protects auto-pagination: iterating a list walks every page lazily, asks for each page in
turn, and stops after the last, driven by the counters the spec's ``x-pagination`` names.

``spec/resources/calls.yaml`` documents one call log of five calls read two at a time as three
named answers of ``GET /v2/_calls`` (``page-1`` to ``page-3``; only ``page-3`` says no page
follows). Prism answers the first example unless a request asks for another with the header
``Prefer: example=<name>``, so the clients here send through an ``http_client`` whose request
hook asks for ``page-<the page query value>`` (``page-1`` when the query has none): Prism then
behaves like a server holding those five calls. Prism still validates every request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import contactswing
import httpx
import pytest
from contactswing import models

from .support import TOKEN, Recorder, response_example

pytestmark = pytest.mark.contract

PAGES = [response_example("listCalls", f"page-{n}") for n in (1, 2, 3)]
# Every call of the log, in order, as the pages hold them.
CALLS = [
    models.Call.model_validate(item) for page in PAGES for item in page["data"]["data"]
]
IDS = [call.id for call in CALLS]


def _prefer_page(request: httpx.Request) -> None:
    """Ask Prism for the example of the page the request names."""
    request.headers["Prefer"] = f"example=page-{request.url.params.get('page', '1')}"


async def _prefer_page_async(request: httpx.Request) -> None:
    _prefer_page(request)


@pytest.fixture
def client(prism_url: str, recorder: Recorder) -> Iterator[contactswing.ContactSwing]:
    """A client of Prism that answers each page of the call log with its own example."""
    hooks = {
        "request": [_prefer_page, recorder.on_request],
        "response": [recorder.on_response],
    }
    with (
        httpx.Client(event_hooks=hooks) as http,
        contactswing.ContactSwing(
            token=TOKEN, base_url=prism_url, http_client=http
        ) as api,
    ):
        yield api


@pytest.fixture
async def async_client(
    prism_url: str, recorder: Recorder
) -> AsyncIterator[contactswing.AsyncContactSwing]:
    """The async twin of ``client``."""
    hooks = {
        "request": [_prefer_page_async, recorder.on_request_async],
        "response": [recorder.on_response_async],
    }
    async with (
        httpx.AsyncClient(event_hooks=hooks) as http,
        contactswing.AsyncContactSwing(
            token=TOKEN, base_url=prism_url, http_client=http
        ) as api,
    ):
        yield api


def _queries(recorder: Recorder) -> list[dict[str, str]]:
    return [sent.query for sent in recorder.sent]


def _check_clean(recorder: Recorder, pages: int) -> None:
    """Every page request went to GET /v2/_calls and Prism found nothing wrong with it."""
    assert [(s.method, s.path) for s in recorder.sent] == [
        ("GET", "/v2/_calls")
    ] * pages
    assert [s.headers["prefer"] for s in recorder.sent] == [
        f"example=page-{n}" for n in range(1, pages + 1)
    ]
    assert [status for status, _ in recorder.answers] == [200] * pages
    assert [headers.get("sl-violations") for _, headers in recorder.answers] == [
        None
    ] * pages


# The first request leaves page out (the server's default, 1); the next ones name theirs.
WALK = [
    {"per_page": "2"},
    {"page": "2", "per_page": "2"},
    {"page": "3", "per_page": "2"},
]


def test_for_walks_every_call_of_three_pages_lazily_and_stops(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    items = iter(client.calls.list(per_page=2))
    assert len(recorder.sent) == 1
    # A page is fetched only when the walk reaches it.
    seen = [next(items), next(items)]
    assert len(recorder.sent) == 1
    seen.append(next(items))
    assert _queries(recorder) == WALK[:2]
    seen += list(items)
    assert seen == CALLS
    assert all(isinstance(call, models.Call) for call in seen)
    # Page 3 says nothing follows: three requests, none after it.
    assert _queries(recorder) == WALK
    _check_clean(recorder, 3)


async def test_async_for_walks_every_call_of_three_pages_and_stops(
    async_client: contactswing.AsyncContactSwing, recorder: Recorder
) -> None:
    seen: list[models.Call] = []
    async for call in async_client.calls.list(per_page=2):
        seen.append(call)
        # Page n + 1 is asked for only once the walk is past page n's items.
        assert len(recorder.sent) == (len(seen) + 1) // 2
    assert seen == CALLS
    assert _queries(recorder) == WALK
    _check_clean(recorder, 3)


def test_iter_pages_yields_three_pages_with_their_counters(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    first = client.calls.list(page=1, per_page=2)
    pages = list(first.iter_pages())
    assert pages[0] is first
    assert all(isinstance(page, contactswing.SyncPage) for page in pages)
    assert [[call.id for call in page.items] for page in pages] == [
        IDS[0:2],
        IDS[2:4],
        IDS[4:],
    ]
    assert [page.has_next_page() for page in pages] == [True, True, False]
    assert _queries(recorder) == [{"page": str(n), "per_page": "2"} for n in (1, 2, 3)]
    _check_clean(recorder, 3)


def test_get_next_page_follows_the_counters_and_keeps_the_call_options(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    first = client.calls.list(per_page=2, extra_headers={"X-Trace": "walk-1"})
    second = first.get_next_page()
    third = second.get_next_page()
    assert [page.has_next_page() for page in (first, second, third)] == [
        True,
        True,
        False,
    ]
    assert [call.id for call in third.items] == IDS[4:]
    assert third.body.data.pagination.current_page == 3
    assert _queries(recorder) == WALK
    # The options given to list() apply to every page it fetches.
    assert [sent.headers["x-trace"] for sent in recorder.sent] == ["walk-1"] * 3
    _check_clean(recorder, 3)


def test_a_walk_from_page_two_visits_the_rest(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    assert [call.id for call in client.calls.list(page=2, per_page=2)] == IDS[2:]
    assert _queries(recorder) == WALK[1:]


async def test_async_pages_iterate_and_follow_the_counters(
    async_client: contactswing.AsyncContactSwing, recorder: Recorder
) -> None:
    first = await async_client.calls.list(per_page=2)
    assert isinstance(first, contactswing.AsyncPage)
    pages = [page async for page in first.iter_pages()]
    assert [[call.id for call in page.items] for page in pages] == [
        IDS[0:2],
        IDS[2:4],
        IDS[4:],
    ]
    assert [page.has_next_page() for page in pages] == [True, True, False]
    again = await (await first.get_next_page()).get_next_page()
    assert [call.id for call in again.items] == IDS[4:]
    assert _queries(recorder) == WALK + WALK[1:]
