"""The single call into black: Python files formatted in process, cached by content hash.

The cache (``.cache/black`` by default, outside the output folder, safe to delete) maps the
hash of black's version, its mode and the unformatted text to the formatted text, so a module
that did not change is never formatted twice; a large module is cached piece by piece
(``generator.pieces``). What is not cached is laid out by ruff's formatter
first (``generator.prelayout``), which spares black its second pass, then formatted by black,
large batches across processes.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator import cachefile, pieces, prelayout
from generator.errors import InternalError
from generator.pieces import Piece

black_version: str = getattr(black, "__version__", "unknown")

_MODE = black.Mode(target_versions={TargetVersion.PY311})  # black's defaults otherwise
_KEY_PREFIX = f"{black_version}|ruff {prelayout.ruff_version}|{_MODE!r}|".encode()
# Below this much uncached text, forking workers costs more than formatting saves.
_PARALLEL_FROM_CHARS = 20_000


def format_files(files: Mapping[str, str], cache_dir: Path | None,
                 preformatted: frozenset[str] = frozenset()) -> dict[str, str]:
    """``files`` with every ``.py`` text formatted by black; other files unchanged.

    ``preformatted`` names files copied verbatim from sources that a test keeps black-clean
    (the static runtime), so they are not formatted again on every run.
    """
    result = dict(files)
    units: dict[str, list[Piece]] = {}  # path → its pieces, in order
    done: dict[str, str] = {}  # f"{path}#{index}" → black's output for that piece
    pending: dict[str, tuple[str, Path | None]] = {}
    for path, text in files.items():
        if not path.endswith(".py") or path in preformatted:
            continue
        units[path] = pieces.cut(text)
        for i, piece in enumerate(units[path]):
            key, entry = f"{path}#{i}", _cache_entry(cache_dir, piece.source)
            cached = cachefile.read(entry)
            if cached is not None:
                done[key] = cached
            else:
                pending[key] = (piece.source, entry)
    formatted = _format_all(prelayout.lay_out({k: t for k, (t, _) in pending.items()}))
    for key, text in formatted.items():
        done[key] = text
        cachefile.write(pending[key][1], text)
    for path, parts in units.items():
        result[path] = pieces.join([done[f"{path}#{i}"] for i in range(len(parts))], parts)
    return result


def format_source(path: str, text: str) -> str:
    """One file (or piece) through black; a syntax error is a generator bug, reported with it."""
    try:
        return black.format_str(text, mode=_MODE)
    except InvalidInput as err:
        raise InternalError(f"generated {path} is not valid Python ({err}); please report "
                            "this with the spec that caused it") from err


def _format_all(pending: Mapping[str, str]) -> dict[str, str]:
    """Format every text; large batches across processes, this one included.

    This process formats too (one process fewer to hold in memory than a pool of one per
    core): the pool takes the largest pieces first, this process the smallest, and it keeps
    the pool's queue topped up between its own pieces.
    """
    if (len(pending) < 2 or sum(map(len, pending.values())) < _PARALLEL_FROM_CHARS
            or (os.cpu_count() or 1) < 2):
        return {path: format_source(path, text) for path, text in pending.items()}
    helpers = min(os.cpu_count() or 2, 8) - 1
    queue = deque(sorted(pending, key=lambda p: (-len(pending[p]), p)))
    done: dict[str, str] = {}
    running: dict[Future[str], str] = {}
    with ProcessPoolExecutor(max_workers=helpers) as pool:

        def top_up() -> None:
            for future in [f for f in running if f.done()]:
                done[running.pop(future)] = future.result()
            while queue and len(running) < 2 * helpers:
                path = queue.popleft()
                running[pool.submit(format_source, path, pending[path])] = path

        top_up()
        while queue:
            path = queue.pop()
            done[path] = format_source(path, pending[path])
            top_up()
        for future, path in running.items():
            done[path] = future.result()
    return done


def _cache_entry(cache_dir: Path | None, text: str) -> Path | None:
    if cache_dir is None:
        return None
    digest = hashlib.sha256(_KEY_PREFIX + text.encode("utf-8")).hexdigest()
    return cache_dir / digest[:2] / digest
