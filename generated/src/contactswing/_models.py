"""``BaseModel``: the base of every generated model, pydantic's with what an answer carried.

A method that returns part of an answer (an envelope's ``data``) keeps the rest of it on the
returned model: ``_envelope`` (the envelope's other fields, as sent) and ``_request_id`` (the
server's id of the request, from a ``request-id`` header or the field the spec names).
Neither takes part in comparison, serialisation or validation.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pydantic

__all__ = ["BaseModel"]

_KEPT = ("_envelope", "_request_id")


class BaseModel(pydantic.BaseModel):
    """A generated model: a pydantic model with ``to_dict``, ``to_json`` and, when it came
    out of an envelope, ``_envelope`` and ``_request_id``."""

    # Slots, not pydantic private attributes: those cost every instance (every item of every
    # page) about 2 µs to set up, for two values only an envelope's part ever gets. An unset
    # slot reads as None (``__getattr__``); copies and pickles leave them out.
    __slots__ = _KEPT
    # NaN and infinity are written as such in JSON (not as null), so that a request body
    # holding one is refused, as the general encoder does, rather than sent changed.
    model_config = pydantic.ConfigDict(ser_json_inf_nan="constants")
    if TYPE_CHECKING:  # read-only to type checkers, and no constructor arguments

        @property
        def _envelope(self) -> dict[str, Any] | None: ...

        @property
        def _request_id(self) -> str | None: ...

    if (
        not TYPE_CHECKING
    ):  # a misspelt attribute stays a type error (pydantic does the same)

        def __getattr__(self, name: str) -> Any:
            """``_envelope`` and ``_request_id`` are None until set; the rest as pydantic
            does."""
            if name in _KEPT:
                return None
            return super().__getattr__(name)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, by wire name, without fields that were never set."""
        # warnings off: a model read leniently holds values as the server sent them.
        return self.model_dump(
            mode="json", by_alias=True, exclude_unset=True, warnings=False
        )

    def to_json(self, *, indent: int | None = 2) -> str:
        """``to_dict`` as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __eq__(self, other: object) -> bool:
        """Equal when of the same class with the same fields; where it came from is no part."""
        if not isinstance(other, pydantic.BaseModel):
            return NotImplemented
        return (
            type(self) is type(other)
            and self.__dict__ == other.__dict__
            and self.__pydantic_extra__ == other.__pydantic_extra__
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, as pydantic's models are
