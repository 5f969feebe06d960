"""Protects reading actions back: each item becomes the variant class its ``type`` names.

The list and get responses type an item as ``Action``: the nine variants, or ``UnknownAction``
for a type this client does not know (yet). Items are the documented examples, alone and with
the fields the server adds when it stores an action (``id``, ``company_id``, ``is_active``,
which the spec's x-note on ``Action`` says are kept).
"""

from __future__ import annotations

from typing import Any

import contactswing
import httpx
import pytest
from contactswing import models

from .support import BASE_URL, TOKEN, VARIANTS, Variant, Wire, variant_params

SERVER_FIELDS = {
    "id": "4808cc67-194e-4dfc-97ad-146ddf3d4126",
    "company_id": "7fdacb94-632f-4522-a829-609579a88b50",
    "is_active": True,
}
FUTURE = {
    "id": "9d2c1f3e-0000-4000-8000-000000000001",
    "name": "My Fax Action",
    "action_timing": "DURING",
    "type": "SEND_FAX",
    "fax": {"to": "+13465507166", "pages": 2},
}


def _listed(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "ctx_id": "ctx-list",
        "data": {
            "data": items,
            "pagination": {"current_page": 1, "total_records": len(items)},
        },
        "message": "Request processed successfully",
    }


def _list(items: list[dict[str, Any]]) -> contactswing.SyncPage[models.Action]:
    wire = Wire(200, _listed(items))
    client = contactswing.ContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(wire)),
    )
    return client.actions.list()


def test_a_list_with_one_item_of_each_type_gives_each_variant_class() -> None:
    result = _list(
        [{**variant.example, "id": f"a-{n}"} for n, variant in enumerate(VARIANTS)]
    )
    assert [type(item) for item in result.items] == [
        variant.read_model for variant in VARIANTS
    ]
    for item, variant in zip(result.items, VARIANTS, strict=True):
        assert item.type == variant.type


@pytest.mark.parametrize("variant", variant_params())
def test_a_stored_action_with_server_fields_gives_its_variant_class(
    variant: Variant,
) -> None:
    result = _list([{**variant.example, **SERVER_FIELDS}])
    [item] = result.items
    assert (
        type(item) is variant.read_model
    ), f"a {variant.type} item read back as {type(item).__name__}"
    assert item.model_dump(mode="json", by_alias=True)["id"] == SERVER_FIELDS["id"]


def _minimal(schema: dict[str, Any], value: Any) -> Any:
    """Only the required fields of a documented example, at every depth."""
    if not isinstance(value, dict):
        return value
    required, properties = schema.get("required", []), schema.get("properties", {})
    return {
        k: _minimal(properties.get(k, {}), v) for k, v in value.items() if k in required
    }


# pydantic's default ("smart") union would pick the member that sets the most declared fields,
# and UnknownAction declares id, company_id, name, description and is_active; the generator
# reads undiscriminated unions of models left to right, so a stored action that carries only
# its required fields still reads back as its own variant.
MINIMAL_CASES = [pytest.param(variant, id=variant.file) for variant in VARIANTS]


@pytest.mark.parametrize("variant", MINIMAL_CASES)
def test_a_stored_action_with_only_required_fields_gives_its_variant_class(
    variant: Variant,
) -> None:
    stored = {**_minimal(variant.schema, variant.example), **SERVER_FIELDS}
    [item] = _list([stored]).items
    assert (
        type(item) is variant.read_model
    ), f"a {variant.type} item read back as {type(item).__name__}"


def test_an_unknown_future_type_comes_back_as_unknown_action_with_its_fields() -> None:
    result = _list([VARIANTS[0].example, FUTURE])
    sms, future = result.items
    assert isinstance(sms, models.SmsAction)
    assert type(future) is models.UnknownAction
    assert future.type == "SEND_FAX"
    assert future.id == FUTURE["id"]
    assert future.name == "My Fax Action"
    # Fields the client does not model are kept, and round-trip unchanged.
    assert future.model_extra == {
        "action_timing": "DURING",
        "fax": {"to": "+13465507166", "pages": 2},
    }
    assert future.model_dump(mode="json", by_alias=True, exclude_unset=True) == FUTURE


def test_a_known_type_with_a_broken_configuration_keeps_its_kind_and_data() -> None:
    """Reading never fails, and drift does not turn an item into UnknownAction: an SMS item
    without its sms object and with a lower-case timing is still an SmsAction, its data
    kept as the server sent it."""
    broken = {k: v for k, v in VARIANTS[0].example.items() if k != "sms"}
    broken["action_timing"] = "during"
    [item] = _list([{**broken, "id": "a-1"}]).items
    assert type(item) is models.SmsActionRead
    assert item.action_timing == "during"  # type: ignore[comparison-overlap]  # as sent
    assert item.sms is None  # type: ignore[comparison-overlap]  # missing from the answer
    assert item.id == "a-1" and item.model_extra == {}


def test_a_kind_newer_than_the_client_reads_as_unknown_action() -> None:
    [item] = _list([{"type": "END_CALL", "name": "Bye", "reason": "done"}]).items
    assert type(item) is models.UnknownAction
    assert item.type == "END_CALL" and item.model_extra == {"reason": "done"}


async def test_get_returns_the_variant_class_async() -> None:
    variant = next(v for v in VARIANTS if v.file == "aircall")
    wire = Wire(200, {"ctx_id": "ctx-get", "data": {**variant.example, "id": "a-1"}})
    async with contactswing.AsyncContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(wire)),
    ) as client:
        result = await client.actions.get("a-1")
    assert type(result) is models.AircallActionRead
    assert result._request_id == "ctx-get"
    assert wire.sent == [("GET", "/v2/_actions/a-1", None)]
