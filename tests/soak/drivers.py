"""The callers of a soak run: sync, async (50 tasks), threaded (16 threads), and cancelling.

Each call is a Create SMS Action (POST) or a List Actions (GET) with a random per-call
``deadline``, marked with ``X-Soak-Call`` so that the server can count duplicate POSTs. A call is
timed as soon as it returns or raises; its exception is then classified (ours by class name;
anything else is "untyped", a zero-target) and handed to the report's searcher thread, which
formats it with its locals and searches it for the token, off the callers' event loops.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import contactswing
import httpx
from contactswing import ContactSwingError

from tests.client.leaks import everything_about, sightings
from tests.client.mock.support import SECRET, sms_action

from .report import Report

DEADLINES = (0.5, 1.0, 1.5)
TIMEOUT = httpx.Timeout(2.0, connect=1.0, pool=2.0)
ASYNC_TASKS = 50
THREADS = 16
CANCELLING_TASKS = 20
SMALL_POOL = httpx.Limits(max_connections=5, max_keepalive_connections=5)


def _arguments(rnd: random.Random) -> tuple[str, dict[str, Any], float]:
    """Which method to call, its arguments (options included), and the call's deadline."""
    deadline = rnd.choice(DEADLINES)
    options: dict[str, Any] = {
        "extra_headers": {"X-Soak-Call": uuid.uuid4().hex},
        "deadline": deadline,
    }
    if rnd.random() < 0.6:
        return "create", {"body": sms_action(), **options}, deadline
    return "list", {"page": 1, **options}, deadline


def _classify(report: Report, driver: str, error: BaseException) -> str:
    """The outcome's name; untyped exceptions are noted, and every one is queued for search."""
    name = type(error).__name__
    report.pending.put((error, f"{driver}: {name}"))
    if isinstance(error, ContactSwingError):
        return name
    report.note("untyped", f"{driver}: {name}: {error}")
    return f"untyped {name}"


def search_errors(report: Report) -> None:
    """Format each queued exception with its locals and search it for the token, until None."""
    while (item := report.pending.get()) is not None:
        error, where = item
        report.searched(sightings(everything_about(error), SECRET), where)
        del error, item  # frames are not kept alive while the queue waits


def _until(seconds: float) -> Callable[[], bool]:
    stop = time.monotonic() + seconds
    return lambda: time.monotonic() < stop


def _sync_calls(
    client: contactswing.ContactSwing,
    report: Report,
    driver: str,
    running: Callable[[], bool],
    seed: int,
) -> None:
    rnd = random.Random(seed)
    while running():
        method, kwargs, deadline = _arguments(rnd)
        started = time.monotonic()
        try:
            getattr(client.actions, method)(**kwargs)
            elapsed, outcome = time.monotonic() - started, "ok"
        except Exception as error:
            elapsed = time.monotonic() - started
            outcome = _classify(report, driver, error)
        report.call(driver, outcome, elapsed, deadline, started + elapsed)


def run_sync(base_url: str, report: Report, seconds: float) -> None:
    """One sync client, one caller."""
    running = _until(seconds)
    watcher = threading.Thread(
        target=watch_threads, args=(report, running), daemon=True
    )
    watcher.start()
    with contactswing.ContactSwing(
        token=SECRET, base_url=base_url, timeout=TIMEOUT
    ) as client:
        _sync_calls(client, report, "sync", running, 1)
    watcher.join()


def run_threaded(base_url: str, report: Report, seconds: float) -> None:
    """One sync client shared by 16 threads."""
    running = _until(seconds)
    with contactswing.ContactSwing(
        token=SECRET, base_url=base_url, timeout=TIMEOUT
    ) as client:
        threads = [
            threading.Thread(
                target=_sync_calls, args=(client, report, "threaded", running, 100 + i)
            )
            for i in range(THREADS)
        ]
        threads.append(threading.Thread(target=watch_threads, args=(report, running)))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


