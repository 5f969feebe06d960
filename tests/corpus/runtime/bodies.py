"""The body half of the wire check: the sent media type is documented, and the content is the
body the harness passed, encoded as that media type says.

* JSON (``application/json``, ``*+json``): the same JSON value (booleans, numbers and strings
  kept apart), so a client that reformats a user's string (a URI, a date) is caught.
* ``application/x-www-form-urlencoded``: each property as its Encoding Object says. With
  ``style``, ``explode`` or ``allowReserved`` it is serialised like a query parameter; without
  them, content-based (OpenAPI 3.1.1, Encoding Object and Appendix E): primitives as text,
  arrays of primitives as repeated names, objects as ``contentType`` (default JSON) text.
* ``multipart/form-data``: one part per property (repeated for arrays), files with their file
  name, content and type, other values as text or JSON.
* ``text/*``: the same text; anything else: the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from . import pairs, styles, tokens
from .document import MISSING, Media, Operation, Param
from .exchange import Call, Mismatch
from .recording import Sent


def essence(content_type: str) -> str:
    """``type/subtype`` of a Content-Type, lower case, without parameters."""
    return content_type.split(";", 1)[0].strip().lower()


def is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def check_body(op: Operation, call: Call, sent: Sent) -> list[Mismatch]:
    """The body's media type and content (nothing to check when no body was passed)."""
    if call.body is MISSING:
        return []
    documented = [m.name for m in op.body]
    content_type = sent.headers.get("content-type", "")
    if not sent.content and not content_type:
        return [Mismatch("body", f"no body sent; the operation documents {documented}")]
    sent_type = essence(content_type)
    media = next((m for m in op.body if _matches(m.name, sent_type)), None)
    if media is None:
        return [
            Mismatch(
                "content-type",
                f"Content-Type {content_type!r} is not documented: {documented}",
            )
        ]
    problems = _content(sent_type, content_type, media, call.body, sent.content)
    return [Mismatch("body", f"{sent_type}: {p}") for p in problems]


def _matches(documented: str, sent: str) -> bool:
    name = essence(documented)
    return name in (sent, "*/*") or (name.endswith("/*") and sent.startswith(name[:-1]))


def _content(
    sent_type: str, content_type: str, media: Media, body: Any, content: bytes
) -> list[str]:
    if is_json(sent_type):
        try:
            data = json.loads(content)
        except ValueError:
            return [f"not JSON: {_short(content)}"]
        difference = pairs.first_difference(data, body)
        return [difference] if difference else []
    if sent_type == "application/x-www-form-urlencoded":
        return pairs.compare_pairs(
            form_params(body, media),
            tokens.query_pairs(content.decode("ascii", "replace")),
        )
    if sent_type == "multipart/form-data":
        return _multipart(content_type, body, content)
    if sent_type.startswith("text/"):
        if isinstance(body, str) and content.decode("utf-8", "replace") == body:
            return []
        return [f"sent {_short(content)}, expected {_short(body)}"]
    if isinstance(body, bytes) and content == body:
        return []
    return [f"sent {_short(content)}, expected the bytes {_short(body)}"]


def form_params(body: Any, media: Media) -> list[tuple[Param, Any]]:
    """Each property of a form body as the query-like parameter its encoding makes it."""
    if not isinstance(body, Mapping):
        return []
    found = []
    for name, value in body.items():
        if value is None:
            continue
        encoding = media.encoding.get(name) or {}
        if any(k in encoding for k in ("style", "explode", "allowReserved")):
            style = str(encoding.get("style", "form"))
            param = _param(
                name,
                style,
                bool(encoding.get("explode", style == "form")),
                bool(encoding.get("allowReserved", False)),
            )
        elif _structured(value):
            param = _param(
                name,
                "form",
                True,
                False,
                str(encoding.get("contentType", "application/json")),
            )
        else:
            param = _param(name, "form", True, False)
        found.append((param, value))
    return found


def _structured(value: Any) -> bool:
    """An object, or an array holding objects or arrays: sent as content, not as text."""
    kind = styles.kind(value)
    return kind == "object" or (
        kind == "array" and any(styles.kind(v) != "primitive" for v in value)
    )


def _param(
    name: str, style: str, explode: bool, reserved: bool, content: str | None = None
) -> Param:
    return Param(
        name, "query", False, {}, "", style, explode, reserved, MISSING, content
    )


def _multipart(content_type: str, body: Any, content: bytes) -> list[str]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + content)
    parts: dict[str, list[Message]] = {}
    for part in message.iter_parts() if message.is_multipart() else ():
        name = part.get_param("name", header="content-disposition")
        parts.setdefault(str(name), []).append(part)
    problems = []
    for name, value in (body or {}).items():
        items = value if isinstance(value, list) else [value]
        got = parts.pop(name, [])
        if len(got) != len(items) or not all(
            _same_part(part, item) for part, item in zip(got, items, strict=False)
        ):
            problems.append(
                f"part {name!r}: sent {[_shown(p) for p in got]}, expected {_short(value)}"
            )
    if parts:
        problems.append(f"unexpected parts {sorted(parts)}")
    return problems


def _same_part(part: Message, value: Any) -> bool:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    if isinstance(value, tuple):
        filename, file_content, file_type = (*value, None)[:3]
        return (
            part.get_filename() == filename
            and data == file_content
            and (file_type is None or essence(part.get_content_type()) == file_type)
        )
    if isinstance(value, bytes):
        return data == value
    if styles.kind(value) != "primitive":
        return pairs.json_text_equal(data.decode("utf-8", "replace"), value)
    return data.decode("utf-8", "replace") == styles.text(value)


def _shown(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    filename = part.get_filename()
    return f"{filename!r}:{_short(data)}" if filename else _short(data)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 160 else text[:157] + "..."
