"""The content hash of a spec: its files' paths (relative to the root's folder) and bytes.

Shared by the loader, which hashes what it read, and the run cache, which re-hashes the files
the last run read without parsing them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def spec_digest(files: Iterable[tuple[str, bytes]]) -> str:
    """``files`` as (relative POSIX path, raw bytes) pairs, hashed in path order."""
    digest = hashlib.sha256()
    for relative, raw in sorted(files, key=lambda item: item[0]):
        digest.update(relative.encode() + b"\0")
        digest.update(raw + b"\0")
    return digest.hexdigest()
