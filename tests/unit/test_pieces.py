"""A module cut into pieces and formatted piece by piece is exactly black's output for it."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator import format as fmt
from generator import pieces
from generator.load import load_spec
from generator.models import build_models
from generator.parse import Naming, parse
from generator.plan import plan_models
from generator.render import render, static_files
from tests.snapshot_support import CORPUS, ROOT


def _formatted_in_pieces(text: str, piece_lines: int) -> tuple[str, list[pieces.Piece]]:
    parts = pieces.cut(text, piece_lines)
    assert "".join(part.text for part in parts) == text  # cutting loses nothing
    return pieces.join([fmt.format_source("m.py", part.source) for part in parts], parts), parts


@pytest.mark.parametrize("spec", [ROOT / "spec" / "openapi.yaml",
                                  CORPUS / "opc-e2e-baseline_openapi_3.1.yaml"])
def test_every_generated_module_cut_small_joins_to_black_of_the_whole(spec: Path) -> None:
    """Pieces of a dozen lines: every class and method boundary of the output is a cut."""
    document = plan_models(load_spec(spec).document).document
    models = build_models(document)
    files = render(parse(document, models, Naming("probe", "0.1.0", "0" * 64)), models)
    static = set(static_files("probe"))
    cut_before_methods = 0
    for path, text in files.items():
        if path.endswith(".py") and path not in static:
            joined, parts = _formatted_in_pieces(text, 12)
            assert joined == black.format_str(text, mode=fmt._MODE), path
            cut_before_methods += sum(part.methods for part in parts)
    assert cut_before_methods > 20


def test_a_cut_keeps_decorators_and_comments_with_their_method_and_never_empties_a_class() -> None:
    text = ("class A:\n    def a(self) -> int:\n        return 1\n\n"
            "    # about b\n    @property\n    def b(self) -> int:\n        return 2\n\n\n"
            "# about B\nclass B:\n    def c(self) -> None:\n        pass\n")
    parts = pieces.cut(text, 1)
    assert [part.text.splitlines()[0] for part in parts] == [
        "class A:", "    # about b", "# about B"]
    assert [part.methods for part in parts] == [False, True, False]
    assert _formatted_in_pieces(text, 1)[0] == black.format_str(text, mode=fmt._MODE)


def test_a_comment_that_ends_the_block_above_stays_with_it() -> None:
    text = ("class A:\n    def a(self) -> int:\n        return 1\n        # the end of a\n"
            "    def b(self) -> int:\n        return 2\n")
    parts = pieces.cut(text, 1)
    assert parts[1].text.startswith("    def b")
    assert _formatted_in_pieces(text, 1)[0] == black.format_str(text, mode=fmt._MODE)


def test_a_short_module_is_one_piece() -> None:
    assert pieces.cut("class A:\n    x = 1\n") == [pieces.Piece("class A:\n    x = 1\n")]


def test_a_module_that_does_not_parse_is_one_piece_for_black_to_report() -> None:
    text = "class A:\n" + "    x = (\n" * 400
    assert pieces.cut(text) == [pieces.Piece(text)]
