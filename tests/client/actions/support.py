"""The nine action variants as data, and transports for driving the client without a network."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
import yaml
from contactswing import models

ROOT = Path(__file__).resolve().parents[3]
ACTIONS = ROOT / "spec" / "actions"
# Never contacted: every test here uses an httpx.MockTransport. Loopback all the same, so a
# mistake can never reach a real host.
BASE_URL = "http://127.0.0.1:9"
TOKEN = "csk_test_actions_token_0123456789"

CREATED = {
    "ctx_id": "ctx-1",
    "data": {"action_id": "act-1", "name": "n", "type": "SEND_SMS"},
}
UPDATED = {"ctx_id": "ctx-2", "data": {"id": "act-1", "name": "n", "type": "SEND_SMS"}}


@dataclass(frozen=True)
class Variant:
    """One action type: its spec file, wire type value, model class and method suffix."""

    file: str
    type: str
    model: type[pydantic.BaseModel]

    @property
    def method(self) -> str:
        """``create_<file>`` / ``update_<file>`` without the verb."""
        return self.file

    @property
    def schema(self) -> dict[str, Any]:
        """The variant's schema file, as data."""
        loaded = yaml.safe_load(
            (ACTIONS / f"{self.file}.yaml").read_text(encoding="utf-8")
        )
        assert isinstance(loaded, dict)
        return loaded

    @property
    def example(self) -> dict[str, Any]:
        """The documented wire JSON: the schema file's first example."""
        value = self.schema["examples"][0]
        assert isinstance(value, dict)
        return value

    @property
    def read_model(self) -> type[pydantic.BaseModel]:
        """The class an item of this type reads back as: the create fields plus ``id``."""
        found = getattr(models, f"{self.model.__name__}Read")
        assert isinstance(found, type) and issubclass(found, self.model)
        return found

    def kwargs(self) -> dict[str, Any]:
        """The example as keyword arguments of the per-variant method (nested parts as dicts)."""
        by_alias = {
            (
                field.validation_alias
                if isinstance(field.validation_alias, str)
                else name
            ): name
            for name, field in self.model.model_fields.items()
        }
        return {by_alias.get(k, k): v for k, v in self.example.items() if k != "type"}


VARIANTS = [
    Variant("sms", "SEND_SMS", models.SmsAction),
    Variant("email", "SEND_EMAIL", models.EmailAction),
    Variant("webhook", "WEBHOOK", models.WebhookAction),
    Variant("appointment", "APPOINTMENT", models.AppointmentAction),
    Variant("data_extraction", "SINGLEDATAEXTRACTION", models.DataExtractionAction),
    Variant("call_transfer", "CALL_TRANSFER", models.CallTransferAction),
    Variant("whatsapp", "SEND_WHATSAPP", models.WhatsappAction),
    Variant("dtmf", "DTMF_ACTION", models.DtmfAction),
    Variant("aircall", "AIRCALL", models.AircallAction),
]
BY_FILE = {variant.file: variant for variant in VARIANTS}


def variant_params() -> list[Any]:
    """``VARIANTS`` as pytest parameters named after their spec files."""
    return [pytest.param(variant, id=variant.file) for variant in VARIANTS]


def keys(data: Any) -> Iterator[str]:
    """Every mapping key anywhere in JSON-like data."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from keys(value)
    elif isinstance(data, list):
        for item in data:
            yield from keys(item)


class Wire:
    """A MockTransport handler that answers with a fixed JSON body and keeps what was sent."""

    def __init__(self, status: int = 201, body: Any = None) -> None:
        self.status = status
        self.body = CREATED if body is None else body
        self.sent: list[tuple[str, str, Any]] = (
            []
        )  # (method, raw path and query, JSON body)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        payload = json.loads(request.content) if request.content else None
        # raw_path: the path as sent, percent-encoding included.
        self.sent.append(
            (request.method, request.url.raw_path.decode("ascii"), payload)
        )
        return httpx.Response(self.status, json=self.body)


class NoNetwork:
    """A MockTransport handler that fails the test if the client sends anything at all."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        pytest.fail(
            f"the client sent {request.method} {request.url.path}; it should have "
            "refused the call before any HTTP request"
        )
