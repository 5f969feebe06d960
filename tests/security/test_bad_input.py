"""Protects users from bad input: every broken spec gives exit 2, a located message, no
traceback, and leaves an earlier output folder byte for byte as it was.

Each test runs ``generate --out <previous_out>``, where ``previous_out`` holds an earlier good
generation; the fixture itself asserts the folder (and what sits beside it) did not change.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import pytest

from .support import Run, run_cli, run_subprocess, snapshot

HEADER = 'openapi: 3.1.0\ninfo:\n  title: Bad\n  version: "1.0.0"\n'


def generate(
    capsys: pytest.CaptureFixture[str], spec: Path, out: Path, *extra: str
) -> Run:
    return run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        "bad",
        *extra,
    )


def only_problem(run: Run) -> dict[str, str]:
    """The single located problem of a run, as a dict of its parts."""
    run.assert_bad_input()
    assert len(run.located) == 1, run.err
    return run.located[0].groupdict()


# --- syntax --------------------------------------------------------------------------------


def test_yaml_syntax_error_names_line_and_column(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    spec = workdir / "api.yaml"
    spec.write_text(
        HEADER + "paths:\n  /a:\n    get: [unclosed\n  /b: {}\n", encoding="utf-8"
    )
    problem = only_problem(generate(capsys, spec, previous_out))
    assert problem["file"] == "api.yaml"
    assert problem["line"] == "8"  # where the parser gave up
    assert "invalid YAML" in problem["message"]


def test_json_syntax_error_names_line_and_column(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    spec = workdir / "api.json"
    spec.write_text(
        '{\n  "openapi": "3.1.0",\n  "info": {"title": "x",, "version": "1"}\n}\n',
        encoding="utf-8",
    )
    problem = only_problem(generate(capsys, spec, previous_out))
    assert (problem["file"], problem["line"], problem["col"]) == ("api.json", "3", "25")
    assert "invalid JSON" in problem["message"]


@pytest.mark.parametrize(
    "text", ["", "\n\n   \n", "\ufeff"], ids=["empty", "blank", "bom-only"]
)
def test_empty_file(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path, text: str
) -> None:
    spec = workdir / "api.yaml"
    spec.write_text(text, encoding="utf-8")
    problem = only_problem(generate(capsys, spec, previous_out))
    assert "empty" in problem["message"]


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"openapi: 3.1.0\x00\x00\x00info: {}\n",
        "openapi: 3.1.0\n".encode("utf-16"),
        b"\x7fELF\x02\x01\x01" + bytes(64),
    ],
    ids=["all-bytes", "png", "nul-in-text", "utf16", "elf"],
)
def test_binary_garbage(
    capsys: pytest.CaptureFixture[str],
    workdir: Path,
    previous_out: Path,
    data: bytes,
    suffix: str,
) -> None:
    spec = workdir / f"api{suffix}"
    spec.write_bytes(data)
    problem = only_problem(generate(capsys, spec, previous_out))
    assert problem["line"] == "1"


@pytest.mark.parametrize(
    "text",
    [
        "- just\n- a list\n",
        "42\n",
        "just a string\n",
        "null\n",
        "[1, 2]\n",
    ],
    ids=["list", "number", "string", "null", "flow-list"],
)
def test_document_that_is_not_a_mapping(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path, text: str
) -> None:
    spec = workdir / "api.yaml"
    spec.write_text(text, encoding="utf-8")
    only_problem(generate(capsys, spec, previous_out))


def test_missing_spec_file(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    problem = only_problem(generate(capsys, workdir / "nope.yaml", previous_out))
    assert "does not exist" in problem["message"]


# --- unsupported documents -----------------------------------------------------------------


def test_swagger_2_is_refused_with_how_to_convert(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    spec = workdir / "swagger.yaml"
    spec.write_text(
        'swagger: "2.0"\ninfo:\n  title: Old\n  version: "1"\npaths: {}\n',
        encoding="utf-8",
    )
    problem = only_problem(generate(capsys, spec, previous_out))
    assert problem["pointer"] == "#/swagger"
    assert (problem["line"], problem["col"]) == ("1", "1")
    assert "Swagger 2.0" in problem["message"] and "not supported" in problem["message"]
    assert "convert" in problem["hint"] and "OpenAPI 3" in problem["hint"]


@pytest.mark.parametrize("version", ["2.0", "4.0.0", "3.2", "three", "3.1"])
def test_unsupported_openapi_version(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path, version: str
) -> None:
    spec = workdir / "api.json"
    spec.write_text(
        json.dumps(
            {"openapi": version, "info": {"title": "x", "version": "1"}, "paths": {}}
        ),
        encoding="utf-8",
    )
    problem = only_problem(generate(capsys, spec, previous_out))
    assert problem["pointer"] == "#/openapi"


# --- unsafe YAML ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tagged",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/apply:subprocess.check_call [['touch', '{marker}']]",
        "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
        "!!python/name:os.system",
        "!!python/module:os",
        "!custom {{a: 1}}",
    ],
    ids=["apply-system", "apply-check-call", "new-popen", "name", "module", "custom"],
)
def test_unsafe_yaml_tags_are_refused_without_side_effect(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path, tagged: str
) -> None:
    marker = workdir / "MARKER"
    spec = workdir / "api.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo:\n  title: "
        + tagged.format(marker=marker)
        + '\n  version: "1"\npaths: {}\n',
        encoding="utf-8",
    )
    run = generate(capsys, spec, previous_out, "--allow-invalid")
    problem = only_problem(run)
    assert (problem["file"], problem["line"]) == ("api.yaml", "3")
    assert not marker.exists()
    if "python/" in tagged:
        assert "tag" in problem["hint"]


def test_unsafe_tag_in_a_referenced_file_is_refused(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    marker = workdir / "MARKER"
    (workdir / "schemas.yaml").write_text(
        f"Thing: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8"
    )
    spec = workdir / "api.yaml"
    spec.write_text(
        HEADER + "paths: {}\ncomponents:\n  schemas:\n    Thing:\n"
        "      $ref: 'schemas.yaml#/Thing'\n",
        encoding="utf-8",
    )
    problem = only_problem(generate(capsys, spec, previous_out))
    assert problem["file"] == "schemas.yaml"
    assert not marker.exists()


# --- resource exhaustion -------------------------------------------------------------------

MEMORY_LIMIT = 1 << 30  # address space the generator process may use at most


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _laughs(levels: int, key: str) -> str:
    """A billion-laughs document: ``levels`` aliases, each nine of the previous."""
    lines = [f"      x-l0: &l0 [{', '.join(['lol'] * 9)}]"]
    lines += [
        f"      x-l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]"
        for i in range(1, levels)
    ]
    return (
        HEADER
        + "paths: {}\ncomponents:\n  schemas:\n    Bomb:\n      type: object\n"
        + "\n".join(lines)
        + f"\n      {key}: *l{levels - 1}\n"
    )


def _mapping_laughs(levels: int) -> str:
    lines = [
        "      x-m0: &m0 {a: lol, b: lol, c: lol, d: lol, e: lol, f: lol, g: lol, h: lol}"
    ]
    lines += [
        "      x-m{0}: &m{0} {{a: *m{1}, b: *m{1}, c: *m{1}, d: *m{1}, e: *m{1}, f: *m{1}, "
        "g: *m{1}, h: *m{1}}}".format(i, i - 1)
        for i in range(1, levels)
    ]
    return (
        HEADER
        + "paths: {}\ncomponents:\n  schemas:\n    Bomb:\n"
        + "\n".join(lines)
        + "\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        _laughs(12, "enum"),
        _laughs(9, "x-more"),
        _mapping_laughs(10),
    ],
    ids=["lists-9^12-in-enum", "lists-9^9", "mappings-8^10"],
)
def test_yaml_alias_bomb_is_refused_quickly_in_bounded_memory(
    workdir: Path, previous_out: Path, text: str
) -> None:
    spec = workdir / "bomb.yaml"
    spec.write_text(text, encoding="utf-8")
    assert len(text) < 2_000  # a tiny file...
    started = time.monotonic()
    run = run_subprocess(
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(previous_out),
        "--package-name",
        "bad",
        "--allow-invalid",
        cwd=workdir,
        timeout=120,
        preexec=_limited,
    )
    elapsed = time.monotonic() - started
    run.assert_bad_input()  # ...refused, not a MemoryError or a kill
    assert "MemoryError" not in run.err
    assert any("nodes" in m["message"] for m in run.located), run.err
    assert elapsed < 30, f"took {elapsed:.1f} s"


def test_oversized_file_is_refused_before_it_is_read(
    workdir: Path, previous_out: Path
) -> None:
    spec = workdir / "huge.yaml"
    with spec.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(2 << 30)
    run = run_subprocess(
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(previous_out),
        "--package-name",
        "bad",
        cwd=workdir,
        timeout=120,
        preexec=_limited,
    )
    run.assert_bad_input()
    assert any("larger than" in m["message"] for m in run.located), run.err


def test_output_folder_not_written_by_the_generator_is_refused(
    capsys: pytest.CaptureFixture[str], workdir: Path
) -> None:
    """A wrong --out must not replace someone's project."""
    project = workdir / "project"
    (project / "src").mkdir(parents=True)
    (project / "src" / "main.py").write_text("print('mine')\n", encoding="utf-8")
    before = snapshot(project)
    run = generate(capsys, _good_spec(workdir), project)
    assert (
        run.code == 2 and run.err.startswith("error: ") and "Traceback" not in run.err
    )
    assert snapshot(project) == before
    assert not [p for p in workdir.iterdir() if p.name.startswith(".project.")]


