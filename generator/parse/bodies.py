"""An operation's request body: what the method takes and how the runtime sends it.

JSON and form bodies are passed as their model (or plain data validated against it);
multipart bodies as keyword arguments, files among them; raw uploads (``octet-stream``,
audio, ...) as bytes, a binary file or a path. When a body offers several media types, JSON
is preferred, then a form, then multipart, then a raw upload.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir, naming
from generator.models import Models
from generator.parse.text import text
from generator.parse.variants import variants
from generator.plan import component_of
from generator.pytypes import annotation, deref
from generator.spec.keywords import media_kind

_PREFERENCE = ("json", "form", "multipart", "binary", "text")
# What the runtime calls a file argument (``_body.FileTypes``) and raw upload content.
FILE = "_FileTypes"
CONTENT = "_FileContent"


def body(
    document: Mapping[str, Any],
    models: Models,
    raw: Any,
    op_name: str,
    tag: str,
    taken: set[str],
    parameters: tuple[ir.Parameter, ...],
) -> ir.Body | None:
    """The operation's request body, or None when it takes none."""
    found = deref(document, raw)
    content = found.get("content") if isinstance(found, Mapping) else None
    if not isinstance(found, Mapping) or not isinstance(content, Mapping):
        return None
    ranked = sorted(
        (m for m in content if isinstance(content[m], Mapping)),
        key=lambda m: _PREFERENCE.index(media_kind(str(m))),
    )
    if not ranked:
        return None
    media_type = str(ranked[0])
    media = content[media_type]
    kind = media_kind(media_type)
    required = found.get("required") is True
    description = text(found.get("description"))
    schema = media.get("schema")
    shape = deref(document, schema)
    if kind == "json" and isinstance(shape, Mapping) and _is_raw(media_type, shape):
        kind = "binary"  # */* holding bytes (GitHub's release assets): a raw upload
    if kind in ("binary", "text"):
        return ir.Body(
            # Text is also taken as a str (sent as UTF-8).
            f"str | {CONTENT}" if kind == "text" else CONTENT,
            "Any",
            required,
            description,
            encoding="binary",
            media_type=media_type if "*" not in media_type else "",
        )
    parts = _parts(media.get("encoding"))
    cls = component_of(schema.get("$ref", "")) if isinstance(schema, Mapping) else None
    if kind == "multipart":
        fields = _fields(document, models, schema, {p.name for p in parameters})
        return ir.Body(
            cls or "Any",
            cls or "Any",
            required,
            description,
            encoding="multipart",
            fields=fields,
            parts=parts,
        )
    encoding = "form" if kind == "form" else "json"
    # A JSON body of another media type (application/vnd.api+json) says so on the wire.
    sent_as = media_type if kind == "json" and _custom(media_type) else ""
    if cls is None or cls not in models.classes:
        return ir.Body(
            "Any",
            "Any",
            required,
            description,
            encoding=encoding,
            media_type=sent_as,
            parts=parts,
        )
    members = variants(document, models, cls, op_name, tag, taken, parameters)
    return ir.Body(
        cls,
        cls,
        required,
        description,
        members,
        encoding,
        media_type=sent_as,
        parts=parts,
    )


def _custom(media_type: str) -> bool:
    """Whether a JSON media type is not plain ``application/json`` (nor a wildcard)."""
    main = media_type.split(";", 1)[0].strip().lower()
    return main != "application/json" and "*" not in main


def _parts(raw: Any) -> tuple[ir.Part, ...]:
    """The media type's ``encoding`` entries: how each named property travels."""
    found = []
    for name, entry in raw.items() if isinstance(raw, Mapping) else ():
        if not isinstance(entry, Mapping):
            continue
        raw_style = entry.get("style")
        style = raw_style if isinstance(raw_style, str) else ""
        explode = entry.get("explode")
        if not isinstance(explode, bool):
            explode = style in ("", "form")
        content_type = entry.get("contentType")
        found.append(
            ir.Part(
                str(name),
                style,
                explode,
                content_type if isinstance(content_type, str) else "",
            )
        )
    return tuple(found)


def _fields(
    document: Mapping[str, Any], models: Models, schema: Any, taken: set[str]
) -> tuple[ir.BodyField, ...]:
    """A multipart body's properties as keyword arguments; files typed as files."""
    resolved = deref(document, schema)
    if not isinstance(resolved, Mapping) or not isinstance(
        resolved.get("properties"), Mapping
    ):
        return ()
    listed = resolved.get("required")
    required = set(listed) if isinstance(listed, list) else set()
    names = set(taken) | {"self", "options"}
    fields = []
    for wire, prop in resolved["properties"].items():
        python = naming.unique(
            naming.parameter_name(str(wire).removesuffix("[]")), names
        )
        target = deref(document, prop)
        fields.append(
            ir.BodyField(
                name=python,
                wire_name=str(wire),
                annotation=_field_type(document, models, prop),
                required=wire in required,
                description=(
                    text(target.get("description"))
                    if isinstance(target, Mapping)
                    else ""
                ),
            )
        )
    return tuple(sorted(fields, key=lambda f: not f.required))


def _field_type(document: Mapping[str, Any], models: Models, schema: Any) -> str:
    """A multipart property's annotation: a file where the schema is binary."""
    resolved = deref(document, schema)
    if not isinstance(resolved, Mapping):
        return "Any"
    if _is_binary(resolved):
        return FILE
    items = deref(document, resolved.get("items"))
    if (
        resolved.get("type") == "array"
        and isinstance(items, Mapping)
        and _is_binary(items)
    ):
        # A Sequence, not a list: list is invariant, so a list[Path] would not be accepted.
        return f"_Sequence[{FILE}]"
    return annotation(document, models, schema)


def _is_raw(media_type: str, schema: Mapping[str, Any]) -> bool:
    """Whether a body of a JSON-kind media type is in fact raw data: bytes, or a string
    under ``*/*`` (any media type: the data as it is, not a JSON string)."""
    wildcard = media_type.split(";", 1)[0].strip() == "*/*"
    return _is_binary(schema) or (wildcard and schema.get("type") == "string")


def _is_binary(schema: Mapping[str, Any]) -> bool:
    """A string of bytes: ``format: binary`` (3.0) or a ``contentMediaType`` (3.1)."""
    return schema.get("format") == "binary" or (
        schema.get("type") == "string"
        and isinstance(schema.get("contentMediaType"), str)
    )
