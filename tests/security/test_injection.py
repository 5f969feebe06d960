"""Protects the rule that spec text never becomes code.

One spec (``injection.hostile_spec``) puts quotes, triple quotes, backslashes, line breaks of
every kind, Jinja delimiters and ``__import__('os').system('touch MARKER')`` in every field that
reaches generated code. It is generated with ``--allow-invalid`` next to a clean spec of the same
shape, and the two outputs are compared: the hostile one may hold no call, name or import the
clean one does not, importing and using it must not create MARKER, and the values that are data
(defaults, enums, consts, wire names, the base URL) must come back exactly.
"""

from __future__ import annotations

import ast
import inspect
import io
import json
import sys
import tokenize
import tomllib
import typing
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from generator import pipeline
from generator.config import Options
from generator.signatures import url_path
from tests.snapshot_support import models_source

from . import injection
from .support import (
    called_names,
    imported,
    imported_modules,
    minimal_spec,
    python_files,
    run_cli,
    snapshot,
    write_spec,
)

# Callees and names that would mean spec text turned into behaviour.
DANGEROUS = frozenset(
    {
        "__import__",
        "eval",
        "exec",
        "system",
        "compile",
        "open",
        "popen",
        "getattr",
        "setattr",
        "globals",
        "locals",
        "vars",
        "breakpoint",
        "input",
        "os",
        "subprocess",
        "sys",
        "builtins",
        "importlib",
        "run",
        "call",
        "check_call",
        "check_output",
        "Popen",
        "spawn",
        "execv",
        "fork",
        "remove",
        "unlink",
        "rmtree",
        "touch",
        "write_text",
        "write_bytes",
    }
)


@dataclass(frozen=True)
class Generated:
    out: Path
    package: str
    marker: Path
    warnings: tuple[Any, ...]


def _generate(
    root: Path, document: dict[str, Any], package: str, marker: Path, cache: Path
) -> Generated:
    spec = write_spec(root / "spec" / "openapi.json", document)
    out = root / "out"
    result = pipeline.generate(
        Options(
            spec=spec,
            out=out,
            package_name=package,
            allow_invalid=True,
            cache_dir=cache,
        )
    )
    return Generated(out, package, marker, result.warnings)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, black_cache: Path) -> Generated:
    root = tmp_path_factory.mktemp("hostile")
    marker = root / "MARKER"
    generated = _generate(
        root, injection.hostile_spec(marker), "inj_hostile", marker, black_cache
    )
    assert not marker.exists(), "generating alone ran spec text"
    return generated


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory, black_cache: Path) -> Generated:
    root = tmp_path_factory.mktemp("clean")
    return _generate(
        root, injection.clean_spec(), "inj_clean", root / "MARKER", black_cache
    )


def test_spec_text_cannot_break_the_package_metadata(
    hostile: Generated, clean: Generated
) -> None:
    # pyproject.toml becomes the wheel's METADATA headers: one line per value, or a
    # newline would forge a header.
    for generated in (hostile, clean):
        text = (generated.out / "pyproject.toml").read_text(encoding="utf-8")
        project = tomllib.loads(text)["project"]
        assert set(project) <= {
            "name", "version", "description", "readme", "requires-python",
            "license", "dependencies", "classifiers", "urls",
        }  # fmt: skip
        license_text = project["license"]["text"]
        assert "license name" in license_text and license_text.isprintable()
        for url in project.get("urls", {}).values():
            assert url.isprintable() and " " not in url
    # A URL with spaces or line breaks is left out (the clean spec's "plain ..." too).
    assert (
        "urls"
        not in tomllib.loads(
            (hostile.out / "pyproject.toml").read_text(encoding="utf-8")
        )["project"]
    )


def _trees(generated: Generated) -> dict[str, ast.Module]:
    return {
        path: ast.parse(text, filename=path)
        for path, text in python_files(generated.out).items()
    }