async def _async_calls(
    client: contactswing.AsyncContactSwing,
    report: Report,
    driver: str,
    running: Callable[[], bool],
    seed: int,
    cancel_after: float | None,
) -> None:
    rnd = random.Random(seed)
    while running():
        method, kwargs, deadline = _arguments(rnd)
        started = time.monotonic()
        call = getattr(client.actions, method)(**kwargs)
        try:
            if cancel_after is None:
                await call
            else:  # a caller who hangs up after 0-20 ms
                await asyncio.wait_for(call, timeout=rnd.random() * cancel_after)
            elapsed, outcome = time.monotonic() - started, "ok"
        except TimeoutError:
            elapsed, outcome = time.monotonic() - started, "cancelled by the caller"
        except Exception as error:
            elapsed = time.monotonic() - started
            outcome = _classify(report, driver, error)
        report.call(driver, outcome, elapsed, deadline, started + elapsed)


async def _watch_lag(report: Report, running: Callable[[], bool]) -> None:
    """Record how late the event loop wakes a 10 ms sleep: how long it was kept from running.

    A deadline can only be kept by a loop that gets to run; this says how much of a late
    call is the load of the machine and of the soak itself (see ``Report.settle``).
    """
    while running():
        before = time.monotonic()
        await asyncio.sleep(0.01)
        woke = time.monotonic()
        report.loop_lag(woke, woke - before - 0.01)


def watch_threads(report: Report, running: Callable[[], bool]) -> None:
    """``_watch_lag`` for a process of threads: how late a thread wakes from a 10 ms sleep."""
    while running():
        before = time.monotonic()
        time.sleep(0.01)
        woke = time.monotonic()
        report.loop_lag(woke, woke - before - 0.01)


def run_async(base_url: str, report: Report, seconds: float) -> None:
    """One async client, 50 tasks."""

    async def main() -> None:
        running = _until(seconds)
        async with contactswing.AsyncContactSwing(
            token=SECRET, base_url=base_url, timeout=TIMEOUT
        ) as client:
            await asyncio.gather(
                _watch_lag(report, running),
                *(
                    _async_calls(client, report, "async", running, 200 + i, None)
                    for i in range(ASYNC_TASKS)
                ),
            )

    asyncio.run(main())


def run_cancelling(base_url: str, report: Report, seconds: float) -> None:
    """Async callers who give up on their calls, under a 5-connection pool; then a health check."""

    async def main() -> None:
        running = _until(seconds)
        async with httpx.AsyncClient(limits=SMALL_POOL) as http:
            client = contactswing.AsyncContactSwing(
                token=SECRET, base_url=base_url, timeout=TIMEOUT, http_client=http
            )
            await asyncio.gather(
                _watch_lag(report, running),
                *(
                    _async_calls(client, report, "cancelling", running, 300 + i, 0.02)
                    for i in range(CANCELLING_TASKS)
                ),
            )
            # Nothing is in flight now: a connection neither idle nor closed is one nobody
            # owns and nobody can use (encode/httpcore#1093).
            pool = http._transport._pool  # type: ignore[attr-defined]
            stuck = [
                repr(c) for c in pool.connections if not (c.is_idle() or c.is_closed())
            ]
            if stuck:
                report.note(
                    "wedged_pools", f"cancelling: {len(stuck)} stuck: {stuck[:3]}"
                )
            for _ in range(10):  # the fault server fails some calls on purpose
                try:
                    await client.actions.list(max_retries=5, deadline=3)
                    return
                except contactswing.APITimeoutError as error:
                    if "pool timeout" in str(error):
                        report.note("wedged_pools", f"cancelling: {error}")
                        return
                except ContactSwingError:
                    continue

    asyncio.run(main())


DRIVERS: dict[str, Callable[[str, Report, float], None]] = {
    "sync": run_sync,
    "async": run_async,
    "threaded": run_threaded,
    "cancelling": run_cancelling,
}
