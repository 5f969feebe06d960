"""Create and update the AI agents (assistants) that handle voice calls, chats, SMS
conversations and email."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal, Unpack

from .._options import RequestOptions as _RequestOptions
from .._request import Endpoint as _Endpoint
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
    AssistantApiKey,
    AssistantPrompts,
    ChatAssistant,
    ChatAssistantSettings,
    CreateAssistantRequest,
    CreateAssistantResponse,
    CreatedAssistant,
    EmailAssistant,
    SmsAssistant,
    SmsAssistantSettings,
    UpdateAssistantRequest,
    UpdateAssistantResponse,
    UpdatedAssistant,
    VoiceAssistantSettings,
    VoiceBehaviour,
    VoiceIncomingAssistant,
)

__all__ = ["AsyncAssistants", "Assistants"]

_CREATE = _Endpoint[CreatedAssistant](
    "POST",
    "/v2/_new_assistants",
    CreateAssistantResponse,
    request=CreateAssistantRequest,
    body_required=True,
    envelope="data",
    request_id="ctx_id",
)

_UPDATE = _Endpoint[UpdatedAssistant](
    "PUT",
    "/v2/_new_assistants/{assistant_id}",
    UpdateAssistantResponse,
    request=UpdateAssistantRequest,
    body_required=True,
    envelope="data",
    request_id="ctx_id",
)


class Assistants(_SyncResource):
    """Create and update the AI agents (assistants) that handle voice calls, chats, SMS
    conversations and email."""

    @cached_property
    def with_raw_response(self) -> AssistantsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AssistantsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AssistantsWithStreamingResponse(self)

    def create(
        self,
        body: CreateAssistantRequest,
        *,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant

        Creates an AI agent. The value of `type` in the body selects the kind of
        agent (voice, chat, SMS or email) and the settings that apply to it.

        Args:
            body: The assistant to create; its `type` decides which fields apply.
            force: Recreate the assistant even if it exists, overwriting the existing
                one.

        ``POST /v2/_new_assistants``. Retried only when the request provably did not
        reach the server (connection refused, pool timeout) and on 429, so a retry
        never repeats its effect.
        """
        return self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    def create_voice_incoming(
        self,
        *,
        name: str,
        model: str,
        api_keys: list[AssistantApiKey],
        instructions: str,
        prompts: AssistantPrompts | _NotGiven = _NOT_GIVEN,
        phone_number: str | _NotGiven = _NOT_GIVEN,
        incoming_call_greeting: str | _NotGiven = _NOT_GIVEN,
        outgoing_call_greeting: str | _NotGiven = _NOT_GIVEN,
        synthesizer: str | _NotGiven = _NOT_GIVEN,
        voice_id: str | _NotGiven = _NOT_GIVEN,
        language: str | _NotGiven = _NOT_GIVEN,
        enable_recordings: bool | _NotGiven = _NOT_GIVEN,
        behaviour: VoiceBehaviour | _NotGiven = _NOT_GIVEN,
        kb_id: str | None | _NotGiven = _NOT_GIVEN,
        additional_settings: VoiceAssistantSettings | _NotGiven = _NOT_GIVEN,
        action_ids: list[Any] | _NotGiven = _NOT_GIVEN,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant: a ``VoiceIncomingAssistant`` (``type`` = 'VOICE_INCOMING').

        A voice AI agent: an assistant that answers phone calls (and places them),
        speaking with a synthesized voice, with its greetings, voice, language and
        call behaviour.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            model=model,
            api_keys=api_keys,
            instructions=instructions,
            prompts=prompts,
            phone_number=phone_number,
            incoming_call_greeting=incoming_call_greeting,
            outgoing_call_greeting=outgoing_call_greeting,
            synthesizer=synthesizer,
            voice_id=voice_id,
            language=language,
            enable_recordings=enable_recordings,
            behaviour=behaviour,
            kb_id=kb_id,
            additional_settings=additional_settings,
            action_ids=action_ids,
        )
        body = VoiceIncomingAssistant(type="VOICE_INCOMING", **given)
        return self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    def create_chat(
        self,
        *,
        name: str,
        model: str,
        instructions: str,
        api_keys: list[str] | _NotGiven = _NOT_GIVEN,
        prompts: AssistantPrompts | _NotGiven = _NOT_GIVEN,
        kb_id: str | _NotGiven = _NOT_GIVEN,
        additional_settings: ChatAssistantSettings | _NotGiven = _NOT_GIVEN,
        action_ids: list[Any] | _NotGiven = _NOT_GIVEN,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant: a ``ChatAssistant`` (``type`` = 'CHAT').

        A chat AI agent: an assistant that talks with visitors in a chat widget,
        with its brand, greetings and messages.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            model=model,
            instructions=instructions,
            api_keys=api_keys,
            prompts=prompts,
            kb_id=kb_id,
            additional_settings=additional_settings,
            action_ids=action_ids,
        )
        body = ChatAssistant(type="CHAT", **given)
        return self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    def create_sms(
        self,
        *,
        name: str,
        model: str,
        api_keys: list[AssistantApiKey],
        instructions: str,
        sms_type: str,
        prompts: AssistantPrompts | _NotGiven = _NOT_GIVEN,
        phone_number: str | _NotGiven = _NOT_GIVEN,
        kb_id: str | _NotGiven = _NOT_GIVEN,
        action_ids: list[Any] | _NotGiven = _NOT_GIVEN,
        additional_settings: SmsAssistantSettings | _NotGiven = _NOT_GIVEN,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant: a ``SmsAssistant`` (``type`` = 'SMS').

        An SMS AI agent: an assistant that holds text-message conversations from its
        phone number.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            model=model,
            api_keys=api_keys,
            instructions=instructions,
            sms_type=sms_type,
            prompts=prompts,
            phone_number=phone_number,
            kb_id=kb_id,
            action_ids=action_ids,
            additional_settings=additional_settings,
        )
        body = SmsAssistant(type="SMS", **given)
        return self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    def create_email(
        self,
        *,
        name: str,
        model: str,
        instructions: str,
        prompts: AssistantPrompts | _NotGiven = _NOT_GIVEN,
        kb_id: str | _NotGiven = _NOT_GIVEN,
        gen_ai_response: str | _NotGiven = _NOT_GIVEN,
        email_setup: str | _NotGiven = _NOT_GIVEN,
        labels: str | _NotGiven = _NOT_GIVEN,
        action_ids: list[str] | _NotGiven = _NOT_GIVEN,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant: a ``EmailAssistant`` (``type`` = 'EMAIL').

        An email AI agent: an assistant that reads incoming email and drafts or
        sends replies.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            model=model,
            instructions=instructions,
            prompts=prompts,
            kb_id=kb_id,
            gen_ai_response=gen_ai_response,
            email_setup=email_setup,
            labels=labels,
            action_ids=action_ids,
        )
        body = EmailAssistant(type="EMAIL", **given)
        return self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    def update(
        self,
        assistant_id: str,
        body: UpdateAssistantRequest,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAssistant:
        """Update an assistant

        Changes an existing assistant: its name, description, linked actions or
        model.

        Args:
            assistant_id: Identifier of the assistant, as returned when it was created.
            body: The fields to change.

        ``PUT /v2/_new_assistants/{assistant_id}``. Retried on connection errors,
        timeouts, 408, 429 and 5xx answers (the method is idempotent).
        """
        return self._client.call(
            _UPDATE, path={"assistant_id": assistant_id}, body=body, options=options
        )


class AssistantsWithRawResponse:
    """``Assistants`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Assistants) -> None:
        self.create = _raw(resource.create)
        self.create_voice_incoming = _raw(resource.create_voice_incoming)
        self.create_chat = _raw(resource.create_chat)
        self.create_sms = _raw(resource.create_sms)
        self.create_email = _raw(resource.create_email)
        self.update = _raw(resource.update)


class AssistantsWithStreamingResponse:
    """``Assistants`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Assistants) -> None:
        self.create = _streamed(resource.create)
        self.create_voice_incoming = _streamed(resource.create_voice_incoming)
        self.create_chat = _streamed(resource.create_chat)
        self.create_sms = _streamed(resource.create_sms)
        self.create_email = _streamed(resource.create_email)
        self.update = _streamed(resource.update)


class AsyncAssistants(_AsyncResource):
    """Create and update the AI agents (assistants) that handle voice calls, chats, SMS
    conversations and email."""

    @cached_property
    def with_raw_response(self) -> AsyncAssistantsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAssistantsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncAssistantsWithStreamingResponse(self)

    async def create(
        self,
        body: CreateAssistantRequest,
        *,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant

        Creates an AI agent. The value of `type` in the body selects the kind of
        agent (voice, chat, SMS or email) and the settings that apply to it.

        Args:
            body: The assistant to create; its `type` decides which fields apply.
            force: Recreate the assistant even if it exists, overwriting the existing
                one.

        ``POST /v2/_new_assistants``. Retried only when the request provably did not
        reach the server (connection refused, pool timeout) and on 429, so a retry
        never repeats its effect.
        """
        return await self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    async def create_voice_incoming(
        self,
        *,
        name: str,
        model: str,
        api_keys: list[AssistantApiKey],
        instructions: str,
        prompts: AssistantPrompts | _NotGiven = _NOT_GIVEN,
        phone_number: str | _NotGiven = _NOT_GIVEN,
        incoming_call_greeting: str | _NotGiven = _NOT_GIVEN,
        outgoing_call_greeting: str | _NotGiven = _NOT_GIVEN,
        synthesizer: str | _NotGiven = _NOT_GIVEN,
        voice_id: str | _NotGiven = _NOT_GIVEN,
        language: str | _NotGiven = _NOT_GIVEN,
        enable_recordings: bool | _NotGiven = _NOT_GIVEN,
        behaviour: VoiceBehaviour | _NotGiven = _NOT_GIVEN,
        kb_id: str | None | _NotGiven = _NOT_GIVEN,
        additional_settings: VoiceAssistantSettings | _NotGiven = _NOT_GIVEN,
        action_ids: list[Any] | _NotGiven = _NOT_GIVEN,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant: a ``VoiceIncomingAssistant`` (``type`` = 'VOICE_INCOMING').

        A voice AI agent: an assistant that answers phone calls (and places them),
        speaking with a synthesized voice, with its greetings, voice, language and
        call behaviour.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            model=model,
            api_keys=api_keys,
            instructions=instructions,
            prompts=prompts,
            phone_number=phone_number,
            incoming_call_greeting=incoming_call_greeting,
            outgoing_call_greeting=outgoing_call_greeting,
            synthesizer=synthesizer,
            voice_id=voice_id,
            language=language,
            enable_recordings=enable_recordings,
            behaviour=behaviour,
            kb_id=kb_id,
            additional_settings=additional_settings,
            action_ids=action_ids,
        )
        body = VoiceIncomingAssistant(type="VOICE_INCOMING", **given)
        return await self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    async def create_chat(
        self,
        *,
        name: str,
        model: str,
        instructions: str,
        api_keys: list[str] | _NotGiven = _NOT_GIVEN,
        prompts: AssistantPrompts | _NotGiven = _NOT_GIVEN,
        kb_id: str | _NotGiven = _NOT_GIVEN,
        additional_settings: ChatAssistantSettings | _NotGiven = _NOT_GIVEN,
        action_ids: list[Any] | _NotGiven = _NOT_GIVEN,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant: a ``ChatAssistant`` (``type`` = 'CHAT').

        A chat AI agent: an assistant that talks with visitors in a chat widget,
        with its brand, greetings and messages.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            model=model,
            instructions=instructions,
            api_keys=api_keys,
            prompts=prompts,
            kb_id=kb_id,
            additional_settings=additional_settings,
            action_ids=action_ids,
        )
        body = ChatAssistant(type="CHAT", **given)
        return await self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    async def create_sms(
        self,
        *,
        name: str,
        model: str,
        api_keys: list[AssistantApiKey],
        instructions: str,
        sms_type: str,
        prompts: AssistantPrompts | _NotGiven = _NOT_GIVEN,
        phone_number: str | _NotGiven = _NOT_GIVEN,
        kb_id: str | _NotGiven = _NOT_GIVEN,
        action_ids: list[Any] | _NotGiven = _NOT_GIVEN,
        additional_settings: SmsAssistantSettings | _NotGiven = _NOT_GIVEN,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant: a ``SmsAssistant`` (``type`` = 'SMS').

        An SMS AI agent: an assistant that holds text-message conversations from its
        phone number.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            model=model,
            api_keys=api_keys,
            instructions=instructions,
            sms_type=sms_type,
            prompts=prompts,
            phone_number=phone_number,
            kb_id=kb_id,
            action_ids=action_ids,
            additional_settings=additional_settings,
        )
        body = SmsAssistant(type="SMS", **given)
        return await self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    async def create_email(
        self,
        *,
        name: str,
        model: str,
        instructions: str,
        prompts: AssistantPrompts | _NotGiven = _NOT_GIVEN,
        kb_id: str | _NotGiven = _NOT_GIVEN,
        gen_ai_response: str | _NotGiven = _NOT_GIVEN,
        email_setup: str | _NotGiven = _NOT_GIVEN,
        labels: str | _NotGiven = _NOT_GIVEN,
        action_ids: list[str] | _NotGiven = _NOT_GIVEN,
        force: bool | None = None,
        **options: Unpack[_RequestOptions],
    ) -> CreatedAssistant:
        """Create an assistant: a ``EmailAssistant`` (``type`` = 'EMAIL').

        An email AI agent: an assistant that reads incoming email and drafts or
        sends replies.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(
            name=name,
            model=model,
            instructions=instructions,
            prompts=prompts,
            kb_id=kb_id,
            gen_ai_response=gen_ai_response,
            email_setup=email_setup,
            labels=labels,
            action_ids=action_ids,
        )
        body = EmailAssistant(type="EMAIL", **given)
        return await self._client.call(
            _CREATE, query={"force": force}, body=body, options=options
        )

    async def update(
        self,
        assistant_id: str,
        body: UpdateAssistantRequest,
        **options: Unpack[_RequestOptions],
    ) -> UpdatedAssistant:
        """Update an assistant

        Changes an existing assistant: its name, description, linked actions or
        model.

        Args:
            assistant_id: Identifier of the assistant, as returned when it was created.
            body: The fields to change.

        ``PUT /v2/_new_assistants/{assistant_id}``. Retried on connection errors,
        timeouts, 408, 429 and 5xx answers (the method is idempotent).
        """
        return await self._client.call(
            _UPDATE, path={"assistant_id": assistant_id}, body=body, options=options
        )


class AsyncAssistantsWithRawResponse:
    """``AsyncAssistants`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncAssistants) -> None:
        self.create = _async_raw(resource.create)
        self.create_voice_incoming = _async_raw(resource.create_voice_incoming)
        self.create_chat = _async_raw(resource.create_chat)
        self.create_sms = _async_raw(resource.create_sms)
        self.create_email = _async_raw(resource.create_email)
        self.update = _async_raw(resource.update)


class AsyncAssistantsWithStreamingResponse:
    """``AsyncAssistants`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncAssistants) -> None:
        self.create = _async_streamed(resource.create)
        self.create_voice_incoming = _async_streamed(resource.create_voice_incoming)
        self.create_chat = _async_streamed(resource.create_chat)
        self.create_sms = _async_streamed(resource.create_sms)
        self.create_email = _async_streamed(resource.create_email)
        self.update = _async_streamed(resource.update)
