"""Helpers for the contract tests: a request recorder and the spec's own example values."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml

from generator.spec import load_spec

ROOT = Path(__file__).resolve().parents[3]
ACTIONS = ROOT / "spec" / "actions"
# Prism accepts any bearer token; this one only has to be recognisable.
TOKEN = "csk_test_contract_token_0123456789"


def example(variant: str) -> dict[str, Any]:
    """The first ``examples`` entry of ``spec/actions/<variant>.yaml``: documented wire JSON."""
    document = yaml.safe_load((ACTIONS / f"{variant}.yaml").read_text(encoding="utf-8"))
    value = document["examples"][0]
    assert isinstance(value, dict), f"{variant}.yaml: examples[0] is not an object"
    return value


@cache
def spec_document() -> dict[str, Any]:
    """``spec/openapi.yaml`` bundled into one document (every ``$ref`` local), read once."""
    return load_spec(ROOT / "spec" / "openapi.yaml").document


def _resolve(node: Any) -> Any:
    """``node`` with its local ``$ref`` followed."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec_document()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object) of every operation in the spec."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec_document()["paths"].items():
        for method, candidate in _resolve(item).items():
            if isinstance(candidate, dict) and "operationId" in candidate:
                found[candidate["operationId"]] = (method.upper(), path, candidate)
    return found


def operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(method, path, operation object) of the operation named ``operation_id``."""
    return operations()[operation_id]


def request_example(operation_id: str, name: str | None = None) -> Any:
    """The request body example ``name`` (else the first) of ``operation_id``."""
    _, _, found = operation(operation_id)
    [media] = _resolve(found["requestBody"])["content"].values()
    examples = media["examples"]
    return _resolve(examples[name] if name else next(iter(examples.values())))["value"]


def response_example(operation_id: str, name: str | None = None) -> Any:
    """The 2xx JSON answer example ``name`` (else the first) of ``operation_id``."""
    _, _, found = operation(operation_id)
    [answer] = [
        _resolve(r) for code, r in found["responses"].items() if str(code)[0] == "2"
    ]
    examples = answer["content"]["application/json"]["examples"]
    return _resolve(examples[name] if name else next(iter(examples.values())))["value"]


def parameter_example(operation_id: str, name: str) -> Any:
    """The ``example`` of the parameter ``name`` of ``operation_id``."""
    _, _, found = operation(operation_id)
    for parameter in found.get("parameters", []):
        parameter = _resolve(parameter)
        if parameter["name"] == name:
            return parameter["example"]
    raise KeyError(f"{operation_id} has no parameter {name!r}")


@dataclass(frozen=True)
class FormPart:
    """One part of a ``multipart/form-data`` body as the server reads it."""

    name: str
    filename: str | None
    content_type: str
    content: bytes


def form_parts(content_type: str, content: bytes) -> list[FormPart]:
    """The parts of a multipart body, in order, parsed as a server would (stdlib email)."""
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode("ascii") + content
    )
    boundary = message.get_param("boundary")
    if content == f"--{boundary}--\r\n".encode("ascii"):
        return (
            []
        )  # the closing delimiter alone: a form of no part (email sees a defect)
    assert message.is_multipart(), f"not a multipart body: {content_type}"
    parts: list[FormPart] = []
    for part in message.iter_parts():
        assert isinstance(part, Message)
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes), part
        # Without a Content-Type a part is text/plain (RFC 7578 section 4.4).
        parts.append(
            FormPart(name, part.get_filename(), part.get_content_type(), payload)
        )
    return parts


@dataclass(frozen=True)
class Sent:
    """What one attempt put on the wire, copied while httpx sent it (credentials included).

    ``body`` is the JSON body read back (None for any other body); ``content`` the bytes.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any
    content: bytes = b""

    def parts(self) -> list[FormPart]:
        """The parts of a multipart body."""
        return form_parts(self.headers["content-type"], self.content)


@dataclass
class Recorder:
    """httpx event hooks that record every attempt and every answer, sync or async."""

    sent: list[Sent] = field(default_factory=list)
    answers: list[tuple[int, httpx.Headers]] = field(default_factory=list)

    def on_request(self, request: httpx.Request) -> None:
        # Hooks run after the auth flow stamped the request and before the runtime takes
        # the token off again, so this copy shows exactly what the server received.
        json_body = "json" in request.headers.get("content-type", "")
        body = json.loads(request.content) if request.content and json_body else None
        self.sent.append(
            Sent(
                request.method,
                request.url.path,
                dict(request.url.params),
                {k.lower(): v for k, v in request.headers.items()},
                body,
                request.content,
            )
        )

    def on_response(self, response: httpx.Response) -> None:
        self.answers.append((response.status_code, response.headers.copy()))

    async def on_request_async(self, request: httpx.Request) -> None:
        self.on_request(request)

    async def on_response_async(self, response: httpx.Response) -> None:
        self.on_response(response)

    def client(self) -> httpx.Client:
        """A user-supplied http_client whose attempts this recorder sees."""
        return httpx.Client(
            event_hooks={"request": [self.on_request], "response": [self.on_response]}
        )

    def async_client(self) -> httpx.AsyncClient:
        """The async twin of ``client()``."""
        return httpx.AsyncClient(
            event_hooks={
                "request": [self.on_request_async],
                "response": [self.on_response_async],
            }
        )

    def violations(self) -> str:
        """Prism's ``sl-violations`` header of the last answer ('' when it found none)."""
        return self.answers[-1][1].get("sl-violations", "") if self.answers else ""
