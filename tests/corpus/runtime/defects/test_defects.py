"""Protects the fixes of issue 17's nine defects, one minimal spec each (``defect<N>_*.yaml``).

Each spec is generated, imported and driven through ``httpx.MockTransport``; each test asserts
what the OpenAPI rules and the issue's "What to build" say the client must do. A defect in
``OPEN`` has its tests as strict xfails restricted to ``AssertionError``: a test that breaks
for another reason (a typo, an import error) fails as usual, and one that starts passing
fails the run until the defect leaves ``OPEN``. Where "What to build" left the API open,
the test says which shape it assumes (one client argument per security scheme, named after
it; a multipart body as the generator's own model says: keyword arguments or ``body=``) so
that a fix can adjust the call, never the assertion.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Mapping
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import TypeVar, cast
from urllib.parse import parse_qsl, unquote_plus

import httpx
import pytest

from ..wire import accepts
from .support import Generated, generated, json_answer

Generate = Callable[[str], Generated]


# The defects still open: their tests are strict xfails (restricted to AssertionError, so
# that a typo still fails). Written against main at 81923d6, where all nine failed, each
# for its stated reason; all nine pass on main at 861a98d, so every test here now guards
# its fix. A defect that comes back is a plain failure; list it here only while it is open.
OPEN: frozenset[int] = frozenset()

F = TypeVar("F", bound=Callable[..., object])


def defect(number: int, what: str) -> Callable[[F], F]:
    """Tag a test with the issue-17 defect it proves fixed (a strict xfail while open)."""

    def tag(test: F) -> F:
        if number in OPEN:
            mark = pytest.mark.xfail(
                strict=True,
                raises=AssertionError,
                reason=f"issue 17 defect {number}: {what}",
            )
            return cast(F, mark(test))
        return test

    return tag


@pytest.fixture(scope="module")
def generate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generate]:
    """``generate(spec)``: the defect spec's package, generated once per module."""
    with contextlib.ExitStack() as stack:
        cache: dict[str, Generated] = {}

        def get(spec: str) -> Generated:
            if spec not in cache:
                folder: Path = tmp_path_factory.mktemp("defects")
                cache[spec] = stack.enter_context(generated(spec, folder))
            return cache[spec]

        yield get


def _raw_query(request: httpx.Request) -> list[tuple[str, str]]:
    """Query pairs with names decoded and values as sent."""
    return [
        (unquote_plus(name), value)
        for name, _, value in (
            p.partition("=") for p in request.url.query.decode().split("&") if p
        )
    ]


# 1: Accept -----------------------------------------------------------------------------


def _strict_server(media: str) -> Callable[[httpx.Request], httpx.Response]:
    """A server that answers 406 unless the request accepts the operation's media type."""

    def answer(request: httpx.Request) -> httpx.Response:
        if not accepts(request.headers.get("accept", "*/*"), media):
            return httpx.Response(406)
        return httpx.Response(200, content=b"a,b\n", headers={"content-type": media})

    return answer


@defect(1, "every request sends Accept: application/json")
@pytest.mark.parametrize(
    ("path", "media"), [("/report", "text/csv"), ("/speech", "audio/mpeg")]
)
def test_accept_admits_the_operations_own_media_type(
    generate: Generate, path: str, media: str
) -> None:
    spec = generate("defect1_accept.yaml")
    client, sent = spec.client(_strict_server(media))
    found = spec.names.methods[("GET", path)]
    call = getattr(getattr(client, found.resource).with_raw_response, found.name)
    try:
        raw = call()
    except spec.error("APIStatusError") as err:
        accept = sent[-1].headers.get("accept")
        raise AssertionError(
            f"a strict server answered {err}: Accept {accept!r} "
            f"does not admit {media}, the only media type GET {path} answers with"
        ) from err
    assert raw.status_code == 200


def test_accept_still_admits_json_for_json_operations(generate: Generate) -> None:
    spec = generate("defect1_accept.yaml")
    client, sent = spec.client(_strict_server("application/json"))
    found = spec.names.methods[("GET", "/summary")]
    getattr(getattr(client, found.resource).with_raw_response, found.name)()
    assert accepts(sent[-1].headers["accept"], "application/json")


