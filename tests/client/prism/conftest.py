"""Prism mock servers started from the spec, on 127.0.0.1, once per test session.

``prism_url`` (``tests/conftest.py``, shared with the fake's tests) serves ``spec/openapi.yaml``
exactly as committed: every contract test that asks "does the server the spec describes
accept this request?" talks to it.

``retry_prism_url`` serves a copy of the spec that additionally declares 429 and 503 answers
(with ``Retry-After: 0``) on the action endpoints. The spec itself declares neither, and Prism
refuses to force a status the document does not define (``Prefer: code=503`` gets a 404
"Requested status code 503 is not defined"), so the retry tests need them added. Only
responses are added; what Prism accepts as a request is unchanged. It is started lazily, so a
run that selects no retry test starts one Prism.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import contactswing
import pytest
import yaml

from generator.spec import load_spec
from tests.prism_server import run_prism

from .support import TOKEN, Recorder

ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT / "spec" / "openapi.yaml"
# Answers the retry spec adds: Retry-After 0 keeps the runtime's pauses out of the test time.
_RETRY_STATUSES = {
    "429": "Too many requests.",
    "503": "The service is briefly unavailable.",
}


def _with_retry_answers(document: dict[str, Any]) -> dict[str, Any]:
    """Declare 429 and 503 (with ``Retry-After: 0``) on every action operation."""
    for path in ("/v2/_actions", "/v2/_actions/{action_id}"):
        for operation in document["paths"][path].values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, description in _RETRY_STATUSES.items():
                operation["responses"][status] = {
                    "description": description,
                    "headers": {
                        "Retry-After": {
                            "description": "Seconds to wait before retrying.",
                            "schema": {"type": "string", "examples": ["0"]},
                            "example": "0",
                        }
                    },
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            "example": {
                                "ctx_id": f"ctx-{status}",
                                "detail": description,
                            },
                        }
                    },
                }
    return document


@pytest.fixture(scope="session")
def retry_prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock of the spec plus 429/503 answers (see the module docstring)."""
    folder = tmp_path_factory.mktemp("retry-spec")
    # The spec bundled into one document (every $ref local), so the operations can be edited
    # wherever spec/ keeps them; a throw-away copy, so losing comments is harmless.
    document = load_spec(SPEC).document
    bundled = folder / SPEC.name
    bundled.write_text(
        yaml.safe_dump(
            _with_retry_answers(document), allow_unicode=True, sort_keys=False
        ),
        encoding="utf-8",
    )
    yield from run_prism(bundled, folder / "prism.log")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a developer's own CONTACTSWING_* variables out of the tests."""
    monkeypatch.delenv("CONTACTSWING_TOKEN", raising=False)
    monkeypatch.delenv("CONTACTSWING_BASE_URL", raising=False)


@pytest.fixture
def recorder() -> Recorder:
    """Records every attempt the client under test makes."""
    return Recorder()


@pytest.fixture
def client(prism_url: str, recorder: Recorder) -> Iterator[contactswing.ContactSwing]:
    """A sync client of the committed spec's Prism, on a recorded user-supplied http_client."""
    with (
        recorder.client() as http,
        contactswing.ContactSwing(
            token=TOKEN, base_url=prism_url, http_client=http
        ) as api,
    ):
        yield api


@pytest.fixture
async def async_client(
    prism_url: str, recorder: Recorder
) -> AsyncIterator[contactswing.AsyncContactSwing]:
    """The async twin of ``client``."""
    async with (
        recorder.async_client() as http,
        contactswing.AsyncContactSwing(
            token=TOKEN, base_url=prism_url, http_client=http
        ) as api,
    ):
        yield api
