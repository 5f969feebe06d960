"""Protects odd but legal constructs (specs in ``tests/corpus/odd/``): each generates, imports,
passes ``mypy --strict``, and behaves as the spec says when driven through httpx.MockTransport.

Constructs the generator gets wrong today are strict xfails naming the bug.
"""

from __future__ import annotations

import json
import time
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from ..security.support import imported, run_cli
from .conftest import Row
from .test_real_world import PACKAGE, check_package, load_document, spec_operations

ODD = Path(__file__).parent / "odd"


def generate_odd(
    capsys: pytest.CaptureFixture[str], name: str, out: Path, row: Row, mypy_strict: Any
) -> None:
    """Generate ``odd/<name>`` and check it like a corpus spec (imports, methods, mypy)."""
    spec = ODD / name
    document = load_document(spec)
    row.spec = f"odd/{name}"
    row.operations = len(spec_operations(document))
    started = time.monotonic()
    run = run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        PACKAGE,
        "--allow-invalid",
    )
    row.seconds = time.monotonic() - started
    assert run.code == 0, run.err
    row.outcome = "generated"
    check_package(out, document, row, mypy_strict)


def client_for(
    modules: dict[str, ModuleType],
    handler: Any,
    base_url: str | None = "https://api.example.invalid",
) -> Any:
    package = modules[PACKAGE]
    runtime = modules[f"{PACKAGE}._runtime"]
    [client_class] = [
        getattr(package, n)
        for n in package.__all__
        if isinstance(getattr(package, n), type)
        and issubclass(getattr(package, n), runtime.SyncAPIClient)
    ]
    return client_class(
        token="t",
        base_url=base_url,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def literal_values(annotation: Any) -> tuple[Any, ...]:
    """The values of the first Literal found in ``annotation`` (through unions and aliases)."""
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)
    for arg in typing.get_args(annotation):
        try:
            return literal_values(arg)
        except LookupError:
            continue
    raise LookupError(annotation)


@pytest.fixture
def odd_package(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus_row: Row,
    mypy_strict: Any,
) -> Iterator[dict[str, ModuleType]]:
    out = tmp_path / "out"
    generate_odd(capsys, "odd.yaml", out, corpus_row, mypy_strict)
    with imported(out, PACKAGE) as modules:
        yield modules


OPERATOR = (
    "add",
    "Add",
    "ADD",
    "GMT0",
    "GMT+0",
    "GMT-0",
    "",
    " ",
    "a-b",
    "a_b",
    "a.b",
    "1",
    "None",
    "class",
    "self",
)


def test_odd_constructs(odd_package: dict[str, ModuleType]) -> None:
    models = odd_package[f"{PACKAGE}.models"]
    # enum values that collide once named keep every value, exactly
    assert literal_values(models.Operator) == OPERATOR
    assert literal_values(models.Numbers) == (0, 1, -1, 10)
    for value in OPERATOR:
        assert pydantic.TypeAdapter(models.Operator).validate_python(value) == value
    # dotted names: three distinct classes, each where the spec put it
    item_fields = models.ABItem.model_fields
    assert {"op", "number", "nothing", "empty", "other"} <= item_fields.keys()
    assert item_fields["other"].annotation == models.ACItem | None
    distinct = {models.ABItem, models.ACItem}
    every = [getattr(models, name) for name in models.__all__]  # loaded on first read
    distinct |= {
        c
        for c in every
        if isinstance(c, type)
        and issubclass(c, pydantic.BaseModel)
        and "m" in c.model_fields
    }
    assert len(distinct) == 3
    # `enum: []` generates something that accepts data rather than crashing
    models.ABItem.model_validate({"nothing": "x", "empty": 1})

    # on the wire: integer status keys select the model; enum values travel exactly
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.method == "PUT":
            return httpx.Response(200, json={"n": 3})
        return httpx.Response(
            200, json={"op": "GMT+0", "number": -1, "other": {"n": 1}}
        )

    with client_for(odd_package, handler, base_url=None) as client:  # the spec's server
        hints = typing.get_type_hints(client.items.get)
        assert literal_values(hints["zone"]) == (
            "GMT0",
            "GMT+0",
            "GMT-0",
            "gmt0",
            "Etc/GMT+0",
        )
        item = client.items.get("x/y", op="Add", zone="Etc/GMT+0")
        assert isinstance(item, models.ABItem)  # the integer 200 key selected the model
        assert (item.op, item.number, item.other) == ("GMT+0", -1, models.ACItem(n=1))
        other = client.items.put("x", models.ABItem(op="add"))
        assert other == models.ACItem(n=3)
    get = sent[0]
    assert get.url.raw_path.startswith(b"/v1/items/x%2Fy?")
    assert dict(get.url.params) == {"op": "Add", "zone": "Etc/GMT+0"}
    assert json.loads(sent[1].content) == {"op": "add"}


