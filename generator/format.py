"""The single call into black: every generated Python file formatted in process."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.errors import InternalError

__all__ = ["BLACK_VERSION", "MODE", "Formatter", "format_files", "format_source"]

BLACK_VERSION: str = getattr(black, "__version__", "unknown")
MODE = black.Mode(target_versions={TargetVersion.PY311})  # black's defaults otherwise

# What formats one file: (relative path, text) → formatted text.
Formatter = Callable[[str, str], str]


def format_source(path: str, text: str) -> str:
    """One file through black; a syntax error is a generator bug, reported with its path."""
    try:
        return black.format_str(text, mode=MODE)
    except InvalidInput as err:
        raise InternalError(
            f"generated {path} is not valid Python ({err}); please report "
            "this with the spec that caused it"
        ) from err


def format_files(
    files: Mapping[str, str],
    *,
    verbatim: frozenset[str] = frozenset(),
    formatter: Formatter = format_source,
) -> dict[str, str]:
    """``files`` with every ``.py`` text formatted; other files unchanged.

    ``verbatim`` names files copied from sources a test keeps black-clean (the static
    runtime): they are passed through as they are.
    """
    return {
        path: (
            formatter(path, text)
            if path.endswith(".py") and path not in verbatim
            else text
        )
        for path, text in files.items()
    }
