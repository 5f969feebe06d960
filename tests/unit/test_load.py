"""Protects ``generator.load``: specs are read safely, bundled into one local document, and
every refusal is a located problem (never a traceback, never a file read outside the spec).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.spec import load_spec
from generator.spec.read import MAX_DEPTH

_HEAD = """\
openapi: 3.1.0
info: {title: T, version: "1"}
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # problems name files relative to the working directory


def _write(path: str, text: str | bytes) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        target.write_bytes(text)
    else:
        target.write_text(text, encoding="utf-8")
    return target


def _doc(paths: str) -> str:
    """A document with the given (indented) ``paths:`` section."""
    return _HEAD + textwrap.dedent(paths)


def _problems(path: Path) -> list[str]:
    with pytest.raises(SpecError) as raised:
        load_spec(path)
    return [str(p) for p in raised.value.problems]


def _schema_ref(ref: str) -> str:
    return _HEAD + f"""\
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '{ref}'
"""


def test_schemas_from_other_files_become_named_components(tmp_path: Path) -> None:
    _write(
        "spec/schemas/pet.yaml",
        textwrap.dedent("""\
        Pet:
          title: Animal
          type: object
          properties:
            owner:
              $ref: '#/Owner'
        Owner:
          type: object
          properties:
            name: {type: string}
        """),
    )
    root = _write("spec/openapi.yaml", _schema_ref("./schemas/pet.yaml#/Pet"))

    spec = load_spec(root)

    media = spec.document["paths"]["/pets"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    assert media["schema"] == {
        "$ref": "#/components/schemas/Animal"
    }  # the title names it
    schemas = spec.document["components"]["schemas"]
    assert schemas["Animal"]["properties"]["owner"] == {
        "$ref": "#/components/schemas/Owner"
    }
    assert schemas["Owner"]["properties"]["name"] == {"type": "string"}
    assert sorted(p.relative_to(tmp_path).as_posix() for p in spec.files) == [
        "spec/openapi.yaml",
        "spec/schemas/pet.yaml",
    ]


def test_referenced_parameters_are_inlined(tmp_path: Path) -> None:
    _write(
        "spec/params.yaml", "Limit: {name: limit, in: query, schema: {type: integer}}\n"
    )
    root = _write(
        "spec/openapi.yaml",
        _doc("""\
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - $ref: './params.yaml#/Limit'
              responses: {'204': {description: none}}
        """),
    )

    spec = load_spec(root)

    assert spec.document["paths"]["/pets"]["get"]["parameters"] == [
        {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    ]


def test_yaml_is_read_as_json_would_have_it() -> None:
    root = _write(
        "openapi.yaml",
        _doc("""\
        x-dates: {released: 2024-01-31}
        paths:
          /pets:
            get:
              responses:
                200: {description: ok}
                true: {description: odd}
        """),
    )

    document = load_spec(root).document

    assert document["x-dates"] == {"released": "2024-01-31"}  # not a datetime.date
    assert sorted(document["paths"]["/pets"]["get"]["responses"]) == ["200", "true"]


def test_the_hash_covers_every_file_the_spec_refers_to() -> None:
    pet = _write("spec/pet.yaml", "type: object\n")
    root = _write("spec/openapi.yaml", _schema_ref("./pet.yaml"))
    before = load_spec(root).sha256
    assert load_spec(root).sha256 == before

    pet.write_text("type: object\ndescription: changed\n", encoding="utf-8")

    assert load_spec(root).sha256 != before


def test_a_json_spec_is_read_too() -> None:
    root = _write(
        "openapi.json",
        '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}',
    )
    assert load_spec(root).document["info"]["title"] == "T"


_LEAVES = (
    "only local (#/...) and relative file references inside the spec folder are allowed; "
    "copy the schema into the spec folder"
)


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        (
            "https://example.com/pet.yaml",
            f"the reference 'https://example.com/pet.yaml' leaves the spec; {_LEAVES}",
        ),
        (
            "file:///etc/passwd",
            f"the reference 'file:///etc/passwd' leaves the spec; {_LEAVES}",
        ),
        (
            "../outside.yaml",
            "the reference '../outside.yaml' points outside the spec folder; keep "
            "referenced files inside spec/",
        ),
        (
            "./missing.yaml",
            "the referenced file './missing.yaml' does not exist; fix the path, relative "
            "to the file that holds the $ref",
        ),
        (
            "./pet.yaml#/Nope",
            "the reference './pet.yaml#/Nope' names nothing in pet.yaml; fix the JSON "
            "pointer after '#'",
        ),
    ],
)
def test_references_that_cannot_be_followed_are_located_problems(
    ref: str, expected: str
) -> None:
    _write("outside.yaml", "type: object\n")
    _write("spec/pet.yaml", "Pet: {type: object}\n")
    root = _write("spec/openapi.yaml", _schema_ref(ref))

    assert _problems(root) == [
        "spec/openapi.yaml:13:17: #/paths/~1pets/get/responses/200/content/application~1json/schema/$ref: "
        + expected
    ]


