"""Spec helpers: count operations, make a one-description edit, count generated lines."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from generator.spec.load import load_spec
from generator.spec.traverse import iter_operations


def load(path: Path) -> Any:
    """JSON through ``json`` (a YAML parser rejects some escapes JSON allows), else safe YAML."""
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def count_operations(root: Path) -> int:
    """Operations of the spec, its files bundled (path items behind a ``$ref`` counted)."""
    return sum(1 for _ in iter_operations(load_spec(root).document))


def edit_one_description(
    root: Path, suffix: str = " (edited for the benchmark)"
) -> str:
    """Append ``suffix`` to one schema description in the spec files beside ``root``, in place.

    The edit is textual (the rest of the file keeps its bytes), and checked by loading the file
    again: exactly that one value changed. Prefers a property description in the root file's
    ``components/schemas``, then one under ``paths`` (a spec without schema descriptions);
    other files of a multi-file spec are tried next. Returns where.
    """
    others = sorted(
        p
        for p in root.parent.rglob("*")
        if p.suffix in (".yaml", ".yml", ".json") and p != root
    )
    for path in (root, *others):
        text = path.read_text(encoding="utf-8")
        document = load(path)
        candidates = sorted(
            _descriptions(document, ()),
            key=lambda c: (_rank(c[0], path == root), "properties" not in c[0]),
        )
        for pointer, value in candidates:
            if not _safe(value, path.suffix) or text.count(value) != 1:
                continue
            edited = text.replace(value, value + suffix, 1)
            expected = _set(load(path), pointer, value + suffix)
            try:
                if _parse(edited, path.suffix) != expected:
                    continue
            except (ValueError, yaml.YAMLError):
                continue
            path.write_text(edited, encoding="utf-8")
            return f"{path.name}#/{'/'.join(p.replace('~', '~0').replace('/', '~1') for p in pointer)}"
    raise ValueError(f"no description in {root} can be edited safely")


def _parse(text: str, suffix: str) -> Any:
    return json.loads(text) if suffix == ".json" else yaml.safe_load(text)


def _descriptions(
    node: Any, at: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                yield (*at, key), value
            else:
                yield from _descriptions(value, (*at, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _descriptions(value, (*at, str(i)))


def _rank(pointer: tuple[str, ...], is_root: bool) -> int:
    """Schemas first (every file but the root holds schemas), then operations, then the rest."""
    if not is_root or pointer[:2] == ("components", "schemas"):
        return 0
    return 1 if pointer[:1] == ("paths",) else 2


def _safe(value: str, suffix: str) -> bool:
    if len(value) < 12 or "\n" in value or value != value.strip():
        return False
    if suffix == ".json":
        return json.dumps(value, ensure_ascii=False)[1:-1] == value
    return not any(ch in value for ch in "'\"\\#:")


def _set(document: Any, pointer: tuple[str, ...], value: str) -> Any:
    node = document
    for part in pointer[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    node[pointer[-1]] = value
    return document


def count_lines(package: Path) -> tuple[int, int]:
    """(non-blank lines, files) over every ``.py`` file under ``package``."""
    lines = files = 0
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        files += 1
        lines += sum(
            1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        )
    return lines, files


def in_child(function: str, root: Path) -> Any:
    """``count_operations`` or ``edit_one_description`` of ``root``, run in a fresh interpreter.

    Loading Stripe's spec here would grow this process by a hundred megabytes, and every
    command measured after it would report at least that as its peak: a child's ``ru_maxrss``
    starts from the pages it shares with its parent when it is forked.
    """
    done = subprocess.run(
        [sys.executable, "-m", "bench.specs", function, str(root)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


if __name__ == "__main__":
    _ROOT = Path(sys.argv[2])
    print(
        json.dumps(
            count_operations(_ROOT)
            if sys.argv[1] == "count"
            else edit_one_description(_ROOT)
        )
    )
