"""``deadline=``: one budget of seconds for a whole call, every attempt and pause included.

httpx's timeouts count each phase (pool wait, connect, write, read) on its own, and a read
timeout restarts with every byte: a server that dribbles a byte every 0.1 s holds a call with
``timeout=1`` for as long as it likes. A ``Budget`` is the other measure: the time left for the
whole call. The client asks it before every attempt and every retry pause, and it keeps each
attempt inside the budget:

- each phase's timeout is cut to what is left when the phase starts (``PhaseTimeouts``, read by
  httpcore when it starts the phase), so a pool wait or a silent server ends at the deadline;
- the sync client reads a response body in chunks and checks the budget between them
  (``BudgetedStream``), since a blocking read cannot be interrupted from the same thread;
- the async client runs each attempt under ``asyncio.timeout``, which cancels it at the
  deadline wherever it waits.

A call without a deadline takes none of these paths and pays nothing for them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping

import httpx

__all__ = ["Budget", "BudgetedStream", "PhaseTimeouts"]

# The shortest timeout a phase gets: 0 would make sockets non-blocking, and a phase that
# starts with the budget spent should fail at once as a timeout, not as another error.
_MIN_TIMEOUT = 0.001
# A timeout this close to the deadline is the deadline's: the phase's timeout was cut to it.
_SLACK = 0.01


class Budget:
    """The time left for one call, from the moment it started."""

    __slots__ = ("ends_at", "seconds")

    def __init__(self, seconds: float) -> None:
        """Start the clock: the call must end within ``seconds`` from now."""
        self.seconds = seconds
        self.ends_at = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left (negative once the deadline has passed)."""
        return self.ends_at - time.monotonic()

    def spent(self) -> bool:
        """Whether the deadline has passed (or is too close for any I/O to finish)."""
        return self.remaining() <= _SLACK

    def allows(self, pause: float) -> bool:
        """Whether a retry that waits ``pause`` seconds first still starts before the deadline."""
        return self.remaining() - pause > _SLACK

    def bind(self, request: httpx.Request) -> None:
        """Make every phase of ``request`` take its timeout from this budget too."""
        timeouts = request.extensions.get("timeout") or {}
        if isinstance(timeouts, PhaseTimeouts):
            timeouts = timeouts.limits
        request.extensions["timeout"] = PhaseTimeouts(timeouts, self)


class PhaseTimeouts(Mapping[str, "float | None"]):
    """httpcore's ``timeout`` extension, each phase cut to the budget left when it starts.

    httpcore reads ``extensions["timeout"].get(phase)`` as it enters each phase (pool, connect,
    write, read), so the value is computed then, not when the request was built.
    """

    def __init__(self, limits: Mapping[str, float | None], budget: Budget) -> None:
        """Wrap the request's own per-phase timeouts."""
        self.limits = dict(limits)
        self._budget = budget

    def __getitem__(self, phase: str) -> float | None:
        limit = self.limits[phase]
        left = max(self._budget.remaining(), _MIN_TIMEOUT)
        return left if limit is None or limit > left else limit

    def __iter__(self) -> Iterator[str]:
        return iter(self.limits)

    def __len__(self) -> int:
        return len(self.limits)


class BudgetedStream(httpx.SyncByteStream):
    """A response body that stops with a read timeout once the budget is spent."""

    def __init__(
        self, stream: httpx.SyncByteStream, budget: Budget, request: httpx.Request
    ) -> None:
        """Wrap the body httpx would read."""
        self._stream = stream
        self._budget = budget
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if self._budget.spent():
                raise httpx.ReadTimeout(
                    "the deadline ran out while reading the body", request=self._request
                )
            yield chunk

    def close(self) -> None:
        self._stream.close()
