"""Protects the generator against real-world specs (the shared corpus folder, read-only).

Each spec is generated with ``--allow-invalid`` into a temporary folder. A spec either
generates a package that imports (every module), passes ``mypy --strict`` and has exactly one
method per operation, or is refused with located errors. The ``opc-err-*`` specs are broken on
purpose: each must be refused (exit 2) with a message naming the broken place.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec import pointer as jp

from ..security.support import Run, imported, imported_modules, python_files, run_cli
from .conftest import CORPUS_DIR, Row

PACKAGE = "corpus_client"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Refused:
    """A spec that must be refused: each (pointer, line, column, words) must be reported."""

    problems: tuple[tuple[str, int, int, str], ...]
    generates_when_invalid_allowed: bool = False


GENERATES = "generates"
EXPECTED: dict[str, Any] = {
    "petstore3-swagger.yaml": GENERATES,
    "oai-petstore-expanded.yaml": GENERATES,
    "opc-e2e-baseline_openapi_3.1.yaml": GENERATES,
    "twilio_messaging_v1.json": GENERATES,
    "twilio_api_v2010.json": GENERATES,
    "large/github-api-2022-06-11.json": GENERATES,
    "large/stripe-spec3-2023-09-12.yaml": GENERATES,
    # With --allow-invalid, a problem confined to one operation is repaired or the operation
    # is left out, with a warning: a spec is never refused whole for one bad operation.
    "opc-err-bad-status-code.yaml": Refused(
        (("#/paths/~1/get/responses/abcdef", 9, 9, "not an HTTP status code"),),
        generates_when_invalid_allowed=True,
    ),
    "opc-err-circular-body-ref.yaml": Refused(
        (
            ("#/paths/~1/post/requestBody/$ref", 9, 9, "cycle"),
            ("#/components/requestBodies/body/$ref", 20, 11, "cycle"),
        ),
        generates_when_invalid_allowed=True,
    ),
    "opc-err-missing-body-ref.yaml": Refused(
        (("#/paths/~1/post/requestBody/$ref", 9, 9, "names nothing"),),
        generates_when_invalid_allowed=True,
    ),
    "opc-err-optional-path-param.yaml": Refused(
        (("#/paths/~1{optional}/get/parameters/0", 9, 11, "not marked required"),),
        generates_when_invalid_allowed=True,
    ),
    # Invalid defaults are errors; --allow-invalid leaves them out of the code, with a warning.
    "opc-err-invalid-uuid-defaults.yaml": Refused(
        (
            ("#/paths/~1/post/parameters/0/schema/default", 15, 13, "not a 'uuid'"),
            (
                "#/paths/~1/put/parameters/0/schema/default",
                27,
                13,
                "not of type 'string'",
            ),
        ),
        generates_when_invalid_allowed=True,
    ),
}
# Slow: only under CORPUS=all (`make corpus`). large/ holds Stripe's and GitHub's specs.
SLOW = {"twilio_api_v2010.json"}
LARGE = "large"


def corpus_specs() -> list[Any]:
    if not CORPUS_DIR.is_dir():
        return [
            pytest.param(
                "missing", marks=pytest.mark.skip(reason=f"no corpus at {CORPUS_DIR}")
            )
        ]
    specs = sorted(
        p.relative_to(CORPUS_DIR).as_posix()
        for folder in (CORPUS_DIR, CORPUS_DIR / LARGE)
        if folder.is_dir()
        for p in folder.iterdir()
        if p.suffix in (".yaml", ".yml", ".json")
    )
    return [
        pytest.param(
            name,
            id=name,
            marks=(
                [pytest.mark.slow]
                if name in SLOW or name.startswith(f"{LARGE}/")
                else []
            ),
        )
        for name in specs
    ]


def load_document(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def spec_operations(document: Any) -> list[tuple[str, str]]:
    """(METHOD, path) of every operation, counted straight from the spec."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            found += [
                (m.upper(), str(path))
                for m in HTTP_METHODS
                if isinstance(item.get(m), dict)
            ]
    return found


def count_models(out: Path) -> int:
    models = out / "src" / PACKAGE / "models"
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in models.glob("_*.py")]
    return sum(
        isinstance(n, (ast.ClassDef, ast.Assign)) for tree in trees for n in tree.body
    )


def _calls_the_client(function: ast.FunctionDef) -> bool:
    """Whether a method sends its own request (``self._client.call(...)``), unlike per-variant
    methods, which build a body and call the operation's method."""
    return any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr == "call"
        and ast.unparse(n.func.value) == "self._client"
        for n in ast.walk(function)
    )


def resource_methods(out: Path) -> dict[str, list[str]]:
    """Per sync resource class: its operation methods (not per-variant, not with_raw_response)."""
    found: dict[str, list[str]] = {}
    for path in sorted((out / "src" / PACKAGE / "resources").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and any(
                "SyncResource" in ast.unparse(b) and "Async" not in ast.unparse(b)
                for b in node.bases
            ):
                found[node.name] = [
                    f.name
                    for f in node.body
                    if isinstance(f, ast.FunctionDef)
                    and f.name != "with_raw_response"
                    and _calls_the_client(f)
                ]
    return found


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
        PACKAGE,
        *extra,
    )


