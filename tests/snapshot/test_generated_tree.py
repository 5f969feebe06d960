"""Protects the committed client: ``generated/`` is exactly what the spec and templates produce.

Uses ``generator.pipeline.check``, the code path of ``make check`` (with ``--no-cache``); it
never writes.
"""

from __future__ import annotations

from generator import pipeline
from tests.snapshot_support import ACCEPT_GENERATED, generated_options


def test_generated_equals_a_fresh_generation() -> None:
    options = generated_options()  # --no-cache: a fresh build
    result, diffs = pipeline.check(options)
    assert not result.skipped
    assert not diffs, (
        f"{options.out} differs from a fresh generation of {options.spec}:\n\n"
        + "".join(diffs)
        + f"\nIf the change is intended, accept it with `{ACCEPT_GENERATED}` and commit the result."
    )
