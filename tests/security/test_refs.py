"""Protects the spec folder boundary: ``$ref`` never reaches the network or a file outside the
spec's folder, broken references are located errors, and recursion is allowed only where it
means something (a model that contains itself), never as a cycle of bare references.

Network checks point at a server on 127.0.0.1 started by the test and assert it got no request.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from .support import imported, minimal_spec, python_files, run_cli, write_spec


def _with_response_ref(ref: str) -> dict[str, Any]:
    doc = minimal_spec()
    content = doc["paths"]["/things/{thing_id}"]["get"]["responses"]["200"]["content"]
    content["application/json"]["schema"] = {"$ref": ref}
    return doc


def _generate(
    capsys: pytest.CaptureFixture[str], spec: Path, out: Path, *extra: str
) -> Any:
    return run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        "refs",
        *extra,
    )


@pytest.fixture
def outside(workdir: Path) -> Path:
    """A schema file beside the spec folder, never to be read: its property names a leak."""
    path = workdir / "outside" / "secret.json"
    path.parent.mkdir()
    path.write_text(
        json.dumps(
            {
                "type": "object",
                "properties": {"leaked_secret": {"type": "string"}},
                "Secret": {"type": "string"},
            }
        ),
        encoding="utf-8",
    )
    return path


REMOTE_REFS = {
    "http": "{server}/schema.json",
    "http-fragment": "{server}/schema.json#/properties/fetched",
    "https": "{server_https}/schema.json",
    "network-path": "//{host}/schema.json",
    "file-url-outside": "file://{outside}",
    "file-url-etc": "file:///etc/passwd",
    "relative-outside": "../outside/secret.json",
    "relative-deep": "../../../../../../../../etc/passwd",
    "absolute": "{outside}",
}


@pytest.mark.parametrize(
    "allow_invalid", [False, True], ids=["default", "allow-invalid"]
)
@pytest.mark.parametrize("kind", sorted(REMOTE_REFS))
def test_ref_leaving_the_spec_folder_is_refused_without_network(
    capsys: pytest.CaptureFixture[str],
    workdir: Path,
    previous_out: Path,
    outside: Path,
    recording_server: tuple[str, list[str]],
    kind: str,
    allow_invalid: bool,
) -> None:
    server, hits = recording_server
    ref = REMOTE_REFS[kind].format(
        server=server,
        server_https=server.replace("http:", "https:"),
        host=server.removeprefix("http://"),
        outside=outside,
    )
    spec = write_spec(workdir / "spec" / "openapi.yaml", _with_response_ref(ref))
    run = _generate(
        capsys, spec, previous_out, *(["--allow-invalid"] if allow_invalid else [])
    )
    run.assert_bad_input()
    assert hits == []
    [problem] = run.located
    assert problem["pointer"].endswith("/schema/$ref"), run.err
    assert problem["file"] == "spec/openapi.yaml"
    assert (
        "outside the spec folder" in problem["message"]
        or "leaves the spec" in problem["message"]
    )
    assert "leaked_secret" not in run.err


@pytest.mark.parametrize(
    "where", ["parameter", "request-body", "nested-file", "mapping"]
)
def test_remote_ref_is_refused_wherever_it_stands(
    capsys: pytest.CaptureFixture[str],
    workdir: Path,
    previous_out: Path,
    recording_server: tuple[str, list[str]],
    where: str,
) -> None:
    server, hits = recording_server
    remote = f"{server}/x.json"
    doc = minimal_spec()
    op = doc["paths"]["/things/{thing_id}"]["get"]
    if where == "parameter":
        op["parameters"].append({"$ref": remote})
    elif where == "request-body":
        op["requestBody"] = {"$ref": remote}
    elif where == "nested-file":
        write_spec(
            workdir / "spec" / "parts" / "thing.yaml",
            {"Thing": {"type": "object", "properties": {"r": {"$ref": remote}}}},
        )
        doc["components"]["schemas"]["Thing"] = {"$ref": "parts/thing.yaml#/Thing"}
    else:
        doc["components"]["schemas"]["Pick"] = {
            "oneOf": [{"$ref": "#/components/schemas/Thing"}],
            "discriminator": {"propertyName": "id", "mapping": {"x": remote}},
        }
    spec = write_spec(workdir / "spec" / "openapi.yaml", doc)
    run = _generate(capsys, spec, previous_out, "--allow-invalid")
    run.assert_bad_input()
    assert hits == []
    assert any(repr(remote) in m["message"] for m in run.located), run.err


def test_symlink_out_of_the_spec_folder_is_refused(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path, outside: Path
) -> None:
    (workdir / "spec").mkdir()
    os.symlink(outside, workdir / "spec" / "inside.json")
    spec = write_spec(
        workdir / "spec" / "openapi.yaml", _with_response_ref("inside.json")
    )
    run = _generate(capsys, spec, previous_out)
    run.assert_bad_input()
    assert "outside the spec folder" in run.located[0]["message"]


def test_json_schema_keywords_naming_urls_fetch_nothing(
    capsys: pytest.CaptureFixture[str],
    workdir: Path,
    tmp_path: Path,
    recording_server: tuple[str, list[str]],
) -> None:
    """``$id``, ``$schema`` and ``jsonSchemaDialect`` are identifiers, not addresses to fetch."""
    server, hits = recording_server
    doc = minimal_spec(jsonSchemaDialect=f"{server}/dialect")
    thing = doc["components"]["schemas"]["Thing"]
    thing["$id"] = f"{server}/thing.json"
    thing["$schema"] = f"{server}/meta"
    thing["properties"]["other"] = {"$ref": "#/components/schemas/Other"}
    doc["components"]["schemas"]["Other"] = {"type": "string", "description": "Other."}
    spec = write_spec(workdir / "spec" / "openapi.yaml", doc)
    run = _generate(capsys, spec, tmp_path / "new-out", "--allow-invalid")
    assert hits == []
    assert run.code in (0, 2) and "Traceback" not in run.err


def test_dynamic_ref_cannot_read_a_file_outside_the_spec_folder(
    capsys: pytest.CaptureFixture[str], workdir: Path, tmp_path: Path, outside: Path
) -> None:
    doc = minimal_spec()
    doc["components"]["schemas"]["Thing"]["properties"]["d"] = {
        "$dynamicRef": f"file://{outside}"
    }
    spec = write_spec(workdir / "spec" / "openapi.yaml", doc)
    out = tmp_path / "new-out"
    run = _generate(capsys, spec, out, "--allow-invalid")
    leaked = (
        [p for p, text in python_files(out).items() if "leaked_secret" in text]
        if out.exists()
        else []
    )
    assert not leaked, f"the outside file's schema was generated into {leaked}"
    run.assert_bad_input()
    assert any("$dynamicRef" in m["pointer"] for m in run.located), run.err


def test_dynamic_ref_to_a_public_host_is_not_fetched(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    workdir: Path,
    tmp_path: Path,
    recording_server: tuple[str, list[str]],
) -> None:
    import datamodel_code_generator.http as dcg_http

    # Stand-in for a public host: make the tool's SSRF guard take 127.0.0.1 for a public address.
    monkeypatch.setattr(dcg_http, "_is_safe_ip", lambda ip: True)
    server, hits = recording_server
    doc = minimal_spec()
    doc["components"]["schemas"]["Thing"]["properties"]["d"] = {
        "$dynamicRef": f"{server}/d.json"
    }
    spec = write_spec(workdir / "spec" / "openapi.yaml", doc)
    run = _generate(capsys, spec, tmp_path / "new-out", "--allow-invalid")
    assert hits == [], f"the generator fetched {hits}"
    run.assert_bad_input()


def test_dynamic_ref_to_loopback_contacts_nothing(
    capsys: pytest.CaptureFixture[str],
    workdir: Path,
    tmp_path: Path,
    recording_server: tuple[str, list[str]],
) -> None:
    server, hits = recording_server
    doc = minimal_spec()
    doc["components"]["schemas"]["Thing"]["properties"]["d"] = {
        "$dynamicRef": f"{server}/d.json"
    }
    spec = write_spec(workdir / "spec" / "openapi.yaml", doc)
    run = _generate(capsys, spec, tmp_path / "new-out", "--allow-invalid")
    assert hits == []
    assert "Traceback" not in run.err


# --- missing targets -----------------------------------------------------------------------


def test_missing_request_body_schema_is_located(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    doc = minimal_spec()
    doc["paths"]["/things/{thing_id}"]["get"]["requestBody"] = {
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}
        }
    }
    spec = write_spec(workdir / "openapi.yaml", doc)
    where = "#/paths/~1things~1{thing_id}/get/requestBody/content/application~1json/schema/$ref"
    run = _generate(capsys, spec, previous_out)
    run.assert_bad_input()
    [problem] = run.located
    assert problem["pointer"] == where
    assert "'#/components/schemas/Missing'" in problem["message"]
    # --allow-invalid: the one operation is left out, with the same located message.
    allowed = _generate(capsys, spec, workdir / "allowed", "--allow-invalid")
    assert allowed.code == 0, allowed.err
    [warning] = [m for m in allowed.located if m["pointer"] == where]
    assert warning["hint"] == "the operation is left out of the client"


def test_missing_file_and_missing_pointer_in_a_file_are_located(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    write_spec(workdir / "spec" / "parts.yaml", {"Here": {"type": "string"}})
    doc = minimal_spec()
    doc["components"]["schemas"]["A"] = {"$ref": "nope.yaml#/A"}
    doc["components"]["schemas"]["B"] = {"$ref": "parts.yaml#/NotHere"}
    spec = write_spec(workdir / "spec" / "openapi.yaml", doc)
    run = _generate(capsys, spec, previous_out)
    run.assert_bad_input()
    pointers = {m["pointer"]: m["message"] for m in run.located}
    assert "nope.yaml" in pointers["#/components/schemas/A/$ref"]
    assert "NotHere" in pointers["#/components/schemas/B/$ref"]


MISSING = {
    "response-schema": lambda op, comps: op["responses"]["200"]["content"][
        "application/json"
    ].update(schema={"$ref": "#/components/schemas/Missing"}),
    "property": lambda op, comps: comps["schemas"]["Thing"]["properties"].update(
        other={"$ref": "#/components/schemas/Missing"}
    ),
    "array-items": lambda op, comps: comps["schemas"].update(
        List={"type": "array", "items": {"$ref": "#/components/schemas/Missing"}}
    ),
    "parameter": lambda op, comps: op["parameters"].append(
        {"$ref": "#/components/parameters/Missing"}
    ),
    "parameter-schema": lambda op, comps: op["parameters"].append(
        {"name": "q", "in": "query", "schema": {"$ref": "#/components/schemas/Missing"}}
    ),
    "response": lambda op, comps: op["responses"].update(
        {"404": {"$ref": "#/components/responses/Missing"}}
    ),
}


@pytest.mark.parametrize("where", sorted(MISSING))
def test_missing_ref_target_is_a_located_error(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path, where: str
) -> None:
    doc = minimal_spec()
    MISSING[where](doc["paths"]["/things/{thing_id}"]["get"], doc["components"])
    spec = write_spec(workdir / "openapi.yaml", doc)
    run = _generate(capsys, spec, previous_out)
    run.assert_bad_input()
    assert "internal failure" not in run.err, run.err[:300]
    assert any(
        m["pointer"].endswith("$ref") and "Missing" in m["message"] for m in run.located
    ), run.err[:300]
    # --allow-invalid: a reference inside the operation leaves that operation out, with the
    # same located message as a warning; one inside a component still refuses the spec.
    allowed = _generate(capsys, spec, workdir / "allowed", "--allow-invalid")
    assert "internal failure" not in allowed.err, allowed.err[:300]
    if where in ("property", "array-items"):
        allowed.assert_bad_input()
    else:
        assert allowed.code == 0, allowed.err
        assert any("left out of the client" in m["hint"] for m in allowed.located)


# --- cycles and recursion ------------------------------------------------------------------

CYCLES = {
    "A->A": {"A": {"$ref": "#/components/schemas/A"}},
    "A->B->A": {
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/A"},
    },
    "A->B->C->A": {
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/C"},
        "C": {"$ref": "#/components/schemas/A"},
    },
}


@pytest.mark.parametrize("cycle", sorted(CYCLES))
def test_pure_ref_cycle_is_a_located_error(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path, cycle: str
) -> None:
    doc = minimal_spec()
    doc["components"]["schemas"].update(CYCLES[cycle])
    text = json.dumps(doc, indent=2)
    spec = workdir / "openapi.json"
    spec.write_text(text, encoding="utf-8")
    run = _generate(capsys, spec, previous_out)
    run.assert_bad_input()
    cycles = [m for m in run.located if "cycle" in m["message"]]
    assert {m["pointer"] for m in cycles} == {
        f"#/components/schemas/{n}/$ref" for n in CYCLES[cycle]
    }
    for m in cycles:  # each points at the line of its own `$ref`
        target = CYCLES[cycle][m["pointer"].split("/")[3]]["$ref"]
        assert text.splitlines()[int(m["line"]) - 1].strip() == f'"$ref": "{target}"'
    assert len({m["line"] for m in cycles}) == len(cycles)


@pytest.mark.parametrize("cycle", sorted(CYCLES))
def test_allow_invalid_takes_a_pure_ref_cycle_as_any_value(
    capsys: pytest.CaptureFixture[str], workdir: Path, cycle: str
) -> None:
    doc = minimal_spec()
    doc["components"]["schemas"].update(CYCLES[cycle])
    spec = write_spec(workdir / "openapi.json", doc)
    run = _generate(capsys, spec, workdir / "fresh", "--allow-invalid")
    assert run.code == 0, run.err
    assert {m["pointer"] for m in run.located} == {
        f"#/components/schemas/{n}/$ref" for n in CYCLES[cycle]
    }
    assert {m["hint"] for m in run.located} == {"the schema is taken as any value"}


def test_cycle_of_parameter_refs_is_a_located_error(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    doc = minimal_spec()
    doc["components"]["parameters"] = {
        "P": {"$ref": "#/components/parameters/Q"},
        "Q": {"$ref": "#/components/parameters/P"},
    }
    doc["paths"]["/things/{thing_id}"]["get"]["parameters"].append(
        {"$ref": "#/components/parameters/P"}
    )
    spec = write_spec(workdir / "openapi.yaml", doc)
    run = _generate(capsys, spec, previous_out)
    run.assert_bad_input()
    assert any(m["pointer"] == "#/components/parameters/P/$ref" for m in run.located)
    # --allow-invalid: the operation that runs into the cycle is left out, nothing else.
    allowed = _generate(capsys, spec, workdir / "fresh", "--allow-invalid")
    assert allowed.code == 0, allowed.err
    skipped = [m for m in allowed.located if "left out" in m["hint"]]
    assert [m["pointer"] for m in skipped] == [
        "#/paths/~1things~1{thing_id}/get/parameters/1/$ref",
        "#/components/parameters/P/$ref",
        "#/components/parameters/Q/$ref",
    ]


def test_cycle_across_files_is_a_located_error(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    write_spec(workdir / "spec" / "a.yaml", {"P": {"$ref": "b.yaml#/P"}})
    write_spec(workdir / "spec" / "b.yaml", {"P": {"$ref": "a.yaml#/P"}})
    doc = minimal_spec()
    doc["paths"]["/things/{thing_id}"]["get"]["parameters"].append(
        {"$ref": "a.yaml#/P"}
    )
    spec = write_spec(workdir / "spec" / "openapi.yaml", doc)
    run = _generate(capsys, spec, previous_out, "--allow-invalid")
    run.assert_bad_input()
    assert any(
        "itself" in m["message"] or "cycle" in m["message"] for m in run.located
    ), run.err


RECURSIVE = {
    "Node": {
        "type": "object",
        "description": "A tree node.",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "description": "Its name."},
            "children": {
                "type": "array",
                "description": "Its children.",
                "items": {"$ref": "#/components/schemas/Node"},
            },
            "parent": {"$ref": "#/components/schemas/Node"},
        },
    },
    "Forest": {
        "type": "object",
        "description": "Trees.",
        "properties": {
            "trees": {
                "type": "array",
                "description": "Roots.",
                "items": {"$ref": "#/components/schemas/Tree"},
            }
        },
    },
    "Tree": {
        "type": "object",
        "description": "A tree.",
        "properties": {"forest": {"$ref": "#/components/schemas/Forest"}},
    },
}


def test_self_referencing_model_generates_and_works(
    capsys: pytest.CaptureFixture[str], workdir: Path, tmp_path: Path
) -> None:
    doc = _with_response_ref("#/components/schemas/Node")
    doc["components"]["schemas"].update(RECURSIVE)
    spec = write_spec(workdir / "openapi.yaml", doc)
    out = tmp_path / "out-recursive"
    run = run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        "recursive_pkg",
        "--strict",
    )
    assert run.code == 0, run.err
    wire = {
        "name": "root",
        "children": [
            {"name": "a", "children": [{"name": "a1"}]},
            {"name": "b", "parent": {"name": "root"}},
        ],
    }
    with imported(out, "recursive_pkg") as modules:
        models = modules["recursive_pkg.models"]
        node = models.Node.model_validate(wire)
        assert node.children[0].children[0].name == "a1"
        assert node.model_dump(mode="json", exclude_unset=True) == wire
        forest = models.Forest.model_validate({"trees": [{"forest": {"trees": []}}]})
        assert forest.trees[0].forest.trees == []

        package = modules["recursive_pkg"]
        client_class = getattr(
            package,
            package.__all__[
                [n.startswith("Tiny") for n in package.__all__].index(True)
            ],
        )
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=wire))
        with client_class(
            token="t",
            base_url="https://api.example.invalid",
            http_client=httpx.Client(transport=transport),
        ) as client:
            got = client.things.get("t1")
        assert got == node
