"""The background worker: its result or exception reaches the caller, and leaving the block
early stops the worker together with any process it started (the formatting pool)."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from generator.background import Mailbox, in_background


def _square(value: int) -> int:
    return value * value


def _fail(message: str) -> None:
    raise ValueError(message)


def _start_child_then_wait(pid_file: str) -> None:
    child = subprocess.Popen(["sleep", "60"])
    Path(pid_file).write_text(str(child.pid))
    child.wait()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed child of a dead parent is a zombie until init reaps it.
    status = Path(f"/proc/{pid}/stat")
    return status.exists() and status.read_text().split()[2] != "Z"


def _add_sent(job: tuple[int, Mailbox]) -> int:
    start, mailbox = job
    return start + int(mailbox.receive())


def test_a_value_sent_after_the_start_reaches_the_worker() -> None:
    mailbox = Mailbox()
    big = 10 ** 200_000  # larger than a pipe's buffer: send waits for the worker to take it
    with in_background(_add_sent, (1, mailbox), mailbox) as pending:
        mailbox.send(big)
        assert pending() == big + 1


def test_the_result_reaches_the_caller() -> None:
    with in_background(_square, 7) as pending:
        assert pending() == 49


def test_an_exception_in_the_worker_is_raised_by_the_waiter() -> None:
    with in_background(_fail, "broken spec") as pending, pytest.raises(ValueError, match="broken spec"):
        pending()


def test_leaving_early_stops_the_worker_and_what_it_started(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    with pytest.raises(RuntimeError), in_background(_start_child_then_wait, str(pid_file)):
        deadline = time.monotonic() + 10
        while not pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        raise RuntimeError("validation failed")  # the caller's failure, as for an invalid spec
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)
