"""Protects the typed surface: user code type-checks under ``mypy --strict``, and wrong code does not.

``typed_usage.py`` must pass ``mypy --strict`` with the generated package on the path, and must
run. A separate snippet with deliberately wrong calls must be rejected, each error naming the
field at fault: this proves the check would notice a generated signature that lost its types.
``tests/client/typecheck.py`` checks both files in the one mypy run of all typed-usage tests.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import httpx

from tests.client import typecheck

from . import typed_usage

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
typecheck.register("actions", USAGE, WRONG)


def test_typed_usage_passes_mypy_strict() -> None:
    problems = typecheck.usage_problems("actions")
    assert (
        not problems
    ), "mypy --strict rejected typed usage of the generated client:\n" + "\n".join(
        problems
    )


def test_mypy_rejects_each_wrong_call_and_names_the_field() -> None:
    # The correct call in the snippet is accepted: the errors are the wrong calls' only.
    problems = typecheck.wrong_problems("actions")
    assert not problems, "\n".join(problems)


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
