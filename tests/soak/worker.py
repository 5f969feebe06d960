"""``python -m tests.soak.worker DRIVER URL SECONDS``: one driver in a process of its own.

Prints its report as JSON. A process per driver keeps the drivers from slowing each other
through the interpreter lock: a late call then says something about the client, not about
80 callers and 10 MB bodies sharing one interpreter. Each process measures its own file
descriptors and memory, and searches its own exceptions and log lines for the token.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# The committed generated package, as the tests import it (tests/conftest.py does the same).
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "generated" / "src"))

from .run import run_driver


def main() -> None:
    driver, base_url, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    json.dump(run_driver(driver, base_url, seconds).as_json(), sys.stdout)


if __name__ == "__main__":
    main()
