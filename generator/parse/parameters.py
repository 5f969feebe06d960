"""An operation's parameters: Python names, wire names, types, and how each travels."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir, naming
from generator.models import Models
from generator.parse.text import text
from generator.pytypes import annotation
from generator.spec.traverse import OperationRef, iter_parameters

_IDEMPOTENCY_HEADERS = frozenset({"idempotency-key", "x-idempotency-key"})
# Headers the runtime owns: a parameter cannot set them.
_RUNTIME_HEADERS = frozenset({"authorization", "content-type", "accept"})
# Each location's style and explode when the spec names none (OpenAPI 3.1, 4.8.12.4).
_DEFAULTS = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
}
_ORDER = {"path": 0, "query": 1, "header": 2, "cookie": 3}


def parameters(
    document: Mapping[str, Any], models: Models, op: OperationRef
) -> tuple[tuple[ir.Parameter, ...], str | None]:
    """The operation's parameters (required first, path first) and its idempotency header."""
    taken: set[str] = set()
    idempotency: str | None = None
    result = []
    merged = sorted(
        iter_parameters(document, op), key=lambda p: _ORDER.get(p.location, 9)
    )
    for ref in merged:
        where, wire, param = ref.location, ref.name, ref.parameter
        if where not in _ORDER:
            continue
        if where == "header" and wire.lower() in _IDEMPOTENCY_HEADERS:
            idempotency = wire
            continue
        if where == "header" and wire.lower() in _RUNTIME_HEADERS:
            continue
        style, explode = _style(param, where)
        result.append(
            ir.Parameter(
                name=naming.unique(naming.parameter_name(wire), taken),
                wire_name=wire,
                location=ir.Location(where),
                annotation=annotation(document, models, _schema(param)),
                required=where == "path" or param.get("required") is True,
                description=text(param.get("description")),
                style=style,
                explode=explode,
            )
        )
    result.sort(key=lambda p: (not p.required, _ORDER[p.location.value]))
    return tuple(result), idempotency


def _schema(param: Mapping[str, Any]) -> Any:
    """A parameter's schema, or the schema of its one ``content`` entry."""
    if "schema" in param:
        return param["schema"]
    content = param.get("content")
    if isinstance(content, Mapping):
        for media in content.values():
            if isinstance(media, Mapping):
                return media.get("schema")
    return None


def _style(param: Mapping[str, Any], where: str) -> tuple[str, bool | None]:
    """(style, explode) when they differ from the location's defaults, else ("", None)."""
    style = param.get("style")
    style = style if isinstance(style, str) and style else _DEFAULTS[where][0]
    explode = param.get("explode")
    if not isinstance(explode, bool):
        explode = style == "form"  # the spec's default: true for form, false otherwise
    if (style, explode) == _DEFAULTS[where]:
        return "", None
    return style, explode
