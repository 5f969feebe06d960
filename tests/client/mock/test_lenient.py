"""Lenient reads (``_lenient``): an answer that breaks its schema is kept, typed where it fits."""

from __future__ import annotations

from typing import Annotated, Literal

import pydantic
from contactswing._lenient import OTHER, construct, tag_by
from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag


class Config(BaseModel):
    model_config = ConfigDict(extra="allow")
    to: Annotated[str, Field(max_length=3)]


class Sms(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    type: Literal["SEND_SMS"]
    timing: Literal["DURING", "AFTER"] | None = None
    sms: Config
    from_: Annotated[
        str | None, Field(validation_alias="from", serialization_alias="from")
    ] = None


class Mail(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: Literal["SEND_EMAIL"]


class Unknown(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str


Action = Annotated[
    Annotated[Sms, Tag("Sms")]
    | Annotated[Mail, Tag("Mail")]
    | Annotated[Unknown, Tag(OTHER)],
    Discriminator(tag_by("type", {"SEND_SMS": "Sms", "SEND_EMAIL": "Mail"})),
]


class Page(BaseModel):
    data: list[Action]
    total: int | None = None


def test_a_valid_answer_is_validated_as_usual() -> None:
    sms = construct(Sms, {"type": "SEND_SMS", "sms": {"to": "+1"}, "from": "x"})
    assert isinstance(sms, Sms) and sms.sms.to == "+1" and sms.from_ == "x"


def test_a_broken_constraint_and_a_new_enum_value_are_kept() -> None:
    answer = {"type": "SEND_SMS", "timing": "during", "sms": {"to": "+13465507166"}}
    with_strict = pydantic.TypeAdapter(Sms)
    try:
        with_strict.validate_python(answer)
    except pydantic.ValidationError:
        pass
    else:  # the test needs an answer the strict read refuses
        raise AssertionError("the answer should break the schema")
    sms = construct(Sms, answer)
    assert isinstance(sms, Sms) and isinstance(sms.sms, Config)
    assert sms.timing == "during" and sms.sms.to == "+13465507166"


def test_a_missing_required_field_is_none_and_unknown_fields_stay() -> None:
    sms = construct(Sms, {"type": "SEND_SMS", "id": "a-1", "is_active": True})
    assert isinstance(sms, Sms)
    assert sms.sms is None  # type: ignore[comparison-overlap]  # the server left it out
    assert sms.model_extra == {"id": "a-1", "is_active": True}


def test_a_drifted_union_item_keeps_its_kind_and_an_unknown_kind_is_the_fallback() -> (
    None
):
    page = construct(
        Page,
        {
            "data": [
                {"type": "SEND_SMS", "sms": {"to": "too long"}},  # drifted
                {"type": "SEND_EMAIL"},
                {"type": "END_CALL", "reason": "bye"},  # newer than this client
                {"type": "SEND_SMS"},  # its config missing
            ],
            "total": "many",
        },
    )
    assert [type(item).__name__ for item in page.data] == [
        "Sms",
        "Mail",
        "Unknown",
        "Sms",
    ]
    assert page.data[2].model_extra == {"reason": "bye"}
    assert page.total == "many"  # type: ignore[comparison-overlap]  # kept as sent


def test_a_valid_union_item_is_read_by_its_tag() -> None:
    items = pydantic.TypeAdapter(list[Action]).validate_python(
        [{"type": "SEND_EMAIL"}, {"type": "NEW"}]
    )
    assert [type(i).__name__ for i in items] == ["Mail", "Unknown"]


def test_values_that_are_not_the_documented_shape_are_returned_as_sent() -> None:
    assert construct(Page, ["not", "an", "object"]) == ["not", "an", "object"]
    assert construct(list[Sms], {"a": 1}) == {"a": 1}
    assert construct(int, "7x") == "7x"
