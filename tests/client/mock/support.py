"""Helpers for driving the generated client through httpx.MockTransport.

Assumes only the public surface: ``contactswing.ContactSwing``/``AsyncContactSwing``, the errors
exported from ``contactswing``, ``client.actions.create(body)`` and ``contactswing.models``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar

import contactswing
import httpx
from contactswing._runtime import AuthScheme
from contactswing.models import SmsAction

# Shaped like a real token so that a leak is unmistakable in any output.
SECRET = "csk_live_7Q2xW9vTOPSECRETm4Kp8Zr1"

Outcome = (
    int | httpx.Response | type[Exception] | Callable[[httpx.Request], httpx.Response]
)


def sms_action() -> SmsAction:
    """A valid Create SMS Action body, built from wire names so it ignores model class names."""
    return SmsAction.model_validate(copy.deepcopy(SMS_WIRE))


# What sms_action() must look like on the wire: aliases ("from"), no unset fields.
SMS_WIRE = {
    "name": "My SMS Action",
    "description": "Trigger SMS when user requests messaging",
    "action_timing": "DURING",
    "type": "SEND_SMS",
    "sms": {"to": {"value": ["+15555550100"]}, "from": "+13465507166"},
}

CREATED = {
    "ctx_id": "ctx-created",
    "data": {"action_id": "act_123", "name": "My SMS Action", "type": "SEND_SMS"},
}


class Script:
    """A MockTransport handler that plays outcomes in order (the last repeats) and records."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes) or [200]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A copy: the runtime takes the token back off the live request once it is sent.
        self.requests.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.content,
                extensions=request.extensions,
            )
        )
        outcome = self.outcomes[min(len(self.requests), len(self.outcomes)) - 1]
        if isinstance(outcome, type):
            raise outcome("simulated failure", request=request)
        if isinstance(outcome, int):
            return httpx.Response(outcome, json=CREATED)
        if isinstance(outcome, httpx.Response):
            # A fresh copy each time: a response object is read and closed once per send.
            return httpx.Response(
                outcome.status_code, headers=outcome.headers, content=outcome.content
            )
        return outcome(request)

    @property
    def attempts(self) -> int:
        return len(self.requests)


def sync_client(
    handler: Callable[[httpx.Request], Any], **kwargs: Any
) -> contactswing.ContactSwing:
    """A client whose every request goes to ``handler``."""
    kwargs.setdefault("token", SECRET)
    transport = httpx.MockTransport(handler)
    return contactswing.ContactSwing(
        http_client=httpx.Client(transport=transport), **kwargs
    )


def async_client(
    handler: Callable[[httpx.Request], Any], **kwargs: Any
) -> contactswing.AsyncContactSwing:
    """An async client whose every request goes to ``handler``."""
    kwargs.setdefault("token", SECRET)
    transport = httpx.MockTransport(handler)
    return contactswing.AsyncContactSwing(
        http_client=httpx.AsyncClient(transport=transport), **kwargs
    )


# The same client under the other auth schemes the runtime supports.
class BasicClient(contactswing.ContactSwing):
    _schemes: ClassVar[Mapping[str, AuthScheme]] = {"basic": AuthScheme.basic()}
    _security = (("basic",),)


class HeaderKeyClient(contactswing.ContactSwing):
    _schemes: ClassVar[Mapping[str, AuthScheme]] = {
        "key": AuthScheme.api_key_header("X-API-Key")
    }
    _security = (("key",),)


class QueryKeyClient(contactswing.ContactSwing):
    _schemes: ClassVar[Mapping[str, AuthScheme]] = {
        "key": AuthScheme.api_key_query("api_key")
    }
    _security = (("key",),)


class NoAuthClient(contactswing.ContactSwing):
    _schemes: ClassVar[Mapping[str, AuthScheme]] = {}
    _security = ((),)


def scheme_client(
    cls: type[contactswing.ContactSwing],
    handler: Callable[[httpx.Request], Any],
    **kwargs: Any,
) -> contactswing.ContactSwing:
    """A client of one of the classes above whose every request goes to ``handler``."""
    return cls(
        http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs
    )


class TrackingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was closed (a pooled connection released)."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield self.body

    async def __aiter__(self) -> Any:
        yield self.body

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True
