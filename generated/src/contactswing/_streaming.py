"""``with_streaming_response``: an answer handed over before its body is read.

    with client.<resource>.with_streaming_response.<method>(...) as response:
        for chunk in response.iter_bytes():      # a large download, a chunk at a time
            ...
        # or response.parse(): what the method returns, read then

The call is made as usual (retries, errors and the deadline apply until the answer's status
and headers arrive), but a 2xx body is left on the connection: the response is the caller's to
read, within the ``with`` block, which closes it. An error status is still raised as the typed
error, its body read first.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
)
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

__all__ = [
    "AsyncStreamedResponse",
    "StreamedResponse",
    "async_to_streamed_response_wrapper",
    "capture_stream",
    "streaming",
    "to_streamed_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")


class StreamedResponse(Generic[T]):
    """A 2xx answer whose body has not been read: read it in chunks, or ``parse()`` it."""

    def __init__(
        self,
        http_response: httpx.Response,
        *,
        parser: Callable[[httpx.Response], T],
        retries_taken: int,
    ) -> None:
        """Wrap an open response and the function that turns its body into ``T``."""
        self.http_response = http_response
        self._parser = parser
        self.retries_taken = retries_taken

    def __repr__(self) -> str:
        """Show the status, never the headers (they may carry credentials)."""
        return f"<{type(self).__name__} [{self.status_code}]>"

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body, a chunk at a time (decoded from its content encoding)."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as text, a chunk at a time."""
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body as text, a line at a time."""
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        """The whole body."""
        return self.http_response.read()

    def parse(self) -> T:
        """Read the body and return what the method returns."""
        self.http_response.read()
        return self._parser(self.http_response)

    def close(self) -> None:
        """Give the connection back (the ``with`` block does it)."""
        self.http_response.close()


class AsyncStreamedResponse(Generic[T]):
    """The async ``StreamedResponse``."""

    def __init__(
        self,
        http_response: httpx.Response,
        *,
        parser: Callable[[httpx.Response], T],
        retries_taken: int,
    ) -> None:
        """Wrap an open response and the function that turns its body into ``T``."""
        self.http_response = http_response
        self._parser = parser
        self.retries_taken = retries_taken

    def __repr__(self) -> str:
        """Show the status, never the headers (they may carry credentials)."""
        return f"<{type(self).__name__} [{self.status_code}]>"

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body, a chunk at a time: ``async for chunk in response.iter_bytes()``."""
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as text, a chunk at a time."""
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        """The body as text, a line at a time."""
        return self.http_response.aiter_lines()

    async def read(self) -> bytes:
        """The whole body."""
        return await self.http_response.aread()

    async def parse(self) -> T:
        """Read the body and return what the method returns."""
        await self.http_response.aread()
        return self._parser(self.http_response)

    async def close(self) -> None:
        """Give the connection back (the ``async with`` block does it)."""
        await self.http_response.aclose()


# Set by the streaming wrappers for one API method call: the client then sends without
# reading the body and hands the response over through this list instead of parsing it.
_sink: contextvars.ContextVar[list[Any] | None] = contextvars.ContextVar(
    "_stream_sink", default=None
)


def streaming() -> bool:
    """Whether the call being made is for a streaming wrapper (its answer not yet taken)."""
    sink = _sink.get()
    return sink is not None and not sink


def capture_stream(
    response: httpx.Response,
    parser: Callable[[httpx.Response], Any],
    retries_taken: int,
    *,
    is_async: bool,
) -> bool:
    """Hand an unread 2xx response to the active streaming wrapper; False without one."""
    if not streaming():
        return False
    cls = AsyncStreamedResponse if is_async else StreamedResponse
    sink = _sink.get()
    assert sink is not None
    sink.append(cls(response, parser=parser, retries_taken=retries_taken))
    return True


def _taken(sink: list[Any], func: object) -> Any:
    if not sink:
        raise TypeError(
            f"{func!r} did not call the API client, so it has no response to stream"
        )
    return sink[0]


def to_streamed_response_wrapper(
    func: Callable[P, T],
) -> Callable[P, contextlib.AbstractContextManager[StreamedResponse[T]]]:
    """Wrap a sync API method to give its answer unread, in a ``with`` block."""

    @functools.wraps(func)
    @contextlib.contextmanager
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> Iterator[StreamedResponse[T]]:
        sink: list[Any] = []
        token = _sink.set(sink)
        try:
            func(*args, **kwargs)
        finally:
            _sink.reset(token)
        response: StreamedResponse[T] = _taken(sink, func)
        try:
            yield response
        finally:
            response.close()

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, contextlib.AbstractAsyncContextManager[AsyncStreamedResponse[T]]]:
    """Wrap an async API method to give its answer unread, in an ``async with`` block."""

    @functools.wraps(func)
    @contextlib.asynccontextmanager
    async def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[AsyncStreamedResponse[T]]:
        sink: list[Any] = []
        token = _sink.set(sink)
        try:
            await func(*args, **kwargs)
        finally:
            _sink.reset(token)
        response: AsyncStreamedResponse[T] = _taken(sink, func)
        try:
            yield response
        finally:
            await response.close()

    return wrapped
