"""Protects the typed surface: user code type-checks under ``mypy --strict``, and wrong code does not.

``typed_usage.py`` must pass ``mypy --strict`` with the generated package on the path, and must
run. A separate snippet with deliberately wrong calls must be rejected, each error naming the
field at fault: this proves the check would notice a generated signature that lost its types.
One mypy run checks both files (a cold mypy run costs far more than a second file does).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from . import typed_usage

ROOT = Path(__file__).resolve().parents[3]
USAGE = Path(typed_usage.__file__)

# Each wrong line ends with "# expect: <text the mypy error on that line must contain>".
WRONG = textwrap.dedent("""\
    from contactswing import ContactSwing, models

    client = ContactSwing(token="t", base_url="http://127.0.0.1:9")
    sms = models.SmsConfig(to=models.SmsRecipients(value=["+13465507166"]))
    client.actions.create_sms(name="n", description="d", action_timing="DURING", sms=sms)
    client.actions.create_sms(name="n", description="d", action_timing="DURING", sms=sms, text="hi")  # expect: Unexpected keyword argument "text"
    client.actions.create_sms(name="n", description="d", action_timing="SOMETIMES", sms=sms)  # expect: "action_timing"
    client.actions.create_sms(name="n", description="d", action_timing="DURING")  # expect: Missing named argument "sms"
    client.actions.create_aircall(name="n", action_timing="DURING", webhook=models.AircallWebhook(from_="1768408427", to=1))  # expect: "from_"
    client.actions.create_dtmf(name="n", description="d", action_timing="DURING", webhook=models.SmsWebhook())  # expect: "webhook"
    created: int = client.actions.create_dtmf(name="n", description="d", action_timing="DURING", webhook=models.DtmfWebhook()).action_id  # expect: "str"
    """)


@pytest.fixture(scope="module")
def mypy_errors() -> dict[str, list[tuple[int, str]]]:
    """Run ``mypy --strict`` once over typed_usage.py and the wrong snippet; errors per file."""
    # A fixed place beside mypy's cache: mypy's incremental cache remembers where a module
    # lives, so a snippet that moved to a new temporary folder each run would confuse it.
    folder = ROOT / ".cache" / "mypy-typed-usage"
    folder.mkdir(parents=True, exist_ok=True)
    wrong = folder / "wrong_usage.py"
    wrong.write_text(WRONG, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated" / "src")}
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-color-output",
            "--no-error-summary",
            "--show-error-codes",
            "--hide-error-context",
            "--cache-dir",
            str(folder / "cache"),
            str(USAGE),
            str(wrong),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if completed.returncode not in (0, 1) or completed.stderr.strip():
        pytest.fail(
            f"mypy did not run (exit {completed.returncode}):\n"
            f"{completed.stdout}\n{completed.stderr}"
        )
    errors: dict[str, list[tuple[int, str]]] = {"usage": [], "wrong": [], "other": []}
    for line in completed.stdout.splitlines():
        match = re.match(r"^(.+?):(\d+): error: (.*)$", line)
        if not match:
            continue
        path = Path(match.group(1))
        path = path if path.is_absolute() else ROOT / path
        key = "usage" if path == USAGE else "wrong" if path == wrong else "other"
        errors[key].append(
            (
                int(match.group(2)),
                f"{match.group(1)}:{match.group(2)}: {match.group(3)}",
            )
        )
    return errors


def test_typed_usage_passes_mypy_strict(
    mypy_errors: dict[str, list[tuple[int, str]]],
) -> None:
    problems = mypy_errors["usage"] + mypy_errors["other"]
    assert (
        not problems
    ), "mypy --strict rejected typed usage of the generated client:\n" + "\n".join(
        text for _, text in problems
    )


def test_mypy_rejects_each_wrong_call_and_names_the_field(
    mypy_errors: dict[str, list[tuple[int, str]]],
) -> None:
    expected = {
        number: line.split("# expect: ", 1)[1]
        for number, line in enumerate(WRONG.splitlines(), start=1)
        if "# expect: " in line
    }
    found: dict[int, list[str]] = {}
    for number, text in mypy_errors["wrong"]:
        found.setdefault(number, []).append(text)
    # The correct call in the snippet is accepted: the errors are the wrong calls' only.
    assert set(found) == set(expected), (
        f"mypy errors on lines {sorted(found)}, wrong calls on lines {sorted(expected)}:\n"
        + "\n".join(t for texts in found.values() for t in texts)
    )
    for number, needle in expected.items():
        assert any(
            needle in text for text in found[number]
        ), f"line {number}: expected an error containing {needle!r}, got {found[number]}"


def test_typed_usage_runs_against_a_mock_api() -> None:
    created = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal created
        if request.method == "POST":
            created += 1
            kind = json.loads(request.content)["type"]
            return httpx.Response(
                201, json={"ctx_id": "c", "data": {"action_id": f"{kind}-{created}"}}
            )
        return httpx.Response(
            200,
            json={
                "ctx_id": "c",
                "data": {
                    "data": [
                        {
                            "id": "a-1",
                            "name": "a",
                            "action_timing": "DURING",
                            "type": "AIRCALL",
                            "webhook": {"from": 1, "to": 2},
                        },
                        {
                            "id": "s-1",
                            "name": "s",
                            "description": "d",
                            "action_timing": "DURING",
                            "type": "SEND_SMS",
                            "sms": {"to": {"value": ["+13465507166"]}},
                        },
                        {"type": "SEND_FAX", "id": "f-1"},
                    ]
                },
            },
        )

    report = typed_usage.main(httpx.MockTransport(handler))
    assert report == [
        "SEND_SMS-1",
        "SEND_EMAIL-2",
        "WEBHOOK-3",
        "APPOINTMENT-4",
        "SINGLEDATAEXTRACTION-5",
        "CALL_TRANSFER-6",
        "SEND_WHATSAPP-7",
        "DTMF_ACTION-8",
        "AIRCALL-9",
        "aircall 1 -> 2",
        "sms to +13465507166",
        "unknown SEND_FAX",
        "SEND_SMS-10",
    ]
