"""Whether a method returned the documented type: the value fits the method's return annotation,
and the annotation fits the answer the spec documents (JSON → a typed value, ``text/*`` →
``str``, other media → ``bytes``, no content → ``None``)."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any

from .bodies import essence, is_json
from .document import Operation


def return_type(method: Callable[..., Any]) -> Any:
    """The method's resolved return annotation (``Any`` when it cannot be resolved)."""
    try:
        return typing.get_type_hints(method).get("return", Any)
    except Exception:  # an unresolvable annotation: judged by the value alone
        return Any


def conforms(value: Any, annotation: Any) -> bool:
    """A structural isinstance for annotations: classes, unions, Literal, list, dict, aliases."""
    annotation = getattr(annotation, "__value__", annotation)  # `type X = ...` aliases
    if annotation is Any or annotation is object:
        return True
    if annotation is None or annotation is type(None):
        return value is None
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return conforms(value, args[0])
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, arg) for arg in args)
    if origin is typing.Literal:
        return any(value == arg and type(value) is type(arg) for arg in args)
    if origin in (list, tuple, set, frozenset):
        return isinstance(value, origin) and all(
            conforms(item, args[0] if args else Any) for item in value
        )
    if origin is dict:
        return isinstance(value, dict) and all(
            conforms(item, args[1] if len(args) > 1 else Any) for item in value.values()
        )
    if annotation is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    return True  # a form this check does not know: not judged


def documented(
    op: Operation, status: int, content_type: str, content: bytes, value: Any
) -> str | None:
    """What is wrong with the value a 2xx answer was read into, or None."""
    media = op.answer(status)
    if not media:
        return None  # no content documented: any result (None, a raw wrapper) is fine
    sent = essence(content_type) if content_type else essence(media[0].name)
    if is_json(sent):
        if value is None and content.strip() not in (b"", b"null"):
            return f"the {status} answer's {sent} body was returned as None"
        return None
    if sent.startswith("text/"):
        if not isinstance(value, str):
            return f"the {status} answer's {sent} body was returned as {type(value).__name__}, not str"
        return None
    if not isinstance(value, (bytes, bytearray)):
        return f"the {status} answer's {sent} body was returned as {type(value).__name__}, not bytes"
    return None
