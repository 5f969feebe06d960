"""Protects ``generator.validate``: every problem is found in one pass, located in the file it is
in, worded as what is wrong and what to do, and weighted by ``strict``/``allow_invalid``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.errors import Problem, Severity, SpecError
from generator.plan import plan_models
from generator.spec import load_spec
from generator.validate import validate

_HEAD = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n'


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # problems name files relative to the working directory


def _spec(body: str, name: str = "openapi.yaml", head: str = _HEAD) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(head + textwrap.dedent(body), encoding="utf-8")
    return path


def _warnings(path: Path, **options: bool) -> list[str]:
    return [str(p) for p in validate(load_spec(path), **options).warnings]


def _errors(path: Path, **options: bool) -> list[str]:
    with pytest.raises(SpecError) as raised:
        validate(load_spec(path), **options)
    assert all(p.severity is Severity.ERROR for p in raised.value.problems)
    return [str(p) for p in raised.value.problems]


_CLEAN = """\
    paths:
      /pets/{pet_id}:
        get:
          operationId: getPet
          parameters:
            - {name: pet_id, in: path, required: true, description: Which pet., schema: {type: string}}
          responses:
            '200':
              description: The pet.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Pet'}
    components:
      schemas:
        Pet:
          type: object
          description: A pet.
          properties:
            name: {type: string, description: Its name., example: Rex}
    """


def test_a_clean_spec_passes_even_under_strict() -> None:
    path = _spec(_CLEAN)
    assert _warnings(path) == []
    assert _warnings(path, strict=True) == []


def test_problem_text_is_file_line_column_pointer_what_and_what_to_do() -> None:
    error = Problem(
        "spec/openapi.yaml",
        42,
        7,
        "#/paths/~1a/post",
        "operationId is missing",
        "add one",
    )
    warning = Problem("a.yaml", 1, 1, "", "odd", "look", Severity.WARNING)
    assert (
        str(error)
        == "spec/openapi.yaml:42:7: #/paths/~1a/post: operationId is missing; add one"
    )
    assert str(warning) == "a.yaml:1:1: #: warning: odd; look"


def test_a_missing_operation_id_is_a_warning_and_an_error_under_strict() -> None:
    path = _spec("""\
        paths:
          /pets:
            get:
              responses: {'204': {description: Nothing.}}
        """)
    expected = "openapi.yaml:5:5: #/paths/~1pets/get: {}operationId is missing; add one so the method name is stable"
    assert _warnings(path) == [expected.format("warning: ")]
    assert _errors(path, strict=True) == [expected.format("")]


def test_every_operation_problem_is_reported_at_once_in_file_order() -> None:
    path = _spec("""\
        paths:
          /b/{x}:
            get:
              operationId: getB
              responses: {'204': {description: x}}
          /a:
            get:
              operationId: dup
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses: {'204': {description: x}}
            post:
              operationId: dup
              responses: {'204': {description: x}}
        """)
    assert _errors(path) == [
        "openapi.yaml:5:5: #/paths/~1b~1{x}/get: path parameter 'x' of '/b/{x}' is not declared; "
        "add a parameter with `name: x` and `in: path`",
        "openapi.yaml:12:11: #/paths/~1a/get/parameters/0: path parameter 'id' does not appear in "
        "'/a'; remove it, or change it to a query parameter",
        "openapi.yaml:15:7: #/paths/~1a/post/operationId: operationId 'dup' is also used at "
        "openapi.yaml:10 (#/paths/~1a/get/operationId); make every operationId unique",
    ]


def test_a_status_that_is_no_http_code_is_named() -> None:
    path = _spec("""\
        paths:
          /a:
            get:
              operationId: a
              responses:
                '20': {description: x}
        """)
    where = "openapi.yaml:8:9: #/paths/~1a/get/responses/20: '20' is not an HTTP status code; "
    assert _errors(path) == [
        where + "use a code such as 200, a range such as 2XX, or default"
    ]
    assert _warnings(path, allow_invalid=True) == [
        where.replace("'20' is", "warning: '20' is") + "the response is ignored"
    ]


def test_allow_invalid_repairs_what_has_one_obvious_repair() -> None:
    """Duplicated operationIds, undeclared or optional path parameters: warnings that say
    what the generated client does instead of refusing the whole spec."""
    path = _spec("""\
        paths:
          /a/{id}:
            get:
              operationId: list
              responses: {'204': {description: x}}
          /b/{key}:
            get:
              operationId: list
              parameters:
                - {name: key, in: path, schema: {type: string}}
                - {name: gone, in: path, required: true, schema: {type: string}}
              responses: {'204': {description: x}}
        """)
    validation = validate(load_spec(path), allow_invalid=True)
    hints = sorted(str(p).rsplit("; ", 1)[1] for p in validation.warnings)
    assert hints == [
        "it becomes a required string parameter",
        "it is left out of the method",
        "it is made required",
        "this one is generated as 'list_2'",
    ]
    assert validation.skipped_operations == frozenset()


def test_allow_invalid_skips_an_operation_it_cannot_repair() -> None:
    path = _spec("""\
        paths:
          /a:
            get:
              operationId: broken
              responses:
                '200':
                  description: x
                  content: {application/json: {schema: {$ref: '#/components/schemas/Nowhere'}}}
            post:
              operationId: fine
              responses: {'204': {description: x}}
          /b/{open:
            get:
              operationId: unbalanced
              responses: {'204': {description: x}}
        """)
    assert len(_errors(path)) == 2
    validation = validate(load_spec(path), allow_invalid=True)
    assert validation.skipped_operations == {"/paths/~1a/get", "/paths/~1b~1{open/get"}
    assert [str(p).rsplit("; ", 1)[1] for p in validation.warnings] == [
        "the operation is left out of the client",
        "the operation is left out of the client",
    ]


def test_allow_invalid_takes_a_cycle_of_schema_references_as_any_value() -> None:
    path = _spec("""\
        paths:
          /b:
            get:
              operationId: getB
              responses:
                '200':
                  description: x
                  content:
                    application/json: {schema: {$ref: '#/components/schemas/B'}}
        components:
          schemas:
            A: {$ref: '#/components/schemas/C'}
            C: {$ref: '#/components/schemas/A'}
            B: {type: object, properties: {a: {$ref: '#/components/schemas/A'}}}
        """)
    assert len(_errors(path)) == 3
    spec = load_spec(path)
    validation = validate(spec, allow_invalid=True)
    assert (
        validation.skipped_operations == frozenset()
    )  # getB only holds a property of A
    assert {str(p).rsplit("; ", 1)[1] for p in validation.warnings} == {
        "the schema is taken as any value"
    }
    planned = plan_models(spec.document).document["components"]["schemas"]
    assert (planned["A"], planned["C"]) == ({}, {})


def test_invalid_defaults_are_errors_unless_allow_invalid_leaves_them_out() -> None:
    path = _spec("""\
        paths: {}
        components:
          schemas:
            S:
              type: object
              properties:
                n: {type: integer, default: many}
        """)
    where = "openapi.yaml:9:28: #/components/schemas/S/properties/n/default: "
    assert _errors(path) == [
        where + "the default is invalid: 'many' is not of type 'integer'; "
        "change the default to a value the schema accepts"
    ]
    assert _warnings(path, allow_invalid=True) == [
        where
        + "warning: the default is invalid: 'many' is not of type 'integer'; it is left out "
        "of the generated code; fix it in the spec"
    ]


def test_invalid_examples_are_warnings_wherever_they_are_and_errors_under_strict() -> (
    None
):
    path = _spec("""\
        paths:
          /a:
            get:
              operationId: a
              parameters:
                - {name: q, in: query, schema: {type: integer}, example: x}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: integer, examples: [1, "two"]}
                      examples:
                        one: {value: nope}
        """)
    assert _warnings(path) == [
        "openapi.yaml:8:57: #/paths/~1a/get/parameters/0/example: warning: the example is invalid: "
        "'x' is not of type 'integer'; fix the example or the schema",
        "openapi.yaml:14:53: #/paths/~1a/get/responses/200/content/application~1json/schema/examples/1: "
        "warning: the example is invalid: 'two' is not of type 'integer'; fix the example or the schema",
        "openapi.yaml:16:23: #/paths/~1a/get/responses/200/content/application~1json/examples/one/value: "
        "warning: the example is invalid: 'nope' is not of type 'integer'; fix the example or the schema",
    ]
    assert len(_errors(path, strict=True)) == 3


def test_descriptions_are_required_only_under_strict() -> None:
    path = _spec("""\
        paths: {}
        components:
          schemas:
            S:
              type: object
              properties:
                n: {type: integer}
        """)
    assert _warnings(path) == []
    assert _errors(path, strict=True) == [
        "openapi.yaml:6:5: #/components/schemas/S: the schema has no description; add a "
        "`description` saying what it is for",
        "openapi.yaml:9:9: #/components/schemas/S/properties/n: the property has no description; "
        "add a `description` saying what it is for",
    ]


def test_problems_in_a_referenced_file_are_located_in_that_file() -> None:
    Path("spec/schemas").mkdir(parents=True)
    Path("spec/schemas/pet.yaml").write_text(
        "type: object\ndescription: A pet.\nproperties:\n  age: {type: integer, example: old}\n",
        encoding="utf-8",
    )
    path = _spec(
        """\
        paths:
          /pet:
            get:
              operationId: getPet
              responses:
                '200':
                  description: The pet.
                  content:
                    application/json:
                      schema: {$ref: './schemas/pet.yaml'}
        """,
        name="spec/openapi.yaml",
    )
    assert _warnings(path) == [
        "spec/schemas/pet.yaml:4:24: #/properties/age/example: warning: the example is invalid: "
        "'old' is not of type 'integer'; fix the example or the schema"
    ]


def test_schema_violations_block_generation_unless_allow_invalid() -> None:
    path = _spec("""\
        paths:
          /a:
            get:
              operationId: a
              responses: {'204': {}}
        """)
    where = "openapi.yaml:7:19: #/paths/~1a/get/responses/204: "
    assert _errors(path) == [
        where + "not valid OpenAPI: 'description' is a required property; fix it "
        "to match the OpenAPI schema, or pass --allow-invalid to generate anyway"
    ]
    assert _warnings(path, allow_invalid=True) == [
        where
        + "warning: not valid OpenAPI: 'description' is a required property; fix it to match "
        "the OpenAPI schema"
    ]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            'swagger: "2.0"\ninfo: {title: T, version: "1"}\n',
            "openapi.yaml:1:1: #/swagger: Swagger 2.0 documents are not supported; convert it to OpenAPI 3 "
            "first (for example with `npx swagger2openapi in.yaml -o out.yaml`), then generate from the result",
        ),
        (
            'openapi: 4.0.0\ninfo: {title: T, version: "1"}\n',
            "openapi.yaml:1:1: #/openapi: unsupported or missing `openapi` version '4.0.0'; start the "
            "document with `openapi: 3.1.0` (3.0.x is also read)",
        ),
        (
            'info: {title: T, version: "1"}\n',
            "openapi.yaml:1:1: #: unsupported or missing `openapi` version None; start the document with "
            "`openapi: 3.1.0` (3.0.x is also read)",
        ),
    ],
)
def test_only_openapi_3_is_read(head: str, expected: str) -> None:
    assert _errors(_spec("paths: {}\n", head=head)) == [expected]


def test_openapi_3_0_is_read_too() -> None:
    assert (
        _warnings(
            _spec(
                "paths: {}\n", head='openapi: 3.0.3\ninfo: {title: T, version: "1"}\n'
            )
        )
        == []
    )


_DANGLING = """\
    paths:
      /a:
        get:
          operationId: a
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Missing'}
    """


def test_a_reference_to_a_missing_component_is_a_located_problem() -> None:
    assert _errors(_spec(_DANGLING)) == [
        "openapi.yaml:12:24: #/paths/~1a/get/responses/200/content/application~1json/schema/$ref: "
        "the reference '#/components/schemas/Missing' names nothing; fix the pointer, or add the "
        "missing component"
    ]