def test_every_bad_reference_is_reported_at_once() -> None:
    root = _write(
        "spec/openapi.yaml",
        _doc("""\
        paths:
          /a:
            get:
              parameters: [{$ref: 'https://example.com/p.yaml'}]
              responses: {'204': {$ref: './nope.yaml'}}
        """),
    )

    problems = _problems(root)

    assert len(problems) == 2
    assert "leaves the spec" in problems[0] and "does not exist" in problems[1]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "empty.yaml",
            "",
            "empty.yaml:1:1: #: the file is empty; write an OpenAPI 3.1 document into it",
        ),
        (
            "blank.yaml",
            "  \n\n",
            "blank.yaml:1:1: #: the file is empty; write an OpenAPI 3.1 document into it",
        ),
        (
            "list.yaml",
            "- a\n- b\n",
            "list.yaml:1:1: #: the document is not a mapping; an OpenAPI document "
            "starts with `openapi: 3.1.0`",
        ),
        (
            "latin1.yaml",
            "title: caf\xe9\n".encode("latin-1"),
            "latin1.yaml:1:1: #: the file is not UTF-8 text (invalid continuation byte); save the spec as "
            "UTF-8 YAML or JSON",
        ),
        (
            "binary.yaml",
            b"openapi: 3.1.0\n\x00\x01",
            "binary.yaml:1:1: #: the file holds binary data, not "
            "text; point --spec at a YAML or JSON OpenAPI document",
        ),
        (
            "bad.yaml",
            "openapi: 3.1.0\ninfo: {title: [\n",
            "bad.yaml:3:1: #: invalid YAML: did not find "
            "expected node content; fix the syntax at this place",
        ),
        (
            "bad.json",
            '{"openapi": "3.1.0",\n  "info": }',
            "bad.json:2:11: #: invalid JSON: Expecting value; "
            "fix the syntax at this place",
        ),
        (
            "tag.yaml",
            "openapi: !!python/object/apply:os.system ['true']\n",
            "tag.yaml:1:10: #: invalid YAML: could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/object/apply:os.system'; remove the tag: only plain YAML is read, "
            "language-specific tags are refused",
        ),
    ],
)
def test_unreadable_files_are_located_problems(
    name: str, content: str | bytes, expected: str
) -> None:
    assert _problems(_write(name, content)) == [expected]


def test_a_missing_root_file_is_a_problem_not_a_traceback() -> None:
    assert _problems(Path("nowhere/openapi.yaml")) == [
        "nowhere/openapi.yaml:1:1: #: the spec file does not exist; pass --spec with the path of "
        "your OpenAPI document"
    ]


def test_nesting_beyond_the_limit_is_refused_with_a_location() -> None:
    deep = "x: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    (problem,) = _problems(_write("deep.yaml", _HEAD + deep))
    assert problem.startswith("deep.yaml:")
    assert f"nesting deeper than {MAX_DEPTH} levels" in problem


def test_a_reference_cycle_outside_schemas_is_refused() -> None:
    _write("spec/params.yaml", "A: {$ref: '#/B'}\nB: {$ref: '#/A'}\n")
    root = _write(
        "spec/openapi.yaml",
        _doc("""\
        paths:
          /a:
            get:
              parameters: [{$ref: './params.yaml#/A'}]
              responses: {'204': {description: none}}
        """),
    )
    assert any("refers back to itself" in p for p in _problems(root))
