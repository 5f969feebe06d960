"""``make snapshots``: accept the current generator output as the recorded snapshots.

Rewrites every ``tests/cases/<name>/golden/`` tree (through ``generator.pipeline`` and
``generator.write.write_tree``, as ``generate --no-cache`` would, less the static runtime) and every
``tests/errors/<name>.stderr``; nothing else. The tests only compare and never call this.
The top-level ``generated/`` client is not a case: ``make generate`` accepts that one.

An invalid spec whose run does not exit 2, or ends in an internal failure, is a generator bug,
not an output to accept: its ``.stderr`` is left as it is and the command exits 1 (unless the
bug is already listed in ``KNOWN_BUGS``, whose ``.stderr`` holds the output it should print).
"""

from __future__ import annotations

import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generator import pipeline, write
from tests.snapshot_support import (
    INTERNAL_FAILURE,
    KNOWN_BUGS,
    ROOT,
    case_names,
    case_options,
    error_names,
    expected_stderr,
    golden_files,
    run_error_case,
)


def update_cases() -> list[str]:
    """Regenerate each golden tree that differs; returns the ones rewritten."""
    changed = []
    for name in case_names():
        options = case_options(name)
        files = golden_files(name, pipeline.build(options).files)
        if write.diff_tree(files, options.out) or not options.out.is_dir():
            write.write_tree(files, options.out)
            changed.append(options.out.relative_to(ROOT).as_posix())
    return changed


def update_errors() -> tuple[list[str], list[str]]:
    """Record each invalid spec's stderr; returns (rewritten files, refused cases with why)."""
    names = [name for name in error_names() if name not in KNOWN_BUGS]
    with (
        tempfile.TemporaryDirectory() as tmp,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        runs = list(pool.map(lambda n: run_error_case(n, Path(tmp) / n / "out"), names))
    changed, refused = [], []
    for name, run in zip(names, runs, strict=True):
        if run.returncode != 2 or INTERNAL_FAILURE in run.stderr:
            refused.append(
                f"tests/errors/{name}.yaml: exit {run.returncode}, not a located "
                f"error; fix the generator, the snapshot was kept:\n{run.stderr}"
            )
            continue
        target = expected_stderr(name)
        if not target.is_file() or target.read_text(encoding="utf-8") != run.stderr:
            target.write_text(run.stderr, encoding="utf-8", newline="\n")
            changed.append(target.relative_to(ROOT).as_posix())
    return changed, refused


def main() -> int:
    """Rewrite what differs, say what was rewritten, exit 1 if some output was refused."""
    changed = update_cases()
    stderr_changed, refused = update_errors()
    for path in [*changed, *stderr_changed]:
        print(f"updated {path}")
    if not changed and not stderr_changed:
        print("every snapshot was already up to date")
    for name in sorted(KNOWN_BUGS):
        print(
            f"kept tests/errors/{name}.stderr: a known generator bug (see KNOWN_BUGS)"
        )
    for message in refused:
        print(message, file=sys.stderr)
    return 1 if refused else 0


if __name__ == "__main__":
    raise SystemExit(main())
