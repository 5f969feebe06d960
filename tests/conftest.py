"""Shared test set-up: the committed generated package is importable as ``contactswing``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED_SRC = ROOT / "generated" / "src"

if str(GENERATED_SRC) not in sys.path:
    sys.path.insert(0, str(GENERATED_SRC))