# --- deep nesting --------------------------------------------------------------------------

DEPTH = 5_000


def _deep_yaml_flow(depth: int) -> str:
    schema = "{type: object, properties: {p: " * depth + "{type: string}" + "}}" * depth
    return HEADER + f"paths: {{}}\ncomponents:\n  schemas:\n    Deep: {schema}\n"


def _deep_yaml_block(depth: int) -> str:
    # One more space per level keeps a thousand levels at half a megabyte.
    lines = [HEADER + "paths: {}\ncomponents:\n  schemas:\n    Deep:"]
    lines += [" " * (5 + i) + "a:" for i in range(depth)]
    return "\n".join(lines) + " 1\n"


def _deep_json(depth: int) -> str:
    head = '{"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": {},\n'
    body = '"components": {"schemas": {"Deep":\n'
    body += '{"type": "object", "properties": {"p":\n' * depth + '{"type": "string"}'
    return head + body + "}}\n" * depth + "}}}\n"


def _deep_json_arrays(depth: int) -> str:
    return (
        '{"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": {}, '
        '"x-deep": ' + "[" * depth + "]" * depth + "}"
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.yaml", _deep_yaml_flow(DEPTH)),
        ("deep.yaml", _deep_yaml_block(1_000)),
        ("deep.json", _deep_json(DEPTH)),
        ("deep.json", _deep_json_arrays(100_000)),
    ],
    ids=["yaml-flow-5000", "yaml-block-1000", "json-5000", "json-arrays-100000"],
)
def test_deep_nesting_is_a_located_error(
    capsys: pytest.CaptureFixture[str],
    workdir: Path,
    previous_out: Path,
    name: str,
    text: str,
) -> None:
    spec = workdir / name
    spec.write_text(text, encoding="utf-8")
    run = generate(capsys, spec, previous_out, "--allow-invalid")
    problem = only_problem(run)
    assert problem["file"] == name
    assert "nest" in problem["message"] + problem["hint"]
    assert "RecursionError" not in run.err


