"""Protects ``python -m tools.new_action``: scaffolding a type is the whole workflow.

The end-to-end test works on a scratch copy of the project (spec, templates, generator,
pyproject.toml, generated) and runs the CLI there: after the scaffold, ``check`` reports drift,
``generate`` brings in the new model and its ``create_<name>`` method, ``check`` is clean
again, and no template changed. The other tests call ``scaffold_action`` on a copy of spec/.
"""

from __future__ import annotations

import difflib
import hashlib
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.errors import ConfigError
from tests.snapshot_support import models_source
from tools.new_action import scaffold_action

ROOT = Path(__file__).resolve().parents[2]


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS``, or ``python -m tools.new_action ARGS`` for new-action."""
    module = ["tools.new_action"] if args[0] == "new-action" else ["generator"]
    arguments = list(args[1:]) if args[0] == "new-action" else list(args)
    return subprocess.run(
        [sys.executable, "-m", *module, *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    """A copy of spec/ to scaffold into; returns its root file."""
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    return tmp_path / "spec" / "openapi.yaml"


def _schemas(spec: Path) -> dict[str, object]:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    assert isinstance(schemas, dict)
    return schemas


# ---- the workflow, end to end -------------------------------------------------------------


@pytest.mark.slow
def test_a_scaffolded_type_reaches_the_generated_client(tmp_path: Path) -> None:
    for folder in ("spec", "templates", "generator", "tools", "generated"):
        shutil.copytree(
            ROOT / folder,
            tmp_path / folder,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    templates = _tree_digest(tmp_path / "templates")
    spec_before = (tmp_path / "spec" / "openapi.yaml").read_text(encoding="utf-8")

    scaffolded = _run(tmp_path, "new-action", "SEND_FAX")
    assert scaffolded.returncode == 0, scaffolded.stderr
    new_file = tmp_path / "spec" / "actions" / "send_fax.yaml"
    assert new_file.is_file()
    assert "send_fax.yaml" in scaffolded.stderr

    drift = _run(tmp_path, "check", "--strict")
    _xfail_while_multipart_is_refused(drift)
    assert drift.returncode == 1, drift.stdout + drift.stderr
    assert "SendFaxAction" in drift.stdout

    generated = _run(tmp_path, "generate", "--strict")
    assert generated.returncode == 0, generated.stderr
    clean = _run(tmp_path, "check", "--strict")
    assert clean.returncode == 0, clean.stdout + clean.stderr

    package = tmp_path / "generated" / "src" / "contactswing"
    models = models_source(package)
    resources = (package / "resources" / "actions.py").read_text(encoding="utf-8")
    assert "class SendFaxAction(BaseModel):" in models
    assert "class SendFaxActionRead(SendFaxAction, ActionReadFields):" in models
    assert 'type: Literal["SEND_FAX"]' in models
    assert resources.count("def create_send_fax(") == 2  # sync and async
    assert resources.count("def update_send_fax(") == 2

    # The fresh client sends the new type and reads it back as its own class.
    probe = textwrap.dedent("""
        import json, httpx, contactswing
        from contactswing import models
        sent = []
        def handler(request):
            if request.method == "POST":
                sent.append(json.loads(request.content))
                return httpx.Response(201, json={"ctx_id": "c", "data": {"action_id": "f-1"}})
            item = dict(sent[0], id="f-1")
            return httpx.Response(200, json={"ctx_id": "c", "data": item})
        client = contactswing.ContactSwing(token="t0ken-for-probe", base_url="http://127.0.0.1:9",
            http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        created = client.actions.create_send_fax(name="Fax", description="d", action_timing="DURING")
        got = client.actions.get("f-1")
        print(json.dumps([created.action_id, sent[0], type(got).__name__]))
        """)
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path / "generated" / "src",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == (
        '["f-1", {"name": "Fax", "description": "d", "action_timing": "DURING", '
        '"type": "SEND_FAX"}, "SendFaxActionRead"]'
    )

    assert _tree_digest(tmp_path / "templates") == templates
    # The root spec only gained lines: nothing of the user's text was rewritten.
    after = (tmp_path / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    opcodes = difflib.SequenceMatcher(
        None, spec_before.splitlines(), after.splitlines(), autojunk=False
    ).get_opcodes()
    assert {tag for tag, *_ in opcodes} == {"equal", "insert"}

    again = _run(tmp_path, "new-action", "SEND_FAX")
    assert again.returncode == 2
    assert "already has SEND_FAX" in again.stderr
    assert (tmp_path / "spec" / "openapi.yaml").read_text(encoding="utf-8") == after


def _xfail_while_multipart_is_refused(run: subprocess.CompletedProcess[str]) -> None:
    """The spec's Update Knowledge Base body is multipart/form-data, which the generator
    refuses under --strict until it supports multipart (issue 18); the scaffolded type
    cannot reach a strictly generated client before then. Any other refusal still fails.
    """
    output = run.stdout + run.stderr
    if (
        run.returncode == 2
        and "multipart/form-data are not supported" in output
        and "1 problem found" in output
    ):
        pytest.xfail("the generator does not support multipart bodies yet: " + output)


# ---- what the scaffold writes -------------------------------------------------------------


def test_the_new_file_has_the_common_fields_each_described(spec: Path) -> None:
    path = scaffold_action(spec, "SEND_FAX", None)
    assert path == spec.parent / "actions" / "send_fax.yaml"
    schema = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert schema["title"] == "SendFaxAction"
    properties = schema["properties"]
    assert list(properties) == ["name", "description", "action_timing", "type"]
    assert all(p.get("description") for p in properties.values())
    assert properties["action_timing"]["$ref"] == "../common.yaml#/ActionTiming"
    assert properties["type"] == {
        "description": "Discriminator value selecting the SEND_FAX action kind.",
        "type": "string",
        "const": "SEND_FAX",
    }
    assert set(schema["required"]) == {"name", "description", "action_timing", "type"}
    [example] = schema["examples"]
    assert example["type"] == "SEND_FAX"
    assert set(example) <= set(properties)
    # The placeholder for the type's own fields sits inside properties, as a comment.
    text = path.read_text(encoding="utf-8")
    assert text.index("  # TODO: the fields of a SEND_FAX action go here") > text.index(
        "properties:"
    )


def test_the_type_is_registered_in_oneof_mapping_and_read_back_union(
    spec: Path,
) -> None:
    scaffold_action(spec, "SEND_FAX", None)
    schemas = _schemas(spec)
    request = schemas["CreateActionRequest"]
    assert isinstance(request, dict)
    assert request["oneOf"][-1] == {"$ref": "./actions/send_fax.yaml"}
    assert list(request["discriminator"]["mapping"].items())[-1] == (
        "SEND_FAX",
        "./actions/send_fax.yaml",
    )
    action = schemas["Action"]
    assert isinstance(action, dict)
    assert action["anyOf"][-2:] == [
        {"$ref": "./actions/read/send_fax.yaml"},
        {"$ref": "#/components/schemas/UnknownAction"},
    ]
    assert list(action["discriminator"]["mapping"].items())[-1] == (
        "SEND_FAX",
        "./actions/read/send_fax.yaml",
    )
    assert "#/components/schemas/UnknownAction" not in (
        action["discriminator"]["mapping"].values()
    )


def test_the_read_variant_is_the_create_schema_plus_the_server_fields(
    spec: Path,
) -> None:
    scaffold_action(spec, "SEND_FAX", None)
    read = spec.parent / "actions" / "read" / "send_fax.yaml"
    schema = yaml.safe_load(read.read_text(encoding="utf-8"))
    assert schema["title"] == "SendFaxActionRead"
    assert schema["description"]
    assert schema["allOf"] == [
        {"$ref": "../send_fax.yaml"},
        {"$ref": "../../common.yaml#/ActionReadFields"},
    ]


def test_name_option_sets_file_title_and_ref(spec: Path) -> None:
    path = scaffold_action(spec, "SEND_FAX_V2", "fax")
    assert path.name == "fax.yaml"
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["title"] == "FaxAction"
    read = path.parent / "read" / "fax.yaml"
    assert yaml.safe_load(read.read_text(encoding="utf-8"))["title"] == "FaxActionRead"
    mapping = _schemas(spec)["CreateActionRequest"]["discriminator"]["mapping"]  # type: ignore[index]
    assert mapping["SEND_FAX_V2"] == "./actions/fax.yaml"
    read_mapping = _schemas(spec)["Action"]["discriminator"]["mapping"]  # type: ignore[index]
    assert read_mapping["SEND_FAX_V2"] == "./actions/read/fax.yaml"


def test_a_type_that_yaml_would_read_as_a_boolean_is_quoted(spec: Path) -> None:
    path = scaffold_action(spec, "YES", None)
    assert (
        yaml.safe_load(path.read_text(encoding="utf-8"))["properties"]["type"]["const"]
        == "YES"
    )
    mapping = _schemas(spec)["CreateActionRequest"]["discriminator"]["mapping"]  # type: ignore[index]
    assert mapping["YES"] == "./actions/yes.yaml"


def test_comments_and_layout_survive(tmp_path: Path) -> None:
    spec = _small_spec(
        tmp_path,
        textwrap.dedent("""\
        # top comment
        openapi: 3.1.0   # trailing comment
        components:
          schemas:
            CreateActionRequest:
              oneOf:
                - $ref: ./actions/sms.yaml  # the first one
              discriminator:
                propertyName: type
                mapping:
                  SEND_SMS: './actions/sms.yaml'
                  # more types go above this line
            Action:
              anyOf:
                - $ref: ./actions/read/sms.yaml
                # the fallback must stay last
                - $ref: '#/components/schemas/UnknownAction'
              discriminator:
                propertyName: type
                mapping:
                  SEND_SMS: ./actions/read/sms.yaml  # the fallback is unmapped
        """),
    )
    scaffold_action(spec, "SEND_FAX", None)
    assert spec.read_text(encoding="utf-8") == textwrap.dedent("""\
        # top comment
        openapi: 3.1.0   # trailing comment
        components:
          schemas:
            CreateActionRequest:
              oneOf:
                - $ref: ./actions/sms.yaml  # the first one
                - $ref: ./actions/send_fax.yaml
              discriminator:
                propertyName: type
                mapping:
                  SEND_SMS: './actions/sms.yaml'
                  SEND_FAX: ./actions/send_fax.yaml
                  # more types go above this line
            Action:
              anyOf:
                - $ref: ./actions/read/sms.yaml
                - $ref: ./actions/read/send_fax.yaml
                # the fallback must stay last
                - $ref: '#/components/schemas/UnknownAction'
              discriminator:
                propertyName: type
                mapping:
                  SEND_SMS: ./actions/read/sms.yaml  # the fallback is unmapped
                  SEND_FAX: ./actions/read/send_fax.yaml
        """)


def test_crlf_line_endings_are_kept(tmp_path: Path) -> None:
    text = textwrap.dedent("""\
        components:
          schemas:
            CreateActionRequest:
              oneOf:
                - $ref: ./actions/sms.yaml
              discriminator:
                mapping:
                  SEND_SMS: ./actions/sms.yaml""").replace(  # and no final line break
        "\n", "\r\n"
    )
    spec = _small_spec(tmp_path, text)
    scaffold_action(spec, "SEND_FAX", None)
    edited = spec.read_bytes().decode("utf-8")
    assert "\n" not in edited.replace("\r\n", "")
    assert edited.endswith(
        "SEND_SMS: ./actions/sms.yaml\r\n          SEND_FAX: ./actions/send_fax.yaml\r\n"
    )


# ---- refusals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_name", "name", "message"),
    [
        ("send_fax", None, "is not UPPER_SNAKE_CASE"),
        ("SEND-FAX", None, "is not UPPER_SNAKE_CASE"),
        ("SEND__FAX", None, "is not UPPER_SNAKE_CASE"),
        ("1FAX", None, "is not UPPER_SNAKE_CASE"),
        ("SEND_FAX", "Fax", "is not snake_case"),
        ("SEND_FAX", "../fax", "is not snake_case"),
        ("SEND_SMS", "sms_again", "already has SEND_SMS"),
        ("SEND_TEXT", "sms", "sms.yaml already exists"),
        ("UNKNOWN", None, "UnknownAction already exists"),
    ],
)
def test_refusals_change_nothing(
    spec: Path, type_name: str, name: str | None, message: str
) -> None:
    before = _tree_digest(spec.parent)
    with pytest.raises(ConfigError, match=message.replace(".", r"\.")):
        scaffold_action(spec, type_name, name)
    assert _tree_digest(spec.parent) == before


def test_an_existing_read_variant_file_is_refused(spec: Path) -> None:
    (spec.parent / "actions" / "read" / "send_fax.yaml").write_text(
        "title: Mine\n", encoding="utf-8"
    )
    before = _tree_digest(spec.parent)
    with pytest.raises(ConfigError, match=r"read/send_fax\.yaml already exists"):
        scaffold_action(spec, "SEND_FAX", None)
    assert _tree_digest(spec.parent) == before


def test_a_read_union_needs_the_server_fields_in_common(spec: Path) -> None:
    common = spec.parent / "common.yaml"
    document = yaml.safe_load(common.read_text(encoding="utf-8"))
    del document["ActionReadFields"]
    common.write_text(yaml.safe_dump(document), encoding="utf-8")
    before = _tree_digest(spec.parent)
    with pytest.raises(ConfigError, match="no top-level ActionReadFields schema"):
        scaffold_action(spec, "SEND_FAX", None)
    assert _tree_digest(spec.parent) == before


def test_an_inline_list_is_refused_with_advice(tmp_path: Path) -> None:
    spec = _small_spec(
        tmp_path,
        textwrap.dedent("""\
        components:
          schemas:
            CreateActionRequest:
              oneOf: [{$ref: ./actions/sms.yaml}]
              discriminator:
                mapping:
                  SEND_SMS: ./actions/sms.yaml
        """),
    )
    before = spec.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="block list"):
        scaffold_action(spec, "SEND_FAX", None)
    assert spec.read_text(encoding="utf-8") == before
    assert not (spec.parent / "actions" / "send_fax.yaml").exists()


def test_a_spec_without_the_request_union_is_refused(tmp_path: Path) -> None:
    spec = _small_spec(
        tmp_path, "components:\n  schemas:\n    Other:\n      type: object\n"
    )
    with pytest.raises(ConfigError, match="CreateActionRequest needs a oneOf"):
        scaffold_action(spec, "SEND_FAX", None)


def _small_spec(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "small"
    (folder / "actions" / "read").mkdir(parents=True)
    shutil.copy2(ROOT / "spec" / "common.yaml", folder / "common.yaml")
    for variant in ("sms.yaml", "read/sms.yaml"):
        shutil.copy2(ROOT / "spec" / "actions" / variant, folder / "actions" / variant)
    spec = folder / "openapi.yaml"
    spec.write_bytes(text.encode("utf-8"))
    return spec
