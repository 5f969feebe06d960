"""Protects the typed surface of every resource: user code type-checks under ``mypy --strict``,
wrong code does not, and the typed code runs.

``usage.py`` uses every resource and method as an application would (reading ``a.id`` on a
listed action, walking pages, uploading files, creating each kind of assistant). It must pass
``mypy --strict`` and must run against a mock API answering with the spec's own examples. The
snippet ``WRONG`` holds mistakes a user makes; mypy must reject each, naming what is wrong.
``FILE_LISTS`` holds right code that an invariant ``list[FileTypes]`` parameter would reject.
All of it is checked in the one mypy run of ``tests/client/typecheck.py``.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import httpx

from tests.client import typecheck
from tests.client.prism.support import form_parts, operations, response_example

from . import usage

# Each wrong line ends with "# expect: <text the mypy error on that line must contain>".
WRONG = textwrap.dedent("""\
    from contactswing import AsyncContactSwing, ContactSwing, models

    client = ContactSwing(token="t", base_url="http://127.0.0.1:9")
    client.calls.list(per_page=50, max_retry=1)  # expect: Unexpected keyword argument "max_retry"
    client.customers.list(page="2")  # expect: "page"
    client.calls.create(models.MakeCallRequest(phone_number="+1234567890"))  # expect: "CreateCallRequest"
    models.CreateCallRequest(version="v3", phone_number="+1234567890", agent_id="agent_123")  # expect: "version"
    for call in client.calls.list(per_page=50):
        call.durration  # expect: "Call" has no attribute "durration"
        minutes: int = call.duration  # expect: "int | None"
    for customer in client.customers.list():
        customer.phone_number  # expect: "Customer" has no attribute "phone_number"
    for action in client.actions.list().items:
        if isinstance(action, models.SmsActionRead):
            action.company  # expect: "SmsActionRead" has no attribute "company"
    client.assistants.create_sms(name="n", model="m", api_keys=["134"], instructions="i", sms_type="OUTBOUND")  # expect: incompatible type "str"; expected "AssistantApiKey"
    client.assistants.create_voice_incoming(name="n", model="m", api_keys=[], instructions="i", behaviour=models.SmsAssistantSettings())  # expect: "behaviour"
    client.assistants.create_chat(name="n", model="m", instructions="i", sms_type="OUTBOUND")  # expect: Unexpected keyword argument "sms_type"
    client.assistants.create(models.UpdateAssistantRequest(name="n"))  # expect: "create" of "Assistants"
    client.assistants.update("agent_123", models.UpdateAssistantRequest(name="n")).assistant_id  # expect: "UpdatedAssistant" has no attribute "assistant_id"
    client.knowledge_bases.update("kb_123", files=["manual.pdf"])  # expect: List item 0 has incompatible type "str"
    client.knowledge_bases.update("kb_123", urls="https://example.com/docs.pdf")  # expect: "urls"
    async def walk(api: AsyncContactSwing) -> None:
        for call in api.calls.list():  # expect: "AsyncPaginator[Call]" has no attribute "__iter__"
            pass
        api.customers.list().items  # expect: "AsyncPaginator[Customer]" has no attribute "items"
    """)

# A list of one kind of file (list[Path], list[bytes], a tuple of paths) is accepted for
# ``files``: the parameter is a ``Sequence[FileTypes]`` (``list`` is invariant).
FILE_LISTS = textwrap.dedent("""\
    from pathlib import Path

    from contactswing import ContactSwing

    client = ContactSwing(token="t", base_url="http://127.0.0.1:9")
    manuals: list[Path] = [Path("manual.pdf"), Path("faq.pdf")]
    client.knowledge_bases.update("kb_123", files=manuals)
    scans: list[bytes] = [b"%PDF-1.4"]
    client.knowledge_bases.update("kb_123", uploaded_files=scans)
    client.knowledge_bases.update("kb_123", files=(Path("a.pdf"), Path("b.pdf")))
    """)

typecheck.register("resources", Path(usage.__file__), WRONG, FILE_LISTS)


def test_typed_usage_of_every_resource_passes_mypy_strict() -> None:
    problems = typecheck.usage_problems("resources")
    assert not problems, "mypy --strict rejected typed usage:\n" + "\n".join(problems)


def test_mypy_rejects_each_wrong_use_and_names_what_is_wrong() -> None:
    problems = typecheck.wrong_problems("resources")
    assert not problems, "\n".join(problems)


def test_a_list_of_paths_or_of_bytes_is_accepted_as_files() -> None:
    assert typecheck.known_bug_errors("resources") == []


# ---- the usage runs ------------------------------------------------------------------------


def _route(method: str, path: str) -> str:
    """The operationId of the spec operation that ``method path`` calls."""
    for operation_id, (op_method, template, _) in operations().items():
        pattern = re.sub(r"\{[^}]+\}", "[^/]+", template)
        if op_method == method and re.fullmatch(pattern, path):
            return operation_id
    raise AssertionError(f"no operation for {method} {path}")


class SpecAPI:
    """A MockTransport handler answering each request with its operation's spec example
    (the call log with its three named pages), recording what was asked."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        operation_id = _route(request.method, request.url.path)
        _, _, found = operations()[operation_id]
        [status] = [int(code) for code in found["responses"] if str(code)[0] == "2"]
        name = None
        if operation_id == "listCalls":
            name = f"page-{request.url.params.get('page', '1')}"
        return httpx.Response(status, json=response_example(operation_id, name))

    def asked(self) -> list[str]:
        return [
            f"{r.method} {r.url.path}"
            + (f"?{r.url.query.decode()}" if r.url.query else "")
            for r in self.requests
        ]


