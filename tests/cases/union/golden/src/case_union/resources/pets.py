"""Cats and dogs behind one endpoint."""

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
    Cat,
    Dog,
    Pet,
    PetEnvelope,
)

__all__ = ["AsyncPets", "Pets"]

_CREATE = _Endpoint[Pet]("POST", "/pets", Pet, request=Pet, body_required=True)

_GET = _Endpoint[PetEnvelope]("GET", "/pets/{petId}", PetEnvelope)


class Pets(_SyncResource):
    """Cats and dogs behind one endpoint."""

    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return PetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return PetsWithStreamingResponse(self)

    def create(self, body: Pet, **options: Unpack[_RequestOptions]) -> Pet:
        """Add a pet

        Args:
            body: A cat or a dog, told apart by pet_type.

        ``POST /pets``. Retried only when the request provably did not reach the
        server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect.
        """
        return self._client.call(_CREATE, body=body, options=options)

    def create_cat(
        self,
        *,
        name: str,
        indoor: bool | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> Pet:
        """Add a pet: a ``Cat`` (``pet_type`` = 'cat').

        A cat.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(name=name, indoor=indoor)
        body = Cat(pet_type="cat", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def create_dog(
        self,
        *,
        name: str,
        good_boy: bool,
        tricks: list[str] | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> Pet:
        """Add a pet: a ``Dog`` (``pet_type`` = 'dog').

        A dog.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(name=name, good_boy=good_boy, tricks=tricks)
        body = Dog(pet_type="dog", **given)
        return self._client.call(_CREATE, body=body, options=options)

    def get(self, pet_id: str, **options: Unpack[_RequestOptions]) -> PetEnvelope:
        """Get a pet

        Args:
            pet_id: The pet's identifier.

        ``GET /pets/{petId}``. Retried on connection errors, timeouts, 408, 429 and
        5xx answers (the method is idempotent).
        """
        return self._client.call(_GET, path={"petId": pet_id}, options=options)


class PetsWithRawResponse:
    """``Pets`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: Pets) -> None:
        self.create = _raw(resource.create)
        self.create_cat = _raw(resource.create_cat)
        self.create_dog = _raw(resource.create_dog)
        self.get = _raw(resource.get)


class PetsWithStreamingResponse:
    """``Pets`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: Pets) -> None:
        self.create = _streamed(resource.create)
        self.create_cat = _streamed(resource.create_cat)
        self.create_dog = _streamed(resource.create_dog)
        self.get = _streamed(resource.get)


class AsyncPets(_AsyncResource):
    """Cats and dogs behind one endpoint."""

    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """The same methods, returning the raw response (headers, status) beside the parsed body."""
        return AsyncPetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse:
        """The same methods, giving the answer before its body is read (``with ... as response``)."""
        return AsyncPetsWithStreamingResponse(self)

    async def create(self, body: Pet, **options: Unpack[_RequestOptions]) -> Pet:
        """Add a pet

        Args:
            body: A cat or a dog, told apart by pet_type.

        ``POST /pets``. Retried only when the request provably did not reach the
        server (connection refused, pool timeout) and on 429, so a retry never
        repeats its effect.
        """
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_cat(
        self,
        *,
        name: str,
        indoor: bool | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> Pet:
        """Add a pet: a ``Cat`` (``pet_type`` = 'cat').

        A cat.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(name=name, indoor=indoor)
        body = Cat(pet_type="cat", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def create_dog(
        self,
        *,
        name: str,
        good_boy: bool,
        tricks: list[str] | _NotGiven = _NOT_GIVEN,
        **options: Unpack[_RequestOptions],
    ) -> Pet:
        """Add a pet: a ``Dog`` (``pet_type`` = 'dog').

        A dog.

        Builds the model from the keyword arguments (validated before any request)
        and sends it as ``create`` does. Retried only when the request provably did
        not reach the server (connection refused, pool timeout) and on 429, so a
        retry never repeats its effect.
        """
        given = _given(name=name, good_boy=good_boy, tricks=tricks)
        body = Dog(pet_type="dog", **given)
        return await self._client.call(_CREATE, body=body, options=options)

    async def get(self, pet_id: str, **options: Unpack[_RequestOptions]) -> PetEnvelope:
        """Get a pet

        Args:
            pet_id: The pet's identifier.

        ``GET /pets/{petId}``. Retried on connection errors, timeouts, 408, 429 and
        5xx answers (the method is idempotent).
        """
        return await self._client.call(_GET, path={"petId": pet_id}, options=options)


class AsyncPetsWithRawResponse:
    """``AsyncPets`` methods that return an ``APIResponse`` wrapping the parsed body."""

    def __init__(self, resource: AsyncPets) -> None:
        self.create = _async_raw(resource.create)
        self.create_cat = _async_raw(resource.create_cat)
        self.create_dog = _async_raw(resource.create_dog)
        self.get = _async_raw(resource.get)


class AsyncPetsWithStreamingResponse:
    """``AsyncPets`` methods that give the answer before its body is read, in a ``with`` block."""

    def __init__(self, resource: AsyncPets) -> None:
        self.create = _async_streamed(resource.create)
        self.create_cat = _async_streamed(resource.create_cat)
        self.create_dog = _async_streamed(resource.create_dog)
        self.get = _async_streamed(resource.get)