def test_every_generated_file_parses(hostile: Generated, clean: Generated) -> None:
    for generated in (hostile, clean):
        files = python_files(generated.out)
        assert any("/models/" in p and not p.endswith("__init__.py") for p in files)
        assert any("/resources/" in p and not p.endswith("__init__.py") for p in files)
        for path, text in files.items():
            ast.parse(text, filename=path)  # raises on any syntax error
            compile(text, path, "exec")


def _dangerous_calls(generated: Generated) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in python_files(generated.out).values():
        counts.update(n for n in called_names(text) if n in DANGEROUS)
    return counts


def _dangerous_names(generated: Generated) -> set[str]:
    """Every name or attribute in the code (not in strings) that is on the dangerous list."""
    found = set()
    for tree in _trees(generated).values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id in DANGEROUS:
                found.add(node.id)
            elif isinstance(node, ast.Attribute) and node.attr in DANGEROUS:
                found.add(node.attr)
    return found


def test_no_call_or_name_beyond_the_clean_baseline(
    hostile: Generated, clean: Generated
) -> None:
    hostile_calls, clean_calls = _dangerous_calls(hostile), _dangerous_calls(clean)
    for name, count in hostile_calls.items():
        assert (
            count <= clean_calls[name]
        ), f"{name}() called {count} times, baseline {clean_calls[name]}"
    assert _dangerous_names(hostile) <= _dangerous_names(clean)


def test_call_count_per_file_equals_the_baseline(
    hostile: Generated, clean: Generated
) -> None:
    """Same shape of spec, same number of calls in each file: nothing was smuggled in."""

    def per_role(generated: Generated) -> dict[str, int]:
        counts: dict[str, int] = {}
        for path, tree in _trees(generated).items():
            role = path.split("/", 2)[-1]
            if "/resources/" in path and not path.endswith("__init__.py"):
                role = "resources/<tag>.py"
            elif "/models/" in path and not path.endswith("__init__.py"):
                role = "models/<schema>.py"  # named after the (hostile) schema names
            counts[role] = counts.get(role, 0) + sum(
                isinstance(n, ast.Call) for n in ast.walk(tree)
            )
        return counts

    hostile_counts, clean_counts = per_role(hostile), per_role(clean)
    assert hostile_counts.keys() == clean_counts.keys()
    differing = {
        role: (hostile_counts[role], clean_counts[role])
        for role in hostile_counts
        if role != "resources/<tag>.py" and hostile_counts[role] != clean_counts[role]
    }
    assert not differing, f"calls per file (hostile, clean): {differing}"


def test_imports_only_from_the_allow_list(hostile: Generated, clean: Generated) -> None:
    allowed = set(sys.stdlib_module_names) | {"httpx", "pydantic"}
    for generated in (hostile, clean):
        for path, text in python_files(generated.out).items():
            depth = (
                path.count("/") - 2
            )  # src/<package>/x.py is 0, src/<package>/resources/y.py 1
            for level, module in imported_modules(text):
                if level:
                    assert (
                        level <= depth + 1
                    ), f"{path}: relative import leaves the package"
                    continue
                top = module.split(".")[0]
                assert (
                    top in allowed or top == generated.package
                ), f"{path} imports {module}"


@pytest.fixture(scope="module")
def hostile_modules(hostile: Generated) -> Iterator[dict[str, ModuleType]]:
    with imported(hostile.out, hostile.package) as modules:
        yield modules


def _client_class(modules: dict[str, ModuleType], package: str) -> type[Any]:
    runtime = modules[f"{package}._runtime"]
    init = modules[package]
    [client] = [
        getattr(init, n)
        for n in init.__all__
        if isinstance(getattr(init, n), type)
        and issubclass(getattr(init, n), runtime.SyncAPIClient)
    ]
    return client


def _resource_methods(resource: Any) -> dict[str, Any]:
    return {
        name: getattr(resource, name)
        for name, value in vars(type(resource)).items()
        if inspect.isfunction(value) and not name.startswith("_")
    }