CALL_WALK = [
    "call call_101 Maria Garcia completed 184",
    "call call_102 Kenji Tanaka completed 62",
    "call call_103 Aisha Bello completed 41",
    "call call_104 Lukas Schmidt completed 305",
    "call call_105 Priya Nair completed 97",
]


def test_typed_usage_runs_against_the_spec_examples(tmp_path: Path) -> None:
    api = SpecAPI()
    report = usage.main(httpx.MockTransport(api), tmp_path)
    webhook_id, appointment_id = (
        item["id"] for item in response_example("listActions")["data"]["data"]
    )
    assert report == [
        f"WEBHOOK {webhook_id} None True",
        "  calls POST https://prod-contactswing-fastapi-962560522883.us-central1.run.app"
        "/v2/sample/api/example",
        f"APPOINTMENT {appointment_id} None None",
        "  books with bookings@example.com",
        f"got {webhook_id} of 7fdacb94-632f-4522-a829-609579a88b50",
        "updated 6f439f98-32f6-4b44-928c-6e890e298d51",
        "api key []",
        "created call_123 initiated v1",
        "made call_123 by agent_123",
        "raw 200 call_123 Request processed successfully",
        *CALL_WALK,
        "689 seconds in all",
        "pages of [2, 2, 1], last holds ['call_105']",
        "customer customer_123 John Doe +1234567890 john.doe@example.com",
        "knowledge base kb_123 -> Updated KB Name, 3 documents",
        *["assistant agent_123 Insurance Darren"] * 5,
        "updated assistant agent_123 Updated SMS Assistant",
        *[f"async call {line.split()[1]}" for line in CALL_WALK],
        "async customer John Doe",
        "async agent_123 3",
    ]
    walk = [
        "GET /v2/_calls?per_page=2",
        "GET /v2/_calls?page=2&per_page=2",
        "GET /v2/_calls?page=3&per_page=2",
    ]
    assert api.asked() == [
        "GET /v2/_actions?page=1&per_page=10",
        "GET /v2/_actions/4808cc67-194e-4dfc-97ad-146ddf3d4126",
        "PUT /v2/_actions/6f439f98-32f6-4b44-928c-6e890e298d51",
        "POST /v2/_api_keys",
        "POST /v2/_call",
        "POST /v2/_voicecalls/agent_123/makeCall",
        "POST /v2/_call",
        *walk,
        "GET /v2/_calls?page=1&per_page=2",
        *walk[1:],
        *walk[1:],
        "GET /v2/_customers?per_page=20",
        "POST /v2/_knowledge_base",
        "PUT /v2/_knowledgebase/kb_123",
        *["POST /v2/_new_assistants"] * 2,
        "POST /v2/_new_assistants?force=true",
        *["POST /v2/_new_assistants"] * 2,
        "PUT /v2/_new_assistants/agent_123",
        *walk,
        "GET /v2/_customers?per_page=20",
        "POST /v2/_new_assistants",
        "PUT /v2/_knowledgebase/kb_123",
    ]
    bodies = [
        (r.url.path, json.loads(r.content))
        for r in api.requests
        if r.headers.get("content-type") == "application/json"
    ]
    # The model's default version (v1) is left to the server: only a chosen one is sent.
    assert [body.get("version") for path, body in bodies if path == "/v2/_call"] == [
        "v2",
        None,
    ]
    [(_, update)] = [b for b in bodies if b[0] == "/v2/_new_assistants/agent_123"]
    assert update["actions"][1] == "new_action_id"
    [upload, _] = [r for r in api.requests if r.url.path == "/v2/_knowledgebase/kb_123"]
    parts = form_parts(upload.headers["content-type"], upload.content)
    assert [(p.name, p.filename, p.content_type) for p in parts] == [
        ("name", None, "text/plain"),
        ("urls[]", None, "text/plain"),
        ("faqs[]", None, "text/plain"),
        ("files", "manual.pdf", "application/octet-stream"),
        ("files", "manual.pdf", "application/octet-stream"),
        ("files", "files", "application/octet-stream"),
        ("files", "faq.txt", "text/plain"),
    ]
    assert parts[-1].content == b"Q: Hours?|A: 9 to 5"
