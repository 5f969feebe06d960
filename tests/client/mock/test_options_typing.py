"""Protects the typing of the configuration surface under ``mypy --strict``.

``with_options``/``copy`` return the generated class itself (``Self``), so a copy keeps every
resource and method for the type checker; the settings read back with their types; wrong
options are type errors. Each line marked ``# expect: <text>`` must be an error containing
that text, and every other line must pass.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SNIPPET = textwrap.dedent("""\
    import httpx
    from contactswing import AsyncContactSwing, ContactSwing

    def sync(client: ContactSwing) -> ContactSwing:
        fast: ContactSwing = client.with_options(timeout=5.0, max_retries=0)
        fast.actions.list()
        patient = client.copy(max_retry_after=120, default_query={"page": 1})
        timeout: httpx.Timeout = patient.timeout
        retries: int = patient.max_retries + len(patient.default_headers)
        deadline: float | None = patient.deadline
        wait: float = patient.max_retry_after + retries + timeout.read if timeout.read else 0
        query: dict[str, object] = patient.default_query
        return patient.with_options(deadline=deadline or wait, default_headers={"X": None})

    async def run(client: AsyncContactSwing) -> AsyncContactSwing:
        copy = client.copy(http_client=httpx.AsyncClient())
        await copy.actions.list()
        return copy

    def wrong(client: ContactSwing, aclient: AsyncContactSwing) -> None:
        client.with_options(max_retry=1)  # expect: Unexpected keyword argument "max_retry"
        client.copy(timeout="5")  # expect: "timeout"
        client.with_options(http_client=httpx.AsyncClient())  # expect: "http_client"
        other: AsyncContactSwing = client.copy()  # expect: Incompatible types in assignment
        client.max_retries = 3  # expect: read-only
        client.with_options().actions.nope()  # expect: "nope"
    """)


def test_the_configuration_surface_type_checks_as_documented() -> None:
    folder = ROOT / ".cache" / "mypy-options-typing"
    folder.mkdir(parents=True, exist_ok=True)
    snippet = folder / "options_usage.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated" / "src")}
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-color-output",
            "--no-error-summary",
            "--hide-error-context",
            "--cache-dir",
            str(folder / "cache"),
            str(snippet),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode in (0, 1) and not completed.stderr.strip(), (
        completed.stdout + completed.stderr
    )
    found: dict[int, list[str]] = {}
    for line in completed.stdout.splitlines():
        match = re.match(r"^.+?:(\d+): error: (.*)$", line)
        if match:
            found.setdefault(int(match.group(1)), []).append(match.group(2))
    expected = {
        number: line.split("# expect: ", 1)[1]
        for number, line in enumerate(SNIPPET.splitlines(), start=1)
        if "# expect: " in line
    }
    assert set(found) == set(expected), completed.stdout
    for number, needle in expected.items():
        assert any(needle in text for text in found[number]), (number, found[number])
