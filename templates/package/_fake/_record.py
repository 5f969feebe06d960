"""Who may call (the credentials an operation asks for) and what the fake server remembers
of each request (``FakeRequest``), with every credential redacted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = ["REDACTED", "FakeRequest", "authorized", "recorded"]

REDACTED = "REDACTED"


@dataclass(frozen=True)
class FakeRequest:
    """One request the fake server received."""

    operation: str | None  # "actions.create"; None when no operation has this path
    method: str
    path: str  # the API path, as the spec writes it filled in ("/v2/_actions/abc")
    query: dict[str, str | list[str]]  # a repeated parameter's values as a list
    headers: dict[str, str]  # lower-case names; credentials are REDACTED
    body: Any  # parsed: JSON, form or multipart fields (files as bytes), else bytes
    status: int | None  # the answer's status; None when a connection error was injected


def authorized(
    security: Sequence[Sequence[str]],
    schemes: Mapping[str, Mapping[str, Any]],
    request: httpx.Request,
) -> bool:
    """Whether the request meets one of the security requirements (none: anyone may call)."""
    if not security:
        return True
    return any(
        all(_has(schemes.get(key), request) for key in requirement)
        for requirement in security
    )


def _has(scheme: Mapping[str, Any] | None, request: httpx.Request) -> bool:
    """Whether the request carries the credential of ``scheme``."""
    if scheme is None:
        return False
    kind, name = scheme.get("kind"), str(scheme.get("name"))
    if kind in ("bearer", "basic"):
        prefix = f"{kind} "
        value = request.headers.get("authorization", "")
        return value.lower().startswith(prefix) and bool(value[len(prefix) :].strip())
    if kind == "api_key_header":
        return bool(request.headers.get(name))
    if kind == "api_key_query":
        return bool(request.url.params.get(name))
    if kind == "api_key_cookie":
        return f"{name}=" in request.headers.get("cookie", "")
    return True


def recorded(
    request: httpx.Request,
    *,
    operation: str | None,
    path: str,
    body: Any,
    status: int | None,
    schemes: Mapping[str, Mapping[str, Any]],
) -> FakeRequest:
    """What to remember of a request: its credentials (any header, query parameter or
    cookie a scheme sends one in) replaced by ``REDACTED``."""
    kinds = [(s.get("kind"), str(s.get("name"))) for s in schemes.values()]
    secret_headers = {"authorization"} | {
        name.lower() for kind, name in kinds if kind == "api_key_header"
    }
    if any(kind == "api_key_cookie" for kind, _ in kinds):
        secret_headers.add("cookie")
    secret_query = {name for kind, name in kinds if kind == "api_key_query"}
    headers = {
        k.lower(): REDACTED if k.lower() in secret_headers else v
        for k, v in request.headers.items()
    }
    query: dict[str, str | list[str]] = {}
    for key in request.url.params:
        values = request.url.params.get_list(key)
        values = [REDACTED] * len(values) if key in secret_query else values
        query[key] = values[0] if len(values) == 1 else values
    return FakeRequest(operation, request.method, path, query, headers, body, status)
