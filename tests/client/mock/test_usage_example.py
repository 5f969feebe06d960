"""Protects the usage example: it must run, and do what it says, against a mock API."""

from __future__ import annotations

import json
import threading

import httpx

from . import usage_example


def test_usage_example_runs_against_a_mock_api() -> None:
    seen: list[httpx.Request] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            seen.append(request)
            number = len(seen)
        to = json.loads(request.content)["sms"]["to"]["value"][0]
        if to.endswith("0102"):
            return httpx.Response(
                404, json={"ctx_id": "ctx-404", "detail": "Not Found"}
            )
        data = {
            "action_id": f"act-{number}",
            "name": "Follow-up text",
            "type": "SEND_SMS",
        }
        return httpx.Response(201, json={"ctx_id": f"ctx-{number}", "data": data})

    report = usage_example.main(httpx.MockTransport(handler))
    assert report[:3] == ["act-1", "(201, 'ctx-2')", "HTTP 404 (request id ctx-404)"]
    assert sorted(report[3:]) == ["act-4", "act-5"]
    assert seen[0].headers["X-Request-Source"] == "usage-example"
    assert seen[0].extensions["timeout"]["read"] == 10.0
    assert all(r.method == "POST" and r.url.path == "/v2/_actions" for r in seen)