def test_importing_and_calling_runs_no_spec_text(
    hostile: Generated, hostile_modules: dict[str, ModuleType]
) -> None:
    marker = hostile.marker
    assert not marker.exists(), "importing ran spec text"
    requests: list[httpx.Request] = []
    models = hostile_modules[f"{hostile.package}.models"]
    [body_model] = [
        c
        for c in vars(models).values()
        if isinstance(c, type)
        and issubclass(c, pydantic.BaseModel)
        and "choice" in c.model_fields
        and "nested" in c.model_fields
    ]
    prop = next(
        name
        for name, f in body_model.model_fields.items()
        if f.serialization_alias and f.serialization_alias.startswith("property ")
    )
    alias = body_model.model_fields[prop].serialization_alias

    def handler(request: httpx.Request) -> httpx.Response:
        # A copy: the runtime takes the token back off the live request once it is sent.
        requests.append(
            httpx.Request(request.method, request.url, headers=request.headers.copy())
        )
        if request.method == "PUT":
            return httpx.Response(204)
        return httpx.Response(200, json={alias: "echo"})

    client_class = _client_class(hostile_modules, hostile.package)
    attributes = [
        n for n, v in vars(client_class).items() if isinstance(v, cached_property)
    ]
    assert len(attributes) == 1
    with client_class(
        token="secret",
        base_url="https://api.example.invalid",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    ) as client:
        resource = getattr(client, attributes[0])
        methods = _resource_methods(resource)
        assert len(methods) >= 3, methods  # post, put, and put's per-variant method
        for name, method in methods.items():
            signature = inspect.signature(method)
            hints = typing.get_type_hints(method)
            args: dict[str, Any] = {}
            for param in signature.parameters.values():
                if param.kind is param.VAR_KEYWORD or param.name.startswith(
                    "variant_field"
                ):
                    continue
                if param.name == "body":
                    args["body"] = _sample(hints["body"], {prop: "x"})
                elif param.name.startswith(
                    "query_param"
                ):  # its enum's first (hostile) value
                    args[param.name] = _literal_args(hints[param.name])[0]
                else:  # path parameters, the header parameter
                    args[param.name] = "v"
            method(**args)
            assert not marker.exists(), f"calling {name}() ran spec text"
    assert len(requests) == len(methods)
    post = next(r for r in requests if r.method == "POST")
    assert post.url.raw_path.startswith(b"/items/v/")
    # wire names and values travel exactly as the spec wrote them
    query = dict(post.url.params)
    assert query[injection.payload(marker, "query param")] == injection.payload(
        marker, "enum a"
    )
    assert (
        post.headers[injection.header_name(injection.payload(marker, "api key"))]
        == "secret"
    )
    assert (
        post.headers[injection.header_name(injection.payload(marker, "header param"))]
        == "v"
    )
    assert not marker.exists()


def _sample(annotation: Any, data: dict[str, Any]) -> Any:
    """A valid instance of a body annotation: a model, or a one-member discriminated union."""
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        fields = annotation.model_fields
        if "kind" in fields:  # the discriminator: its one Literal value
            return annotation(kind=_literal_args(fields["kind"].annotation)[0])
        return annotation(**data)
    raise AssertionError(f"unexpected body type {annotation!r}")


def test_wire_texts_round_trip(
    hostile: Generated, hostile_modules: dict[str, ModuleType]
) -> None:
    """Text that is data in the output comes back exactly as the spec wrote it."""
    marker, package = hostile.marker, hostile.package
    version = hostile_modules[f"{package}._version"]
    assert version.__api_version__ == injection.payload(marker, "info version")
    client = hostile_modules[f"{package}._client"]
    base_url = "https://api.example.invalid/" + injection.payload(marker, "server url")
    assert base_url == client._BASE_URL
    [resources] = [m for n, m in hostile_modules.items() if ".resources." in n]
    paths = {v.path for v in vars(resources).values() if type(v).__name__ == "Endpoint"}
    # The path as sent: the spec's text, percent-encoded between its placeholders.
    spec_path = injection.path_key(injection.payload(marker, "path key"))
    assert url_path(spec_path) in paths
    sent = {urllib.parse.unquote(p) for p in paths}
    assert urllib.parse.unquote(spec_path) in sent


