"""Create knowledge bases and feed them documents, URLs and FAQs that assistants draw
their answers from."""

from __future__ import annotations

from collections.abc import Sequence as _Sequence
from functools import cached_property
from typing import Any, Literal, Unpack

from .._body import FileContent as _FileContent
from .._body import FileTypes as _FileTypes
from .._body import Part as _Part
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
    CreateKnowledgeBaseRequest,
    CreateKnowledgeBaseResponse,
    CreatedKnowledgeBase,
    UpdateKnowledgeBaseRequest,
    UpdateKnowledgeBaseResponse,
    UpdatedKnowledgeBase,
)

__all__ = ["AsyncKnowledgeBases", "KnowledgeBases"]

_CREATE = _Endpoint[CreatedKnowledgeBase](
    "POST",
    "/v2/_knowledge_base",
    CreateKnowledgeBaseResponse,
    request=CreateKnowledgeBaseRequest,
    body_required=True,
    envelope="data",
    request_id="ctx_id",
)

_UPDATE = _Endpoint[UpdatedKnowledgeBase](
    "PUT",
    "/v2/_knowledgebase/{id}",
    UpdateKnowledgeBaseResponse,
    encoding="multipart",
    body_required=True,
    parts={
        "files": _Part("form", True, ""),
        "uploaded_files": _Part("form", True, ""),
        "urls[]": _Part("form", True, ""),
        "faqs[]": _Part("form", True, ""),
    },
    envelope="data",
    request_id="ctx_id",
)


class KnowledgeBases(_SyncResource):
    """Create knowledge bases and feed them documents, URLs and FAQs that assistants
    draw their answers from."""

    @cached_property
    def with_raw_response(self) -> KnowledgeBasesWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return KnowledgeBasesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> KnowledgeBasesWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return KnowledgeBasesWithStreamingResponse(self)

    def create(
        self, body: CreateKnowledgeBaseRequest, **options: Unpack[_RequestOptions]
    ) -> CreatedKnowledgeBase:
        """Create a knowledge base

        Creates a knowledge base that assistants can draw their answers from.
        Documents, URLs and FAQs are added afterwards with the update operation.

        Args:
            body: The new knowledge base's name and, optionally, its sources.

        ``POST /v2/_knowledge_base``. Retried only when the request provably did not
        reach the server (connection refused, pool timeout) and on 429, so a retry
        never repeats its effect.
        """
        return self._client.call(_CREATE, body=body, options=options)

    def update(
        self,
        id: str,
        *,
        name: str | None = None,
        files: _Sequence[_FileTypes] | None = None,
        urls: list[str] | None = None,
        faqs: list[str] | None = None,
        uploaded_files: _Sequence[_FileTypes] | None = None,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedKnowledgeBase:
        """Update a knowledge base

        Renames a knowledge base and adds sources to it: document files, URLs of
        documents to index, and FAQ entries. The body is a multipart form; list
        fields are sent as one form part per item.

        Args:
            id: Identifier of the knowledge base, as returned when it was created.
            name: New display name of the knowledge base.
            files: Document files to add, one form part per file.
            urls: URLs of documents to index, one form part per URL.
            faqs: FAQ entries to add, one form part per entry, each written as the
                question and the answer separated by a bar: `Q: question|A: answer`.
            uploaded_files: Additional files to add, one form part per file.

        ``PUT /v2/_knowledgebase/{id}``. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        return self._client.call(
            _UPDATE,
            path={"id": id},
            body={
                "name": name,
                "files": files,
                "urls[]": urls,
                "faqs[]": faqs,
                "uploaded_files": uploaded_files,
            },
            options=options,
        )


class KnowledgeBasesWithRawResponse:
    """``KnowledgeBases`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: KnowledgeBases) -> None:
        self.create = _raw(resource.create)
        self.update = _raw(resource.update)


class KnowledgeBasesWithStreamingResponse:
    """``KnowledgeBases`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: KnowledgeBases) -> None:
        self.create = _streamed(resource.create)
        self.update = _streamed(resource.update)


class AsyncKnowledgeBases(_AsyncResource):
    """Create knowledge bases and feed them documents, URLs and FAQs that assistants
    draw their answers from."""

    @cached_property
    def with_raw_response(self) -> AsyncKnowledgeBasesWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncKnowledgeBasesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncKnowledgeBasesWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncKnowledgeBasesWithStreamingResponse(self)

    async def create(
        self, body: CreateKnowledgeBaseRequest, **options: Unpack[_RequestOptions]
    ) -> CreatedKnowledgeBase:
        """Create a knowledge base

        Creates a knowledge base that assistants can draw their answers from.
        Documents, URLs and FAQs are added afterwards with the update operation.

        Args:
            body: The new knowledge base's name and, optionally, its sources.

        ``POST /v2/_knowledge_base``. Retried only when the request provably did not
        reach the server (connection refused, pool timeout) and on 429, so a retry
        never repeats its effect.
        """
        return await self._client.call(_CREATE, body=body, options=options)

    async def update(
        self,
        id: str,
        *,
        name: str | None = None,
        files: _Sequence[_FileTypes] | None = None,
        urls: list[str] | None = None,
        faqs: list[str] | None = None,
        uploaded_files: _Sequence[_FileTypes] | None = None,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedKnowledgeBase:
        """Update a knowledge base

        Renames a knowledge base and adds sources to it: document files, URLs of
        documents to index, and FAQ entries. The body is a multipart form; list
        fields are sent as one form part per item.

        Args:
            id: Identifier of the knowledge base, as returned when it was created.
            name: New display name of the knowledge base.
            files: Document files to add, one form part per file.
            urls: URLs of documents to index, one form part per URL.
            faqs: FAQ entries to add, one form part per entry, each written as the
                question and the answer separated by a bar: `Q: question|A: answer`.
            uploaded_files: Additional files to add, one form part per file.

        ``PUT /v2/_knowledgebase/{id}``. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        return await self._client.call(
            _UPDATE,
            path={"id": id},
            body={
                "name": name,
                "files": files,
                "urls[]": urls,
                "faqs[]": faqs,
                "uploaded_files": uploaded_files,
            },
            options=options,
        )


class AsyncKnowledgeBasesWithRawResponse:
    """``AsyncKnowledgeBases`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncKnowledgeBases) -> None:
        self.create = _async_raw(resource.create)
        self.update = _async_raw(resource.update)


class AsyncKnowledgeBasesWithStreamingResponse:
    """``AsyncKnowledgeBases`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncKnowledgeBases) -> None:
        self.create = _async_streamed(resource.create)
        self.update = _async_streamed(resource.update)
