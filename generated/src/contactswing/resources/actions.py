"""Create, list, read and update the actions that assistants can run during a
conversation."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any, Literal, Unpack

from .._options import RequestOptions as _RequestOptions
from .._pagination import AsyncPaginator as _AsyncPaginator
from .._pagination import SyncPage as _SyncPage
from .._request import Endpoint as _Endpoint
from .._request import Pagination as _Pagination
from .._sentinel import NOT_GIVEN as _NOT_GIVEN
from .._sentinel import NotGiven as _NotGiven
from .._sentinel import given as _given
from .._response import APIResponse as _APIResponse
from .._response import async_to_raw_response_wrapper as _async_raw
from .._response import to_raw_response_wrapper as _raw
from .._streaming import async_to_streamed_response_wrapper as _async_streamed
from .._streaming import to_streamed_response_wrapper as _streamed
from .._runtime import AsyncResource as _AsyncResource
from .._runtime import SyncResource as _SyncResource
from ..models import (
    Action,
    ActionTiming,
    AircallAction,
    AircallWebhook,
    AppointmentAction,
    AppointmentWebhook,
    CallTransferAction,
    CallTransferWebhook,
    CreateActionRequest,
    CreateActionResponse,
    CreatedAction,
    DataExtractionAction,
    DataExtractionWebhook,
    DtmfAction,
    DtmfWebhook,
    EmailAction,
    EmailConfig,
    GetActionResponse,
    ListActionsResponse,
    SmsAction,
    SmsConfig,
    SmsWebhook,
    UpdateActionRequest,
    UpdateActionResponse,
    UpdatedAction,
    WebhookAction,
    WebhookConfig,
    WhatsappAction,
    WhatsappWebhook,
)

__all__ = ["AsyncActions", "Actions"]

_LIST = _Endpoint[Action](
    "GET",
    "/v2/_actions",
    ListActionsResponse,
    pagination=_Pagination(
        "page",
        size="per_page",
        items="/data/data",
        has_next="/data/pagination/has_next",
        total_pages="/data/pagination/total_pages",
        total_items="/data/pagination/total_records",
        current_page="/data/pagination/current_page",
        page_size="/data/pagination/per_page",
    ),
)

_CREATE = _Endpoint[CreatedAction](
    "POST",
    "/v2/_actions",
    CreateActionResponse,
    request=CreateActionRequest,
    body_required=True,
    envelope="data",
    request_id="ctx_id",
)

_GET = _Endpoint[Action](
    "GET",
    "/v2/_actions/{action_id}",
    GetActionResponse,
    envelope="data",
    request_id="ctx_id",
)

_UPDATE = _Endpoint[UpdatedAction | None](
    "PUT",
    "/v2/_actions/{action_id}",
    UpdateActionResponse,
    request=UpdateActionRequest,
    body_required=True,
    envelope="data",
    request_id="ctx_id",
)


class Actions(_SyncResource):
    """Create, list, read and update the actions that assistants can run during a
    conversation."""

    @cached_property
    def with_raw_response(self) -> ActionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return ActionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ActionsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return ActionsWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        **options: Unpack[_RequestOptions],
    ) -> _SyncPage[Action]:
        """List actions

        Returns the company's actions one page at a time, together with paging
        details. Each item is one of the known action kinds, or an UnknownAction for
        a kind this client does not model.

        Args:
            page: Number of the page to return, counting from 1.
            per_page: How many actions each page holds, from 1 to 100.

        Returns a page of ``Action`` items; iterating it walks every item of every
        page, each page fetched when reached.

        ``GET /v2/_actions``. Retried on connection errors, timeouts, 408, 429 and
        5xx answers (the method is idempotent).
        """
        return self._client.pages(
            _LIST, query={"page": page, "per_page": per_page}, options=options
        )

    def create(
        self, body: CreateActionRequest, **options: Unpack[_RequestOptions]
    ) -> CreatedAction:
        """Create an action

        Creates a new action. The value of `type` in the body selects which kind of
        action is created and which configuration object must accompany it.

        Args:
            body: The action to create; its `type` decides which fields apply.

        ``POST /v2/_actions``. Retried only when the request provably did not reach
        the server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect.
        """
        return self._client.call(_CREATE, body=body, options=options)

    def create_sms(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        sms: SmsConfig,
        webhook: SmsWebhook | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``SmsAction`` (``type`` = 'SEND_SMS').

        An action that makes the assistant send a text message through the
        configured SMS provider when the conversation calls for it.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            sms=sms,
            webhook=webhook,
        )
        body = SmsAction(type="SEND_SMS", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def create_email(
        self,
        *,
        name: str | _NotGiven = _NOT_GIVEN,
        description: str | _NotGiven = _NOT_GIVEN,
        action_timing: ActionTiming | _NotGiven = _NOT_GIVEN,
        email: EmailConfig | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``EmailAction`` (``type`` = 'SEND_EMAIL').

        An action that makes the assistant send an email when the conversation calls
        for it. Only part of this action's fields are known; see x-docs-gap.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name, description=description, action_timing=action_timing, email=email
        )
        body = EmailAction(type="SEND_EMAIL", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def create_webhook(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: WebhookConfig,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``WebhookAction`` (``type`` = 'WEBHOOK').

        An action ("API action" in the docs) that makes the assistant call an
        external HTTP endpoint, for example to look up or push data during the
        conversation.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = WebhookAction(type="WEBHOOK", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def create_appointment(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: AppointmentWebhook,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``AppointmentAction`` (``type`` = 'APPOINTMENT').

        A real-time booking action: the assistant books a meeting in a connected
        Google or Outlook calendar during the conversation.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = AppointmentAction(type="APPOINTMENT", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def create_data_extraction(
        self,
        *,
        name: str,
        action_timing: ActionTiming,
        webhook: DataExtractionWebhook,
        description: str | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``DataExtractionAction`` (``type`` = 'SINGLEDATAEXTRACTION').

        An action that makes the assistant pull one piece of information out of the
        conversation and, optionally, store it on a record.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            action_timing=action_timing,
            webhook=webhook,
            description=description,
        )
        body = DataExtractionAction(type="SINGLEDATAEXTRACTION", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def create_call_transfer(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        phone_number: str,
        webhook: CallTransferWebhook | _NotGiven = _NOT_GIVEN,
        speech: str | _NotGiven = _NOT_GIVEN,
        run_before_call: bool | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``CallTransferAction`` (``type`` = 'CALL_TRANSFER').

        An action that hands the live call over to a human at another phone number.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            phone_number=phone_number,
            webhook=webhook,
            speech=speech,
            run_before_call=run_before_call,
        )
        body = CallTransferAction(type="CALL_TRANSFER", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def create_whatsapp(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: WhatsappWebhook,
        is_active: bool | _NotGiven = _NOT_GIVEN,
        phone_number: str | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``WhatsappAction`` (``type`` = 'SEND_WHATSAPP').

        An action that makes the assistant send a pre-approved WhatsApp template
        message.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
            is_active=is_active,
            phone_number=phone_number,
        )
        body = WhatsappAction(type="SEND_WHATSAPP", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def create_dtmf(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: DtmfWebhook,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``DtmfAction`` (``type`` = 'DTMF_ACTION').

        An action that lets the assistant work with keypad tones (DTMF), for example
        to move through a phone menu.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = DtmfAction(type="DTMF_ACTION", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def create_aircall(
        self,
        *,
        name: str,
        action_timing: ActionTiming,
        webhook: AircallWebhook,
        description: str | _NotGiven = _NOT_GIVEN,
        tags: builtins.list[str] | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``AircallAction`` (``type`` = 'AIRCALL').

        An action that places a call through the Aircall telephony integration,
        between two Aircall numbers identified by their numeric IDs.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            action_timing=action_timing,
            webhook=webhook,
            description=description,
            tags=tags,
        )
        body = AircallAction(type="AIRCALL", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def get(self, action_id: str, **options: Unpack[_RequestOptions]) -> Action:
        """Get an action

        Returns one action, with its full configuration, by its identifier.

        Args:
            action_id: Identifier of the action, as returned when it was created or listed.

        ``GET /v2/_actions/{action_id}``. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        return self._client.call(_GET, path={"action_id": action_id}, options=options)

    def update(
        self,
        action_id: str,
        body: UpdateActionRequest,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action

        Replaces the configuration of an existing action. The body has the same
        shape as when the action was created.

        Args:
            action_id: Identifier of the action to change.
            body: The action's new configuration; its `type` decides which fields
                apply.

        ``PUT /v2/_actions/{action_id}``. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    def update_sms(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        sms: SmsConfig,
        webhook: SmsWebhook | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``SmsAction`` (``type`` = 'SEND_SMS').

        An action that makes the assistant send a text message through the
        configured SMS provider when the conversation calls for it.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            sms=sms,
            webhook=webhook,
        )
        body = SmsAction(type="SEND_SMS", **given)
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    def update_email(
        self,
        action_id: str,
        *,
        name: str | _NotGiven = _NOT_GIVEN,
        description: str | _NotGiven = _NOT_GIVEN,
        action_timing: ActionTiming | _NotGiven = _NOT_GIVEN,
        email: EmailConfig | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``EmailAction`` (``type`` = 'SEND_EMAIL').

        An action that makes the assistant send an email when the conversation calls
        for it. Only part of this action's fields are known; see x-docs-gap.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name, description=description, action_timing=action_timing, email=email
        )
        body = EmailAction(type="SEND_EMAIL", **given)
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    def update_webhook(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: WebhookConfig,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``WebhookAction`` (``type`` = 'WEBHOOK').

        An action ("API action" in the docs) that makes the assistant call an
        external HTTP endpoint, for example to look up or push data during the
        conversation.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = WebhookAction(type="WEBHOOK", **given)
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    def update_appointment(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: AppointmentWebhook,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``AppointmentAction`` (``type`` = 'APPOINTMENT').

        A real-time booking action: the assistant books a meeting in a connected
        Google or Outlook calendar during the conversation.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = AppointmentAction(type="APPOINTMENT", **given)
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    def update_data_extraction(
        self,
        action_id: str,
        *,
        name: str,
        action_timing: ActionTiming,
        webhook: DataExtractionWebhook,
        description: str | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``DataExtractionAction`` (``type`` = 'SINGLEDATAEXTRACTION').

        An action that makes the assistant pull one piece of information out of the
        conversation and, optionally, store it on a record.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            action_timing=action_timing,
            webhook=webhook,
            description=description,
        )
        body = DataExtractionAction(type="SINGLEDATAEXTRACTION", **given)
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    def update_call_transfer(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        phone_number: str,
        webhook: CallTransferWebhook | _NotGiven = _NOT_GIVEN,
        speech: str | _NotGiven = _NOT_GIVEN,
        run_before_call: bool | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``CallTransferAction`` (``type`` = 'CALL_TRANSFER').

        An action that hands the live call over to a human at another phone number.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            phone_number=phone_number,
            webhook=webhook,
            speech=speech,
            run_before_call=run_before_call,
        )
        body = CallTransferAction(type="CALL_TRANSFER", **given)
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    def update_whatsapp(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: WhatsappWebhook,
        is_active: bool | _NotGiven = _NOT_GIVEN,
        phone_number: str | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``WhatsappAction`` (``type`` = 'SEND_WHATSAPP').

        An action that makes the assistant send a pre-approved WhatsApp template
        message.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
            is_active=is_active,
            phone_number=phone_number,
        )
        body = WhatsappAction(type="SEND_WHATSAPP", **given)
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    def update_dtmf(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: DtmfWebhook,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``DtmfAction`` (``type`` = 'DTMF_ACTION').

        An action that lets the assistant work with keypad tones (DTMF), for example
        to move through a phone menu.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = DtmfAction(type="DTMF_ACTION", **given)
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    def update_aircall(
        self,
        action_id: str,
        *,
        name: str,
        action_timing: ActionTiming,
        webhook: AircallWebhook,
        description: str | _NotGiven = _NOT_GIVEN,
        tags: builtins.list[str] | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``AircallAction`` (``type`` = 'AIRCALL').

        An action that places a call through the Aircall telephony integration,
        between two Aircall numbers identified by their numeric IDs.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            action_timing=action_timing,
            webhook=webhook,
            description=description,
            tags=tags,
        )
        body = AircallAction(type="AIRCALL", **given)
        return self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )


class ActionsWithRawResponse:
    """``Actions`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Actions) -> None:
        self.list = _raw(resource.list)
        self.create = _raw(resource.create)
        self.create_sms = _raw(resource.create_sms)
        self.create_email = _raw(resource.create_email)
        self.create_webhook = _raw(resource.create_webhook)
        self.create_appointment = _raw(resource.create_appointment)
        self.create_data_extraction = _raw(resource.create_data_extraction)
        self.create_call_transfer = _raw(resource.create_call_transfer)
        self.create_whatsapp = _raw(resource.create_whatsapp)
        self.create_dtmf = _raw(resource.create_dtmf)
        self.create_aircall = _raw(resource.create_aircall)
        self.get = _raw(resource.get)
        self.update = _raw(resource.update)
        self.update_sms = _raw(resource.update_sms)
        self.update_email = _raw(resource.update_email)
        self.update_webhook = _raw(resource.update_webhook)
        self.update_appointment = _raw(resource.update_appointment)
        self.update_data_extraction = _raw(resource.update_data_extraction)
        self.update_call_transfer = _raw(resource.update_call_transfer)
        self.update_whatsapp = _raw(resource.update_whatsapp)
        self.update_dtmf = _raw(resource.update_dtmf)
        self.update_aircall = _raw(resource.update_aircall)


class ActionsWithStreamingResponse:
    """``Actions`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Actions) -> None:
        self.list = _streamed(resource.list)
        self.create = _streamed(resource.create)
        self.create_sms = _streamed(resource.create_sms)
        self.create_email = _streamed(resource.create_email)
        self.create_webhook = _streamed(resource.create_webhook)
        self.create_appointment = _streamed(resource.create_appointment)
        self.create_data_extraction = _streamed(resource.create_data_extraction)
        self.create_call_transfer = _streamed(resource.create_call_transfer)
        self.create_whatsapp = _streamed(resource.create_whatsapp)
        self.create_dtmf = _streamed(resource.create_dtmf)
        self.create_aircall = _streamed(resource.create_aircall)
        self.get = _streamed(resource.get)
        self.update = _streamed(resource.update)
        self.update_sms = _streamed(resource.update_sms)
        self.update_email = _streamed(resource.update_email)
        self.update_webhook = _streamed(resource.update_webhook)
        self.update_appointment = _streamed(resource.update_appointment)
        self.update_data_extraction = _streamed(resource.update_data_extraction)
        self.update_call_transfer = _streamed(resource.update_call_transfer)
        self.update_whatsapp = _streamed(resource.update_whatsapp)
        self.update_dtmf = _streamed(resource.update_dtmf)
        self.update_aircall = _streamed(resource.update_aircall)


class AsyncActions(_AsyncResource):
    """Create, list, read and update the actions that assistants can run during a
    conversation."""

    @cached_property
    def with_raw_response(self) -> AsyncActionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncActionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncActionsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncActionsWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        **options: Unpack[_RequestOptions],
    ) -> _AsyncPaginator[Action]:
        """List actions

        Returns the company's actions one page at a time, together with paging
        details. Each item is one of the known action kinds, or an UnknownAction for
        a kind this client does not model.

        Args:
            page: Number of the page to return, counting from 1.
            per_page: How many actions each page holds, from 1 to 100.

        Returns a page of ``Action`` items; iterating it with ``async for`` walks
        every item of every page, each page fetched when reached.

        ``GET /v2/_actions``. Retried on connection errors, timeouts, 408, 429 and
        5xx answers (the method is idempotent).
        """
        return self._client.paginate(
            _LIST, query={"page": page, "per_page": per_page}, options=options
        )

    async def create(
        self, body: CreateActionRequest, **options: Unpack[_RequestOptions]
    ) -> CreatedAction:
        """Create an action

        Creates a new action. The value of `type` in the body selects which kind of
        action is created and which configuration object must accompany it.

        Args:
            body: The action to create; its `type` decides which fields apply.

        ``POST /v2/_actions``. Retried only when the request provably did not reach
        the server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect.
        """
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_sms(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        sms: SmsConfig,
        webhook: SmsWebhook | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``SmsAction`` (``type`` = 'SEND_SMS').

        An action that makes the assistant send a text message through the
        configured SMS provider when the conversation calls for it.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            sms=sms,
            webhook=webhook,
        )
        body = SmsAction(type="SEND_SMS", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_email(
        self,
        *,
        name: str | _NotGiven = _NOT_GIVEN,
        description: str | _NotGiven = _NOT_GIVEN,
        action_timing: ActionTiming | _NotGiven = _NOT_GIVEN,
        email: EmailConfig | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``EmailAction`` (``type`` = 'SEND_EMAIL').

        An action that makes the assistant send an email when the conversation calls
        for it. Only part of this action's fields are known; see x-docs-gap.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name, description=description, action_timing=action_timing, email=email
        )
        body = EmailAction(type="SEND_EMAIL", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_webhook(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: WebhookConfig,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``WebhookAction`` (``type`` = 'WEBHOOK').

        An action ("API action" in the docs) that makes the assistant call an
        external HTTP endpoint, for example to look up or push data during the
        conversation.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = WebhookAction(type="WEBHOOK", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_appointment(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: AppointmentWebhook,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``AppointmentAction`` (``type`` = 'APPOINTMENT').

        A real-time booking action: the assistant books a meeting in a connected
        Google or Outlook calendar during the conversation.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = AppointmentAction(type="APPOINTMENT", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_data_extraction(
        self,
        *,
        name: str,
        action_timing: ActionTiming,
        webhook: DataExtractionWebhook,
        description: str | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``DataExtractionAction`` (``type`` = 'SINGLEDATAEXTRACTION').

        An action that makes the assistant pull one piece of information out of the
        conversation and, optionally, store it on a record.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            action_timing=action_timing,
            webhook=webhook,
            description=description,
        )
        body = DataExtractionAction(type="SINGLEDATAEXTRACTION", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_call_transfer(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        phone_number: str,
        webhook: CallTransferWebhook | _NotGiven = _NOT_GIVEN,
        speech: str | _NotGiven = _NOT_GIVEN,
        run_before_call: bool | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``CallTransferAction`` (``type`` = 'CALL_TRANSFER').

        An action that hands the live call over to a human at another phone number.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            phone_number=phone_number,
            webhook=webhook,
            speech=speech,
            run_before_call=run_before_call,
        )
        body = CallTransferAction(type="CALL_TRANSFER", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_whatsapp(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: WhatsappWebhook,
        is_active: bool | _NotGiven = _NOT_GIVEN,
        phone_number: str | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``WhatsappAction`` (``type`` = 'SEND_WHATSAPP').

        An action that makes the assistant send a pre-approved WhatsApp template
        message.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
            is_active=is_active,
            phone_number=phone_number,
        )
        body = WhatsappAction(type="SEND_WHATSAPP", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_dtmf(
        self,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: DtmfWebhook,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``DtmfAction`` (``type`` = 'DTMF_ACTION').

        An action that lets the assistant work with keypad tones (DTMF), for example
        to move through a phone menu.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = DtmfAction(type="DTMF_ACTION", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_aircall(
        self,
        *,
        name: str,
        action_timing: ActionTiming,
        webhook: AircallWebhook,
        description: str | _NotGiven = _NOT_GIVEN,
        tags: builtins.list[str] | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAction:
        """Create an action: a ``AircallAction`` (``type`` = 'AIRCALL').

        An action that places a call through the Aircall telephony integration,
        between two Aircall numbers identified by their numeric IDs.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            action_timing=action_timing,
            webhook=webhook,
            description=description,
            tags=tags,
        )
        body = AircallAction(type="AIRCALL", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def get(self, action_id: str, **options: Unpack[_RequestOptions]) -> Action:
        """Get an action

        Returns one action, with its full configuration, by its identifier.

        Args:
            action_id: Identifier of the action, as returned when it was created or listed.

        ``GET /v2/_actions/{action_id}``. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        return await self._client.call(
            _GET, path={"action_id": action_id}, options=options
        )

    async def update(
        self,
        action_id: str,
        body: UpdateActionRequest,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action

        Replaces the configuration of an existing action. The body has the same
        shape as when the action was created.

        Args:
            action_id: Identifier of the action to change.
            body: The action's new configuration; its `type` decides which fields
                apply.

        ``PUT /v2/_actions/{action_id}``. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    async def update_sms(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        sms: SmsConfig,
        webhook: SmsWebhook | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``SmsAction`` (``type`` = 'SEND_SMS').

        An action that makes the assistant send a text message through the
        configured SMS provider when the conversation calls for it.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            sms=sms,
            webhook=webhook,
        )
        body = SmsAction(type="SEND_SMS", **given)
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    async def update_email(
        self,
        action_id: str,
        *,
        name: str | _NotGiven = _NOT_GIVEN,
        description: str | _NotGiven = _NOT_GIVEN,
        action_timing: ActionTiming | _NotGiven = _NOT_GIVEN,
        email: EmailConfig | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``EmailAction`` (``type`` = 'SEND_EMAIL').

        An action that makes the assistant send an email when the conversation calls
        for it. Only part of this action's fields are known; see x-docs-gap.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name, description=description, action_timing=action_timing, email=email
        )
        body = EmailAction(type="SEND_EMAIL", **given)
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    async def update_webhook(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: WebhookConfig,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``WebhookAction`` (``type`` = 'WEBHOOK').

        An action ("API action" in the docs) that makes the assistant call an
        external HTTP endpoint, for example to look up or push data during the
        conversation.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = WebhookAction(type="WEBHOOK", **given)
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    async def update_appointment(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: AppointmentWebhook,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``AppointmentAction`` (``type`` = 'APPOINTMENT').

        A real-time booking action: the assistant books a meeting in a connected
        Google or Outlook calendar during the conversation.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = AppointmentAction(type="APPOINTMENT", **given)
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    async def update_data_extraction(
        self,
        action_id: str,
        *,
        name: str,
        action_timing: ActionTiming,
        webhook: DataExtractionWebhook,
        description: str | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``DataExtractionAction`` (``type`` = 'SINGLEDATAEXTRACTION').

        An action that makes the assistant pull one piece of information out of the
        conversation and, optionally, store it on a record.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            action_timing=action_timing,
            webhook=webhook,
            description=description,
        )
        body = DataExtractionAction(type="SINGLEDATAEXTRACTION", **given)
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    async def update_call_transfer(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        phone_number: str,
        webhook: CallTransferWebhook | _NotGiven = _NOT_GIVEN,
        speech: str | _NotGiven = _NOT_GIVEN,
        run_before_call: bool | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``CallTransferAction`` (``type`` = 'CALL_TRANSFER').

        An action that hands the live call over to a human at another phone number.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            phone_number=phone_number,
            webhook=webhook,
            speech=speech,
            run_before_call=run_before_call,
        )
        body = CallTransferAction(type="CALL_TRANSFER", **given)
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    async def update_whatsapp(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: WhatsappWebhook,
        is_active: bool | _NotGiven = _NOT_GIVEN,
        phone_number: str | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``WhatsappAction`` (``type`` = 'SEND_WHATSAPP').

        An action that makes the assistant send a pre-approved WhatsApp template
        message.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
            is_active=is_active,
            phone_number=phone_number,
        )
        body = WhatsappAction(type="SEND_WHATSAPP", **given)
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    async def update_dtmf(
        self,
        action_id: str,
        *,
        name: str,
        description: str,
        action_timing: ActionTiming,
        webhook: DtmfWebhook,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``DtmfAction`` (``type`` = 'DTMF_ACTION').

        An action that lets the assistant work with keypad tones (DTMF), for example
        to move through a phone menu.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            description=description,
            action_timing=action_timing,
            webhook=webhook,
        )
        body = DtmfAction(type="DTMF_ACTION", **given)
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )

    async def update_aircall(
        self,
        action_id: str,
        *,
        name: str,
        action_timing: ActionTiming,
        webhook: AircallWebhook,
        description: str | _NotGiven = _NOT_GIVEN,
        tags: builtins.list[str] | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAction | None:
        """Update an action: a ``AircallAction`` (``type`` = 'AIRCALL').

        An action that places a call through the Aircall telephony integration,
        between two Aircall numbers identified by their numeric IDs.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``update`` does. Retried on connection errors, timeouts,
        408, 429 and 5xx answers (the method is idempotent).
        """
        given = _given(
            name=name,
            action_timing=action_timing,
            webhook=webhook,
            description=description,
            tags=tags,
        )
        body = AircallAction(type="AIRCALL", **given)
        return await self._client.call(
            _UPDATE, path={"action_id": action_id}, body=body, options=options
        )


class AsyncActionsWithRawResponse:
    """``AsyncActions`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncActions) -> None:
        self.list = _async_raw(resource.list)
        self.create = _async_raw(resource.create)
        self.create_sms = _async_raw(resource.create_sms)
        self.create_email = _async_raw(resource.create_email)
        self.create_webhook = _async_raw(resource.create_webhook)
        self.create_appointment = _async_raw(resource.create_appointment)
        self.create_data_extraction = _async_raw(resource.create_data_extraction)
        self.create_call_transfer = _async_raw(resource.create_call_transfer)
        self.create_whatsapp = _async_raw(resource.create_whatsapp)
        self.create_dtmf = _async_raw(resource.create_dtmf)
        self.create_aircall = _async_raw(resource.create_aircall)
        self.get = _async_raw(resource.get)
        self.update = _async_raw(resource.update)
        self.update_sms = _async_raw(resource.update_sms)
        self.update_email = _async_raw(resource.update_email)
        self.update_webhook = _async_raw(resource.update_webhook)
        self.update_appointment = _async_raw(resource.update_appointment)
        self.update_data_extraction = _async_raw(resource.update_data_extraction)
        self.update_call_transfer = _async_raw(resource.update_call_transfer)
        self.update_whatsapp = _async_raw(resource.update_whatsapp)
        self.update_dtmf = _async_raw(resource.update_dtmf)
        self.update_aircall = _async_raw(resource.update_aircall)


class AsyncActionsWithStreamingResponse:
    """``AsyncActions`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncActions) -> None:
        self.list = _async_streamed(resource.list)
        self.create = _async_streamed(resource.create)
        self.create_sms = _async_streamed(resource.create_sms)
        self.create_email = _async_streamed(resource.create_email)
        self.create_webhook = _async_streamed(resource.create_webhook)
        self.create_appointment = _async_streamed(resource.create_appointment)
        self.create_data_extraction = _async_streamed(resource.create_data_extraction)
        self.create_call_transfer = _async_streamed(resource.create_call_transfer)
        self.create_whatsapp = _async_streamed(resource.create_whatsapp)
        self.create_dtmf = _async_streamed(resource.create_dtmf)
        self.create_aircall = _async_streamed(resource.create_aircall)
        self.get = _async_streamed(resource.get)
        self.update = _async_streamed(resource.update)
        self.update_sms = _async_streamed(resource.update_sms)
        self.update_email = _async_streamed(resource.update_email)
        self.update_webhook = _async_streamed(resource.update_webhook)
        self.update_appointment = _async_streamed(resource.update_appointment)
        self.update_data_extraction = _async_streamed(resource.update_data_extraction)
        self.update_call_transfer = _async_streamed(resource.update_call_transfer)
        self.update_whatsapp = _async_streamed(resource.update_whatsapp)
        self.update_dtmf = _async_streamed(resource.update_dtmf)
        self.update_aircall = _async_streamed(resource.update_aircall)