def test_escaped_surrogate_pairs_in_json(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus_row: Row,
    mypy_strict: Any,
) -> None:
    out = tmp_path / "out"
    generate_odd(capsys, "surrogates.json", out, corpus_row, mypy_strict)
    with imported(out, PACKAGE) as modules:
        models = modules[f"{PACKAGE}.models"]
        [face] = [
            c
            for c in vars(models).values()
            if isinstance(c, type)
            and issubclass(c, pydantic.BaseModel)
            and "glyph" in c.model_fields
        ]
        assert literal_values(face.model_fields["glyph"].annotation) == (
            "😀",
            "🙃",
            "𝄞",
        )
        assert face.model_fields["glyph"].default == "😀"
        aliases = {f.serialization_alias for f in face.model_fields.values()}
        assert "name😀" in aliases
        assert modules[f"{PACKAGE}._version"].__api_version__ == "1.0 😀"

        def handler(request: httpx.Request) -> httpx.Response:
            assert dict(request.url.params) == {"mood😀": "😀"}
            return httpx.Response(200, json={"glyph": "𝄞", "name😀": "smile"})

        with client_for(modules, handler) as client:
            [method] = [
                getattr(client.faces, n)
                for n in dir(client.faces)
                if not n.startswith("_") and not n.startswith("with_")
            ]
            [mood] = [p for p in typing.get_type_hints(method) if p.startswith("mood")]
            got = method(**{mood: "😀"})
        assert got.glyph == "𝄞"
        assert got.model_dump(by_alias=True, exclude_unset=True) == {
            "glyph": "𝄞",
            "name😀": "smile",
        }


def test_problems_in_json_with_surrogate_escapes_are_located(
    capsys: pytest.CaptureFixture[str], workdir: Path
) -> None:
    text = (ODD / "surrogates.json").read_text(encoding="utf-8")
    broken = text.replace(
        '"paths": {',
        '"paths": {\n    "/again": {"get": {"operationId": '
        '"listFaces", "responses": {"204": {"description": "dup"}}}},',
        1,
    )
    spec = workdir / "broken.json"
    spec.write_text(broken, encoding="utf-8")
    run = run_cli(capsys, "validate", "--spec", str(spec), "--allow-invalid")
    [duplicate] = [m for m in run.located if "also used" in m["message"]]
    lines = {n for n, s in enumerate(broken.splitlines(), 1) if '"listFaces"' in s}
    assert int(duplicate["line"]) in lines, duplicate.group(0)


def test_recursive_one_of_with_additional_properties(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus_row: Row,
    mypy_strict: Any,
) -> None:
    out = tmp_path / "out"
    try:
        generate_odd(capsys, "recursive.yaml", out, corpus_row, mypy_strict)
    finally:
        # the behaviour users see, checked even when mypy already failed
        value = {"a": [1, "b", {"c": True}], "d": {}}
        with (
            imported(out, PACKAGE) as modules,
            client_for(
                modules,
                lambda request: httpx.Response(200, json=json.loads(request.content)),
            ) as client,
        ):
            echoed = client.default.echo_json(value)
            assert (
                pydantic.TypeAdapter(typing.Any).dump_python(echoed, mode="json")
                == value
            )


def test_titled_reference_to_a_recursive_union(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus_row: Row,
    mypy_strict: Any,
) -> None:
    generate_odd(
        capsys, "recursive_alias.yaml", tmp_path / "out", corpus_row, mypy_strict
    )


def test_spec_without_operations(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus_row: Row,
    mypy_strict: Any,
) -> None:
    generate_odd(
        capsys, "no_operations.yaml", tmp_path / "out", corpus_row, mypy_strict
    )


def test_email_format(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus_row: Row,
    mypy_strict: Any,
) -> None:
    generate_odd(capsys, "email.yaml", tmp_path / "out", corpus_row, mypy_strict)


def test_success_with_and_without_a_body(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus_row: Row,
    mypy_strict: Any,
) -> None:
    out = tmp_path / "out"
    generate_odd(capsys, "mixed_success.yaml", out, corpus_row, mypy_strict)
    with imported(out, PACKAGE) as modules:
        thing = modules[f"{PACKAGE}.models"].Thing(id="1")
        with client_for(modules, lambda request: httpx.Response(204)) as client:
            assert client.default.upsert_thing(thing) is None
        with client_for(
            modules, lambda request: httpx.Response(201, json={"id": "1"})
        ) as client:
            assert client.default.upsert_thing(thing) == thing
        hints = typing.get_type_hints(client.default.upsert_thing)
        assert type(None) in typing.get_args(hints["return"])


def test_optional_properties_marked_not_nullable(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus_row: Row,
    mypy_strict: Any,
) -> None:
    """GitHub's spec marks optional properties ``nullable: false``: absent is still allowed,
    so the field's type admits None (was ``url: str = None``, a mypy error)."""
    out = tmp_path / "out"
    generate_odd(capsys, "optional_not_nullable.yaml", out, corpus_row, mypy_strict)
    with imported(out, PACKAGE) as modules:
        model = modules[f"{PACKAGE}.models"].R
        assert model().a is None
        hints = typing.get_type_hints(model)
        assert all(type(None) in typing.get_args(hints[name]) for name in "abcde")
