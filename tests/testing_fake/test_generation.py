"""Protects how the generator makes the ``testing`` module: what it infers from a document
(collections, roles, id names), the opt-out, byte-for-byte output, and the README section.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator import ir_fake, pipeline
from generator.config import Options, load_options
from generator.errors import ConfigError
from generator.models import build_models
from generator.parse import Naming, parse
from generator.parse.fake import fake_spec
from generator.plan import plan_models
from generator.render import environment
from tests.snapshot_support import CASES

_THING = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
}
_CREATED = {
    "type": "object",
    "required": ["thing_id"],
    "properties": {"thing_id": {"type": "string", "examples": ["th_42"]}},
}


def _op(op_id: str, answer: Any, **extra: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": answer}} if answer else None
    return {
        "operationId": op_id,
        "tags": ["things"],
        "responses": {
            "200": {"description": "ok", **({"content": content} if content else {})}
        },
        **extra,
    }


_ID = {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/ThingInput"}}
    },
}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things API", "version": "1.0.0"},
    "servers": [{"url": "http://things.example.com/v1"}],
    "paths": {
        "/things": {
            "post": _op("createThing", _CREATED, requestBody=_BODY),
            "get": _op(
                "listThings",
                {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
            ),
        },
        "/things/{thing_id}": {
            "parameters": [_ID],
            "get": _op("getThing", {"$ref": "#/components/schemas/Thing"}),
            "patch": _op(
                "updateThing", {"$ref": "#/components/schemas/Thing"}, requestBody=_BODY
            ),
            "delete": _op("deleteThing", None),
        },
        "/things/{thing_id}/archive": {
            "parameters": [_ID],
            "post": _op("archiveThing", {"$ref": "#/components/schemas/Thing"}),
        },
        "/health": {"get": _op("health", {"type": "string"})},
    },
    "components": {
        "schemas": {
            "Thing": _THING,
            "ThingInput": {
                "type": "object",
                "properties": {"name": {"type": "string"}},
            },
        }
    },
}


def _fake(document: dict[str, Any]) -> ir_fake.FakeSpec:
    plan = plan_models(document)
    api = parse(
        plan.document, build_models(plan.document), Naming("things", "1.0.0", "0" * 64)
    )
    return fake_spec(plan.document, api)


def test_a_collection_is_inferred_from_paths_and_methods() -> None:
    fake = _fake(DOCUMENT)
    [things] = fake.collections
    assert (things.name, things.path, things.item_path) == (
        "things",
        "/things",
        "/things/{thing_id}",
    )
    roles = {op["key"]: op["role"] for op in fake.data["operations"]}
    assert roles == {
        "things.create": "create",
        "things.list": "list",
        "things.get": "get",
        "things.update": "update",
        "things.delete": "delete",
        "things.archive": None,
        "things.health": None,
    }
    assert fake.stateless == ("things.archive", "things.health")


def test_ids_are_named_by_the_item_and_by_the_create_answer() -> None:
    data = _fake(DOCUMENT).data["collections"]["things"]
    assert data["id_field"] == "id"  # what get answers: Thing.id
    assert data["id_names"] == ["id", "thing_id"]  # create answers thing_id
    assert data["id_example"] == "th_42"


def test_a_server_without_https_is_never_contacted() -> None:
    assert _fake(DOCUMENT).base_url == "https://api.fake.invalid"


def test_the_example_call_is_a_list_without_arguments() -> None:
    fake = _fake(DOCUMENT)
    assert (fake.example, fake.example_status) == ("things.list", 200)


def test_the_data_is_the_same_byte_for_byte() -> None:
    first = json.dumps(_fake(DOCUMENT).data, indent=1)
    assert json.dumps(_fake(DOCUMENT).data, indent=1) == first


def _files(testing: bool) -> set[str]:
    options = Options(
        spec=CASES / "operations" / "spec.yaml",
        out=Path("unused"),
        package_name="case_operations",
        strict=True,
        cache=False,
        testing=testing,
    )
    return set(pipeline.build(options).files)


def test_testing_false_leaves_the_module_out() -> None:
    with_fake, without = _files(True), _files(False)
    src = "src/case_operations"
    assert with_fake - without == {
        f"{src}/testing.py",
        f"{src}/_fake_spec.json",
        *(f"{src}/_fake/{name}" for name in _FAKE_MODULES),
    }


_FAKE_MODULES = sorted(
    p.name for p in (Path(__file__).parents[2] / "templates/package/_fake").glob("*.py")
)


@pytest.mark.parametrize(("value", "expected"), [("false", False), ("true", True)])
def test_the_opt_out_is_read_from_pyproject(
    tmp_path: Path, value: str, expected: bool
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.generator]\nspec = "api.yaml"\ntesting = {value}\n', encoding="utf-8"
    )
    assert load_options(cwd=tmp_path).testing is expected


def test_the_opt_out_must_be_true_or_false(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\ntesting = "no"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="testing must be true or false"):
        load_options(cwd=tmp_path)


def test_the_readme_section_renders_and_its_example_runs() -> None:
    from tests.snapshot_support import generated_options

    options = generated_options()
    spec = load_spec_document(options.spec)
    plan = plan_models(spec)
    api = parse(
        plan.document,
        build_models(plan.document),
        Naming("contactswing", "0.1.0", "0" * 64),
    )
    text = (
        environment()
        .get_template("testing_readme.md.jinja")
        .render(api=api, testing=fake_spec(plan.document, api))
    )
    assert text.startswith("## Testing your code\n")
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    fixture = namespace["fake_client"].__wrapped__()
    client = next(fixture)
    namespace["test_survives_a_rate_limit"](client)
    fixture.close()
    assert "fake_client.actions.list()" in textwrap.dedent(code)


def load_spec_document(path: Path) -> dict[str, Any]:
    from generator.spec import load_spec

    return dict(load_spec(path).document)
