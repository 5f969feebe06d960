"""Reading an answer leniently: what breaks the schema is kept, typed wherever it fits.

A server's answer is validated into the documented type first, the usual and fast path. When
that fails (a value breaks a length or a pattern, an enum gains a value, a required field is
missing, an item of a union drifts), ``construct`` rebuilds it instead: every part that fits
its type becomes that type, every other part stays the value the server sent, and nothing is
dropped. Requests stay strict; only answers are read this way, as the Stainless SDKs do.

Unions whose members are told apart by one field (``type: "SEND_SMS"``) use ``tag_by`` as
their discriminator: an item is read as the member its field names, and as the fallback
member when it names none, so a drifted SMS action stays an SMS action and a kind added after
this client was generated arrives as the fallback, with all its fields.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import pydantic

from ._adapter import type_adapter

__all__ = ["OTHER", "construct", "fits_shape", "tag_by"]

# The tag of a union's fallback member: the item names no member this client knows.
OTHER = "__other__"


def tag_by(field: str, tags: Mapping[str, str]) -> Callable[[Any], str]:
    """A union discriminator: the member tag ``tags`` gives the value of ``field``, else ``OTHER``."""

    def tag(value: Any) -> str:
        found = (
            value.get(field)
            if isinstance(value, Mapping)
            else getattr(value, field, None)
        )
        return tags.get(found, OTHER) if isinstance(found, str) else OTHER

    return tag


def fits_shape(type_: Any, value: Any) -> bool:
    """Whether ``value`` is at least the kind of JSON ``type_`` reads: an object for a model
    (or a union of models), an array for a list. What is not cannot be read leniently.
    """
    origin, args = typing.get_origin(type_), typing.get_args(type_)
    if origin is typing.Annotated:
        return fits_shape(args[0], value)
    if origin in (typing.Union, types.UnionType):
        return any(fits_shape(member, value) for member in args)
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return isinstance(value, Mapping)
    if origin in (list, tuple, set, frozenset):
        return isinstance(value, list)
    if origin is dict:
        return isinstance(value, Mapping)
    return True


def construct(type_: Any, value: Any) -> Any:
    """``value`` as ``type_``: validated when it fits, rebuilt part by part when it does not."""
    try:
        return type_adapter(type_).validate_python(value)
    except (pydantic.ValidationError, TypeError, ValueError):
        return _rebuild(type_, value)


def _rebuild(type_: Any, value: Any) -> Any:
    """``value`` as close to ``type_`` as it goes, known not to fit it as a whole."""
    if value is None:
        return None
    origin, args = typing.get_origin(type_), typing.get_args(type_)
    if origin is typing.Annotated:
        return _rebuild_annotated(args[0], args[1:], value)
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return _rebuild_model(type_, value)
    if origin in (typing.Union, types.UnionType):
        return _rebuild_union(args, value, None)
    if origin in (list, tuple, set, frozenset) and isinstance(value, list):
        item = args[0] if args else Any
        return [construct(item, v) for v in value]
    if origin is dict and isinstance(value, Mapping):
        item = args[1] if len(args) == 2 else Any
        return {k: construct(item, v) for k, v in value.items()}
    return (
        value  # a Literal, enum or scalar that did not fit: the server's value, as sent
    )


def _rebuild_annotated(inner: Any, metadata: tuple[Any, ...], value: Any) -> Any:
    """An ``Annotated`` type: its constraints dropped, its discriminator kept."""
    if typing.get_origin(inner) in (typing.Union, types.UnionType):
        return _rebuild_union(typing.get_args(inner), value, _discriminator(metadata))
    return construct(inner, value)


def _discriminator(metadata: tuple[Any, ...]) -> Any:
    """A union's discriminator from its metadata: a field name, a callable, or None."""
    for item in metadata:
        found = getattr(item, "discriminator", None)
        if isinstance(item, pydantic.Discriminator):
            found = item.discriminator
        if isinstance(found, pydantic.Discriminator):
            found = found.discriminator
        if isinstance(found, str) or callable(found):
            return found
    return None


