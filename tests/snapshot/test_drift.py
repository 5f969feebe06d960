"""Protects ``check``: it notices when the output no longer matches the spec or the templates.

Both scenarios run the command line in process (``generator.cli.main``, what ``make check``
runs) inside a copy of the committed project: spec, templates, ``pyproject.toml`` and
``generated/``. For the template edit, ``generator.render.TEMPLATES`` points at the copy's
templates, so the edited template is the one rendered and the repository is untouched. The
copy's speed layer starts empty (its own ``.cache/``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import cli, pipeline, render, write
from generator.config import load_options
from tests.snapshot_support import ROOT

_COPIED = ("templates", "spec", "generated", "pyproject.toml", "CHANGELOG.md")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project as committed, minus caches; also the working directory."""
    copy = tmp_path / "project"
    copy.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache")
    for name in _COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=ignore)
        elif source.is_file():
            shutil.copy2(source, copy / name)
    monkeypatch.chdir(copy)  # the generator finds the copy's pyproject.toml from here
    return copy


def _cli(command: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``python -m generator <command> --strict``, in this process."""
    code = cli.main([command, "--strict"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _settled() -> list[str]:
    """What a full build (no speed layer) finds different in ``generated/``."""
    options = load_options(strict=True, cache=False)
    return write.diff_tree(pipeline.build(options).files, options.out)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _assert_drift(
    run: tuple[int, str, str], file: str, removed: str, added: str
) -> None:
    code, out, err = run
    assert code == 1, out + err
    assert f"--- generated/{file}\n+++ generated/{file} (generated)\n" in out
    assert any(line.startswith("-") and removed in line for line in out.splitlines())
    assert any(line.startswith("+") and added in line for line in out.splitlines())
    assert "differ from the spec; run `make generate`" in err


def test_check_reports_a_spec_edit_then_passes_after_generate(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(
        project / "spec" / "resources" / "actions.yaml",
        "summary: Create an action",
        "summary: Create one action",
    )

    _assert_drift(
        _cli("check", capsys),
        "src/contactswing/resources/actions.py",
        '"""Create an action',
        '"""Create one action',
    )

    assert _cli("generate", capsys)[0] == 0
    assert _cli("check", capsys) == (0, "", "generated is up to date\n")
    assert _settled() == []


def test_check_reports_a_template_edit_then_passes_after_generate(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render, "TEMPLATES", project / "templates")
    _edit(
        project / "templates" / "_version.py.jinja",
        '"""Versions of this client and',
        '"""The versions of this client and',
    )

    _assert_drift(
        _cli("check", capsys),
        "src/contactswing/_version.py",
        '"""Versions of this client',
        '"""The versions of this client',
    )

    assert _cli("generate", capsys)[0] == 0
    assert _cli("check", capsys) == (0, "", "generated is up to date\n")
    assert _settled() == []


def test_check_reports_a_hand_edited_and_a_stray_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write.write_tree({"pkg/a.py": "A = 1\n", "pkg/b.py": "B = 2\n"}, out)
    (out / "pkg" / "a.py").write_text("A = 10\n", encoding="utf-8")
    (out / "pkg" / "stray.py").write_text("X = 0\n", encoding="utf-8")
    (out / "pkg" / "b.py").unlink()

    diffs = "".join(
        write.diff_tree({"pkg/a.py": "A = 1\n", "pkg/b.py": "B = 2\n"}, out)
    )

    assert "--- out/pkg/a.py\n+++ out/pkg/a.py (generated)\n" in diffs
    assert "-A = 10\n+A = 1\n" in diffs
    assert "--- /dev/null\n+++ out/pkg/b.py (generated)\n" in diffs
    assert "--- out/pkg/stray.py\n+++ /dev/null\n" in diffs


def test_check_ignores_bytecode_and_type_checker_caches(tmp_path: Path) -> None:
    files = {"src/pkg/__init__.py": "X = 1\n"}
    out = tmp_path / "out"
    write.write_tree(files, out)
    (out / "src" / "pkg" / "__pycache__").mkdir()
    (out / "src" / "pkg" / "__pycache__" / "__init__.cpython-311.pyc").write_bytes(
        b"\xa7\r\r\n\x00\x91"
    )
    (out / "src" / ".mypy_cache" / "3.11").mkdir(parents=True)
    (out / "src" / ".mypy_cache" / "3.11" / "cache.db").write_bytes(
        b"SQLite format 3\x00\x91"
    )

    assert write.diff_tree(files, out) == []