def _literal_args(annotation: Any) -> tuple[Any, ...]:
    """The values of the Literal inside ``Literal[...] | None`` (or a bare Literal)."""
    for arg in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(arg) is typing.Literal:
            return typing.get_args(arg)
    raise AssertionError(f"no Literal in {annotation!r}")


def test_enum_and_const_values_round_trip(
    hostile: Generated, hostile_modules: dict[str, ModuleType]
) -> None:
    marker = hostile.marker
    models = hostile_modules[f"{hostile.package}.models"]
    enum_values = (
        injection.payload(marker, "enum a"),
        injection.payload(marker, "enum b"),
        "plain",
    )
    plain = models.Plain.model_fields
    assert _literal_args(plain["choice"].annotation) == enum_values
    assert _literal_args(plain["fixed"].annotation) == (
        injection.payload(marker, "plain const"),
    )
    assert _literal_args(plain["number"].annotation) == (1, 2, 3)
    hostile_model = next(
        c
        for c in vars(models).values()
        if isinstance(c, type)
        and issubclass(c, pydantic.BaseModel)
        and "nested" in c.model_fields
    )
    assert _literal_args(hostile_model.model_fields["choice"].annotation) == enum_values
    assert _literal_args(hostile_model.model_fields["fixed"].annotation) == (
        injection.payload(marker, "const"),
    )
    # and they validate: the generated model accepts exactly those values
    for value in enum_values:
        assert models.Plain(choice=value).choice == value
    with pytest.raises(pydantic.ValidationError):
        models.Plain(choice=enum_values[0] + " ")


def test_defaults_and_patterns_round_trip(
    hostile: Generated, hostile_modules: dict[str, ModuleType]
) -> None:
    marker = hostile.marker
    plain = hostile_modules[f"{hostile.package}.models"].Plain
    fields = plain.model_fields
    assert fields["defaulted"].default == injection.payload(marker, "plain default")
    assert fields["number"].default == 2
    assert fields["listed"].default == [injection.payload(marker, "list default"), ""]
    patterns = [
        m.pattern for m in fields["patterned"].metadata if hasattr(m, "pattern")
    ]
    assert patterns == [injection.PATTERN]
    assert plain(patterned='"""\\\n{}%#').patterned == '"""\\\n{}%#'
    with pytest.raises(pydantic.ValidationError):
        plain(patterned="x")
    assert plain().defaulted == injection.payload(marker, "plain default")


def test_defaults_under_hostile_names_round_trip(
    hostile: Generated, hostile_modules: dict[str, ModuleType]
) -> None:
    models = hostile_modules[f"{hostile.package}.models"]
    model = next(
        c
        for c in vars(models).values()
        if isinstance(c, type)
        and issubclass(c, pydantic.BaseModel)
        and "nested" in c.model_fields
    )
    assert model.model_fields["defaulted"].default == injection.payload(
        hostile.marker, "default"
    )


@pytest.mark.parametrize("name", ["a%25b", "tab\there", "line\nbreak"])
def test_valid_default_under_an_unusual_property_name_is_valid(
    capsys: pytest.CaptureFixture[str], workdir: Path, name: str
) -> None:
    doc = minimal_spec()
    doc["components"]["schemas"]["Thing"]["properties"][name] = {
        "type": "string",
        "default": "ok",
        "description": "Unusual name.",
    }
    spec = write_spec(workdir / "openapi.json", doc)
    run = run_cli(capsys, "validate", "--spec", str(spec))
    assert run.code == 0, run.err


def test_spec_text_lands_only_in_strings_and_comments(hostile: Generated) -> None:
    """Every token of the output that holds the marker path is a string literal or a comment."""
    marker = str(hostile.marker)
    seen = 0
    for path, text in python_files(hostile.out).items():
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if marker in token.string:
                seen += 1
                assert token.type in (tokenize.STRING, tokenize.COMMENT), (
                    path,
                    tokenize.tok_name[token.type],
                    token.start,
                )
    assert seen > 20  # the payload did reach the output, as data


