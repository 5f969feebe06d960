# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel


class UpdateKnowledgeBaseRequest(BaseModel):
    """
    Multipart form for updating a knowledge base. Every field is optional; list fields are sent as one form part per item, each part named as below.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str | None, Field(examples=["Updated KB Name"])] = None
    """
    New display name of the knowledge base.
    """
    files: list[bytes] | None = None
    """
    Document files to add, one form part per file.
    """
    urls__: Annotated[
        list[str] | None,
        Field(
            validation_alias="urls[]",
            serialization_alias="urls[]",
            examples=[["https://example.com/docs.pdf"]],
        ),
    ] = None
    """
    URLs of documents to index, one form part per URL.
    """
    faqs__: Annotated[
        list[str] | None,
        Field(
            validation_alias="faqs[]",
            serialization_alias="faqs[]",
            examples=[["Q: What is this?|A: Answer here"]],
        ),
    ] = None
    """
    FAQ entries to add, one form part per entry, each written as the question and the answer separated by a bar: `Q: question|A: answer`.
    """
    uploaded_files: list[bytes] | None = None
    """
    Additional files to add, one form part per file.
    """