# 2: objects in the query, arrays in headers ------------------------------------------


def _list_tickets(generate: Generate, **values: object) -> httpx.Request:
    spec = generate("defect2_objects_and_header_arrays.yaml")
    client, sent = spec.client(json_answer(200, []))
    where = {"filter": "query", "page": "query", "X-Flags": "header"}
    arguments = {
        spec.argument("GET", "/tickets", where[name], name): value
        for name, value in values.items()
    }
    spec.method(client, "GET", "/tickets")(**arguments)
    return sent[-1]


@defect(2, "object query parameters are sent as Python reprs")
def test_form_exploded_object_sends_one_pair_per_property(generate: Generate) -> None:
    request = _list_tickets(generate, filter={"status": "open", "kind": "bug"})
    assert sorted(parse_qsl(request.url.query.decode())) == [
        ("kind", "bug"),
        ("status", "open"),
    ], request.url


@defect(2, "deepObject query parameters are sent as Python reprs")
def test_deep_object_sends_bracketed_names(generate: Generate) -> None:
    request = _list_tickets(generate, page={"size": 10, "after": "t9"})
    assert sorted(parse_qsl(request.url.query.decode())) == [
        ("page[after]", "t9"),
        ("page[size]", "10"),
    ], request.url


@defect(2, "array headers are sent as Python reprs")
def test_array_header_is_comma_separated(generate: Generate) -> None:
    request = _list_tickets(generate, **{"X-Flags": ["p", "q"]})
    assert request.headers["x-flags"].replace(" ", "") == "p,q"


# 3: query array styles -----------------------------------------------------------------


def _list_items(
    generate: Generate, name: str, value: list[object]
) -> list[tuple[str, str]]:
    spec = generate("defect3_query_array_styles.yaml")
    client, sent = spec.client(json_answer(200, []))
    argument = spec.argument("GET", "/items", "query", name)
    spec.method(client, "GET", "/items")(**{argument: value})
    return _raw_query(sent[-1])


@defect(3, "explode: false arrays are sent as repeated keys")
def test_explode_false_array_is_one_comma_separated_value(generate: Generate) -> None:
    # RFC 6570 form expansion: the commas between items stay literal.
    assert _list_items(generate, "ids", [1, 2]) == [("ids", "1,2")]


@defect(3, "pipeDelimited arrays are sent as repeated keys")
def test_pipe_delimited_array_is_one_value(generate: Generate) -> None:
    # "|" is not allowed in a query by RFC 3986; sent raw or as %7C alike (Appendix E).
    pairs = _list_items(generate, "tags", ["a", "b"])
    assert [(n, v.upper().replace("%7C", "|")) for n, v in pairs] == [("tags", "A|B")]


@defect(3, "spaceDelimited arrays are sent as repeated keys")
def test_space_delimited_array_is_one_value(generate: Generate) -> None:
    # A space is %20, or "+" in a form-urlencoded query string (Appendix E).
    pairs = _list_items(generate, "names", ["a", "b"])
    assert [(n, v.replace("+", "%20")) for n, v in pairs] == [("names", "a%20b")]


def test_form_exploded_array_stays_repeated_keys(generate: Generate) -> None:
    assert _list_items(generate, "colours", ["red", "blue"]) == [
        ("colours", "red"),
        ("colours", "blue"),
    ]


# 4: OpenAPI 3.0 nullable ---------------------------------------------------------------


@defect(4, "3.0 nullable: true on a required field is refused in a request")
def test_required_nullable_field_can_be_sent_as_null(generate: Generate) -> None:
    spec = generate("defect4_nullable_required.yaml")
    client, sent = spec.client(json_answer(201, {"id": "n1", "text": "saved"}))
    try:
        spec.method(client, "POST", "/notes")(body={"id": "n1", "text": None})
    except spec.refusals() as err:
        raise AssertionError(
            f"the client refused null for a nullable field: {err}"
        ) from err
    assert json.loads(sent[-1].content) == {"id": "n1", "text": None}