def test_long_tag_name_generates(
    capsys: pytest.CaptureFixture[str], workdir: Path, tmp_path: Path
) -> None:
    doc = minimal_spec()
    doc["paths"]["/things/{thing_id}"]["get"]["tags"] = ["very long tag " * 25]
    spec = write_spec(workdir / "openapi.yaml", doc)
    out = tmp_path / "out-long"
    run = run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        "longtag",
    )
    assert run.code == 0, run.err
    assert all(len(p.name.encode()) <= 255 for p in out.rglob("*"))


def test_problem_output_cannot_be_forged_by_spec_keys(
    capsys: pytest.CaptureFixture[str], workdir: Path
) -> None:
    doc = minimal_spec()
    forged = "/x\nforged.yaml:1:1: #: everything is fine; relax\x1b[2J"
    doc["paths"][forged] = {"get": {"responses": {"200": {"description": "ok"}}}}
    spec = write_spec(workdir / "openapi.json", doc)
    run = run_cli(capsys, "validate", "--spec", str(spec))
    assert "\x1b" not in run.err
    assert not any(
        line.startswith("forged.yaml") for line in run.err.splitlines()
    ), run.err


def test_placeholder_with_a_slash(
    capsys: pytest.CaptureFixture[str], workdir: Path, tmp_path: Path
) -> None:
    doc = minimal_spec()
    doc["paths"]["/files/{dir/name}"] = {
        "get": {
            "operationId": "getFile",
            "tags": ["files"],
            "responses": {"204": {"description": "ok"}},
        }
    }
    spec = write_spec(workdir / "openapi.json", doc)
    out = tmp_path / "out-slash"
    run = run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        "slash",
        "--allow-invalid",
    )
    if run.code == 2:  # refusing it, located, is as good as serving it
        assert any("dir/name" in m["message"] for m in run.located), run.err
        return
    assert run.code == 0, run.err
    with imported(out, "slash") as modules:
        client_class = _client_class(modules, "slash")
        seen: list[httpx.Request] = []
        transport = httpx.MockTransport(
            lambda request: seen.append(request) or httpx.Response(204)
        )
        with client_class(
            token="t",
            base_url="https://api.example.invalid",
            http_client=httpx.Client(transport=transport),
        ) as client:
            [method] = _resource_methods(client.files).values()
            # --allow-invalid declared the undeclared parameter: a required string
            method("a/b")
    assert seen[0].url.raw_path == b"/files/a%2Fb"


@pytest.mark.parametrize("field", ["description", "summary", "path"])
def test_nul_in_prose(
    capsys: pytest.CaptureFixture[str], workdir: Path, tmp_path: Path, field: str
) -> None:
    doc = minimal_spec()
    if field == "path":
        doc["paths"]["/nul\u0000here"] = {
            "get": {
                "operationId": "nul",
                "tags": ["things"],
                "responses": {"204": {"description": "ok"}},
            }
        }
    else:
        doc["paths"]["/things/{thing_id}"]["get"][field] = "before\u0000after"
    spec = write_spec(workdir / "openapi.json", doc)
    out = tmp_path / "out-nul"
    run = run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        "nul",
        "--allow-invalid",
    )
    """Python source cannot hold NUL: it must be escaped (or refused with a location)."""
    if run.code == 2:  # a located refusal is as good as an escaped character
        assert run.located, run.err
        return
    with imported(out, "nul"):
        pass


def test_lone_surrogate_in_prose(
    capsys: pytest.CaptureFixture[str], workdir: Path, tmp_path: Path
) -> None:
    spec = workdir / "openapi.json"
    text = json.dumps(minimal_spec(), indent=2).replace(
        '"operationId": "getThing"',
        '"operationId": "getThing",\n' '"description": "lone \\ud800 half"',
    )
    spec.write_text(text, encoding="utf-8")
    out = tmp_path / "out-surrogate"
    run = run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        "surrogate",
        "--allow-invalid",
    )
    assert "internal failure" not in run.err, run.err
    if run.code == 2:
        assert run.located, run.err
        return
    with imported(out, "surrogate"):
        pass


