"""Request bodies: JSON, forms, multipart with files, and raw uploads, encoded once per call.

A body is encoded before the first attempt and every retry sends the same bytes, so a file
given as an open file or a path is read once, here. How each property of a form or multipart
body travels follows the operation's ``encoding`` object (``Part``): an explicit style as a
query string would write it, else its content type (JSON for objects).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import httpx
import pydantic

from ._adapter import type_adapter
from ._errors import ArgumentTypeError, InvalidArgumentError
from ._serialize import checked_text, query_string

__all__ = [
    "FileContent",
    "FileTypes",
    "JsonText",
    "Part",
    "encode_binary",
    "encode_form",
    "encode_json",
    "encode_multipart",
    "invalid_model",
    "serialize_body",
    "validation_summary",
]

# What a file upload accepts: bytes, a binary file, a path, or a (filename, content[,
# content_type]) tuple, as httpx's ``files=`` does.
FileContent = bytes | IO[bytes] | os.PathLike[str]
FileTypes = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)


@dataclass(frozen=True)
class Part:
    """How one property of a form or multipart body travels (its ``encoding`` entry)."""

    style: str = (
        ""  # an explicit style ("form", "deepObject"...); "" when none is given
    )
    explode: bool = True
    content_type: str = ""  # the part's Content-Type; "" for the default of its value


class JsonText(bytes):
    """A body already encoded as JSON (see ``serialize_body``): sent as it is."""


def encode_json(data: object) -> bytes:
    """Encode JSON-ready data compactly; NaN and infinity are errors, not invalid JSON."""
    if isinstance(data, JsonText):
        return bytes(data)
    try:
        text = json.dumps(
            data, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        )
        return text.encode("utf-8")
    except UnicodeEncodeError as err:
        message = f"the body has a lone surrogate at character {err.start} of its JSON"
    except ValueError as err:  # NaN or infinity
        message = f"the body cannot be sent as JSON: {err}"
    except TypeError as err:
        raise ArgumentTypeError(f"the body cannot be sent as JSON: {err}") from None
    raise InvalidArgumentError(message)


def encode_form(data: object, parts: Mapping[str, Part] | None = None) -> bytes:
    """An ``application/x-www-form-urlencoded`` body: arrays repeat their key, objects are
    JSON, unless the property's encoding names a style (then as a query string writes it).
    """
    if not isinstance(data, Mapping):
        raise ArgumentTypeError(
            f"a form body must be an object, not {type(data).__name__}"
        )
    pieces: list[str] = []
    for key, value in data.items():
        if value is None:
            continue
        part = (parts or {}).get(str(key), Part())
        if not part.style and isinstance(value, (dict, list)) and _as_json(value, part):
            value = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        try:
            pieces.append(
                query_string([(str(key), value, part.style or "form", part.explode)])
            )
        except UnicodeEncodeError:
            raise InvalidArgumentError(
                f"form field {key!r} has a lone surrogate, not valid text"
            ) from None
    return "&".join(p for p in pieces if p).replace("%20", "+").encode("ascii")


def _as_json(value: object, part: Part) -> bool:
    """Whether a form property travels as JSON text: objects, and what its encoding says is."""
    if part.content_type:
        return "json" in part.content_type
    return isinstance(value, dict) or (
        isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)
    )


def encode_multipart(
    data: object, parts: Mapping[str, Part] | None = None
) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body and its Content-Type (with the boundary).

    A file value (bytes, a binary file, a path, a ``(filename, content[, type])`` tuple)
    becomes a file part; an array one part per item; an object a JSON part; anything else a
    text part. Text parts come first. The body is multipart even when it holds no file, or
    no part at all.
    """
    if not isinstance(data, Mapping):
        raise ArgumentTypeError(
            f"a multipart body must be an object, not {type(data).__name__}"
        )
    texts: list[tuple[str, tuple[str | None, bytes, str | None]]] = []
    files: list[tuple[str, tuple[str | None, bytes, str | None]]] = []
    for key, value in data.items():
        if value is None:
            continue
        name = str(key)
        part = (parts or {}).get(name, Part())
        items = _items(value) if part.explode else [value]
        for item in items:
            if _is_file(item):
                files.append((name, _file(name, item, part)))
            elif isinstance(item, (dict, list, pydantic.BaseModel)):
                shaped = _plain(item)
                files.append(
                    (
                        name,
                        (
                            None,
                            encode_json(shaped),
                            part.content_type or "application/json",
                        ),
                    )
                )
            else:
                text = checked_text(item, f"multipart field {name!r}")
                # Written as a part with no filename and no type, which httpx renders
                # byte for byte like a form field: given fields alone (data=), httpx would
                # write a urlencoded form, which a multipart operation refuses.
                texts.append((name, (None, text.encode("utf-8"), None)))
    if not texts and not files:
        # No part at all: the closing delimiter alone is still a multipart form (httpx
        # would send no body and no Content-Type).
        boundary = os.urandom(16).hex()
        return (
            f"--{boundary}--\r\n".encode("ascii"),
            f"multipart/form-data; boundary={boundary}",
        )
    request = httpx.Request("POST", "http://multipart.invalid", files=texts + files)
    return request.read(), request.headers["Content-Type"]


