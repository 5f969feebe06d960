"""The pydantic ``TypeAdapter`` of a type expression, built once (building one costs far more
than using it)."""

from __future__ import annotations

import functools
from typing import Any

import pydantic

__all__ = ["type_adapter"]


@functools.lru_cache(maxsize=512)
def _cached_adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(type_)


def type_adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    """A TypeAdapter for ``type_``: cached when the type expression is hashable."""
    try:
        hash(type_)
    except TypeError:
        return pydantic.TypeAdapter(type_)
    return _cached_adapter(type_)