# --- code-bearing extensions ---------------------------------------------------------------

CODE_BEARING = {
    "customTypePath": "os.system",
    "x-python-type": "__import__('os').system('touch MARKER')",
    "x-python-import": "os",
    "customBasePath": "subprocess.Popen",
}


def _code_bearing_spec() -> tuple[str, dict[str, int]]:
    """A YAML spec with each code-bearing key once, and the line each sits on."""
    lines = [
        "openapi: 3.1.0",
        'info: {title: Ext, version: "1"}',
        "paths: {/things: {get: {operationId: listThings, responses: {'200': {",
        "  description: ok, content: {application/json: {schema: {",
        "    $ref: '#/components/schemas/Thing'}}}}}}}}",
        "components:",
        "  schemas:",
        "    Thing:",
        "      type: object",
        "      description: A thing.",
        '      customBasePath: "subprocess.Popen"',
        "      properties:",
        "        a:",
        "          type: string",
        "          description: A.",
        '          customTypePath: "os.system"',
        "        b:",
        "          type: string",
        "          description: B.",
        "          x-python-type: \"__import__('os').system('touch MARKER')\"",
        '          x-python-import: "os"',
        "        customTypePath:",
        "          type: string",
        "          description: a property that happens to carry the name",
    ]
    where = {
        key: next(
            i + 1 for i, line in enumerate(lines) if line.strip().startswith(key + ":")
        )
        for key in CODE_BEARING
    }
    return "\n".join(lines) + "\n", where


def test_code_bearing_extensions_are_removed_with_located_warnings(
    capsys: pytest.CaptureFixture[str], workdir: Path, tmp_path: Path
) -> None:
    text, where = _code_bearing_spec()
    spec = workdir / "api.yaml"
    spec.write_text(text.replace("MARKER", str(workdir / "MARKER")), encoding="utf-8")
    out = tmp_path / "out-ext"
    run = run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        "ext",
    )
    assert run.code == 0, run.err
    warnings = {
        m["pointer"].rsplit("/", 1)[-1]: m
        for m in run.located
        if "warning:" in m["message"] and "removed" in m["message"]
    }
    assert warnings.keys() == CODE_BEARING.keys(), run.err
    for key, match in warnings.items():
        assert (match["file"], int(match["line"])) == (
            "api.yaml",
            where[key],
        ), match.group(0)
    models = models_source(out / "src" / "ext")
    assert (
        "os.system" not in models
        and "subprocess" not in models
        and "import os" not in models
    )
    with imported(out, "ext") as modules:
        thing = modules["ext.models"].Thing
        # the property *named* customTypePath is data, not a keyword: it stays
        assert "custom_type_path" in thing.model_fields
        assert thing.model_fields["a"].annotation == str | None
    assert not (workdir / "MARKER").exists()


def test_code_bearing_extensions_are_errors_under_strict(
    capsys: pytest.CaptureFixture[str], workdir: Path, previous_out: Path
) -> None:
    text, where = _code_bearing_spec()
    spec = workdir / "api.yaml"
    spec.write_text(text, encoding="utf-8")
    run = run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(previous_out),
        "--package-name",
        "ext",
        "--strict",
    )
    run.assert_bad_input()
    errors = {
        m["pointer"].rsplit("/", 1)[-1]: int(m["line"])
        for m in run.located
        if "removed" in m["message"] and "warning:" not in m["message"]
    }
    assert errors == where, run.err


def test_hostile_output_is_deterministic(
    hostile: Generated, tmp_path: Path, black_cache: Path
) -> None:
    """Generating the hostile spec twice gives the same bytes (no dict-order or clock leaks)."""
    again = _generate(
        tmp_path,
        injection.hostile_spec(hostile.marker),
        hostile.package,
        hostile.marker,
        black_cache,
    )
    assert snapshot(again.out) == snapshot(hostile.out)
