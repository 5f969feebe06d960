"""Protects the client's own validation: a create call missing a required field never goes out.

The required fields come from the spec files themselves (every ``required`` list, at any
depth), so a field made required in the spec is covered without touching this file. Each case
starts from the variant's documented example, removes one required field, and calls the
generated method on a client whose transport fails the test if it is ever used.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import contactswing
import httpx
import pydantic
import pytest

from .support import BASE_URL, TOKEN, VARIANTS, NoNetwork, Variant


def required_paths(
    schema: dict[str, Any], example: Any, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Wire paths of the required fields that the example fills in (the discriminator aside)."""
    if not isinstance(example, dict):
        return
    for name in schema.get("required", []):
        if prefix or name != "type":
            yield (*prefix, name)
    for name, child in (schema.get("properties") or {}).items():
        if isinstance(child, dict) and name in example:
            yield from required_paths(child, example[name], (*prefix, name))


CASES = [
    pytest.param(variant, path, id=f"{variant.file}-{'.'.join(path)}")
    for variant in VARIANTS
    for path in required_paths(variant.schema, variant.example)
]


def test_every_variant_but_email_has_required_fields_to_check() -> None:
    covered = {variant.file for variant, _ in (case.values for case in CASES)}
    # The email page shows no required flags, so only `type` is required (see email.yaml).
    assert covered == {variant.file for variant in VARIANTS} - {"email"}


def _without(variant: Variant, path: tuple[str, ...]) -> dict[str, Any]:
    kwargs = variant.kwargs()
    if len(path) == 1:
        # A top-level field is a keyword argument (its Python name).
        python_name = next(
            name
            for name, field in variant.model.model_fields.items()
            if path[0] in (name, field.validation_alias)
        )
        del kwargs[python_name]
        return kwargs
    kwargs = copy.deepcopy(kwargs)
    node = kwargs[path[0]]
    for key in path[1:-1]:
        node = node[key]
    del node[path[-1]]
    return kwargs


@pytest.mark.parametrize(("variant", "path"), CASES)
def test_a_missing_required_field_is_refused_before_any_request(
    variant: Variant, path: tuple[str, ...]
) -> None:
    network = NoNetwork()
    client = contactswing.ContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(network)),
    )
    method = getattr(client.actions, f"create_{variant.method}")
    with pytest.raises((TypeError, contactswing.InvalidArgumentError)) as caught:
        method(**_without(variant, path))
    message = str(caught.value)
    if len(path) == 1:
        # The generated signature requires it: "missing 1 required keyword-only argument: 'sms'".
        assert isinstance(caught.value, TypeError)
        assert f"'{path[0]}'" in message
    else:
        # The model validation inside the method names the field by its wire path; pydantic's
        # error becomes ours (still a ValueError), with pydantic's as its cause.
        assert isinstance(caught.value, contactswing.InvalidArgumentError)
        assert isinstance(caught.value, ValueError)
        assert isinstance(caught.value.__cause__, pydantic.ValidationError)
        assert ".".join(path) in message
        assert "Field required" in message
    assert network.calls == 0


async def test_a_missing_required_field_is_refused_by_the_async_method_too() -> None:
    network = NoNetwork()
    variant = next(v for v in VARIANTS if v.file == "aircall")
    client = contactswing.AsyncContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(network)),
    )
    with pytest.raises(contactswing.InvalidArgumentError, match=r"webhook\.from"):
        await client.actions.create_aircall(**_without(variant, ("webhook", "from")))
    assert network.calls == 0


def test_a_wrongly_typed_field_is_refused_before_any_request() -> None:
    network = NoNetwork()
    variant = next(v for v in VARIANTS if v.file == "aircall")
    client = contactswing.ContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(network)),
    )
    kwargs = variant.kwargs()
    kwargs["webhook"] = {**kwargs["webhook"], "to": "Aircall number 7"}
    with pytest.raises(contactswing.InvalidArgumentError, match=r"webhook\.to"):
        client.actions.create_aircall(**kwargs)
    assert network.calls == 0


def test_a_plain_dict_body_missing_a_field_is_refused_by_create() -> None:
    """docs/architecture.md: a body that is not a model is validated through the endpoint's
    request type before it is sent."""
    network = NoNetwork()
    client = contactswing.ContactSwing(
        token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(network)),
    )
    body = {k: v for k, v in VARIANTS[0].example.items() if k != "sms"}
    with pytest.raises(contactswing.InvalidArgumentError, match="sms"):
        client.actions.create(body)  # type: ignore[arg-type]
    assert network.calls == 0
