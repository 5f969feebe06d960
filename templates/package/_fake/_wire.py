"""What reached the fake server: which operation a request is for, and its parameters and
body read the way the spec says they travel (typed by their schemas, as a server would).
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any

import httpx

from ._schema import resolve

__all__ = ["Incoming", "Router", "media_kind", "read"]

_PARAMETER = re.compile(r"{([^{}]+)}")
_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def media_kind(media_type: str) -> str:
    """How a body of this media type travels: json, form, multipart, text or binary."""
    main = media_type.split(";", 1)[0].strip().lower()
    if main in ("application/json", "*/*") or main.endswith("+json"):
        return "json"
    if main == "application/x-www-form-urlencoded":
        return "form"
    if main.startswith("multipart/"):
        return "multipart"
    if main.startswith("text/") or main.endswith(("/xml", "+xml", "/yaml")):
        return "text"
    return "binary"


class Router:
    """Finds the operation of a method and path; literal segments win over parameters."""

    def __init__(self, operations: Sequence[Mapping[str, Any]]) -> None:
        """Compile each operation's path template."""
        routes = []
        for op in operations:
            template = str(op["path"])
            pattern = "".join(
                f"(?P<p{i}>[^/]+)" if i % 2 else re.escape(part)
                for i, part in enumerate(_PARAMETER.split(template))
            )
            names = _PARAMETER.findall(template)
            literal = len(_PARAMETER.sub("", template))
            routes.append((-literal, len(names), re.compile(f"^{pattern}$"), names, op))
        routes.sort(key=lambda r: (r[0], r[1]))
        self._routes = routes

    def match(
        self, method: str, path: str
    ) -> tuple[Mapping[str, Any] | None, dict[str, str], bool]:
        """(operation, path values, whether the path exists at all)."""
        known = False
        for _, _, pattern, names, op in self._routes:
            found = pattern.match(path)
            if found is None:
                continue
            known = True
            if op["method"] == method:
                values = {
                    name: urllib.parse.unquote(found.group(f"p{i * 2 + 1}"))
                    for i, name in enumerate(names)
                }
                return op, values, True
        return None, {}, known


@dataclass
class Incoming:
    """A request as the fake read it: typed parameters by location, the parsed body."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    header: dict[str, Any] = field(default_factory=dict)
    cookie: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    media: str | None = None  # the documented media type whose schema the body must fit
    problems: list[str] = field(default_factory=list)
    unsupported: bool = False  # a body of a media type the operation does not take


def read(
    op: Mapping[str, Any],
    request: httpx.Request,
    path_values: Mapping[str, str],
    schemas: Mapping[str, Any],
) -> Incoming:
    """The request's parameters and body, coerced by their schemas (not yet validated)."""
    incoming = Incoming()
    params = request.url.params
    cookies = SimpleCookie(request.headers.get("cookie", ""))
    for param in op["parameters"]:
        name, where = param["name"], param["in"]
        node = resolve(param["schema"], schemas)
        raw: list[str] = []
        if where == "path" and name in path_values:
            raw = [path_values[name]]
        elif where == "query":
            raw = params.get_list(name)
        elif where == "header" and name in request.headers:
            raw = [request.headers[name]]
        elif where == "cookie" and name in cookies:
            raw = [cookies[name].value]
        value: Any = None
        if _kind(node) == "object":
            value = _object(param, raw, params, node, schemas)
        elif raw:
            value = coerce(raw, node, schemas, _delimiter(param))
        if value is None:
            if param["required"]:
                incoming.problems.append(f"{where} parameter {name}: is required")
            continue
        getattr(incoming, where)[name] = value
    _read_body(op, request, schemas, incoming)
    return incoming


def _delimiter(param: Mapping[str, Any]) -> str | None:
    """How an array parameter's items are joined; None when each item repeats the name."""
    if param["in"] == "query" and param["explode"]:
        return None
    return {"spaceDelimited": " ", "pipeDelimited": "|"}.get(str(param["style"]), ",")


