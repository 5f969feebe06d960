# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Dict
from pydantic import ConfigDict, Field
from .._models import BaseModel


class WebhookHeaders(BaseModel):
    """
    HTTP headers sent with the request, as name/value pairs.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    content_type: Annotated[
        str | None,
        Field(
            validation_alias="Content-Type",
            serialization_alias="Content-Type",
            examples=["application/json"],
        ),
    ] = None
    """
    Media type of the request body sent to the endpoint.
    """


class WebhookBodyValues(BaseModel):
    """
    Holder of this part's value.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    data: Annotated[str | None, Field(examples=["Information"])] = None
    """
    The value carried by this part.
    """


class WebhookResponseConfig(BaseModel):
    """
    How the endpoint's answer is turned into what the assistant says.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    prompt: str | None = None
    """
    Instruction telling the assistant how to use the endpoint's answer.
    """


class WebhookBodyItem(BaseModel):
    """
    One part of the outgoing request body.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    type: Annotated[str | None, Field(examples=["static"])] = None
    """
    How this part's value is produced.
    """
    values: WebhookBodyValues | None = None


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
