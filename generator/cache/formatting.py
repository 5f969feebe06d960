"""black's output kept by content: a file whose unformatted text was seen before is not
formatted again (bench row "regeneration after one edit": only the changed modules run
through black)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.cache import store
from generator.format import BLACK_VERSION, MODE, Formatter

_KEY = f"{BLACK_VERSION}|{MODE!r}|".encode()


def cached(formatter: Formatter, folder: Path) -> Formatter:
    """``formatter`` with its results stored under ``folder``, keyed by black's version,
    its mode and the text (so an entry can never answer for another input)."""

    def format_cached(path: str, text: str) -> str:
        digest = hashlib.sha256(
            _KEY + text.encode("utf-8", "surrogatepass")
        ).hexdigest()
        entry = folder / digest[:2] / digest
        found = store.read(entry)
        if found is None:
            found = formatter(path, text)
            store.write(entry, found)
        return found

    return format_cached
