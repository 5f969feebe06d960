"""Helpers for the security tests: running the generator, snapshotting folders, importing output.

Every generation runs with the working directory set to the test's own ``tmp_path`` (see
``conftest.py``), so a forgotten ``--out`` can never touch the repository's ``generated/``.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from generator import cli

ROOT = Path(__file__).resolve().parents[2]

# FILE:LINE:COL: #/pointer: what; what to do
LOCATED = re.compile(
    r"^(?P<file>[^\n]+?):(?P<line>\d+):(?P<col>\d+): (?P<pointer>#[^\n]*?): "
    r"(?P<message>[^\n]+); (?P<hint>[^\n]+)$"
)


@dataclass(frozen=True)
class Run:
    """What one generator run printed and returned."""

    code: int
    out: str
    err: str

    @property
    def located(self) -> list[re.Match[str]]:
        """Every ``FILE:LINE:COL: #/pointer: what; what to do`` line on stderr."""
        return [m for line in self.err.splitlines() if (m := LOCATED.match(line))]

    def assert_bad_input(self) -> None:
        """Exit 2, no traceback, and at least one compiler-style line."""
        assert self.code == 2, self.err
        assert "Traceback" not in self.err + self.out, self.err
        assert self.located or self.err.startswith("error: "), self.err


def run_cli(capsys: Any, *argv: str) -> Run:
    """``python -m generator ...`` in process: fast, and what a user sees on stderr."""
    capsys.readouterr()
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def run_subprocess(
    *argv: str, cwd: Path, timeout: float = 120, preexec: Any = None
) -> Run:
    """``python -m generator ...`` as a real process (for limits a test process must not take)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "generator", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=preexec,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative POSIX path → bytes), to compare byte for byte."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def write_spec(path: Path, document: Any) -> Path:
    """Write ``document`` as JSON or YAML depending on the suffix; returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".json":
        path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    else:
        path.write_text(
            yaml.safe_dump(document, sort_keys=False, allow_unicode=True),
            encoding="utf-8",
        )
    return path


def minimal_spec(**extra: Any) -> dict[str, Any]:
    """A valid OpenAPI 3.1 document with one operation and one model."""
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1.0.0"},
        "paths": {
            "/things/{thing_id}": {
                "get": {
                    "operationId": "getThing",
                    "tags": ["things"],
                    "parameters": [
                        {
                            "name": "thing_id",
                            "in": "path",
                            "required": True,
                            "description": "Which thing.",
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The thing.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": "A thing.",
                    "required": ["id"],
                    "properties": {"id": {"type": "string", "description": "Its id."}},
                }
            }
        },
    }
    doc.update(extra)
    return doc


def python_files(out: Path) -> dict[str, str]:
    """Relative path → source of every ``.py`` file in a generated project."""
    return {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(out.rglob("*.py"))
    }


def package_dir(out: Path, package: str) -> Path:
    """The generated package folder inside an output project."""
    return out / "src" / package


def module_names(out: Path, package: str) -> list[str]:
    """Dotted names of every module of a generated package (``__main__`` excluded: it exits)."""
    src = out / "src"
    names = []
    for path in sorted(package_dir(out, package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


@contextlib.contextmanager
def imported(out: Path, package: str) -> Iterator[dict[str, ModuleType]]:
    """Import every module of the generated package; forget them all afterwards."""
    src = str(out / "src")
    sys.path.insert(0, src)
    importlib.invalidate_caches()
    try:
        yield {
            name: importlib.import_module(name) for name in module_names(out, package)
        }
    finally:
        sys.path.remove(src)
        for name in [
            m for m in sys.modules if m == package or m.startswith(package + ".")
        ]:
            del sys.modules[name]


def called_names(source: str) -> set[str]:
    """The names every call in ``source`` calls: ``f(...)`` → f, ``a.b.f(...)`` → f."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                names.add(func.id)
            elif isinstance(func, ast.Attribute):
                names.add(func.attr)
            else:
                names.add(type(func).__name__)
    return names


def imported_modules(source: str) -> set[tuple[int, str]]:
    """(level, module) of every import in ``source``; level > 0 is a relative import."""
    found: set[tuple[int, str]] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update((0, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add((node.level, node.module or ""))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and (node.func.id == "__import__")
        ):
            found.add((0, "__import__()"))
    return found
