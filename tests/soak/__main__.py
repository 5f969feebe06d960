"""``python -m tests.soak [--seconds N]``: run the soak, print the report, exit 1 on a miss."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# The committed generated package, as the tests import it (tests/conftest.py does the same).
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "generated" / "src"))

from .run import soak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__)
    parser.add_argument(
        "--seconds",
        type=float,
        default=90.0,
        help="how long every driver calls the fault server (default 90)",
    )
    parser.add_argument(
        "--seed", type=int, default=21, help="the fault server's random seed"
    )
    args = parser.parse_args(argv)
    report = soak(args.seconds, args.seed)
    print(report.text())
    return 1 if report.failures() else 0


raise SystemExit(main())
