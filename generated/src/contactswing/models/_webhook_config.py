# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field

from ._webhook_body_item import WebhookBodyItem
from ._webhook_headers import WebhookHeaders
from ._webhook_response_config import WebhookResponseConfig


class WebhookConfig(BaseModel):
    """
    The HTTP request to make and how its answer is used.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    url: Annotated[str, Field(examples=["https://api.publicapis.org/entries"])]
    """
    Address of the external endpoint that is called.
    """
    method: Annotated[str, Field(examples=["POST"])]
    """
    HTTP verb used for the call.
    """
    mandatory: Annotated[bool | None, Field(examples=[False])] = None
    """
    Whether the caller must confirm before the request is made.
    """
    headers: WebhookHeaders | None = None
    body: Annotated[
        list[WebhookBodyItem] | None,
        Field(examples=[[{"type": "static", "values": {"data": "info"}}]]),
    ] = None
    """
    Parts that make up the body of the outgoing request.
    """
    static_body: str | None = None
    """
    Fixed payload to send as the request body, if any.
    """
    required: list[str] | None = None
    """
    Names of the fields that must be collected before the call is made.
    """
    response: WebhookResponseConfig | None = None
    run_before_call: Annotated[bool | None, Field(examples=[False])] = None
    """
    Whether the request is made before the conversation starts.
    """
    type: Annotated[str | None, Field(examples=["static"])] = None
    """
    Kind of webhook configuration.
    """
