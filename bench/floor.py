"""The work a cold run cannot skip, each step measured alone: the floor under the cold targets.

The guide fixes the tools: openapi-spec-validator validates, datamodel-code-generator writes
the models, black formats every file. Whatever the design, a cold run pays for the three.
Run by the bench in our virtualenv, with the generator snapshot on ``PYTHONPATH``; each mode
prints JSON, timed from after start-up and loading the spec:

- ``floor.py models SPEC``: import datamodel-code-generator and run it in process exactly as
  the generator does (our model plan first). The bench also takes this process's peak memory.
- ``floor.py validate SPEC [--strict|--allow-invalid]``: import the validators and run the
  validation stage (openapi-spec-validator and our own checks), as ``generate`` does.
- ``floor.py black OUT PACKAGE``: import black, then format every Python file of a generated
  package that the generator formats (all but the static runtime, copied black-clean); the
  CPU seconds of the formatting, which spreads across cores.
"""

from __future__ import annotations

import json
import sys
import time
from contextlib import suppress
from pathlib import Path
from typing import Any


def models(spec: Path) -> dict[str, Any]:
    from generator.spec import load_spec

    document = load_spec(spec).document
    start = time.perf_counter()
    from generator.models import build_models
    from generator.plan import plan_models

    build_models(plan_models(document).document)
    return {"seconds": time.perf_counter() - start}


def validate(spec: Path, flags: list[str]) -> dict[str, Any]:
    from generator.errors import SpecError
    from generator.spec import load_spec

    loaded = load_spec(spec)
    start = time.perf_counter()
    from generator.validate import validate as run

    with suppress(
        SpecError
    ):  # the work is done either way; the generator would stop here
        run(
            loaded, strict="--strict" in flags, allow_invalid="--allow-invalid" in flags
        )
    return {"seconds": time.perf_counter() - start}


def black_work(out: Path, package: str) -> dict[str, Any]:
    start = time.perf_counter()
    from generator.format import format_source
    from generator.render import static_files

    imported = time.perf_counter() - start
    static = set(static_files(package))
    texts = {
        path.relative_to(out).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(out.rglob("*.py"))
    }
    texts = {name: text for name, text in texts.items() if name not in static}
    cpu = time.process_time()
    for name, text in texts.items():
        format_source(name, text)
    return {
        "import": imported,
        "cpu": time.process_time() - cpu,
        "files": len(texts),
        "lines": sum(text.count("\n") for text in texts.values()),
    }


def main(argv: list[str]) -> int:
    mode, args = (argv[0], argv[1:]) if argv else ("", [])
    if mode == "models" and len(args) == 1:
        result = models(Path(args[0]))
    elif mode == "validate" and args:
        result = validate(Path(args[0]), args[1:])
    elif mode == "black" and len(args) == 2:
        result = black_work(Path(args[0]), args[1])
    else:
        print(
            "usage: floor.py models SPEC | validate SPEC [FLAGS] | black OUT PACKAGE",
            file=sys.stderr,
        )
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
