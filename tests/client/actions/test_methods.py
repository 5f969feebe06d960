"""Protects the per-variant methods, sync and async: each sends its variant's documented JSON.

Every ``create_<variant>`` and ``update_<variant>`` method is called with the variant's
documented example as keyword arguments; the body on the wire must be that example exactly
(the method supplies ``type``), and the typed response must come back.
"""

from __future__ import annotations

import contactswing
import httpx
import pytest
from contactswing import models

from .support import BASE_URL, TOKEN, UPDATED, VARIANTS, Variant, Wire, variant_params


def test_every_variant_has_sync_and_async_create_and_update_methods() -> None:
    for resource in (contactswing.ContactSwing, contactswing.AsyncContactSwing):
        actions = resource(token=TOKEN, base_url=BASE_URL).actions
        for variant in VARIANTS:
            for verb in ("create", "update"):
                assert callable(
                    getattr(actions, f"{verb}_{variant.method}", None)
                ), f"{resource.__name__}.actions.{verb}_{variant.method} is missing"


@pytest.mark.parametrize("variant", variant_params())
def test_sync_create_sends_the_documented_json(variant: Variant) -> None:
    wire = Wire()
    with contactswing.ContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(wire)),
    ) as client:
        result = getattr(client.actions, f"create_{variant.method}")(**variant.kwargs())
    # The envelope is unwrapped: the method returns the created action itself.
    assert isinstance(result, models.CreatedAction)
    assert result.action_id == "act-1"
    assert result._request_id == "ctx-1"
    assert wire.sent == [("POST", "/v2/_actions", variant.example)]


@pytest.mark.parametrize("variant", variant_params())
async def test_async_create_sends_the_documented_json(variant: Variant) -> None:
    wire = Wire()
    async with contactswing.AsyncContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(wire)),
    ) as client:
        result = await getattr(client.actions, f"create_{variant.method}")(
            **variant.kwargs()
        )
    assert isinstance(result, models.CreatedAction)
    assert wire.sent == [("POST", "/v2/_actions", variant.example)]


@pytest.mark.parametrize("variant", variant_params())
def test_sync_update_sends_the_documented_json(variant: Variant) -> None:
    wire = Wire(200, UPDATED)
    with contactswing.ContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(wire)),
    ) as client:
        result = getattr(client.actions, f"update_{variant.method}")(
            "act 1/2", **variant.kwargs()
        )
    assert isinstance(result, models.UpdatedAction)
    # The identifier is one path segment, percent-encoded.
    assert wire.sent == [("PUT", "/v2/_actions/act%201%2F2", variant.example)]


@pytest.mark.parametrize("variant", variant_params())
async def test_async_update_sends_the_documented_json(variant: Variant) -> None:
    wire = Wire(200, UPDATED)
    async with contactswing.AsyncContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(wire)),
    ) as client:
        result = await getattr(client.actions, f"update_{variant.method}")(
            "act-1", **variant.kwargs()
        )
    assert isinstance(result, models.UpdatedAction)
    assert wire.sent == [("PUT", "/v2/_actions/act-1", variant.example)]


def test_optional_fields_left_out_are_not_sent() -> None:
    wire = Wire()
    with contactswing.ContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(wire)),
    ) as client:
        client.actions.create_call_transfer(
            name="n",
            description="d",
            action_timing="DURING",
            phone_number="12817126508",
            run_before_call=False,
        )
    assert wire.sent[0][2] == {
        "name": "n",
        "description": "d",
        "action_timing": "DURING",
        "type": "CALL_TRANSFER",
        "phone_number": "12817126508",
        "runBeforeCall": False,
    }