@pytest.mark.parametrize(
    "text",
    [
        HEADER + "paths: {}\nx-deep: " + "[" * 100_000 + "]" * 100_000 + "\n",
        HEADER + "paths: {}\nx-deep: " + "{a: " * 100_000 + "1" + "}" * 100_000 + "\n",
    ],
    ids=["sequences", "mappings"],
)
def test_very_deep_yaml_does_not_crash_the_process(
    workdir: Path, previous_out: Path, text: str
) -> None:
    spec = workdir / "deep.yaml"
    spec.write_text(text, encoding="utf-8")
    run = run_subprocess("validate", "--spec", str(spec), cwd=workdir, timeout=120)
    assert run.code == 2, f"exit {run.code} (negative: killed by a signal)\n{run.err}"
    run.assert_bad_input()


def test_deep_nesting_error_points_at_the_line_where_it_happens(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    spec = workdir / "deep.yaml"
    spec.write_text(_deep_yaml_block(3_000), encoding="utf-8")
    problem = only_problem(generate(capsys, spec, previous_out))
    # Line 9 holds the first `a:`; the loader refuses the level past its limit of 128.
    assert 100 < int(problem["line"]) < 200, problem


# --- structurally broken documents ---------------------------------------------------------

OK_RESPONSES = {"200": {"description": "ok"}}
BROKEN = {
    "path-item-null": ({"/a": None}, "#/paths/~1a"),
    "path-item-string": ({"/a": "x"}, "#/paths/~1a"),
    "unclosed-brace": (
        {"/a/{b": {"get": {"responses": OK_RESPONSES}}},
        "#/paths/~1a~1{b",
    ),
    "bracket-in-brace": (
        {"/a/{b[c}": {"get": {"responses": OK_RESPONSES}}},
        "#/paths/~1a~1{b[c}",
    ),
    "lone-closing-brace": (
        {"/a/}": {"get": {"responses": OK_RESPONSES}}},
        "#/paths/~1a~1}",
    ),
    "responses-null": (
        {"/a": {"get": {"responses": None}}},
        "#/paths/~1a/get/responses",
    ),
    "parameter-null": (
        {"/a": {"get": {"parameters": [None], "responses": OK_RESPONSES}}},
        "#/paths/~1a/get/parameters/0",
    ),
    "required-not-names": (
        {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": [{"a": 1}],
                                        "properties": {},
                                    }
                                }
                            },
                        }
                    }
                }
            }
        },
        "#/paths/~1a/get/responses/200",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_structurally_broken_document_is_located(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path, case: str
) -> None:
    paths, pointer = BROKEN[case]
    spec = workdir / "api.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "x", "version": "1"},
                "paths": paths,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    run = generate(capsys, spec, previous_out)
    run.assert_bad_input()
    assert "internal failure" not in run.err, run.err
    assert any(m["pointer"].startswith(pointer) for m in run.located), run.err


