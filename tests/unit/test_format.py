"""Formatting gives exactly black's output: in pieces, after ruff, from the cache."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator import format as fmt
from generator import pieces, prelayout
from generator.load import load_spec
from generator.models import build_models
from generator.plan import plan_models
from tests.snapshot_support import CORPUS


def _models_source(spec: Path) -> str:
    return build_models(plan_models(load_spec(spec).document).document).source


def test_format_files_caches_each_piece(tmp_path: Path) -> None:
    classes = "".join(f"class C{i}:\n    a: int = {i}\n    b: str = 'x'\n\n\n" for i in range(400))
    files = {"src/pkg/models.py": classes}
    first = fmt.format_files(files, tmp_path / "black")
    assert first["src/pkg/models.py"] == black.format_str(classes, mode=fmt._MODE)
    entries = [p for p in (tmp_path / "black").rglob("*") if p.is_file()]
    assert len(entries) == len(pieces.cut(classes)) > 1
    edited = classes.replace("a: int = 399", "a: int = 400")
    second = fmt.format_files({"src/pkg/models.py": edited}, tmp_path / "black")
    assert second["src/pkg/models.py"] == black.format_str(edited, mode=fmt._MODE)
    # only the edited piece was new
    assert len([p for p in (tmp_path / "black").rglob("*") if p.is_file()]) == len(entries) + 1


def test_a_large_batch_is_shared_between_this_process_and_the_pool() -> None:
    """Above the parallel threshold the result is still exactly black's, file by file."""
    files = {f"src/pkg/m{i}.py": "".join(f"class C{j}:\n    a: int = {j}\n    b: str = 'x{i}'\n\n\n"
                                         for j in range(60 + i))
             for i in range(16)}
    assert sum(map(len, files.values())) > fmt._PARALLEL_FROM_CHARS
    formatted = fmt.format_files(files, None)
    assert formatted == {path: black.format_str(text, mode=fmt._MODE) for path, text in files.items()}


def test_ruff_lays_out_each_text_and_leaves_one_it_cannot_parse_as_it_was() -> None:
    texts = {"a": "x = ( 1 )\n", "b": "def f(:\n", "c": "y = {'k': [1,2,3]}\n"}
    assert prelayout.lay_out(texts) == {"a": "x = 1\n", "b": "def f(:\n", "c": 'y = {"k": [1, 2, 3]}\n'}


def test_without_the_ruff_binary_the_texts_pass_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prelayout, "_binary", lambda: None)
    assert prelayout.lay_out({"a": "x = ( 1 )\n"}) == {"a": "x = ( 1 )\n"}


@pytest.mark.parametrize("spec", ["opc-e2e-baseline_openapi_3.1.yaml", "twilio_messaging_v1.json"])
def test_ruff_first_then_black_is_exactly_black(spec: str) -> None:
    """The first layout only saves time: every piece comes out as black alone writes it."""
    texts = [piece.source for piece in pieces.cut(_models_source(CORPUS / spec))]
    laid_out = prelayout.lay_out({str(i): t for i, t in enumerate(texts)})
    assert sum(laid_out[str(i)] != t for i, t in enumerate(texts)) > len(texts) // 2  # ruff worked
    for i, text in enumerate(texts):
        assert fmt.format_source("m.py", laid_out[str(i)]) == fmt.format_source("m.py", text)


def test_odd_line_breaks_come_out_as_black_alone_writes_them() -> None:
    text = 'x = "a\\rb"\ny = """c\rd"""\nz = 1\r\n'  # lone and paired carriage returns
    laid_out = prelayout.lay_out({"a": text})["a"]
    assert fmt.format_source("a.py", laid_out) == fmt.format_source("a.py", text)
