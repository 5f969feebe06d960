"""A repair for httpcore's async connection pool after a cancelled call (encode/httpcore#1093).

When a call waiting for a pooled connection is cancelled (``asyncio.wait_for``, a task group,
our own ``deadline``) just after the pool created a new connection for it, httpcore removes the
call but keeps the connection: it is neither idle nor closed, so the pool never reclaims it, and
nobody will ever use it. After ``max_connections`` of them every call fails with "pool timeout"
against a healthy server. httpcore 1.0.9 (the latest release) has the defect; open pull
requests there (#1094, #1099) reclaim such connections inside the pool, which is what this does
from outside until a release does it.

A second shape of the same defect: when a second cancellation reaches a call that is already
closing its response (our deadline and the caller's ``wait_for`` firing together), httpcore's
clean-up stops half-way: the response counts as closed, but its request stays in the pool's
queue for good, holding an ACTIVE connection that nobody will read.

``reclaim_orphans`` runs after a cancelled attempt. It removes the cancelled call's own request
if the pool still holds it (the call is over: nothing can read that response), with its
connection. A connection is an orphan when no request in the pool owns it and it is neither idle
nor closed: an HTTP/1.1 connection that is in use always has an owner (the request whose
response is still open), so nothing in use is touched. Orphans are removed from the pool,
queued requests are given the freed slots, and any socket is closed in the background (closing
awaits, and the cancelled task must not wait).

Everything here reads httpcore's private attributes through ``getattr`` and gives up quietly
when they are not there: a future httpcore that fixes the defect (or renames its internals)
simply makes this a no-op.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

import httpx

__all__ = ["reclaim_orphans"]

# Background closes, held until done (the event loop keeps only weak references to tasks).
_closing: set[asyncio.Task[None]] = set()


def reclaim_orphans(http: httpx.AsyncClient, cancelled: httpx.Request) -> int:
    """Drop what the ``cancelled`` call left in the pool and connections nobody can use.

    Returns how many connections were reclaimed.
    """
    reclaimed = 0
    transports = [getattr(http, "_transport", None)]
    transports += list(getattr(http, "_mounts", {}).values())
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if pool is not None:
            reclaimed += _reclaim(pool, cancelled)
    return reclaimed


def _reclaim(pool: Any, cancelled: httpx.Request) -> int:
    """Reclaim the orphans of one httpcore ``AsyncConnectionPool``."""
    connections = getattr(pool, "_connections", None)
    requests = getattr(pool, "_requests", None)
    assign = getattr(pool, "_assign_requests_to_connections", None)
    if not isinstance(connections, list) or not isinstance(requests, list):
        return 0
    # No await from here to the end: on one event loop nothing else touches the pool meanwhile.
    # httpx hands its request's extensions dict to httpcore as it is: that identifies the
    # cancelled call's own entry, which a finished call must not leave behind.
    for request in list(requests):
        if getattr(getattr(request, "request", None), "extensions", None) is (
            cancelled.extensions
        ):
            requests.remove(request)
    owned = {id(getattr(request, "connection", None)) for request in requests}
    orphans = [
        connection
        for connection in connections
        if id(connection) not in owned
        and not connection.is_idle()
        and not connection.is_closed()
    ]
    if not orphans:
        return 0
    for connection in orphans:
        connections.remove(connection)
    closing = list(orphans)
    if callable(assign):
        # Hand the freed slots to calls waiting in the queue, as the pool itself would.
        closing += assign()
    for connection in closing:
        _close_later(connection.aclose())
    return len(orphans)


def _close_later(closing: Coroutine[Any, Any, None]) -> None:
    """Close a connection in a task of its own, so that the caller does not wait for it."""
    task = asyncio.get_running_loop().create_task(_quietly(closing))
    _closing.add(task)
    task.add_done_callback(_closing.discard)


async def _quietly(closing: Coroutine[Any, Any, None]) -> None:
    """Await a close whose failure nobody could act on (the socket is gone either way)."""
    try:
        await closing
    except (
        Exception
    ):  # whatever it is, a failed close of an abandoned socket is not news
        return