@defect(4, "3.0 nullable: true on a required field is refused in a response")
def test_required_nullable_field_is_read_as_none(generate: Generate) -> None:
    spec = generate("defect4_nullable_required.yaml")
    client, _ = spec.client(json_answer(200, {"id": "n1", "text": None}))
    try:
        note = spec.method(client, "GET", "/notes/{id}")("n1")
    except spec.error("APIResponseValidationError") as err:
        raise AssertionError(f"null was refused in a nullable field: {err}") from err
    assert note.text is None


# 5: lenient reads, strict writes -------------------------------------------------------


def _get_account(generate: Generate, answer: Mapping[str, object]) -> object:
    spec = generate("defect5_lenient_reads.yaml")
    client, _ = spec.client(json_answer(200, answer))
    try:
        return spec.method(client, "GET", "/accounts/{sid}")("AC1")
    except spec.error("APIResponseValidationError") as err:
        raise AssertionError(f"an out-of-spec answer was rejected: {err}") from err


@defect(5, "response models enforce minLength/pattern/format on server data")
def test_answers_breaking_constraints_are_read_and_kept(generate: Generate) -> None:
    answer = {"sid": "bad", "name": "", "created": "yesterday"}
    account = _get_account(generate, answer)
    kept = {key: getattr(account, key, "<dropped>") for key in answer}
    assert kept == answer


@defect(5, "an unknown enum value in an answer is rejected")
def test_unknown_enum_values_are_read_and_kept(generate: Generate) -> None:
    account = _get_account(
        generate, {"sid": "AC" + "0" * 32, "name": "n", "status": "gone"}
    )
    assert getattr(account, "status", "<dropped>") == "gone"


def test_requests_stay_strict(generate: Generate) -> None:
    """Writes are validated before anything is sent ("reads are lenient, writes are strict")."""
    spec = generate("defect5_lenient_reads.yaml")
    client, sent = spec.client(json_answer(201, {}))
    with pytest.raises(spec.refusals()):
        spec.method(client, "POST", "/accounts")(body={"sid": "bad", "name": ""})
    assert sent == []


# 6: user strings sent unchanged --------------------------------------------------------

URI = (
    "https://Example.com"  # no path, an upper-case letter in the host: as users type it
)


@defect(6, "format: uri values are sent with a slash added and the host lower-cased")
def test_uri_in_a_body_is_sent_as_given(generate: Generate) -> None:
    spec = generate("defect6_uri_unchanged.yaml")
    client, sent = spec.client(lambda request: httpx.Response(204))
    spec.method(client, "POST", "/hooks")(body={"url": URI})
    assert json.loads(sent[-1].content) == {"url": URI}


def test_uuid_in_a_body_is_sent_as_given(generate: Generate) -> None:
    spec = generate("defect6_uri_unchanged.yaml")
    client, sent = spec.client(lambda request: httpx.Response(204))
    upper = "07EF8B4D-AA09-4FFA-898D-C0B0B6B7A9E4"
    spec.method(client, "POST", "/hooks")(body={"url": URI, "secret_id": upper})
    assert json.loads(sent[-1].content) == {"url": URI, "secret_id": upper}


def test_uri_in_the_query_is_sent_as_given(generate: Generate) -> None:
    spec = generate("defect6_uri_unchanged.yaml")
    client, sent = spec.client(lambda request: httpx.Response(204))
    argument = spec.argument("POST", "/hooks", "query", "callback")
    spec.method(client, "POST", "/hooks")(body={"url": URI}, **{argument: URI})
    assert parse_qsl(sent[-1].url.query.decode()) == [("callback", URI)]


# 7: documented redirects ---------------------------------------------------------------

LOCATION = "https://files.example.test/deactivations/2024-01-02.txt"


