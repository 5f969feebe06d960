"""The one table of OpenAPI and JSON Schema words the generator knows.

``STRUCTURE`` says, for each kind of object in an OpenAPI document, which of its keys hold
which kind of object, how many (one, or a map of named ones), and which hold data. Every walk
over a document (``generator.spec.traverse``) reads it, so a property, parameter or enum value
that happens to be named ``format``, ``items`` or ``$ref`` is never mistaken for a keyword: a
key means something only where this table says that kind of object has it.
"""

from __future__ import annotations

from enum import Enum
from typing import Final

__all__ = [
    "CODE_BEARING",
    "DATA",
    "HTTP_METHODS",
    "IDEMPOTENT_METHODS",
    "PROSE",
    "STRUCTURE",
    "Kind",
    "Many",
    "entry",
    "media_kind",
]

HTTP_METHODS: Final = (
    "get",
    "put",
    "post",
    "delete",
    "options",
    "head",
    "patch",
    "trace",
)
# Methods a client may repeat without changing the outcome (RFC 9110, 9.2.2).
IDEMPOTENT_METHODS: Final = frozenset(
    {"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"}
)

# Keys datamodel-code-generator turns into imports, base classes or raw type text: spec text
# must never become code, so they are reported and removed before the tool sees a schema.
CODE_BEARING: Final = frozenset(
    {
        "customTypePath",
        "customBasePath",
        "customBaseClass",
        "x-python-type",
        "x-python-types",
        "x-python-import",
        "x-python-base-class",
    }
)

# Keys whose text is prose for people (docstrings, READMEs), in schemas and objects alike.
PROSE: Final = frozenset({"description", "title", "summary"})


class Kind(Enum):
    """What an object in an OpenAPI document is."""

    DOCUMENT = "document"
    COMPONENTS = "components"
    PATH_ITEM = "path item"
    OPERATION = "operation"
    CALLBACK = "callback"
    PARAMETER = "parameter"
    HEADER = "header"
    REQUEST_BODY = "request body"
    RESPONSE = "response"
    MEDIA_TYPE = "media type"
    ENCODING = "encoding"
    EXAMPLE = "example"
    SCHEMA = "schema"
    DISCRIMINATOR = "discriminator"
    # Objects we read but never look into for schemas (info, servers, security schemes, links,
    # tags, xml...): a walk still passes through them, so their $refs are checked.
    OTHER = "other"


class Many(Enum):
    """How a key holds objects of its kind: one (or a list of them), or a map of named ones."""

    ONE = "one"
    MAP = "map"


# A key holding data (instances: examples, defaults, enum values): never walked into.
DATA: Final = "data"

_Entry = tuple[Many, Kind] | str  # (how many, what kind) or DATA

_PARAMETER: dict[str, _Entry] = {
    "schema": (Many.ONE, Kind.SCHEMA),
    "content": (Many.MAP, Kind.MEDIA_TYPE),
    "example": DATA,
    "examples": (Many.MAP, Kind.EXAMPLE),
}
_SCHEMA: dict[str, _Entry] = {
    **dict.fromkeys(
        (
            "items",
            "additionalItems",
            "additionalProperties",
            "unevaluatedItems",
            "unevaluatedProperties",
            "not",
            "contains",
            "propertyNames",
            "if",
            "then",
            "else",
            "contentSchema",
            "allOf",
            "anyOf",
            "oneOf",
            "prefixItems",
        ),
        (Many.ONE, Kind.SCHEMA),
    ),
    **dict.fromkeys(
        ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"),
        (Many.MAP, Kind.SCHEMA),
    ),
    **dict.fromkeys(("example", "examples", "default", "const", "enum"), DATA),
    "discriminator": (Many.ONE, Kind.DISCRIMINATOR),
}

