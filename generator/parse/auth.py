"""The security scheme the generated client applies to its requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir
from generator.parse.text import text
from generator.pytypes import deref
from generator.spec.traverse import iter_operations


def auth_scheme(document: Mapping[str, Any]) -> ir.Auth:
    components = document.get("components")
    schemes = (
        components.get("securitySchemes") if isinstance(components, Mapping) else None
    )
    requirements = document.get("security")
    if not isinstance(requirements, list):
        requirements = next(
            (
                op.operation.get("security")
                for op in iter_operations(document)
                if isinstance(op.operation.get("security"), list)
            ),
            [],
        )
    if not isinstance(schemes, Mapping):
        return ir.Auth("none")
    for requirement in requirements if isinstance(requirements, list) else []:
        for name in requirement if isinstance(requirement, Mapping) else ():
            scheme = deref(document, schemes.get(name))
            if not isinstance(scheme, Mapping):
                continue
            kind, where = (
                str(scheme.get("type", "")).lower(),
                str(scheme.get("in", "")).lower(),
            )
            if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                return ir.Auth("basic")
            if kind in ("http", "oauth2", "openidconnect"):
                return ir.Auth("bearer")
            if kind == "apikey" and where in ("header", "query"):
                return ir.Auth(where, text(scheme.get("name")))
    return ir.Auth("none")
