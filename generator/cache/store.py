"""One entry of a cache: written atomically with a hash of its text, read back only if intact.

Every cache entry (black's output, run records) goes through here, so an entry cut short or
edited by accident is never used: it is recomputed.
A cache that cannot be written or read costs a recomputation, never a failed run.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def read(path: Path) -> str | None:
    """The text written to ``path``, or None if it is missing, unreadable or damaged."""
    try:
        stored = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    check, _, text = stored.partition("\n")
    return text if check == _check(text) else None


def write(path: Path, text: str) -> None:
    """Write ``text`` (and its hash) to ``path`` atomically; failures are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f"{path.suffix}.{os.getpid()}.tmp")
        tmp.write_text(f"{_check(text)}\n{text}", encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass


def _check(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
