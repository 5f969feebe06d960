"""Security: the schemes a client can be given credentials for, and who needs which.

Each scheme the spec declares that travels over HTTP (bearer and other ``http`` schemes,
OAuth 2 and OpenID Connect tokens as bearer tokens, API keys in a header, query or cookie)
becomes a client argument: the main one is ``token``, the others are named after their
scheme. Each operation then sends what its own ``security`` asks for (the document's when it
has none).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from generator import ir, naming
from generator.parse.text import text
from generator.pytypes import deref
from generator.spec.traverse import iter_operations

# The client constructor's own arguments: a scheme's argument must not take one of these.
_CLIENT_ARGUMENTS = frozenset(
    {
        "token",
        "base_url",
        "timeout",
        "max_retries",
        "deadline",
        "http_client",
        "default_headers",
        "default_query",
        "credentials",
        "max_retry_after",
    }
)


def requirements(raw: Any, known: Iterable[str]) -> tuple[tuple[str, ...], ...] | None:
    """A ``security`` list as alternatives of scheme keys; None when there is no list.

    A requirement naming a scheme the client cannot apply (mutual TLS, a typo) is dropped;
    an empty requirement (``{}``) means no credentials are needed.
    """
    if not isinstance(raw, list):
        return None
    if not raw:
        return ((),)  # `security: []`: no credentials at all
    usable = set(known)
    found: list[tuple[str, ...]] = []
    for requirement in raw:
        if isinstance(requirement, Mapping) and all(
            str(k) in usable for k in requirement
        ):
            found.append(tuple(str(k) for k in requirement))
    return tuple(dict.fromkeys(found))


def security(
    document: Mapping[str, Any],
) -> tuple[tuple[ir.SecurityScheme, ...], tuple[tuple[str, ...], ...]]:
    """The schemes a client takes credentials for, and the document's default requirement."""
    kinds = _kinds(document)
    default = requirements(document.get("security"), kinds) or ((),)
    used = [key for requirement in default for key in requirement]
    for op in iter_operations(document):
        used += [
            key
            for r in requirements(op.operation.get("security"), kinds) or ()
            for key in r
        ]
    ordered = list(dict.fromkeys([*used, *kinds]))
    taken = set(_CLIENT_ARGUMENTS)
    schemes = []
    for key in ordered:
        kind, name = kinds[key]
        if key == ordered[0]:
            argument = "token"
        else:
            argument = naming.unique(naming.parameter_name(key), taken)
        schemes.append(ir.SecurityScheme(key, kind, name, argument))
    return tuple(schemes), default


def _kinds(document: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """Scheme key → (kind, header/query/cookie name) for every scheme the client can apply."""
    components = document.get("components")
    declared = (
        components.get("securitySchemes") if isinstance(components, Mapping) else None
    )
    found: dict[str, tuple[str, str]] = {}
    for key, raw in declared.items() if isinstance(declared, Mapping) else ():
        scheme = deref(document, raw)
        if not isinstance(scheme, Mapping):
            continue
        kind = str(scheme.get("type", "")).lower()
        where = str(scheme.get("in", "")).lower()
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            found[str(key)] = ("basic", "Authorization")
        elif kind in ("http", "oauth2", "openidconnect"):
            found[str(key)] = ("bearer", "Authorization")
        elif kind == "apikey" and where in ("header", "query", "cookie"):
            found[str(key)] = (f"api_key_{where}", text(scheme.get("name")))
    return found
