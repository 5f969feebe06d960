"""One soak run: the fault server, a process per driver (``worker.py``), their reports merged."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from tests.client.leaks import sightings
from tests.client.mock.support import SECRET

from .drivers import DRIVERS, run_sync, search_errors
from .report import Report

ROOT = Path(__file__).resolve().parents[2]
WARM_UP = 2.0
# Two malloc arenas, not one per thread: with sixteen threads reading 10 MB bodies, glibc's
# per-thread arenas keep freed memory that RSS then counts, and the memory target would measure
# when the last large body arrived rather than whether the client keeps anything.
_WORKER_ENV = {**os.environ, "MALLOC_ARENA_MAX": "2"}


def soak(seconds: float, seed: int = 21) -> Report:
    """Run every driver against the fault server for ``seconds``; return the counts."""
    report = Report(seconds=seconds)
    with _fault_server(seed) as base_url:
        workers = {
            name: subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.soak.worker",
                    name,
                    base_url,
                    str(seconds),
                ],
                cwd=ROOT,
                env=_WORKER_ENV,
                stdout=subprocess.PIPE,
                text=True,
            )
            for name in DRIVERS
        }
        for name, worker in workers.items():
            output, _ = worker.communicate(timeout=seconds + 120)
            if worker.returncode != 0:
                raise RuntimeError(
                    f"the {name} driver failed (exit {worker.returncode})"
                )
            report.merge(json.loads(output))
        report.server = _stats(base_url)
    return report


def run_driver(name: str, base_url: str, seconds: float) -> Report:
    """One driver, in this process: warm up, measure, call for ``seconds``, measure again."""
    report = Report(seconds=seconds)
    searcher = threading.Thread(target=search_errors, args=(report,), name="searcher")
    searcher.start()
    try:
        with _searched_logs(report):
            run_sync(base_url, Report(), WARM_UP)  # imports, models, first connections
            fds, sockets, rss, objects = _measure()
            third: list[float] = []
            sampler = threading.Timer(seconds / 3, lambda: third.append(_measure()[2]))
            sampler.start()
            DRIVERS[name](base_url, report, seconds)
            report.settle()
            sampler.join()
            report.pending.put(None)
            searcher.join()
            time.sleep(0.2)  # sockets closed by the last background tasks
            end_fds, end_sockets, end_rss, end_objects = _measure()
    finally:
        report.pending.put(None)
        searcher.join()
    report.fd_delta = end_fds - fds
    report.socket_delta = end_sockets - sockets
    report.memory_delta_mb = end_rss - (third[0] if third else rss)
    report.memory_total_mb = end_rss - rss
    report.objects_delta = end_objects - objects
    return report


def _measure() -> tuple[int, int, float, int]:
    """Descriptors, sockets, resident memory (MB) and live objects, after a collection.

    Freed heap is handed back to the system first (``malloc_trim``), for the same reason as
    ``_WORKER_ENV``: RSS should count what is held, not what the allocator kept.
    """
    gc.collect()
    _trim_heap()
    return _descriptors(), _sockets(), _rss_mb(), len(gc.get_objects())


@contextlib.contextmanager
def _fault_server(seed: int) -> Iterator[str]:
    """``python -m tests.soak.faults`` in its own process; stopped by closing its stdin."""
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.soak.faults", str(seed)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        yield f"http://127.0.0.1:{int(server.stdout.readline())}"
    finally:
        assert server.stdin is not None
        server.stdin.close()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        assert server.stdout is not None
        server.stdout.close()


def _stats(base_url: str) -> dict[str, int]:
    """The server's counts (asked again while it restarts)."""
    port = int(base_url.rsplit(":", 1)[1])
    for _ in range(50):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
                sock.sendall(b"GET /__soak/stats HTTP/1.1\r\nHost: soak\r\n\r\n")
                data = b""
                while b"}" not in data:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    data += chunk
            stats: dict[str, int] = json.loads(data.partition(b"\r\n\r\n")[2])
            return stats
        except (OSError, ValueError):
            time.sleep(0.1)
    raise RuntimeError("the fault server did not report its counts")


class _SearchingHandler(logging.Handler):
    """Formats every record of the client's and httpx's loggers and searches it for the token."""

    def __init__(self, report: Report) -> None:
        super().__init__(logging.DEBUG)
        self.report = report
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        line = self.format(record) + repr(record.args)
        with self.report._lock:
            self.report.log_lines += 1
        if sightings(line, SECRET):
            self.report.note(
                "token_sightings", f"log line: {record.name} {record.levelname}"
            )


@contextlib.contextmanager
def _searched_logs(report: Report) -> Iterator[None]:
    handler = _SearchingHandler(report)
    loggers = [logging.getLogger(name) for name in ("contactswing", "httpx")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)


def _descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def _sockets() -> int:
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            count += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
    return count


def _trim_heap() -> None:
    with contextlib.suppress(OSError, AttributeError):  # not glibc: measure as it is
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