def _rebuild_union(members: tuple[Any, ...], value: Any, discriminator: Any) -> Any:
    """The member ``value`` claims to be (its discriminator, else its literal fields), rebuilt."""
    member = _claimed(members, value, discriminator)
    if member is not None:
        return construct(member, value)
    for candidate in members:  # no claim: the first member it fits as it is
        try:
            return type_adapter(candidate).validate_python(value)
        except (pydantic.ValidationError, TypeError, ValueError):
            continue
    return value


def _claimed(members: tuple[Any, ...], value: Any, discriminator: Any) -> Any:
    if callable(discriminator):
        tag = discriminator(value)
        return next((m for m in members if _tag_of(m) == tag), None)
    if isinstance(discriminator, str):
        return next(
            (m for m in _models(members) if _literal_matches(m, discriminator, value)),
            None,
        )
    if isinstance(
        value, Mapping
    ):  # a member whose every literal field the value matches
        matching = [
            m
            for m in _models(members)
            if any(_literals(m).values())
            and all(_literal_matches(m, name, value) for name in _literals(m))
        ]
        return matching[0] if matching else None
    return None


def _tag_of(member: Any) -> str | None:
    """The ``Tag`` an ``Annotated[Model, Tag(...)]`` member carries."""
    if typing.get_origin(member) is typing.Annotated:
        for item in typing.get_args(member)[1:]:
            if isinstance(item, pydantic.Tag):
                return item.tag
    return None


def _models(members: tuple[Any, ...]) -> list[type[pydantic.BaseModel]]:
    found = []
    for member in members:
        if typing.get_origin(member) is typing.Annotated:
            member = typing.get_args(member)[0]
        if isinstance(member, type) and issubclass(member, pydantic.BaseModel):
            found.append(member)
    return found


def _literals(model: type[pydantic.BaseModel]) -> dict[str, tuple[Any, ...]]:
    """Wire name → allowed values of each ``Literal`` field of a model."""
    found = {}
    for name, info in model.model_fields.items():
        if typing.get_origin(info.annotation) is typing.Literal:
            found[_wire_name(name, info)] = typing.get_args(info.annotation)
    return found


def _literal_matches(model: type[pydantic.BaseModel], wire: str, value: Any) -> bool:
    allowed = _literals(model).get(wire)
    return (
        allowed is not None
        and isinstance(value, Mapping)
        and value.get(wire) in allowed
    )


def _wire_name(name: str, info: Any) -> str:
    alias = (
        info.validation_alias if isinstance(info.validation_alias, str) else info.alias
    )
    return alias if isinstance(alias, str) else name


def _rebuild_model(model: type[pydantic.BaseModel], value: Any) -> Any:
    """A model built field by field, each field rebuilt to its type; unknown keys kept, and a
    required field the answer lacks set to None."""
    if isinstance(value, model):
        return value
    if not isinstance(value, Mapping):
        return value
    by_wire = {
        _wire_name(name, info): name for name, info in model.model_fields.items()
    }
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, item in value.items():
        name = by_wire.get(key) if isinstance(key, str) else None
        if name is None:
            extra[str(key)] = item
            continue
        info = model.model_fields[name]
        field_type: Any = info.annotation
        if info.discriminator is not None:
            field_type = typing.Annotated[
                field_type, pydantic.Field(discriminator=info.discriminator)
            ]
        fields[name] = construct(field_type, item)
    present = set(fields)
    for name, info in model.model_fields.items():
        if name not in fields and info.is_required():
            fields[name] = (
                None  # missing from the answer: None, not a missing attribute
            )
    built = model.model_construct(_fields_set=present, **fields)
    if extra and model.model_config.get("extra") == "allow":
        built.__pydantic_extra__ = {**(built.__pydantic_extra__ or {}), **extra}
    return built
