"""A first layout by ruff's formatter, so that black formats each piece in one pass, not two.

``black.format_str`` formats a text twice whenever its first pass changes it: the second pass
settles the trailing commas the first one added. ruff's formatter follows black's style and,
being native, lays out every piece of a run in tens of milliseconds. black then finds the text
already in its layout (with the trailing commas that let it split a list without trying the
alternatives), so its first pass is also its last. On the real-world corpus that halves black's
time, and black's output is byte for byte what black alone writes (``tests/unit/test_format.py``).

black keeps the last word: whatever ruff does, the files are black's output for ruff's text.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from generator.runcache import tool_versions

ruff_version: str = tool_versions().get("ruff", "none")

# The settings black runs with (``generator.format``), whatever configuration surrounds us.
_SETTINGS = ("--isolated", "--no-cache", "--line-length", "88", "--target-version", "py311")
_TIMEOUT = 120  # seconds; far more than the largest spec needs (~0.1 s)


def lay_out(texts: Mapping[str, str]) -> dict[str, str]:
    """``texts`` (key → Python source) as ruff's formatter lays them out.

    A text ruff cannot format (a syntax error, which black then reports with its file name)
    comes back unchanged, and so does every text if the ruff binary cannot be run: black alone
    then writes the same files (it does on every spec the tests generate), only slower.
    """
    binary = _binary()
    if binary is None or not texts:
        return dict(texts)
    try:
        with tempfile.TemporaryDirectory(prefix="generator-ruff-") as folder:
            names = {key: f"{i}.py" for i, key in enumerate(texts)}  # relative: short arguments
            for key, name in names.items():
                Path(folder, name).write_bytes(texts[key].encode())  # bytes: no newline translation
            subprocess.run([binary, "format", *_SETTINGS, *names.values()], cwd=folder,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=_TIMEOUT, check=False)
            return {key: Path(folder, name).read_bytes().decode() for key, name in names.items()}
    except (OSError, subprocess.SubprocessError):  # no temporary folder, or ruff would not run
        return dict(texts)


def _binary() -> str | None:
    """The ``ruff`` executable of the installed ruff package (as ``python -m ruff`` finds it)."""
    try:
        from ruff import find_ruff_bin  # type: ignore[import-untyped]  # ruff ships no types

        return str(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        return None