@defect(7, "an operation whose only documented answer is a redirect always raises")
def test_a_documented_redirect_is_returned_with_status_and_location(
    generate: Generate,
) -> None:
    spec = generate("defect7_redirect.yaml")
    client, _ = spec.client(
        lambda request: httpx.Response(307, headers={"Location": LOCATION})
    )
    argument = spec.argument("GET", "/v1/Deactivations", "query", "Date")
    try:
        result = spec.method(client, "GET", "/v1/Deactivations")(
            **{argument: "2024-01-02"}
        )
    except spec.error("APIStatusError") as err:
        raise AssertionError(f"its only documented answer raised: {err}") from err
    status = getattr(result, "status_code", getattr(result, "status", None))
    headers = getattr(result, "headers", {})
    location = getattr(result, "location", None) or headers.get("location")
    assert (status, location) == (307, LOCATION)


# 8: security per operation -------------------------------------------------------------


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={} if "inventory" in request.url.path else [])


@defect(8, "security declared on one operation is ignored")
def test_each_operation_sends_its_own_security_requirement(generate: Generate) -> None:
    """Assumes one client argument per security scheme, named after it (``api_key=``)."""
    spec = generate("defect8_security_per_operation.yaml")
    try:
        client, sent = spec.client(_answer, token="t0ken", api_key="k3y")
    except TypeError as err:
        if "api_key" not in str(err):
            raise
        raise AssertionError(f"the client takes one credential only: {err}") from err
    spec.method(client, "GET", "/pets")()
    spec.method(client, "GET", "/store/inventory")()
    assert sent[0].headers.get("authorization") == "Bearer t0ken"  # the document's
    assert sent[1].headers.get("x-api-key") == "k3y"  # the operation's own


# 9: files ------------------------------------------------------------------------------


def _unsupported_body(err: TypeError) -> AssertionError:
    """A method without a body parameter refusing ``body=`` (today the keyword is swallowed
    by ``**options`` instead, and the request goes out without a body)."""
    if "'body'" not in str(err):
        raise err
    return AssertionError(f"the method takes no body: {err}")


def _parts(request: httpx.Request) -> dict[str, Message]:
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    return {
        str(part.get_param("name", header="content-disposition")): part
        for part in message.iter_parts()
    }


@defect(9, "multipart/form-data bodies are unsupported")
def test_multipart_upload_sends_the_file_and_the_fields(generate: Generate) -> None:
    spec = generate("defect9_files.yaml")
    client, sent = spec.client(json_answer(201, {"id": "f1"}))
    body = {"file": ("hello.txt", b"hello", "text/plain"), "purpose": "assistants"}
    arguments = spec.names.methods[("POST", "/files")].body_arguments(body)
    try:
        spec.method(client, "POST", "/files")(**arguments)
    except TypeError as err:
        raise _unsupported_body(err) from err
    content_type = sent[-1].headers.get("content-type", "")
    assert content_type.startswith("multipart/form-data; boundary="), sent[-1].content
    parts = _parts(sent[-1])
    assert sorted(parts) == ["file", "purpose"]
    assert parts["file"].get_filename() == "hello.txt"
    assert parts["file"].get_content_type() == "text/plain"
    assert parts["file"].get_payload(decode=True) == b"hello"
    assert parts["purpose"].get_payload(decode=True) == b"assistants"


@defect(9, "application/octet-stream bodies are unsupported")
def test_octet_stream_upload_sends_the_bytes(generate: Generate) -> None:
    spec = generate("defect9_files.yaml")
    client, sent = spec.client(lambda request: httpx.Response(204))
    try:
        spec.method(client, "PUT", "/files/{id}/content")("f1", body=b"\x00\x01bytes")
    except TypeError as err:
        raise _unsupported_body(err) from err
    assert sent[-1].headers.get("content-type") == "application/octet-stream"
    assert sent[-1].content == b"\x00\x01bytes"


@defect(9, "binary answers are not returned as bytes")
def test_binary_answer_is_returned_as_bytes(generate: Generate) -> None:
    spec = generate("defect9_files.yaml")
    content = b"\x89PNG\r\n\x00binary"
    client, _ = spec.client(
        lambda request: httpx.Response(
            200, content=content, headers={"content-type": "application/octet-stream"}
        )
    )
    assert spec.method(client, "GET", "/files/{id}/content")("f1") == content
