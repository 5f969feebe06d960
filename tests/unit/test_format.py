"""The format stage: black's own output for every Python file, nothing else touched."""

from __future__ import annotations

import black
import pytest

from generator.errors import InternalError
from generator.format import MODE, format_files, format_source

UGLY = "x = {  'a':1,\n'b' : [1,2,3]}\ndef f( a ):\n  return a\n"


def test_python_files_get_exactly_blacks_output() -> None:
    files = format_files({"src/p/m.py": UGLY, "README.md": UGLY, "src/p/py.typed": ""})
    assert files == {
        "src/p/m.py": black.format_str(UGLY, mode=MODE),
        "README.md": UGLY,
        "src/p/py.typed": "",
    }
    assert files["src/p/m.py"] != UGLY


def test_verbatim_files_pass_through() -> None:
    assert format_files(
        {"src/p/_runtime.py": UGLY}, verbatim=frozenset({"src/p/_runtime.py"})
    ) == {"src/p/_runtime.py": UGLY}


def test_the_formatter_can_be_replaced() -> None:
    seen: list[str] = []

    def formatter(path: str, text: str) -> str:
        seen.append(path)
        return "formatted\n"

    assert format_files({"a.py": "x", "b.txt": "y"}, formatter=formatter) == {
        "a.py": "formatted\n",
        "b.txt": "y",
    }
    assert seen == ["a.py"]


def test_invalid_generated_python_is_an_internal_error_naming_the_file() -> None:
    with pytest.raises(InternalError, match=r"src/p/bad\.py is not valid Python"):
        format_source("src/p/bad.py", "def (:\n")
