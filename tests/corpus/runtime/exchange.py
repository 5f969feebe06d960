"""What the harness asked a method to send (``Call``) and each rule the request broke (``Mismatch``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .document import MISSING, Media


@dataclass(frozen=True)
class Call:
    """What the harness passed: a value per ``(location, wire name)``, and the body."""

    values: Mapping[tuple[str, str], Any] = field(default_factory=dict)
    body: Any = MISSING
    body_media: Media | None = None


@dataclass(frozen=True)
class Mismatch:
    """One rule the request broke: ``area`` is path, query, header, cookie, accept,
    content-type, body or security."""

    area: str
    message: str
