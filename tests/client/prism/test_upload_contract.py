"""Protects the multipart upload (``knowledge_bases.update``): a real file, in each form the
method accepts, reaches the server as the form part the spec describes, and Prism accepts it.

The forms are the ones the method documents: bytes, a binary file object, a path and a
``(filename, content, content_type)`` tuple. For each, the multipart body on the wire is parsed
back as a server would read it and every part is checked: its name (``files`` without
brackets, ``urls[]`` and ``faqs[]`` with, one part per item), its filename, its content type
and its bytes. The text fields come from the spec's request example.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import contactswing
import pytest
from contactswing import models

from .support import (
    FormPart,
    Recorder,
    operation,
    parameter_example,
    request_example,
    response_example,
)

pytestmark = pytest.mark.contract

KB_ID = parameter_example("updateKnowledgeBase", "id")
FORM = request_example("updateKnowledgeBase")
ANSWER = response_example("updateKnowledgeBase")
CONTENT = b"Q: How do I reset my password?|A: Use the link on the sign-in page.\n"
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)


@pytest.fixture
def document(tmp_path: Path) -> Path:
    """A real file on disk to upload."""
    path = tmp_path / "faq.txt"
    path.write_bytes(CONTENT)
    return path


# Each form of a file: how to give it, and the (filename, content type) the part must carry.
# bytes and an unnamed file have no name of their own: the part is named after the field.
Upload = Callable[[Path], Any]
FORMS: dict[str, tuple[Upload, str, str]] = {
    "bytes": (lambda path: path.read_bytes(), "files", "application/octet-stream"),
    "binary file": (
        lambda path: path.open("rb"),
        "faq.txt",
        "application/octet-stream",
    ),
    "in-memory file": (
        lambda path: io.BytesIO(path.read_bytes()),
        "files",
        "application/octet-stream",
    ),
    "path": (lambda path: path, "faq.txt", "application/octet-stream"),
    "tuple": (
        lambda path: ("answers.txt", path.read_bytes(), "text/plain"),
        "answers.txt",
        "text/plain",
    ),
    "tuple of a path": (
        lambda path: ("renamed.txt", path),
        "renamed.txt",
        "application/octet-stream",
    ),
}


@pytest.fixture(params=sorted(FORMS))
def upload(
    request: pytest.FixtureRequest, document: Path
) -> Iterator[tuple[Any, str, str]]:
    """One file in one of the accepted forms, with the filename and type it must arrive with."""
    make, filename, content_type = FORMS[request.param]
    value = make(document)
    yield value, filename, content_type
    if hasattr(value, "close"):
        value.close()


def _expected_parts(files: list[tuple[str, str, bytes]]) -> list[FormPart]:
    """The parts the spec's example plus ``files`` must arrive as: the text fields first."""
    text = [FormPart("name", None, "text/plain", FORM["name"].encode())]
    for wire in ("urls[]", "faqs[]"):
        text += [FormPart(wire, None, "text/plain", v.encode()) for v in FORM[wire]]
    return text + [
        FormPart("files", filename, content_type, content)
        for filename, content_type, content in files
    ]


def _check(result: object, recorder: Recorder, expected: list[FormPart]) -> None:
    method, template, _ = operation("updateKnowledgeBase")
    [sent] = recorder.sent
    assert (sent.method, sent.path) == (method, template.replace("{id}", KB_ID))
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert sorted(sent.parts(), key=_order) == sorted(expected, key=_order)
    assert [status for status, _ in recorder.answers] == [200]
    assert recorder.violations() == ""
    assert isinstance(result, models.UpdatedKnowledgeBase)
    assert result.model_dump(mode="json", exclude_unset=True) == ANSWER["data"]
    assert result.document_count == ANSWER["data"]["document_count"]


def _order(part: FormPart) -> tuple[str, str, bytes]:
    # Parts of different names may come in any order; parts of one name keep theirs.
    return (part.name, "", b"")


