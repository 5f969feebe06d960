"""The only code that touches the output folder: atomic swap on write, diff on check."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from generator.errors import ConfigError, InternalError

_MANAGED_MARKER = ".generated-by-contactswing-generator"


def write_tree(files: Mapping[str, str], out: Path) -> None:
    """Replace ``out`` with exactly ``files``: built beside it, then swapped in one rename.

    A failure before the swap leaves the old output untouched. A folder that is not empty
    and was not written by us is refused, so a wrong ``--out`` cannot delete a project.
    """
    out = out.resolve()
    if out.exists() and any(out.iterdir()) and not (out / _MANAGED_MARKER).exists():
        raise ConfigError(
            f"{out} is not empty and was not written by this generator; "
            "choose an empty or new --out folder"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for relative, text in sorted(files.items()):
            target = staging / safe_relative(relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        (staging / _MANAGED_MARKER).write_text(
            "This folder is rewritten by `make generate`; edit the spec or templates instead.\n",
            encoding="utf-8",
        )
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        if out.exists():
            out.rename(old)
        staging.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def diff_tree(files: Mapping[str, str], out: Path) -> list[str]:
    """Unified diffs between ``files`` and what ``out`` holds; empty when identical."""
    expected = {**files, _MANAGED_MARKER: None}
    on_disk = (
        {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
        if out.is_dir()
        else set()
    )
    diffs: list[str] = []
    for relative in sorted(set(expected) | on_disk):
        if relative == _MANAGED_MARKER or _is_cache(relative):
            continue
        want = files.get(relative)
        path = out / relative
        have = (
            path.read_bytes().decode("utf-8", "replace")
            if relative in on_disk
            else None
        )
        if want == have:
            continue
        diffs.append(
            "".join(
                difflib.unified_diff(
                    (have or "").splitlines(keepends=True),
                    (want or "").splitlines(keepends=True),
                    fromfile=(
                        f"{out.name}/{relative}" if have is not None else "/dev/null"
                    ),
                    tofile=(
                        f"{out.name}/{relative} (generated)"
                        if want is not None
                        else "/dev/null"
                    ),
                )
            )
            or f"{relative}: differs\n"
        )
    return diffs


def _is_cache(relative: str) -> bool:
    parts = PurePosixPath(relative).parts
    return (
        "__pycache__" in parts
        or relative.endswith((".pyc", ".pyo"))
        or ".mypy_cache" in parts
    )


def safe_relative(relative: str) -> Path:
    """A relative output path that cannot leave the output folder."""
    path = PurePosixPath(relative)
    if (
        path.is_absolute()
        or ".." in path.parts
        or not path.parts
        or any(
            not part or part.startswith(".") or "\\" in part or ":" in part
            for part in path.parts
        )
    ):
        raise InternalError(
            f"refusing to write {relative!r}: it would leave the output folder"
        )
    return Path(*path.parts)