def check_package(
    out: Path,
    document: Any,
    row: Row,
    mypy_strict: Any,
    left_out: frozenset[str] = frozenset(),
) -> None:
    """Imports, one method per operation (but those a warning said were left out), only
    declared dependencies, mypy --strict; the row's outcome follows along."""
    operations = [
        op
        for op in spec_operations(document)
        if jp.join("/paths", op[1], op[0].lower()) not in left_out
    ]
    row.models = count_models(out)
    with imported(out, PACKAGE) as modules:
        row.outcome = "generated, imports"
        endpoints = sorted(
            (v.method, v.path)
            for name, module in modules.items()
            if ".resources." in name
            for v in vars(module).values()
            if type(v).__name__ == "Endpoint"
        )
    assert endpoints == sorted(
        operations
    ), "endpoints differ from the spec's operations"
    methods = resource_methods(out)
    assert sum(len(m) for m in methods.values()) == len(operations), methods
    row.outcome += ", 1 method/op"
    declared = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    names = {
        re.split(r"[<>=!~ ;\[]", r, maxsplit=1)[0]
        for r in declared["project"]["dependencies"]
    }
    allowed = (
        set(sys.stdlib_module_names) | {n.replace("-", "_") for n in names} | {PACKAGE}
    )
    for path, text in python_files(out).items():
        outside = {
            m
            for level, m in imported_modules(text)
            if not level and m.split(".")[0] not in allowed
        }
        assert not outside, f"{path} imports {outside}: not a dependency of the client"
    started = time.monotonic()
    result = mypy_strict(out / "src", PACKAGE)
    row.mypy_seconds = time.monotonic() - started
    assert result.code == 0, result.output[-3000:]
    row.outcome += ", mypy --strict ok"


@pytest.mark.parametrize("name", corpus_specs())
def test_corpus_spec(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    corpus_row: Row,
    mypy_strict: Any,
    name: str,
) -> None:
    spec = CORPUS_DIR / name
    document = load_document(spec)
    corpus_row.operations = len(spec_operations(document))
    out = tmp_path / "out"
    started = time.monotonic()
    run = generate(capsys, spec, out, "--allow-invalid")
    corpus_row.seconds = time.monotonic() - started
    expected = EXPECTED.get(name, "either")
    assert "Traceback" not in run.err
    if run.code == 0 and (
        expected in (GENERATES, "either")
        or (isinstance(expected, Refused) and expected.generates_when_invalid_allowed)
    ):
        corpus_row.outcome = "generated"
        if isinstance(
            expected, Refused
        ):  # generated, but every dropped default was reported
            warned = {
                (m["pointer"], int(m["line"]), int(m["col"])) for m in run.located
            }
            assert {p[:3] for p in expected.problems} <= warned, run.err
            corpus_row.notes.append("repaired or left out, with warnings")
        left_out = frozenset(
            "/".join(
                m["pointer"].removeprefix("#").split("/")[:4]
            )  # /paths/<path>/<method>
            for m in run.located
            if "left out of the client" in m["hint"]
        )
        check_package(out, document, corpus_row, mypy_strict, left_out)
        return
    assert expected != GENERATES, f"{name} should generate:\n{run.err[-3000:]}"
    run.assert_bad_input()
    assert not out.exists()
    assert all(m is not None for m in run.located) and run.located, run.err
    corpus_row.outcome = f"refused: {len(run.located)} located problem(s)"
    if isinstance(expected, Refused):
        # Problems inside an operation are warnings under --allow-invalid (it is left out);
        # what still refuses the spec is outside the paths.
        _assert_reported(run, expected, outside_paths=True)


def _assert_reported(
    run: Run, expected: Refused, *, outside_paths: bool = False
) -> None:
    found = {
        (m["pointer"], int(m["line"]), int(m["col"])): m["message"] for m in run.located
    }
    for pointer, line, column, words in expected.problems:
        if outside_paths and pointer.startswith("#/paths/"):
            continue
        assert (
            pointer,
            line,
            column,
        ) in found, f"{pointer} at {line}:{column} not in:\n{run.err}"
        assert words in found[(pointer, line, column)]


@pytest.mark.parametrize(
    "name", sorted(n for n, e in EXPECTED.items() if isinstance(e, Refused))
)
def test_broken_spec_is_refused_with_the_broken_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    """Without --allow-invalid every opc-err-* spec is refused, each problem located."""
    spec = CORPUS_DIR / name
    if not spec.is_file():
        pytest.skip(f"{spec} is not in the corpus")
    out = tmp_path / "out"
    run = generate(capsys, spec, out)
    run.assert_bad_input()
    assert not out.exists()
    _assert_reported(run, EXPECTED[name])
    assert all(m["file"].endswith(name) for m in run.located)
