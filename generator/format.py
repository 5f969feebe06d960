"""The single call into black: Python files formatted in process, cached by content hash.

The cache (``.cache/black`` by default, outside the output folder, safe to delete) maps the
hash of black's version, its mode and the unformatted text to the formatted text, so a module
that did not change is never formatted twice. Large batches are formatted across processes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.errors import InternalError

black_version: str = getattr(black, "__version__", "unknown")

_MODE = black.Mode(target_versions={TargetVersion.PY311})  # black's defaults otherwise
_KEY_PREFIX = f"{black_version}|{_MODE!r}|".encode()
# Below this much uncached text, forking workers costs more than formatting saves.
_PARALLEL_FROM_CHARS = 40_000


def format_files(files: Mapping[str, str], cache_dir: Path | None,
                 preformatted: frozenset[str] = frozenset()) -> dict[str, str]:
    """``files`` with every ``.py`` text formatted by black; other files unchanged.

    ``preformatted`` names files copied verbatim from sources that a test keeps black-clean
    (the static runtime), so they are not formatted again on every run.
    """
    result = dict(files)
    pending: dict[str, tuple[str, Path | None]] = {}
    for path, text in files.items():
        if not path.endswith(".py") or path in preformatted:
            continue
        entry = _cache_entry(cache_dir, text)
        if entry is not None and entry.is_file():
            result[path] = entry.read_text(encoding="utf-8")
        else:
            pending[path] = (text, entry)
    formatted = _format_all({p: t for p, (t, _) in pending.items()})
    for path, text in formatted.items():
        result[path] = text
        entry = pending[path][1]
        if entry is not None:
            _store(entry, text)
    return result


def format_source(path: str, text: str) -> str:
    """One file through black; a syntax error is a generator bug, reported with the file."""
    try:
        return black.format_str(text, mode=_MODE)
    except InvalidInput as err:
        raise InternalError(f"generated {path} is not valid Python ({err}); please report "
                            "this with the spec that caused it") from err


def _format_all(pending: Mapping[str, str]) -> dict[str, str]:
    if (len(pending) < 2 or sum(map(len, pending.values())) < _PARALLEL_FROM_CHARS
            or (os.cpu_count() or 1) < 2):
        return {path: format_source(path, text) for path, text in pending.items()}
    # Largest first, one file per task: the big models module runs beside the many small ones.
    paths = sorted(pending, key=lambda p: (-len(pending[p]), p))
    with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 2, 8)) as pool:
        texts = pool.map(format_source, paths, [pending[p] for p in paths])
        return dict(zip(paths, texts, strict=True))


def _cache_entry(cache_dir: Path | None, text: str) -> Path | None:
    if cache_dir is None:
        return None
    digest = hashlib.sha256(_KEY_PREFIX + text.encode("utf-8")).hexdigest()
    return cache_dir / digest[:2] / digest


def _store(entry: Path, text: str) -> None:
    """Write a cache entry atomically; a cache that cannot be written is simply not used."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(entry)
    except OSError:
        pass
