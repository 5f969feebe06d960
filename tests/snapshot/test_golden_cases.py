"""Protects the edge-case specs: each golden tree under ``tests/cases`` equals a fresh generation.

Each ``tests/cases/<name>/spec.yaml`` pins down one kind of awkward input: keyword names
(``keywords``), enums, nesting, arrays and required against optional (``models``), a
discriminated union (``union``), hostile prose (``text``), and every parameter location, a
method named ``list``, an array response and an Idempotency-Key (``operations``). The
comparison goes through ``generator.pipeline.check``, the code path of ``make check``.
"""

from __future__ import annotations

import pytest

from generator import pipeline
from tests.snapshot_support import ACCEPT_CASES, Freshen, case_names, case_options


def test_every_edge_case_has_a_spec() -> None:
    assert {"keywords", "models", "operations", "text", "union"} <= set(case_names())


@pytest.mark.parametrize("name", case_names())
def test_golden_tree_equals_a_fresh_generation(name: str, fresh: Freshen) -> None:
    options = fresh(case_options(name))
    assert options.out.is_dir(), f"{options.out} is missing; create it with `{ACCEPT_CASES}`"
    result, diffs = pipeline.check(options)
    assert not result.skipped, "the run cache answered; this test needs a fresh build"
    assert not result.warnings, "a case spec must generate without warnings under --strict"
    assert not diffs, (
        f"tests/cases/{name}/golden differs from a fresh generation of its spec.yaml:\n\n"
        + "".join(diffs)
        + f"\nIf the change is intended, accept it with `{ACCEPT_CASES}` and commit the result."
    )
