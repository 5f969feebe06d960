"""The injection corpus: one spec with hostile text in every field that reaches generated code.

``hostile_spec(marker)`` and ``clean_spec()`` have the same shape; only the text differs, so
the clean generation is the baseline of which calls and imports the output may contain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

_PATH_PARAM = re.compile(r"{([^{}/]+)}")
# A valid regular expression full of quotes, backslashes and braces.
PATTERN = r"""^(?:"{3}|'{3}|\\|\n|[{}%#])*$"""


def payload(marker: Path, field: str) -> str:
    """Text that breaks out of every kind of Python and Jinja context if pasted unescaped."""
    command = f"__import__('os').system('touch {marker}')"
    if field == "tag":
        # Tags become module file names: every hostile character, but well under the 255-byte
        # file name limit (test_long_tag_name covers long ones).
        return (
            f"{field} \"\"\" ''' \" ' \\ \r \n \u2028 \u0085 {{{{ 7*7 }}}} "
            f"{{% if true %}}x{{% endif %}} {command}"
        )
    return (
        f"{field} \"\"\" ''' \" ' \\ \\\\ \\n \r \n \r\n \u2028 \u2029 \u0085 \t "
        f"{{{{ 7*7 }}}} {{{{ cycler.__init__.__globals__.os.system('touch {marker}') }}}} "
        f"{{% if true %}}x{{% endif %}} {{# c #}} "
        f"{command} \"); {command} # '); {command} # \"\"\"; {command} # '''; {command} #"
    )


def plain(_marker: Path, field: str) -> str:
    """The clean baseline's text for the same field."""
    return f"plain {field}"


def path_key(text: str) -> str:
    """The hostile path key, percent-encoding what no URL may hold raw (slashes, so that every
    ``{...}`` is one path parameter; ASCII control characters, which httpx rightly refuses).
    """
    encoded = "".join(
        f"%{ord(c):02X}" if c == "/" or ord(c) < 0x20 else c for c in text
    )
    return "/items/{item_id}/" + encoded


def header_name(text: str) -> str:
    """Hostile text a header name can carry: printable ASCII only (httpx refuses the rest)."""
    return "".join(c for c in text if " " <= c <= "~")


def hostile_spec(marker: Path) -> dict[str, Any]:
    """The injection corpus."""
    return _spec(lambda field: payload(marker, field))


def clean_spec() -> dict[str, Any]:
    """Same shape, harmless text: what generated code looks like without an attack."""
    return _spec(lambda field: plain(Path(), field))


def _spec(text: Callable[[str], str]) -> dict[str, Any]:
    t = text
    path = path_key(t("path key"))
    # Every {...} in the path key is a path parameter the spec must declare.
    path_params = [
        {
            "name": name,
            "in": "path",
            "required": True,
            "description": t("param desc"),
            "schema": {"type": "string"},
        }
        for name in _PATH_PARAM.findall(path)
    ]
    schema_name = t("schema name")
    variant_name = t("variant schema")
    prop = t("property")
    enum_values = [t("enum a"), t("enum b"), "plain"]
    ref = "#/components/schemas/"
    esc = lambda name: name.replace("~", "~0").replace("/", "~1")  # noqa: E731
    return {
        "openapi": "3.1.0",
        "info": {
            "title": t("info title"),
            "version": t("info version"),
            "description": t("info description"),
            "license": {"name": t("license name"), "url": t("license url")},
            "contact": {"url": "https://example.invalid/" + t("contact url")},
            "termsOfService": t("terms url"),
        },
        "externalDocs": {
            "url": "https://docs.example.invalid/" + t("docs url"),
            "description": t("docs description"),
        },
        "servers": [
            {
                "url": "https://api.example.invalid/" + t("server url"),
                "description": t("server description"),
            }
        ],
        "tags": [{"name": t("tag"), "description": t("tag description")}],
        "security": [{"key": []}],
        "paths": {
            path: {
                "summary": t("path summary"),
                "description": t("path description"),
                "parameters": path_params,
                "post": {
                    "operationId": t("operationId"),
                    "tags": [t("tag")],
                    "summary": t("op summary"),
                    "description": t("op description"),
                    "parameters": [
                        {
                            "name": t("query param"),
                            "in": "query",
                            "description": t("q desc"),
                            "schema": {
                                "type": "string",
                                "enum": enum_values,
                                "default": enum_values[0],
                            },
                            "example": t("param example"),
                        },
                        {
                            "name": header_name(t("header param")),
                            "in": "header",
                            "description": t("h desc"),
                            "schema": {"type": "string"},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "description": t("body description"),
                        "content": {
                            "application/json; x="
                            + t("media key"): {
                                "schema": {"$ref": ref + esc(schema_name)},
                                "example": {prop: t("media example")},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": t("response description"),
                            "headers": {
                                t("response header"): {
                                    "description": t("rh desc"),
                                    "schema": {"type": "string"},
                                }
                            },
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": ref + esc(schema_name)}
                                }
                            },
                        },
                        "default": {"description": t("default response")},
                    },
                },
                "put": {
                    "operationId": t("variant operationId"),
                    "tags": [t("tag")],
                    "summary": t("variant summary"),
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": ref + "Union"}}
                        },
                    },
                    "responses": {"204": {"description": t("no content")}},
                },
            },
        },
        "components": {
            "securitySchemes": {
                "key": {
                    "type": "apiKey",
                    "in": "header",
                    "name": header_name(t("api key")),
                }
            },
            "schemas": {
                schema_name: {
                    "type": "object",
                    "title": t("schema title"),
                    "description": t("schema description"),
                    "required": [prop],
                    "properties": {
                        prop: {
                            "type": "string",
                            "description": t("prop description"),
                            "examples": [t("examples")],
                        },
                        "choice": {
                            "type": "string",
                            "enum": enum_values,
                            "description": t("enum description"),
                        },
                        "defaulted": {
                            "type": "string",
                            "default": t("default"),
                            "description": t("defaulted description"),
                        },
                        "fixed": {
                            "const": t("const"),
                            "description": t("const description"),
                        },
                        "nested": {
                            "type": "object",
                            "title": t("nested title"),
                            "description": t("nested description"),
                            "properties": {
                                t("nested property"): {
                                    "type": "integer",
                                    "description": t("n desc"),
                                }
                            },
                        },
                    },
                    "example": {prop: t("schema example")},
                },
                variant_name: {
                    "type": "object",
                    "description": t("variant description"),
                    "required": ["kind"],
                    "properties": {
                        "kind": {
                            "type": "string",
                            "const": t("discriminator value"),
                            "description": t("kind description"),
                        },
                        t("variant field"): {
                            "type": "string",
                            "default": t("variant default"),
                            "description": t("vf desc"),
                        },
                    },
                },
                # Hostile values under ordinary names: what a model must give back exactly.
                "Plain": {
                    "type": "object",
                    "description": "Hostile values, ordinary names.",
                    "properties": {
                        "choice": {
                            "type": "string",
                            "enum": enum_values,
                            "description": "An enum.",
                        },
                        "defaulted": {
                            "type": "string",
                            "default": t("plain default"),
                            "description": "A default.",
                        },
                        "fixed": {"const": t("plain const"), "description": "A const."},
                        "number": {
                            "type": "integer",
                            "enum": [1, 2, 3],
                            "default": 2,
                            "description": "Numbers.",
                        },
                        "listed": {
                            "type": "array",
                            "items": {"type": "string"},
                            "default": [t("list default"), ""],
                            "description": "A list default.",
                        },
                        "patterned": {
                            "type": "string",
                            "pattern": PATTERN,
                            "description": "A pattern with quotes and backslashes.",
                        },
                    },
                },
                "Union": {
                    "description": t("union description"),
                    "oneOf": [{"$ref": ref + esc(variant_name)}],
                    "discriminator": {
                        "propertyName": "kind",
                        "mapping": {t("discriminator value"): ref + esc(variant_name)},
                    },
                },
            },
        },
    }
