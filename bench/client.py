"""Client overhead: the generated client against raw httpx on a local server, and import time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.common import BENCH, clean_env, elapsed, time_import

IMPORTS = {
    "package+models": "import contactswing, contactswing.models",
    # What a program pays before its first request: the client, its runtime (httpx, pydantic)
    # and the resource with the models its methods use. No request is sent.
    "client+resource": (
        "import contactswing\n"
        "contactswing.ContactSwing(token='t', base_url='http://127.0.0.1:9').actions"
    ),
    "httpx+pydantic": "import httpx, pydantic",
}


def run_client(
    generated_src: Path,
    requests: int,
    reps: int,
    import_reps: int,
    runtime_python: Path,
) -> dict[str, Any]:
    """Start the server, run bench/client_load.py against it, then time the imports (in the
    environment of ``runtime_python``: only the package's runtime dependencies)."""
    server = subprocess.Popen(
        [sys.executable, str(BENCH / "server.py")],
        stdout=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        print(
            f"bench: [{elapsed()}] client overhead against 127.0.0.1:{port} "
            f"({requests} requests x {reps})",
            flush=True,
        )
        load = subprocess.run(
            [
                sys.executable,
                str(BENCH / "client_load.py"),
                str(port),
                str(requests),
                str(reps),
            ],
            capture_output=True,
            text=True,
            env=clean_env(PYTHONPATH=str(generated_src)),
            cwd=BENCH,
        )
        if load.returncode != 0:
            raise RuntimeError(f"client_load.py failed:\n{load.stderr}")
        results: dict[str, Any] = json.loads(load.stdout)
    finally:
        server.terminate()
        server.wait()
    print(f"bench: [{elapsed()}] import times (client)", flush=True)
    imports: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for statement in IMPORTS.values():
        time_import(runtime_python, statement, pythonpath=[generated_src])  # warm-up
    for _ in range(import_reps):
        for name, statement in IMPORTS.items():
            imports[name].append(
                time_import(runtime_python, statement, pythonpath=[generated_src])
            )
    results["imports"] = imports
    results["import_statements"] = IMPORTS
    results["requests"], results["reps"], results["import_reps"] = (
        requests,
        reps,
        import_reps,
    )
    return results
