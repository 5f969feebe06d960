"""What a soak run counts, how it is printed, and which counts must be zero."""

from __future__ import annotations

import queue
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# How late after its deadline a call may end and still count as on time: the scheduling of
# about 80 threads and tasks on a loaded two-core machine, and the parse of a response that
# arrived just in time (the deadline bounds the waiting, not the CPU work after it).
DEADLINE_SLACK = 0.3
# Growth of the resident set from a third of the run to its end (after close() and a garbage
# collection) that counts as a leak. Measured from a third, not from the start: the allocator
# keeps the high-water mark of the 10 MB bodies that concurrent calls read at once, which is
# reached early and is not a leak; a leak keeps growing.
MEMORY_SLACK_MB = 32.0


@dataclass
class Report:
    """Counts of one soak run; every method is thread-safe."""

    seconds: float = 0.0
    calls: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    by_driver: Counter[str] = field(default_factory=Counter)
    untyped: list[str] = field(default_factory=list)
    overruns: list[str] = field(default_factory=list)
    worst_overrun: float = 0.0
    token_sightings: list[str] = field(default_factory=list)
    errors_searched: int = 0
    log_lines: int = 0
    server: dict[str, int] = field(default_factory=dict)
    fd_delta: int = 0
    socket_delta: int = 0
    memory_delta_mb: float = 0.0  # from a third of the run to its end (worst process)
    memory_total_mb: float = (
        0.0  # from the end of the warm-up to the end (worst process)
    )
    objects_delta: int = 0
    wedged_pools: list[str] = field(default_factory=list)
    worst_loop_lag: float = 0.0
    # Calls late only by as long as their thread or event loop was not run (see ``settle``).
    starved: int = 0
    _late: list[tuple[str, float, float, float]] = field(
        default_factory=list, repr=False
    )
    _lags: list[tuple[float, float]] = field(default_factory=list, repr=False)
    # Exceptions waiting for the searcher thread (None stops it).
    pending: queue.SimpleQueue[tuple[BaseException, str] | None] = field(
        default_factory=queue.SimpleQueue, repr=False
    )
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def call(
        self, driver: str, outcome: str, elapsed: float, deadline: float, ended: float
    ) -> None:
        """Record one finished call (it ended at ``ended``, on the monotonic clock)."""
        with self._lock:
            self.calls += 1
            self.outcomes[outcome] += 1
            self.by_driver[driver] += 1
            late = elapsed - deadline
            self.worst_overrun = max(self.worst_overrun, late)
            if late <= DEADLINE_SLACK:
                return
            line = f"{driver}: {outcome} after {elapsed:.2f}s (deadline {deadline}s)"
            self._late.append((line, ended - elapsed + deadline, ended, late))

    def loop_lag(self, woke: float, seconds: float) -> None:
        """Record how late the driver's event loop (or a thread) woke up from a 10 ms sleep."""
        with self._lock:
            self.worst_loop_lag = max(self.worst_loop_lag, seconds)
            self._lags.append((woke, seconds))

    def settle(self) -> None:
        """Judge the late calls once every lag sample is in.

        A call's deadline is kept by its thread or event loop; one that the machine does not
        run (five soak processes on two cores, beside whatever else runs) cannot raise on time.
        A late call counts as over its deadline unless its process's watcher was itself that
        late, in the same window: a lag sample woken between the call's deadline and shortly
        after its end, at least as long as the call's lateness less the slack. A client that
        ignored its deadline is late by seconds while the watcher is on time, and still counts.
        """
        for line, due, ended, late in self._late:
            lags = [lag for woke, lag in self._lags if due <= woke <= ended + 0.5]
            if lags and late - max(lags) <= DEADLINE_SLACK:
                self.starved += 1
            else:
                self.overruns.append(line)
        self._late.clear()

    def note(self, attribute: str, line: str) -> None:
        """Append ``line`` to one of the lists of problems."""
        with self._lock:
            getattr(self, attribute).append(line)

    def searched(self, found: list[str], where: str) -> None:
        """Record one exception searched for the token."""
        with self._lock:
            self.errors_searched += 1
            if found:
                self.token_sightings.append(where)

    _LISTS = ("untyped", "overruns", "token_sightings", "wedged_pools")
    _SUMS = (
        "calls",
        "errors_searched",
        "log_lines",
        "fd_delta",
        "socket_delta",
        "objects_delta",
        "starved",
    )
    _MAXIMA = ("worst_overrun", "worst_loop_lag", "memory_delta_mb", "memory_total_mb")

    def as_json(self) -> dict[str, object]:
        """The counts of one driver's process, for ``merge``."""
        data: dict[str, object] = {
            name: getattr(self, name)
            for name in (*self._LISTS, *self._SUMS, *self._MAXIMA)
        }
        data["outcomes"] = dict(self.outcomes)
        data["by_driver"] = dict(self.by_driver)
        return data

    def merge(self, data: dict[str, Any]) -> None:
        """Add one driver process's counts (``as_json``) to this report."""
        for name in self._LISTS:
            getattr(self, name).extend(data[name])
        for name in self._SUMS:
            setattr(self, name, getattr(self, name) + data[name])
        for name in self._MAXIMA:  # memory: the worst process, each against the slack
            setattr(self, name, max(getattr(self, name), data[name]))
        self.outcomes.update(data["outcomes"])
        self.by_driver.update(data["by_driver"])

    @property
    def duplicate_posts(self) -> int:
        return self.server.get("duplicate_posts", 0)

    def failures(self) -> dict[str, object]:
        """The zero-targets that are not zero (empty when the run is clean)."""
        targets: dict[str, object] = {
            "duplicate POSTs": self.duplicate_posts,
            "exceptions outside the documented tree": len(self.untyped),
            "token sightings": len(self.token_sightings),
            "calls over their deadline": len(self.overruns),
            "pools that stopped working": len(self.wedged_pools),
            "file descriptors not given back": self.fd_delta,
            "sockets not given back": self.socket_delta,
            "memory growth over the slack (MB)": (
                round(self.memory_delta_mb, 1)
                if self.memory_delta_mb > MEMORY_SLACK_MB
                else 0
            ),
        }
        return {name: value for name, value in targets.items() if value}

    def text(self) -> str:
        """The report, as printed by ``python -m tests.soak``."""
        lines = [
            f"soak: {self.calls:,} calls in {self.seconds:.0f} s"
            f" ({', '.join(f'{d} {n:,}' for d, n in sorted(self.by_driver.items()))})",
            f"  server: {self.server.get('requests', 0):,} requests,"
            f" {self.server.get('restarts', 0)} restarts",
            "  outcomes:",
            *(
                f"    {name:<32} {count:>7,}"
                for name, count in self.outcomes.most_common()
            ),
            "  zero-targets:",
            f"    duplicate POSTs                  {self.duplicate_posts}",
            f"    untyped exceptions               {len(self.untyped)}",
            f"    token sightings                  {len(self.token_sightings)}"
            f"  (in {self.errors_searched:,} exceptions, tracebacks with locals,"
            f" and {self.log_lines:,} log lines)",
            f"    calls over their deadline        {len(self.overruns)}"
            f"  (worst: {self.worst_overrun:+.3f} s; slack {DEADLINE_SLACK} s)",
            f"    (late only while their thread or event loop was not run:"
            f" {self.starved}; worst scheduling lag {self.worst_loop_lag:.3f} s)",
            f"    wedged pools                     {len(self.wedged_pools)}",
            f"    file descriptors (delta, summed) {self.fd_delta:+d}"
            f"  (sockets {self.socket_delta:+d})",
            f"    memory (RSS, third to end, worst) {self.memory_delta_mb:+.1f} MB"
            f"  (slack {MEMORY_SLACK_MB:.0f} MB; {self.memory_total_mb:+.1f} MB since the"
            f" warm-up; live objects {self.objects_delta:+,})",
        ]
        for name in ("untyped", "token_sightings", "overruns", "wedged_pools"):
            problems = getattr(self, name)
            lines += [f"  {name}: {problem}" for problem in problems[:10]]
        failures = self.failures()
        lines.append(
            "soak: FAILED " + ", ".join(f"{k}: {v}" for k, v in failures.items())
            if failures
            else "soak: every zero-target is zero"
        )
        return "\n".join(lines)
