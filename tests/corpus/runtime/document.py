"""The harness's own reading of an OpenAPI 3.x document: operations, parameters, bodies, answers.

Independent of the generator on purpose: the wire check judges how the generator read the
spec, so it must not share that reading. Only local ``$ref`` values are followed (every corpus
spec is one file); a reference cycle that never reaches an object is an error.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Default style per location (OpenAPI 3.x, Parameter Object, `style`).
DEFAULT_STYLE = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}
# Header parameters with these names are ignored by the specification (Parameter Object, `name`).
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()


def read(path: Path) -> Any:
    """Parse a spec file: JSON as JSON (Twilio's escaped emoji defeat a YAML parser), else YAML."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # a safe loader (C when available)


@dataclass(frozen=True)
class Param:
    """One parameter as the specification defines its serialisation."""

    name: str  # the wire name
    location: str
    required: bool
    schema: Any
    schema_pointer: str
    style: str
    explode: bool
    allow_reserved: bool
    example: Any = MISSING
    content_type: str | None = (
        None  # a `content` parameter: serialised as that media type
    )

    @property
    def ignored(self) -> bool:
        """A header parameter the specification says to ignore (Accept, Content-Type, ...)."""
        return self.location == "header" and self.name.lower() in IGNORED_HEADERS


@dataclass(frozen=True)
class Media:
    """One media type of a body or an answer."""

    name: str
    schema: Any
    schema_pointer: str
    example: Any = MISSING
    encoding: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Operation:
    """One operation with its path-level parameters merged in and ``$ref`` values followed."""

    method: str  # upper case
    path: str
    operation_id: str
    pointer: str
    parameters: tuple[Param, ...]
    body_required: bool
    body: tuple[Media, ...]  # empty: no request body
    responses: Mapping[
        str, tuple[Media, ...]
    ]  # status ("200", "2XX", "default") → media
    security: tuple[Mapping[str, Any], ...]  # the effective requirements, in order
    problems: tuple[str, ...] = ()  # parts the harness could not read (a broken spec)

    @property
    def key(self) -> str:
        """How the known-failures table and the report name this operation."""
        return self.operation_id or f"{self.method} {self.path}"

    def answer(self, status: int) -> tuple[Media, ...] | None:
        """The documented media of the answer a status code gets (exact, range, default)."""
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None


class Document:
    """A parsed OpenAPI 3.x document, its ``$ref`` values followed on demand."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.version = str(data.get("openapi", ""))

    @classmethod
    def load(cls, path: Path) -> Document:
        return cls(read(path))

    @property
    def is_openapi3(self) -> bool:
        return self.version.startswith("3.")

    @property
    def is_31(self) -> bool:
        return self.version.startswith("3.1")

    def pointer(self, pointer: str) -> Any:
        """What an RFC 6901 pointer (``/components/schemas/A``) names."""
        node: Any = self.data
        for raw in pointer.split("/")[1:] if pointer else []:
            segment = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(segment)] if isinstance(node, list) else node[segment]
        return node

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow ``$ref`` until an object without one; returns it and its pointer."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#"):
                raise ValueError(
                    f"{pointer}: only local references are followed: {ref}"
                )
            pointer = urllib.parse.unquote(ref[1:])
            if pointer in seen:
                raise ValueError(f"{pointer}: a cycle of references")
            seen.add(pointer)
            node = self.pointer(pointer)
        return node, pointer

    def operations(self) -> Iterator[Operation]:
        """Every operation, in document order."""
        for path, raw_item in (self.data.get("paths") or {}).items():
            where = "/paths/" + _escape(path)
            item, item_where = self.deref(raw_item, where)
            if not isinstance(item, Mapping):
                continue
            shared = list(item.get("parameters") or ())
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, Mapping):
                    continue
                yield self._operation(str(path), method, op, item_where, shared)

    def _operation(
        self,
        path: str,
        method: str,
        op: Mapping[str, Any],
        item_where: str,
        shared: list[Any],
    ) -> Operation:
        """One operation; a part the harness cannot read (a reference to nothing, a cycle)
        is left out and named in ``problems``."""
        where = f"{item_where}/{method}"
        problems: list[str] = []
        raw = [(p, f"{item_where}/parameters/{i}") for i, p in enumerate(shared)]
        raw += [
            (p, f"{where}/parameters/{i}")
            for i, p in enumerate(op.get("parameters") or ())
        ]
        params: tuple[Param, ...] = ()
        body: Any = {}
        body_where = f"{where}/requestBody"
        responses: dict[str, tuple[Media, ...]] = {}
        try:
            params = self._parameters(raw)
        except (KeyError, IndexError, ValueError, TypeError) as err:
            problems.append(f"parameters: {type(err).__name__}: {err}")
        try:
            body, body_where = self.deref(op.get("requestBody") or {}, body_where)
        except (KeyError, IndexError, ValueError, TypeError) as err:
            problems.append(f"requestBody: {type(err).__name__}: {err}")
        try:
            responses = self._responses(op.get("responses"), where)
        except (KeyError, IndexError, ValueError, TypeError) as err:
            problems.append(f"responses: {type(err).__name__}: {err}")
        return Operation(
            method=method.upper(),
            path=path,
            operation_id=str(op.get("operationId") or ""),
            pointer=where,
            parameters=params,
            body_required=bool(body.get("required", False)),
            body=self._media(body.get("content"), f"{body_where}/content"),
            responses=responses,
            security=tuple(op.get("security", self.data.get("security")) or ()),
            problems=tuple(problems),
        )

    def security_scheme(self, name: str) -> Mapping[str, Any]:
        schemes = (self.data.get("components") or {}).get("securitySchemes") or {}
        scheme, _ = self.deref(schemes.get(name) or {}, "")
        return scheme if isinstance(scheme, Mapping) else {}

    def _parameters(self, raw: list[tuple[Any, str]]) -> tuple[Param, ...]:
        """Operation parameters override path-level ones of the same name and location."""
        found: dict[tuple[str, str], Param] = {}
        for node, where in raw:
            param, where = self.deref(node, where)
            location = str(param.get("in"))
            style = str(param.get("style") or DEFAULT_STYLE.get(location, "form"))
            schema, schema_where = param.get("schema"), f"{where}/schema"
            content_type = None
            example = param.get("example", MISSING)
            if "content" in param:
                content_type, media = next(iter(param["content"].items()))
                schema, schema_where = media.get("schema"), (
                    f"{where}/content/{_escape(content_type)}/schema"
                )
                example = media.get("example", example)
            if example is MISSING and param.get("examples"):
                first, _ = self.deref(next(iter(param["examples"].values())), where)
                example = first.get("value", MISSING)
            found[(param["name"], location)] = Param(
                name=str(param["name"]),
                location=location,
                required=bool(param.get("required", False)),
                schema=schema if schema is not None else {},
                schema_pointer=schema_where,
                style=style,
                explode=bool(param.get("explode", style == "form")),
                allow_reserved=bool(param.get("allowReserved", False)),
                example=example,
                content_type=content_type,
            )
        return tuple(found.values())

    def _media(self, content: Any, where: str) -> tuple[Media, ...]:
        if not isinstance(content, Mapping):
            return ()
        media = []
        for name, raw in content.items():
            node = raw if isinstance(raw, Mapping) else {}
            example = node.get("example", MISSING)
            if example is MISSING and node.get("examples"):
                first, _ = self.deref(next(iter(node["examples"].values())), where)
                example = first.get("value", MISSING)
            media.append(
                Media(
                    name=str(name),
                    schema=node.get("schema") or {},
                    schema_pointer=f"{where}/{_escape(str(name))}/schema",
                    example=example,
                    encoding=node.get("encoding") or {},
                )
            )
        return tuple(media)

    def _responses(self, responses: Any, where: str) -> dict[str, tuple[Media, ...]]:
        found: dict[str, tuple[Media, ...]] = {}
        for status, raw in (responses or {}).items():
            response, response_where = self.deref(
                raw, f"{where}/responses/{_escape(str(status))}"
            )
            found[str(status).upper() if str(status) != "default" else "default"] = (
                self._media(response.get("content"), f"{response_where}/content")
            )
        return found


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")
