"""A Prism mock of one spec on 127.0.0.1, started and always stopped (as tests/client/prism does).

``prism mock`` in its default static mode answers with the spec's examples (or values built
from the schemas), so the same spec always gives the same answers. It validates requests and
security, and negotiates the answer's media type with ``Accept``; it does not check query
styles (hence the wire check).

One workaround, for a Prism defect: Prism resolves every ``$ref`` key it meets, example data
included, so a spec whose examples carry a ``$ref`` *property* (GitHub's SCIM examples:
``"$ref": "https://api.github.com/scim/..."``) makes it download that URL at start-up and, with
no network, exit. ``servable`` then gives Prism a copy without those data keys (the examples
stay valid: the property is optional there); requests are judged against the original spec.
No upstream issue was found for it.
"""

from __future__ import annotations

import copy
import json
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from tests.prism_server import free_port, stop

ROOT = Path(__file__).resolve().parents[3]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


class PrismError(RuntimeError):
    """Prism is missing, exited, or did not answer in time; the message carries its output."""


def _tail(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-3000:]


@contextmanager
def started(process: subprocess.Popen[bytes]) -> Iterator[subprocess.Popen[bytes]]:
    """Own a started Prism process: it is stopped when the block ends, however it ends."""
    try:
        yield process
    finally:
        stop(process)


def launch(spec: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``prism mock`` on a free port (not yet waiting for it); the process and its URL."""
    if not PRISM.exists():
        raise PrismError(f"{PRISM} is missing: run `make test` (npm ci installs Prism)")
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group, so teardown reaches node
        )
    return process, f"http://127.0.0.1:{port}"


def wait_until_serving(
    process: subprocess.Popen[bytes], url: str, log: Path, timeout: float
) -> None:
    """Return once Prism answers any HTTP request; raise ``PrismError`` otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise PrismError(
                f"Prism exited with code {process.returncode}: {_tail(log)}"
            )
        try:
            httpx.get(url + "/", timeout=1.0)
            return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise PrismError(
                f"Prism did not answer within {timeout:.0f} s: {_tail(log)}"
            )
        time.sleep(0.2)


def servable(spec: Path, data: Any, work: Path) -> Path:
    """The spec, or a copy without ``$ref`` keys inside example data (see the module doc)."""
    if not _data_refs(data, in_example=False, strip=False):
        return spec
    document = copy.deepcopy(data)
    _data_refs(document, in_example=False, strip=True)
    served = work / ("prism-" + spec.with_suffix(".json").name)
    served.write_text(json.dumps(document), encoding="utf-8")
    return served


def _data_refs(node: Any, *, in_example: bool, strip: bool) -> bool:
    """Whether objects under ``example``/``examples`` carry a non-local ``$ref`` string;
    ``strip`` removes those keys."""
    found = False
    if isinstance(node, dict):
        ref = node.get("$ref")
        if in_example and isinstance(ref, str) and not ref.startswith("#"):
            found = True
            if strip:
                del node["$ref"]
            else:
                return True
        for key, value in node.items():
            inside = in_example or key in ("example", "examples")
            if _data_refs(value, in_example=inside, strip=strip):
                found = True
                if not strip:
                    return True
    elif isinstance(node, list):
        for item in node:
            if _data_refs(item, in_example=in_example, strip=strip):
                found = True
                if not strip:
                    return True
    return found
