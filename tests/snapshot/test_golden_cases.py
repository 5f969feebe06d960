"""Protects the edge-case specs: each golden tree under ``tests/cases`` equals a fresh generation.

Each ``tests/cases/<name>/spec.yaml`` pins down one kind of awkward input: keyword names
(``keywords``), enums, nesting, arrays and required against optional (``models``), a
discriminated union (``union``), hostile prose (``text``), and every parameter location, a
method named ``list``, an array response and an Idempotency-Key (``operations``), and
properties, parameters and enum values named like schema keywords (``keyword_names``). Each
is a fresh build (``--no-cache``) compared file by file, the static runtime left out.
"""

from __future__ import annotations

import pytest

from generator import pipeline
from generator.write import diff_tree
from tests.snapshot_support import ACCEPT_CASES, case_names, case_options, golden_files


def test_every_edge_case_has_a_spec() -> None:
    assert {
        "keyword_names",
        "keywords",
        "models",
        "operations",
        "text",
        "union",
    } <= set(case_names())


@pytest.mark.parametrize("name", case_names())
def test_golden_tree_equals_a_fresh_generation(name: str) -> None:
    options = case_options(name)
    assert (
        options.out.is_dir()
    ), f"{options.out} is missing; create it with `{ACCEPT_CASES}`"
    result = pipeline.build(options)
    diffs = diff_tree(golden_files(name, result.files), options.out)
    assert (
        not result.warnings
    ), "a case spec must generate without warnings under --strict"
    assert not diffs, (
        f"tests/cases/{name}/golden differs from a fresh generation of its spec.yaml:\n\n"
        + "".join(diffs)
        + f"\nIf the change is intended, accept it with `{ACCEPT_CASES}` and commit the result."
    )
