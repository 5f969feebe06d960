"""One spec end to end: generate its client, start Prism on it, call every operation, stop.

The generator runs as a user runs it (``python -m generator generate --allow-invalid
--no-cache``, in its own process, with a timeout) while Prism starts and the harness learns
the method names; then the package is imported and each operation is called once, in spec
order, each call bounded by the client's timeout and all of them by the spec's budget. Prism
is stopped and the package forgotten however the run ends.
"""

from __future__ import annotations

import importlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from . import prism
from .calls import Outcome, Session, call, not_served
from .document import Document, Operation
from .names import Names, learn
from .recording import RecordingTransport
from .values import Values

ROOT = Path(__file__).resolve().parents[3]
GENERATE_TIMEOUT = 900.0  # Stripe's 4 MB spec takes about a minute on two cores
PRISM_STARTUP_TIMEOUT = 180.0  # GitHub: ~20 s; Stripe: never (see known.py)
CALL_TIMEOUT = 10.0  # per call (the client's own timeout; no retries)
CALLS_BUDGET = 900.0  # all calls of one spec
TOKEN = "harness-token"
BASIC_TOKEN = "harness-user:harness-secret"


@dataclass
class SpecRun:
    """Every operation's outcome; ``failure`` says why none was called, if so."""

    spec: str
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    failure: str = ""
    not_served: str = ""  # why Prism did not serve (the calls then get no real answers)
    seconds: float = 0.0


def keyed(operations: list[Operation]) -> dict[str, Operation]:
    """Operations by key: the operationId, or ``METHOD path`` when it is missing or shared."""
    counts: dict[str, int] = {}
    for op in operations:
        counts[op.key] = counts.get(op.key, 0) + 1
    return {
        (op.key if counts[op.key] == 1 else f"{op.method} {op.path}"): op
        for op in operations
    }


def package_name(spec: str) -> str:
    return "rt_" + re.sub(r"[^a-z0-9]+", "_", spec.lower().rsplit(".", 1)[0]).strip("_")


def run_spec(spec: Path, name: str, work: Path) -> SpecRun:
    """Generate, serve and call ``spec``; never raises for what the spec or client does."""
    started = time.monotonic()
    document = Document.load(spec)
    operations = keyed(list(document.operations()))
    run = SpecRun(name)
    package = package_name(name)
    out = work / "client"
    log = work / "generate.log"
    with (
        log.open("wb") as err,
        _process(
            _generate_command(spec, out, package),
            cwd=work,
            stderr=err,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        ) as generator,
    ):
        process, url = prism.launch(
            prism.servable(spec, document.data, work), work / "prism.log"
        )
        with prism.started(process):
            names = _names(run, spec, package, generator, log)
            if names is not None:
                try:
                    prism.wait_until_serving(
                        process, url, work / "prism.log", PRISM_STARTUP_TIMEOUT
                    )
                except prism.PrismError as problem:
                    # Still worth calling: the wire check needs no server.
                    run.not_served = str(problem)
                with _imported(out, package) as module:
                    _call_all(run, document, names, module, url, operations)
    if run.failure:
        for key, op in operations.items():
            outcome = Outcome(key, op.method, op.path)
            outcome.fail(f"spec: {run.failure.split(':', 1)[0]}", run.failure)
            run.outcomes[key] = outcome
    run.seconds = time.monotonic() - started
    return run


def _generate_command(spec: Path, out: Path, package: str) -> list[str]:
    """``python -m generator generate`` as a user runs it on someone else's spec."""
    return [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        package,
        "--allow-invalid",
        "--no-cache",
    ]


def _names(
    run: SpecRun,
    spec: Path,
    package: str,
    generator: subprocess.Popen[bytes],
    log: Path,
) -> Names | None:
    """The method names, once the generator has written the package; None on failure."""
    try:
        names = learn(spec, package)
        code = generator.wait(timeout=GENERATE_TIMEOUT)
    except subprocess.TimeoutExpired:
        run.failure = f"generate: no result in {GENERATE_TIMEOUT:.0f} s"
        return None
    except Exception as problem:  # reported as the spec's failure
        run.failure = f"names: {type(problem).__name__}: {problem}"
        return None
    if code != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-600:]
        run.failure = f"generate: exit {code}: {tail}"
        return None
    return names


def _call_all(
    run: SpecRun,
    document: Document,
    names: Names,
    module: ModuleType,
    url: str,
    operations: dict[str, Operation],
) -> None:
    """Call every operation, against Prism, or (when it could not start) against a stand-in
    that answers "not served", so that the wire check still runs."""
    inner: httpx.BaseTransport = httpx.HTTPTransport()
    if run.not_served:
        inner = httpx.MockTransport(not_served(run.not_served))
    transport = RecordingTransport(inner)
    client_class = getattr(module, names.client_class)
    with httpx.Client(transport=transport, timeout=CALL_TIMEOUT) as http:
        client = client_class(
            **_credentials(client_class),
            base_url=url,
            http_client=http,
            timeout=CALL_TIMEOUT,
            max_retries=0,
        )
        session = Session(document, Values(document), names, module, client, transport)
        deadline = time.monotonic() + CALLS_BUDGET
        for key, op in operations.items():
            if time.monotonic() > deadline:
                outcome = Outcome(key, op.method, op.path)
                outcome.fail(
                    "not called", f"the spec's {CALLS_BUDGET:.0f} s budget ran out"
                )
            else:
                outcome = _guarded_call(session, key, op)
            run.outcomes[key] = outcome


def _credentials(client_class: Any) -> dict[str, str]:
    """A credential for every security scheme the client knows, by its argument name
    (``token=``, ``api_key=``...): each operation must pick the one its spec asks for.
    """
    schemes = getattr(client_class, "_schemes", {})
    arguments = getattr(client_class, "_credential_args", {})
    found = {"token": TOKEN}
    for key, scheme in schemes.items():
        if getattr(scheme, "kind", "") != "none":
            basic = getattr(scheme, "kind", "") == "basic"
            found[arguments.get(key, "token")] = BASIC_TOKEN if basic else TOKEN
    return found


def _guarded_call(session: Session, key: str, op: Operation) -> Outcome:
    """One call; a harness bug on one operation is that operation's failure, not the run's."""
    try:
        outcome = call(session, op)
    except Exception as problem:  # the harness's own error, reported as one
        outcome = Outcome(key, op.method, op.path)
        outcome.fail("harness error", f"{type(problem).__name__}: {problem}")
    outcome.key = key
    return outcome


@contextmanager
def _process(argv: list[str], **options: Any) -> Iterator[subprocess.Popen[bytes]]:
    """A child process in its own group, killed with its children if still running at the end."""
    process = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        start_new_session=True,
        **options,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@contextmanager
def _imported(out: Path, package: str) -> Iterator[ModuleType]:
    """Import the generated package; forget it (and its path) afterwards."""
    src = str(out / "src")
    sys.path.insert(0, src)
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(src)
        for name in [
            m for m in sys.modules if m == package or m.startswith(package + ".")
        ]:
            del sys.modules[name]
