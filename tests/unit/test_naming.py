"""Protects ``generator.naming``: whatever text a spec holds, the names are valid by construction."""

from __future__ import annotations

import builtins
import keyword

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import naming

# Any text at all, with the awkward characters made likely.
texts = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from("_-./ 0123456789Aaé日\u2028")),
    max_size=30,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("createAction", ["create", "action"]),
        ("HTTPServerError", ["http", "server", "error"]),
        ("getHTTPResponse", ["get", "http", "response"]),
        ("snake_case", ["snake", "case"]),
        ("kebab-case", ["kebab", "case"]),
        ("with  spaces", ["with", "spaces"]),
        ("X-Request-ID", ["x", "request", "id"]),
        ("S3Bucket", ["s3", "bucket"]),
        ("v2Actions", ["v2", "actions"]),
        ("café au lait", ["cafe", "au", "lait"]),
        ("日本語", []),
        ("", []),
    ],
)
def test_words_split_every_casing_into_lower_case_ascii_words(
    text: str, expected: list[str]
) -> None:
    assert naming.words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HTTP2Server", "http2_server"),
        ("ISO8601Date", "iso8601_date"),
        ("MP3Player", "mp3_player"),
        ("COM1", "com1"),
    ],
)
def test_an_acronym_keeps_the_digits_that_follow_it(text: str, expected: str) -> None:
    assert naming.snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from", "from_"),
        ("class", "class_"),
        ("import", "import_"),
        ("None", "none"),  # lower-cased first, so no longer a keyword
        ("match", "match_"),  # a soft keyword
        ("2fa", "value_2fa"),
        ("", "value"),
        ("日本語", "value"),
        ("createAction", "create_action"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert naming.snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sms action", "SmsAction"),
        ("list", "ListModel"),  # a builtin
        ("None", "NoneModel"),  # a keyword
        ("2fa", "Model2fa"),
        ("", "Model"),
    ],
)
def test_pascal(text: str, expected: str) -> None:
    assert naming.pascal(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("self", "self_"),
        ("options", "options_"),
        ("body", "body_"),
        ("cls", "cls_"),
        ("from", "from_"),
        ("X-Request-Id", "x_request_id"),
    ],
)
def test_parameter_names_never_shadow_what_a_method_body_uses(
    text: str, expected: str
) -> None:
    assert naming.parameter_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("con", "m_con"),
        ("nul", "m_nul"),
        ("lpt1", "m_lpt1"),
        ("Actions", "actions"),
        ("import", "import_"),
        ("", "module"),
    ],
)
def test_module_names_avoid_windows_device_names(text: str, expected: str) -> None:
    assert naming.module_name(text) == expected


def test_unique_adds_the_smallest_free_suffix_and_records_it() -> None:
    taken = {"get"}
    assert [
        naming.unique("get", taken),
        naming.unique("get", taken),
        naming.unique("list", taken),
    ] == ["get2", "get3", "list"]
    assert taken == {"get", "get2", "get3", "list"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("actions", "action"),
        ("policies", "policy"),
        ("boxes", "box"),
        ("classes", "class"),
        ("churches", "church"),
        ("address", "address"),
        ("sms", "sm"),
    ],
)
def test_singular_is_crude_but_covers_regular_plurals(word: str, expected: str) -> None:
    assert naming.singular(word) == expected


@pytest.mark.parametrize(
    ("operation_id", "resource", "expected"),
    [
        ("createAction", "Actions", "create"),
        ("listActions", "actions", "list"),
        ("getActionById", "actions", "get_by_id"),
        ("actions", "actions", "actions"),  # nothing left: keep every word
        ("importFrom", "import", "from_"),
        ("post /v2/_actions", "default", "post_v2_actions"),
    ],
)
def test_method_name_drops_the_resource_words(
    operation_id: str, resource: str, expected: str
) -> None:
    assert naming.method_name(operation_id, resource) == expected


def _is_name(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name)


@given(texts)
def test_snake_is_always_a_lower_case_ascii_identifier_that_is_no_keyword(
    text: str,
) -> None:
    name = naming.snake(text)
    assert _is_name(name)
    assert not keyword.issoftkeyword(name)
    assert name == name.lower()


@given(texts)
def test_pascal_is_always_a_class_name_that_shadows_no_builtin(text: str) -> None:
    name = naming.pascal(text)
    assert _is_name(name)
    assert name[0].isupper()
    assert name not in dir(builtins)


@given(texts)
def test_parameter_name_is_always_an_identifier_clear_of_reserved_names(
    text: str,
) -> None:
    name = naming.parameter_name(text)
    assert _is_name(name)
    assert name not in {"self", "options", "body", "cls"}


@given(texts)
def test_module_name_is_always_an_importable_public_file_name(text: str) -> None:
    name = naming.module_name(text)
    assert _is_name(name)
    assert not name.startswith("_")
    assert name.split(".")[0] not in {"con", "prn", "aux", "nul"}


@given(texts, texts)
def test_method_name_is_always_an_identifier(operation_id: str, resource: str) -> None:
    assert _is_name(naming.method_name(operation_id, resource))


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("knowledge_bases", "knowledge_base"),
        ("bases", "base"),
        ("addresses", "address"),
        ("statuses", "status"),
        ("aliases", "alias"),
        ("responses", "response"),
        ("policies", "policy"),
        ("boxes", "box"),
        ("api_keys", "api_key"),
        ("status", "status"),
    ],
)
def test_singular_strips_english_plurals_of_resource_names(
    plural: str, one: str
) -> None:
    assert naming.singular(plural) == one


def test_a_resource_named_knowledge_bases_drops_its_words_from_the_method() -> None:
    assert naming.method_name("createKnowledgeBase", "Knowledge Bases") == "create"
