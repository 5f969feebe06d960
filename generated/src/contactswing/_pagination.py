"""Pages of a list operation: iterate one to walk every item of every page, fetched lazily.

A list operation's ``x-pagination`` names its page-number and page-size query parameters and
where its answer keeps the items and the counters (``Pagination``). Whether a further page
exists is read from the first of these the answer has: a "has next" flag; the current page
and the number of pages; the current page, the page size and the number of items; else a
page as full as the page size asked for.

    for call in client.calls.list(per_page=50):       # every call, page after page
        ...
    page = client.calls.list(per_page=50)
    page.items, page.has_next_page(), page.get_next_page(), page.iter_pages()

    async for call in client.calls.list(per_page=50): # the async client alike
        ...
    page = await client.calls.list(per_page=50)
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from typing import Any, Generic, TypeVar

from ._request import Pagination
from ._response import follow

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

T = TypeVar("T")


class _Page(Generic[T]):
    """What the sync and async pages share: this page's items and where the list goes on."""

    def __init__(
        self,
        body: Any,
        pagination: Pagination,
        query: Mapping[str, object],
    ) -> None:
        self._body = body
        self._pagination = pagination
        self._query = dict(query)
        found = follow(body, pagination.items) if pagination.items else body
        self.items: list[T] = list(found) if isinstance(found, list) else []

    @property
    def body(self) -> Any:
        """The whole answer of this page (the envelope, with its counters)."""
        return self._body

    def has_next_page(self) -> bool:
        """Whether the list goes on after this page."""
        pagination = self._pagination
        if not self.items:
            return False
        has_next = self._number(pagination.has_next, kind=bool)
        if isinstance(has_next, bool):
            return has_next
        current = self._current_page()
        total_pages = self._number(pagination.total_pages)
        if isinstance(total_pages, int):
            return current < total_pages
        total_items = self._number(pagination.total_items)
        # The answer's page size first: a server may send fewer items than were asked for.
        size = self._number(pagination.page_size) or self._size()
        if isinstance(total_items, int):
            # Without the answer's size, earlier pages are taken to be as long as this one:
            # at worst one more request, which finds no items, and never an item missed.
            before = (current - 1) * (
                self._number(pagination.page_size) or len(self.items)
            )
            return before + len(self.items) < total_items
        return size is not None and len(self.items) >= size

    def _next_query(self) -> dict[str, object]:
        return {**self._query, self._pagination.page: self._current_page() + 1}

    def _current_page(self) -> int:
        """The page this is: the answer's number, never behind the one asked for (so a
        walk always moves on, even when a server echoes a stale number)."""
        asked = self._query.get(self._pagination.page)
        asked = asked if isinstance(asked, int) and not isinstance(asked, bool) else 1
        current = self._number(self._pagination.current_page)
        return max(current, asked) if isinstance(current, int) else asked

    def _size(self) -> int | None:
        asked = (
            self._query.get(self._pagination.size) if self._pagination.size else None
        )
        if isinstance(asked, int) and not isinstance(asked, bool):
            return asked
        return None

    def _number(self, pointer: str, kind: type = int) -> Any:
        if not pointer:
            return None
        value = follow(self._body, pointer)
        if kind is bool:
            return value if isinstance(value, bool) else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def __repr__(self) -> str:
        """The page's size, not its items (they may be many)."""
        return f"<{type(self).__name__} of {len(self.items)} items>"


class SyncPage(_Page[T]):
    """One page of a list; iterating it walks every item of this and the following pages."""

    def __init__(
        self,
        body: Any,
        pagination: Pagination,
        query: Mapping[str, object],
        fetch: Callable[[Mapping[str, object]], SyncPage[T]],
    ) -> None:
        """A page read from ``body``; ``fetch(query)`` gets another page of the same list."""
        super().__init__(body, pagination, query)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[T]:
        """The page after this one (check ``has_next_page()`` first)."""
        return self._fetch(self._next_query())

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every page after it, each fetched when reached."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        """Every item of this page and of the pages after it."""
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[T]):
    """One page of a list; ``async for`` walks every item of this and the following pages."""

    def __init__(
        self,
        body: Any,
        pagination: Pagination,
        query: Mapping[str, object],
        fetch: Callable[[Mapping[str, object]], Awaitable[AsyncPage[T]]],
    ) -> None:
        """A page read from ``body``; ``fetch(query)`` gets another page of the same list."""
        super().__init__(body, pagination, query)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[T]:
        """The page after this one (check ``has_next_page()`` first)."""
        return await self._fetch(self._next_query())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every page after it, each fetched when reached."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        """Every item of this page and of the pages after it."""
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list method returns: await it for the first page, or ``async for`` it
    to walk every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        """``first()`` fetches the first page, once the paginator is awaited or iterated."""
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        """The first page."""
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        """Every item of every page."""
        page = await self._first()
        async for item in page:
            yield item