def encode_binary(body: object, where: str = "the body") -> bytes:
    """The bytes of a raw upload (``application/octet-stream`` and the like); text (a
    ``text/plain`` body) as UTF-8."""
    if isinstance(body, str):
        return checked_text(body, where).encode("utf-8")
    if not _is_file(body) or isinstance(body, tuple):
        raise ArgumentTypeError(
            f"{where} must be bytes, a binary file or a path, not {type(body).__name__}"
        )
    return _read(body, where)


def _is_file(value: object) -> bool:
    """Bytes, a binary file, a path, or a ``(filename, content[, type])`` tuple."""
    return (
        isinstance(value, (bytes, bytearray, os.PathLike))
        or hasattr(value, "read")
        or (
            isinstance(value, tuple)
            and len(value) in (2, 3)
            and isinstance(value[0], (str, type(None)))
        )
    )


def _items(value: object) -> list[object]:
    """The parts of one field: each item of a sequence (a list, a tuple of files, ...), or
    the value itself (text, a file, a ``(filename, content)`` tuple)."""
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray)):
        return [value] if _is_file(value) else list(value)
    return [value]


def _file(name: str, value: Any, part: Part) -> tuple[str | None, bytes, str | None]:
    """(filename, content, content type) of one file part, its content read now."""
    where = f"file {name!r}"
    content_type = part.content_type or None
    if isinstance(value, tuple):
        filename, content = value[0], value[1]
        if len(value) == 3 and value[2]:
            content_type = value[2]
        return (
            filename,
            _read(content, where),
            content_type or "application/octet-stream",
        )
    if isinstance(value, os.PathLike):
        filename = Path(value).name
    else:
        filename = os.path.basename(str(getattr(value, "name", "") or "")) or name
    return filename, _read(value, where), content_type or "application/octet-stream"


def _read(value: Any, where: str) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, os.PathLike):
        try:
            return Path(value).read_bytes()
        except OSError as err:
            raise InvalidArgumentError(
                f"{where}: cannot read {Path(value).name!r} ({err.strerror})"
            ) from None
    if hasattr(value, "read"):
        content = value.read()
        if isinstance(content, str):
            raise ArgumentTypeError(
                f"{where} was opened in text mode; open it with 'rb' to upload its bytes"
            )
        if not isinstance(content, (bytes, bytearray)):
            raise ArgumentTypeError(f"{where}: read() gave {type(content).__name__}")
        return bytes(content)
    raise ArgumentTypeError(
        f"{where} must be bytes, a binary file or a path, not {type(value).__name__}"
    )


def _plain(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return value


def serialize_body(body: object, request_type: Any = None) -> object:
    """Turn a request body into JSON-ready data, the same way for models and plain data.

    A body given as plain data is validated against the request type first; a problem is an
    ``InvalidArgumentError`` listing the fields (without their values), raised before sending.
    """
    if isinstance(body, pydantic.BaseModel) and not isinstance(
        body, pydantic.RootModel
    ):
        encoded = _model_json(body)
        if encoded is not None:
            return encoded
    options: dict[str, Any] = {"mode": "json", "by_alias": True, "exclude_unset": True}
    try:
        if isinstance(body, pydantic.BaseModel):
            # RootModel dumps its root through the same call.
            return body.model_dump(**options)
        if request_type is None:
            return type_adapter(Any).dump_python(body, **options)
        adapter = type_adapter(request_type)
        return adapter.dump_python(adapter.validate_python(body), **options)
    except pydantic.ValidationError as err:
        raise invalid_model(err, "the body is not a valid") from err
    except (
        ValueError
    ) as err:  # pydantic_core's PydanticSerializationError: an unknown type
        raise ArgumentTypeError(f"the body cannot be sent as JSON: {err}") from None


def _model_json(body: pydantic.BaseModel) -> JsonText | None:
    """A model body as JSON in one step (pydantic's serializer); None when it holds what
    the general path must refuse with our error (NaN, infinity, a lone surrogate) or might
    (a string spelling one of those)."""
    try:
        text = type(body).__pydantic_serializer__.to_json(
            body, by_alias=True, exclude_unset=True
        )
    except (ValueError, TypeError):  # PydanticSerializationError is a ValueError
        return None
    # Our models write NaN and infinity as such (ser_json_inf_nan, see _models), not null.
    if b"NaN" in text or b"Infinity" in text:
        return None
    return JsonText(text)


def invalid_model(error: pydantic.ValidationError, lead: str) -> InvalidArgumentError:
    """Our error for input that failed validation: ``<lead> <Model>: <problems>``.

    The problems are named by field, without the values given.
    """
    return InvalidArgumentError(f"{lead} {error.title}: {validation_summary(error)}")


def validation_summary(error: pydantic.ValidationError) -> str:
    """The first few validation problems as ``loc: message``, without the input values."""
    problems = error.errors(include_input=False, include_url=False)
    shown = [
        f"{'.'.join(str(part) for part in problem['loc']) or '(root)'}: {problem['msg']}"
        for problem in problems[:3]
    ]
    more = len(problems) - len(shown)
    return "; ".join(shown) + (f" (and {more} more)" if more else "")
