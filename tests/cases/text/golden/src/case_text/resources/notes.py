"""Notes tag: ends with a backslash \\"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal, Unpack

from .._options import RequestOptions as _RequestOptions
from .._request import Endpoint as _Endpoint
from .._response import APIResponse as _APIResponse
from .._response import async_to_raw_response_wrapper as _async_raw
from .._response import to_raw_response_wrapper as _raw
from .._streaming import async_to_streamed_response_wrapper as _async_streamed
from .._streaming import to_streamed_response_wrapper as _streamed
from .._runtime import AsyncResource as _AsyncResource
from .._runtime import SyncResource as _SyncResource
from ..models import (
    Note,
)

__all__ = ["AsyncNotes", "Notes"]

_GET = _Endpoint[Note]("GET", "/notes/{note_id}", Note)


class Notes(_SyncResource):
    """Notes tag: ends with a backslash \\"""

    @cached_property
    def with_raw_response(self) -> NotesWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return NotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NotesWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return NotesWithStreamingResponse(self)

    def get(
        self,
        note_id: str,
        *,
        x_lang: (
            Literal["fr", "it's", 'say "hi"', "back\\slash", "日本語"] | None
        ) = None,
        **options: Unpack[_RequestOptions],
    ) -> Note:
        """Get a "note" — by id

        Summary and description both present. \"\"\"Triple\"\"\" quotes, a trailing
        backslash \\
        and a tab    here.
        Ends with three quotes \"\"\"

        Args:
            note_id: The note's id; "quoted" and \\ escaped.
            x_lang: Language, e.g. 'fr' or "日本語".

        ``GET /notes/{note_id}``. Retried on connection errors, timeouts, 408, 429
        and 5xx answers (the method is idempotent).
        """
        return self._client.call(
            _GET, path={"note_id": note_id}, headers={"x-lang": x_lang}, options=options
        )


class NotesWithRawResponse:
    """``Notes`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Notes) -> None:
        self.get = _raw(resource.get)


class NotesWithStreamingResponse:
    """``Notes`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Notes) -> None:
        self.get = _streamed(resource.get)


class AsyncNotes(_AsyncResource):
    """Notes tag: ends with a backslash \\"""

    @cached_property
    def with_raw_response(self) -> AsyncNotesWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncNotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNotesWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncNotesWithStreamingResponse(self)

    async def get(
        self,
        note_id: str,
        *,
        x_lang: (
            Literal["fr", "it's", 'say "hi"', "back\\slash", "日本語"] | None
        ) = None,
        **options: Unpack[_RequestOptions],
    ) -> Note:
        """Get a "note" — by id

        Summary and description both present. \"\"\"Triple\"\"\" quotes, a trailing
        backslash \\
        and a tab    here.
        Ends with three quotes \"\"\"

        Args:
            note_id: The note's id; "quoted" and \\ escaped.
            x_lang: Language, e.g. 'fr' or "日本語".

        ``GET /notes/{note_id}``. Retried on connection errors, timeouts, 408, 429
        and 5xx answers (the method is idempotent).
        """
        return await self._client.call(
            _GET, path={"note_id": note_id}, headers={"x-lang": x_lang}, options=options
        )


class AsyncNotesWithRawResponse:
    """``AsyncNotes`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.get = _async_raw(resource.get)


class AsyncNotesWithStreamingResponse:
    """``AsyncNotes`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.get = _async_streamed(resource.get)
