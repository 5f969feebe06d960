"""Protects the package README: every Python example in it runs, in order, against Prism.

The README promises that its examples run as they are, one after the other, with the
``client`` its quickstart makes. Each ``python`` block of ``generated/README.md`` (but the
constructor's signature, fenced ``python signature``) is executed in one namespace, with the
token and base URL in the environment as a user would set them, against Prism serving the
spec. Every answer that came from Prism must be a 2xx without spec violations: the examples'
values are ones the API accepts.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.client import typecheck

from .support import ROOT, TOKEN

pytestmark = pytest.mark.contract

README = ROOT / "generated" / "README.md"
_BLOCK = re.compile(r"^```python( [^\n]*)?\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def examples(text: str) -> list[str]:
    """The README's runnable Python blocks, in order."""
    return [
        code
        for info, code in _BLOCK.findall(text)
        if "signature" not in (info or "").split()
    ]


# The examples, one after another as the README runs them, for the one mypy --strict run.
TYPED = typecheck.FOLDER / "readme_examples.py"
TYPED.parent.mkdir(parents=True, exist_ok=True)
TYPED.write_text(
    "\n\n".join(examples(README.read_text(encoding="utf-8"))), encoding="utf-8"
)
typecheck.register("readme", TYPED, "")


def test_the_readme_examples_pass_mypy_strict() -> None:
    problems = typecheck.usage_problems("readme")
    assert not problems, "mypy --strict rejected the README:\n" + "\n".join(problems)


def test_the_readme_has_an_example_of_every_resource() -> None:
    text = README.read_text(encoding="utf-8")
    code = "\n".join(examples(text))
    for attribute in re.findall(r"^### \w+: `client\.(\w+)`", text, re.MULTILINE):
        assert f"client.{attribute}." in code, attribute
    for needed in ("with_raw_response", "except APIStatusError", "MockTransport"):
        assert needed in code, needed
    assert re.search(r"^for \w+ in client\.\w+\.\w+\(", code, re.MULTILINE)


def test_every_readme_example_runs_against_prism(
    prism_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CONTACTSWING_TOKEN", TOKEN)
    monkeypatch.setenv("CONTACTSWING_BASE_URL", prism_url)
    monkeypatch.chdir(tmp_path)
    answers: list[tuple[str, int, str | None]] = []
    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def record(request: httpx.Request, response: httpx.Response) -> None:
        answers.append(
            (
                f"{request.method} {request.url.path}",
                response.status_code,
                response.headers.get("sl-violations"),
            )
        )

    def handle(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        response = sync_send(self, request)
        record(request, response)
        return response

    async def handle_async(
        self: httpx.AsyncHTTPTransport, request: httpx.Request
    ) -> httpx.Response:
        response = await async_send(self, request)
        record(request, response)
        return response

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle_async)
    namespace: dict[str, Any] = {"__name__": "readme"}
    blocks = examples(README.read_text(encoding="utf-8"))
    assert len(blocks) >= 8
    for number, code in enumerate(blocks, start=1):
        printed = io.StringIO()
        try:
            with contextlib.redirect_stdout(printed):
                exec(compile(code, f"README block {number}", "exec"), namespace)
        except Exception as err:  # the block's failure, shown with the block
            pytest.fail(f"README block {number} failed: {err!r}\n{code}")
    namespace["client"].close()
    assert answers, "no example reached Prism"
    refused = [a for a in answers if not 200 <= a[1] < 300 or a[2]]
    assert not refused, refused
