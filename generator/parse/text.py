"""Spec text as the intermediate model keeps it."""

from __future__ import annotations

from typing import Any


def text(value: Any) -> str:
    return (
        value.strip() if isinstance(value, str) else "" if value is None else str(value)
    )