STRUCTURE: Final[dict[Kind, dict[str, _Entry]]] = {
    Kind.DOCUMENT: {
        "paths": (Many.MAP, Kind.PATH_ITEM),
        "webhooks": (Many.MAP, Kind.PATH_ITEM),
        "components": (Many.ONE, Kind.COMPONENTS),
    },
    Kind.COMPONENTS: {
        "schemas": (Many.MAP, Kind.SCHEMA),
        "responses": (Many.MAP, Kind.RESPONSE),
        "parameters": (Many.MAP, Kind.PARAMETER),
        "examples": (Many.MAP, Kind.EXAMPLE),
        "requestBodies": (Many.MAP, Kind.REQUEST_BODY),
        "headers": (Many.MAP, Kind.HEADER),
        "securitySchemes": (Many.MAP, Kind.OTHER),
        "links": (Many.MAP, Kind.OTHER),
        "callbacks": (Many.MAP, Kind.CALLBACK),
        "pathItems": (Many.MAP, Kind.PATH_ITEM),
    },
    Kind.PATH_ITEM: {
        **dict.fromkeys(HTTP_METHODS, (Many.ONE, Kind.OPERATION)),
        "parameters": (Many.ONE, Kind.PARAMETER),
    },
    Kind.OPERATION: {
        "parameters": (Many.ONE, Kind.PARAMETER),
        "requestBody": (Many.ONE, Kind.REQUEST_BODY),
        "responses": (Many.MAP, Kind.RESPONSE),
        "callbacks": (Many.MAP, Kind.CALLBACK),
    },
    # A callback maps runtime expressions to path items: every key is a name (see traverse).
    Kind.CALLBACK: {},
    Kind.PARAMETER: _PARAMETER,
    Kind.HEADER: _PARAMETER,
    Kind.REQUEST_BODY: {"content": (Many.MAP, Kind.MEDIA_TYPE)},
    Kind.RESPONSE: {
        "content": (Many.MAP, Kind.MEDIA_TYPE),
        "headers": (Many.MAP, Kind.HEADER),
        "links": (Many.MAP, Kind.OTHER),
    },
    Kind.MEDIA_TYPE: {
        "schema": (Many.ONE, Kind.SCHEMA),
        "example": DATA,
        "examples": (Many.MAP, Kind.EXAMPLE),
        "encoding": (Many.MAP, Kind.ENCODING),
    },
    Kind.ENCODING: {"headers": (Many.MAP, Kind.HEADER)},
    Kind.EXAMPLE: {"value": DATA},
    Kind.SCHEMA: _SCHEMA,
    # mapping: discriminator values → schema references, as plain strings.
    Kind.DISCRIMINATOR: {"mapping": DATA},
    Kind.OTHER: {},
}


def entry(kind: Kind, key: str) -> tuple[Many, Kind] | str:
    """How an object of ``kind`` holds ``key``: ``(how many, what kind)``, or ``DATA``.

    Keys the table does not list: ``x-`` extensions are data (nothing follows a ``$ref`` in
    them); in a callback every key is a runtime expression naming a path item; anything else
    is an object we pass through without looking for schemas in it.
    """
    found = STRUCTURE[kind].get(key)
    if found is not None:
        return found
    if key.startswith("x-"):
        return DATA
    if kind is Kind.CALLBACK:
        return (Many.ONE, Kind.PATH_ITEM)
    return (Many.ONE, Kind.OTHER)


def media_kind(media_type: str) -> str:
    """How a body of this media type travels: json, form, multipart, text or binary."""
    main = media_type.split(";", 1)[0].strip().lower()
    # application/json, a +json suffix, and the odd json+sarif: JSON text all the same.
    if main == "*/*" or "json" in main.partition("/")[2].split("+"):
        return "json"
    if main == "application/x-www-form-urlencoded":
        return "form"
    if main.startswith("multipart/"):
        return "multipart"
    if (
        main.startswith("text/")
        or main in ("application/xml", "application/yaml")
        or main.endswith("+xml")
    ):
        return "text"
    return "binary"