def _object(
    param: Mapping[str, Any],
    raw: Sequence[str],
    params: httpx.QueryParams,
    node: Mapping[str, Any],
    schemas: Mapping[str, Any],
) -> dict[str, Any] | None:
    """An object parameter: ``name[key]=v`` (deepObject), its keys as parameters (form,
    exploded), ``k,v,k,v`` or ``k=v,k=v`` in one value; None when it was not sent."""
    props = node.get("properties") or {}
    name, style = str(param["name"]), param["style"]
    pairs: list[tuple[str, str]] = []
    if param["in"] == "query" and style == "deepObject":
        prefix = f"{name}["
        pairs = [
            (k[len(prefix) : -1], v)
            for k, v in params.multi_items()
            if k.startswith(prefix) and k.endswith("]")
        ]
    elif param["in"] == "query" and param["explode"]:
        pairs = [(k, v) for k, v in params.multi_items() if k in props]
    elif raw:
        parts = raw[-1].split(",")
        if param["explode"]:
            pairs = [(k, v) for k, eq, v in (p.partition("=") for p in parts) if eq]
        else:
            pairs = list(zip(parts[::2], parts[1::2], strict=False))
    if not pairs:
        return None
    return {k: coerce([v], props.get(k), schemas) for k, v in pairs}


def coerce(
    raw: Sequence[str],
    schema: Any,
    schemas: Mapping[str, Any],
    joined: str | None = ",",
) -> Any:
    """Parameter text as the value its schema types (left as text when it does not parse);
    an array's items repeat the name (``joined`` None) or are joined by ``joined``."""
    node = resolve(schema, schemas)
    if _kind(node) == "array":
        texts = (
            list(raw) if joined is None else [p for r in raw for p in r.split(joined)]
        )
        return [_scalar(t, resolve(node.get("items"), schemas)) for t in texts]
    return _scalar(raw[-1], node)


def _kind(node: Mapping[str, Any]) -> str:
    kinds = node.get("type")
    if isinstance(kinds, list):
        kinds = next((k for k in kinds if k != "null"), None)
    return kinds if isinstance(kinds, str) else ""


def _scalar(text: str, node: Mapping[str, Any]) -> Any:
    kind = _kind(node)
    if kind == "integer" and _INTEGER.match(text):
        return int(text)
    if kind == "number" and _NUMBER.match(text):
        return float(text) if any(c in text for c in ".eE") else int(text)
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    if kind == "null" and text in ("", "null"):
        return None
    return text


def _read_body(
    op: Mapping[str, Any],
    request: httpx.Request,
    schemas: Mapping[str, Any],
    incoming: Incoming,
) -> None:
    body = op.get("body")
    content = request.content
    if not content:
        if body is not None and body["required"]:
            incoming.problems.append("body: a request body is required")
        return
    if body is None:
        return  # a body the operation does not take: ignored, as servers do
    media_type = request.headers.get("content-type", "")
    kind = media_kind(media_type)
    documented: Mapping[str, Any] = body["content"]
    exact = media_type.split(";", 1)[0].strip()
    chosen = (
        exact
        if exact in documented
        else next((m for m, e in documented.items() if e["kind"] == kind), None)
    )
    if chosen is None:
        incoming.unsupported = True
        shown = media_type or "a body without a content type"
        incoming.problems.append(f"body: {shown} is not accepted")
        return
    schema = documented[chosen]["schema"]
    if kind in ("json", "form", "multipart"):
        incoming.media = chosen
    if kind == "json":
        try:
            incoming.body = json.loads(content)
        except ValueError:
            incoming.media = None
            incoming.problems.append("body: is not valid JSON")
    elif kind == "form":
        pairs = urllib.parse.parse_qsl(
            content.decode("utf-8", "replace"), keep_blank_values=True
        )
        incoming.body = _fields(pairs, schema, schemas)
    elif kind == "multipart":
        incoming.body = _fields(_parts(media_type, content), schema, schemas)
    elif kind == "text":
        incoming.body = content.decode("utf-8", "replace")
    else:
        incoming.body = content


def _fields(
    pairs: Sequence[tuple[str, str | bytes]], schema: Any, schemas: Mapping[str, Any]
) -> dict[str, Any]:
    """Form or multipart fields by name, typed by the body schema's properties."""
    grouped: dict[str, list[str | bytes]] = {}
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    props = resolve(schema, schemas).get("properties") or {}
    out: dict[str, Any] = {}
    for name, values in grouped.items():
        node = resolve(props.get(name), schemas)
        texts = [v for v in values if isinstance(v, str)]
        if len(texts) != len(values):  # files stay bytes
            out[name] = values if _kind(node) == "array" else values[-1]
        else:
            out[name] = coerce(texts, node, schemas, joined=None)
    return out


def _parts(media_type: str, content: bytes) -> list[tuple[str, str | bytes]]:
    """The (name, value) of each part of a multipart body; a file part's value is bytes."""
    head = f"Content-Type: {media_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        head + content
    )
    found: list[tuple[str, str | bytes]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if part.get_filename() is not None:
            found.append((name, data))
        else:
            found.append(
                (name, data.decode(part.get_content_charset() or "utf-8", "replace"))
            )
    return found
