"""JSON pointers (RFC 6901) and the local ``$ref`` values that carry them (RFC 3986 fragments).

The one implementation every part of the generator uses: loading, validation, planning,
parsing and the API diff. A pointer is text (``/components/schemas/A~1B``); a ``$ref`` is a
URI whose fragment is a percent-encoded pointer (``#/components/schemas/A%20B`` names the key
``A B``), so references are decoded before they are followed, and encoded when we write one.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterable
from typing import Any

__all__ = [
    "MISSING",
    "escape",
    "join",
    "last",
    "parent",
    "ref_pointer",
    "ref_to",
    "resolve",
    "resolve_ref",
    "split",
    "unescape",
]

# Returned by ``resolve`` when a pointer names nothing (``None`` is a valid JSON value).
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()

# Characters a fragment may hold as they are (RFC 3986 ``pchar`` plus "/" and "?").
_FRAGMENT_SAFE = "/?:@!$&'()*+,;=-._~"


def escape(segment: str | int) -> str:
    """One pointer segment, escaped: ``~`` → ``~0``, ``/`` → ``~1``."""
    return str(segment).replace("~", "~0").replace("/", "~1")


def unescape(segment: str) -> str:
    """The inverse of ``escape``."""
    return segment.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *segments: str | int) -> str:
    """``pointer`` extended by each raw segment: ``join("/paths", "/a")`` → ``/paths/~1a``."""
    return pointer + "".join("/" + escape(s) for s in segments)


def split(pointer: str) -> list[str]:
    """The raw segments of a pointer (a leading ``#`` is allowed): ``/a~1b/c`` → ``["a/b", "c"]``."""
    pointer = pointer.removeprefix("#")
    if not pointer:
        return []
    return [unescape(s) for s in pointer.removeprefix("/").split("/")]


def last(pointer: str) -> str:
    """The final raw segment of a pointer (``""`` for the root)."""
    segments = split(pointer)
    return segments[-1] if segments else ""


def parent(pointer: str) -> str:
    """The pointer one level up (the root's parent is the root)."""
    return pointer.rsplit("/", 1)[0] if "/" in pointer else ""


def resolve(document: Any, pointer: str | Iterable[str]) -> Any:
    """The value at a pointer (text, or raw segments), or ``MISSING`` when it names nothing."""
    node = document
    for segment in split(pointer) if isinstance(pointer, str) else pointer:
        if isinstance(node, dict) and segment in node:
            node = node[segment]
        elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        else:
            return MISSING
    return node


def ref_pointer(ref: str) -> str | None:
    """The pointer a local ``$ref`` (``#...``) names, percent-decoded; None for other refs."""
    if not ref.startswith("#"):
        return None
    return urllib.parse.unquote(ref[1:])


def resolve_ref(document: Any, ref: str) -> Any:
    """The value a local ``$ref`` names, or ``MISSING`` (also for a ref that is not local)."""
    pointer = ref_pointer(ref)
    return MISSING if pointer is None else resolve(document, pointer)


def ref_to(pointer: str) -> str:
    """The local ``$ref`` value naming ``pointer``, percent-encoded as a URI fragment."""
    return "#" + urllib.parse.quote(pointer, safe=_FRAGMENT_SAFE)