def test_each_form_of_a_file_is_uploaded_as_a_file_part(
    upload: tuple[Any, str, str], client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    value, filename, content_type = upload
    result = client.knowledge_bases.update(
        KB_ID,
        name=FORM["name"],
        urls=FORM["urls[]"],
        faqs=FORM["faqs[]"],
        files=[value],
    )
    _check(result, recorder, _expected_parts([(filename, content_type, CONTENT)]))


async def test_each_form_of_a_file_is_uploaded_by_the_async_client(
    upload: tuple[Any, str, str],
    async_client: contactswing.AsyncContactSwing,
    recorder: Recorder,
) -> None:
    value, filename, content_type = upload
    result = await async_client.knowledge_bases.update(
        KB_ID,
        name=FORM["name"],
        urls=FORM["urls[]"],
        faqs=FORM["faqs[]"],
        files=[value],
    )
    _check(result, recorder, _expected_parts([(filename, content_type, CONTENT)]))


def test_several_files_of_every_form_travel_in_order(
    document: Path, client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    with document.open("rb") as opened:
        result = client.knowledge_bases.update(
            KB_ID,
            name=FORM["name"],
            urls=FORM["urls[]"],
            faqs=FORM["faqs[]"],
            files=[PDF, opened, document, ("manual.pdf", PDF, "application/pdf")],
        )
    _check(
        result,
        recorder,
        _expected_parts(
            [
                ("files", "application/octet-stream", PDF),
                ("faq.txt", "application/octet-stream", CONTENT),
                ("faq.txt", "application/octet-stream", CONTENT),
                ("manual.pdf", "application/pdf", PDF),
            ]
        ),
    )


def test_a_tuple_of_files_is_several_files_and_a_named_tuple_is_one(
    document: Path, client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    """Any sequence of files is one part per file; a ``(filename, content)`` tuple is a file."""
    result = client.knowledge_bases.update(
        KB_ID, files=(document, ("manual.pdf", PDF)), uploaded_files=("scan.pdf", PDF)
    )
    _check(
        result,
        recorder,
        [
            FormPart("files", "faq.txt", "application/octet-stream", CONTENT),
            FormPart("files", "manual.pdf", "application/octet-stream", PDF),
            FormPart("uploaded_files", "scan.pdf", "application/octet-stream", PDF),
        ],
    )


def test_uploaded_files_are_their_own_parts(
    document: Path, client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    result = client.knowledge_bases.update(KB_ID, uploaded_files=[document])
    _check(
        result,
        recorder,
        [FormPart("uploaded_files", "faq.txt", "application/octet-stream", CONTENT)],
    )


# ---- a form with no file in it ------------------------------------------------------------
# The operation takes multipart/form-data only (Prism answers 415 to anything else), so a
# rename or an FAQ alone must still travel as a multipart form, not a urlencoded one.


def test_an_update_without_files_is_still_a_multipart_form(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    result = client.knowledge_bases.update(
        KB_ID, name=FORM["name"], faqs=FORM["faqs[]"]
    )
    _check(
        result,
        recorder,
        [
            FormPart("name", None, "text/plain", FORM["name"].encode()),
            *[
                FormPart("faqs[]", None, "text/plain", v.encode())
                for v in FORM["faqs[]"]
            ],
        ],
    )


async def test_an_update_without_files_is_still_a_multipart_form_async(
    async_client: contactswing.AsyncContactSwing, recorder: Recorder
) -> None:
    result = await async_client.knowledge_bases.update(KB_ID, name=FORM["name"])
    _check(
        result, recorder, [FormPart("name", None, "text/plain", FORM["name"].encode())]
    )


def test_an_update_with_nothing_to_change_sends_an_empty_form(
    client: contactswing.ContactSwing, recorder: Recorder
) -> None:
    # Every field is optional and the body is required: an empty form, not a missing body.
    _check(client.knowledge_bases.update(KB_ID), recorder, [])
