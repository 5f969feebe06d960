"""The diff on real-world specs (../shared/corpus): no changes against itself, no crash on damage."""

from __future__ import annotations

import copy
import functools
import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import DiffError
from generator.release.diff import diff_documents
from tests.snapshot_support import CORPUS

FILES = (
    sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".json"))
    if CORPUS.is_dir()
    else []
)
_JUNK: list[Any] = [None, 1, "x", [], {}, True, {"$ref": "#/nope"}, {"type": "null"}]

pytestmark = pytest.mark.skipif(not FILES, reason=f"no corpus at {CORPUS}")


@functools.cache
def _load(path: Path) -> Any:
    """Parsed once per run; tests copy what they change."""
    text = path.read_text(encoding="utf-8")
    # A JSON file is read as JSON: PyYAML rejects the escaped emoji in one of them.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return (
        json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=loader)
    )


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_spec_against_itself_has_no_changes(path: Path) -> None:
    document = _load(path)
    try:
        report = diff_documents(document, copy.deepcopy(document))
    except DiffError as err:
        assert path.name.startswith(
            "opc-err-"
        ), err  # broken on purpose: a located error is right
        assert str(err).startswith("old document: /")
        return
    assert report.changes == ()


def _damage(document: Any, rng: random.Random) -> Any:
    """A copy with a few nodes deleted, replaced by junk, or duplicated under a new key."""
    document = copy.deepcopy(document)
    for _ in range(rng.randint(1, 4)):
        places: list[tuple[Any, Any]] = []
        stack = [document]
        while stack:
            node = stack.pop()
            children = (
                node.items()
                if isinstance(node, dict)
                else enumerate(node) if isinstance(node, list) else ()
            )
            for key, child in children:
                places.append((node, key))
                stack.append(child)
        if not places:
            break
        parent, key = rng.choice(places)
        roll = rng.random()
        if roll < 0.4 and isinstance(parent, dict):
            del parent[key]
        elif roll < 0.7:
            parent[key] = copy.deepcopy(rng.choice(_JUNK))
        elif isinstance(parent, dict):
            parent[f"{key}_copy"] = copy.deepcopy(parent[key])
    return document


@pytest.mark.parametrize(
    "path", [p for p in FILES if p.stat().st_size < 500_000], ids=lambda p: p.name
)
def test_damaged_specs_give_a_report_or_a_diff_error(path: Path) -> None:
    document = _load(path)
    rng = random.Random(path.name)  # the same damage every run
    for _ in range(5):
        damaged = _damage(document, rng)
        for old, new in ((document, damaged), (damaged, document)):
            try:
                report = diff_documents(old, new)
            except DiffError:
                continue
            assert all(
                c.pointer.startswith("/") and "\n" not in c.message
                for c in report.changes
            )
