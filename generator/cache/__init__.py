"""The speed layer, wrapped around the pipeline's stages from outside (``--no-cache`` removes it).

Like black's ``cache.py`` around ``format_str``, nothing here changes what a run writes, only
whether work is redone; no stage imports this package. Every file lives under the options'
``cache_dir`` (the project's ``.cache/``), is written atomically with a hash of its text
(``store``), and is safe to delete. What each part earns is a row of ``make bench``:

- ``runs``: a run whose inputs and output are unchanged is skipped without parsing the spec
  ("no-change regeneration", "`check`, unchanged tree");
- ``formatting``: black's output by content, so an edit re-formats only the modules it changed
  ("regeneration after one edit").
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cache import runs
from generator.config import Options
from generator.errors import Problem

if TYPE_CHECKING:
    from generator.format import Formatter

__all__ = ["formatter", "recorded", "remember"]


def recorded(options: Options) -> tuple[Problem, ...] | None:
    """The last run's warnings if it left the output exactly as this run would; else None."""
    return runs.recorded(options) if options.cache else None


def remember(
    options: Options,
    spec_sha256: str,
    spec_files: Iterable[Path],
    warnings: tuple[Problem, ...],
) -> None:
    """Record a run whose output is on disk, for ``recorded`` to find next time."""
    if options.cache:
        runs.remember(options, spec_sha256, spec_files, warnings)


def formatter(options: Options, format_one: Formatter) -> Formatter:
    """``format_one`` behind the formatting cache (unchanged when caching is off)."""
    if not options.cache:
        return format_one
    from generator.cache.formatting import (
        cached,
    )  # imports black: only a run that builds

    return cached(format_one, options.cache_dir / "black")
