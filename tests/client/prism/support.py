"""Helpers for the contract tests: a request recorder and the spec's own example values."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

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


@dataclass(frozen=True)
class Sent:
    """What one attempt put on the wire, copied while httpx sent it (credentials included)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any


@dataclass
class Recorder:
    """httpx event hooks that record every attempt and every answer, sync or async."""

    sent: list[Sent] = field(default_factory=list)
    answers: list[tuple[int, httpx.Headers]] = field(default_factory=list)

    def on_request(self, request: httpx.Request) -> None:
        # Hooks run after the auth flow stamped the request and before the runtime takes
        # the token off again, so this copy shows exactly what the server received.
        body = json.loads(request.content) if request.content else None
        self.sent.append(
            Sent(
                request.method,
                request.url.path,
                dict(request.url.params),
                {k.lower(): v for k, v in request.headers.items()},
                body,
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