# --- every problem at once -----------------------------------------------------------------

ALL_AT_ONCE = HEADER + """\
paths:
  /users/{user_id}:
    get:
      operationId: getUser
      responses:
        "200":
          description: ok
  /teams/{team_id}:
    parameters:
      - name: team_id
        in: path
        schema:
          type: string
    get:
      operationId: getUser
      parameters:
        - name: size
          in: query
          schema:
            type: integer
            default: big
      responses:
        "200":
          description: ok
        "20O":
          description: a typo
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Missing"
components:
  schemas:
    Team:
      type: object
      properties:
        name:
          type: string
          default: 42
"""


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1


def test_every_validation_problem_is_reported_at_once(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    spec = workdir / "api.yaml"
    spec.write_text(ALL_AT_ONCE, encoding="utf-8")
    run = generate(capsys, spec, previous_out)
    run.assert_bad_input()
    found = {(m["pointer"], int(m["line"])): m["message"] for m in run.located}
    text = ALL_AT_ONCE
    expected = {
        # undeclared path parameter
        ("#/paths/~1users~1{user_id}/get", _line_of(text, "get:")): "'user_id'",
        # duplicate operationId
        (
            "#/paths/~1teams~1{team_id}/get/operationId",
            _line_of(text, "operationId", 2),
        ): "'getUser'",
        # invalid defaults, in a parameter and in a component
        (
            "#/paths/~1teams~1{team_id}/get/parameters/0/schema/default",
            _line_of(text, "default: big"),
        ): "default",
        (
            "#/components/schemas/Team/properties/name/default",
            _line_of(text, "default: 42"),
        ): "default",
        # a path parameter that is not required
        (
            "#/paths/~1teams~1{team_id}/parameters/0",
            _line_of(text, "- name: team_id"),
        ): "required",
        # a status code that is not one
        (
            "#/paths/~1teams~1{team_id}/get/responses/20O",
            _line_of(text, '"20O"'),
        ): "20O",
        # a reference to nothing
        (
            "#/paths/~1teams~1{team_id}/get/responses/20O/content/application~1json/schema/$ref",
            _line_of(text, "$ref"),
        ): "Missing",
    }
    for (pointer, line), words in expected.items():
        assert (
            pointer,
            line,
        ) in found, f"{pointer} at line {line} missing from:\n{run.err}"
        assert words in found[(pointer, line)]
    assert all(m["file"] == "api.yaml" and int(m["col"]) >= 1 for m in run.located)
    assert f"{len(run.located)} problems found" in run.err


def test_allow_invalid_repairs_or_leaves_out_what_one_operation_breaks(
    capsys: pytest.CaptureFixture[str], workdir: Path, tmp_path: Path
) -> None:
    """A third-party spec is never refused whole for one bad operation: each problem is a
    warning that says what the client does instead, and the rest is generated."""
    spec = workdir / "api.yaml"
    spec.write_text(ALL_AT_ONCE, encoding="utf-8")
    out = tmp_path / "repaired"
    run = generate(capsys, spec, out, "--allow-invalid")
    assert run.code == 0, run.err
    hints = {(m["pointer"], m["hint"]) for m in run.located}
    assert (
        "#/paths/~1users~1{user_id}/get",
        "it becomes a required string parameter",
    ) in hints
    assert (
        "#/paths/~1teams~1{team_id}/get/operationId",
        "this one is generated as 'getUser_2'",
    ) in hints
    assert ("#/paths/~1teams~1{team_id}/parameters/0", "it is made required") in hints
    assert (
        "#/paths/~1teams~1{team_id}/get/responses/20O/content/application~1json/schema/$ref",
        "the operation is left out of the client",
    ) in hints
    resource = (out / "src" / "bad" / "resources" / "default.py").read_text(
        encoding="utf-8"
    )
    assert (
        "def get_user(self, user_id: str," in resource
    )  # the undeclared parameter, a str
    assert "def get_user_2" not in resource  # left out: its response names nothing


# --- unexpected failures -------------------------------------------------------------------

STAGES = [
    "generator.spec.load_spec",
    "generator.validate.validate",
    "generator.plan.plan_models",
    "generator.models.build_models",
    "generator.parse.parse",
    "generator.render.render",
    "generator.format.format_files",
]


def _good_spec(workdir: Path) -> Path:
    spec = workdir / "api.yaml"
    spec.write_text(
        HEADER + "paths:\n  /ping:\n    get:\n      operationId: ping\n"
        "      responses:\n        '204':\n          description: pong\n",
        encoding="utf-8",
    )
    return spec


def _patch_stage(
    monkeypatch: pytest.MonkeyPatch, target: str, error: BaseException
) -> None:
    """Make one stage raise, wherever the pipeline looks it up."""
    module_name, name = target.rsplit(".", 1)

    def boom(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(f"{module_name}.{name}", boom)
    pipeline = sys.modules["generator.pipeline"]
    if hasattr(pipeline, name):  # imported by name at module level
        monkeypatch.setattr(pipeline, name, boom)


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize(
    "error",
    [
        RuntimeError("boom"),
        KeyError("boom"),
        RecursionError("boom"),
        AttributeError("boom"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_unexpected_exception_is_one_short_error(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    workdir: Path,
    previous_out: Path,
    stage: str,
    error: BaseException,
) -> None:
    import generator.pipeline  # noqa: F401  (the module _patch_stage reaches into)

    _patch_stage(monkeypatch, stage, error)
    run = generate(capsys, _good_spec(workdir), previous_out)
    assert run.code == 2
    assert "Traceback" not in run.err
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.err
    assert type(error).__name__ in lines[0] and "--debug" in lines[0]
    assert len(lines[0]) < 300


@pytest.mark.parametrize("stage", [STAGES[0], STAGES[3], STAGES[6]])
def test_debug_shows_the_traceback(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    workdir: Path,
    previous_out: Path,
    stage: str,
) -> None:
    import generator.pipeline  # noqa: F401

    _patch_stage(monkeypatch, stage, RuntimeError("boom"))
    run = generate(capsys, _good_spec(workdir), previous_out, "--debug")
    assert run.code == 2
    assert "Traceback (most recent call last)" in run.err
    assert "RuntimeError: boom" in run.err


@pytest.mark.parametrize("stage", STAGES)
def test_the_message_names_the_stage_that_failed(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    workdir: Path,
    previous_out: Path,
    stage: str,
) -> None:
    import generator.pipeline  # noqa: F401

    _patch_stage(monkeypatch, stage, RuntimeError("boom"))
    run = generate(capsys, _good_spec(workdir), previous_out)
    name = {
        "spec": "load",
        "validate": "validate",
        "plan": "plan",
        "models": "models",
        "parse": "parse",
        "render": "render",
        "format": "format",
    }[stage.split(".")[1]]
    assert f"error: internal failure: the {name} stage failed" in run.err, run.err


def test_a_failure_inside_an_operation_is_located_at_it(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    workdir: Path,
    previous_out: Path,
) -> None:
    """The message says which stage and which operation; --debug shows the frame that raised."""
    from generator.parse import resources

    def boom(*args: object, **kwargs: object) -> None:
        {}[{"unhashable": "key"}]  # type: ignore[index]  # a TypeError raised deep in a stage

    monkeypatch.setattr(resources, "operation", boom)
    run = generate(capsys, _good_spec(workdir), previous_out)
    assert run.code == 2
    assert (
        "error: internal failure: the parse stage failed at api.yaml:7 "
        "(#/paths/~1ping/get): TypeError: unhashable type: 'dict'"
    ) in run.err, run.err
    debug = generate(capsys, _good_spec(workdir), previous_out, "--debug")
    assert (
        "in boom" in debug.err
        and "while processing the spec at #/paths/~1ping/get" in debug.err
    )


def test_failure_while_writing_leaves_the_old_output(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    workdir: Path,
    previous_out: Path,
) -> None:
    """A failure half-way through writing the new tree: the old one stays, no staging left."""
    from generator import write

    real = write.safe_relative
    calls: list[str] = []

    def fail_on_third(relative: str) -> Path:
        calls.append(relative)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(relative)

    monkeypatch.setattr(write, "safe_relative", fail_on_third)
    run = generate(capsys, _good_spec(workdir), previous_out)
    assert run.code == 2 and "Traceback" not in run.err
    assert len(calls) == 3


def test_a_real_process_prints_no_traceback(workdir: Path, previous_out: Path) -> None:
    """The same contract outside pytest: a YAML error in a real ``python -m generator``."""
    spec = workdir / "api.yaml"
    spec.write_text(HEADER + "paths: [\n", encoding="utf-8")
    run = run_subprocess(
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(previous_out),
        "--package-name",
        "bad",
        cwd=workdir,
    )
    run.assert_bad_input()
    assert run.located[0]["file"] == "api.yaml"
