"""Run one stage in a forked worker process while the caller does other work.

Two cores can then validate the spec and generate its models at the same time. The worker is
forked, so the function itself is never pickled (only its result, or its exception). Where
fork is not available (or not safe, as on macOS), the stage runs when its result is asked for.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, TypeVar

from generator.errors import InternalError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

T = TypeVar("T")


class Mailbox:
    """One value the caller hands to the worker after starting it (pass it to ``in_background``
    and in the worker's argument): the worker can begin before the value is known."""

    def __init__(self) -> None:
        self._value: Any = _UNSET
        self._receiver: Connection | None = None
        self._sender: Connection | None = None

    def send(self, value: Any) -> None:
        """Called once by the caller; blocks only until the worker takes a large value."""
        self._value = value
        if self._sender is not None:
            self._sender.send(value)
            self._sender.close()

    def receive(self) -> Any:
        """Called once by the worker: the value sent, waiting for it if need be."""
        if self._receiver is not None:
            return self._receiver.recv()
        if self._value is _UNSET:
            raise InternalError("the worker asked for a value that was never sent")
        return self._value

    def _open(self) -> None:
        import multiprocessing

        self._receiver, self._sender = multiprocessing.get_context("fork").Pipe(duplex=False)


_UNSET: Any = object()


@contextmanager
def in_background(func: Callable[[Any], T], argument: Any,
                  mailbox: Mailbox | None = None) -> Iterator[Callable[[], T]]:
    """Start ``func(argument)`` in a worker; yields a function that waits for its result.

    Leaving the block stops the worker, so a failure in the caller (an invalid spec) does not
    wait for a result nobody will use. An exception raised by ``func`` is raised by the waiter.
    """
    import multiprocessing  # here: a run the run cache skips never needs it

    if not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda: func(argument)  # in this process, after the caller sent its values
        return
    context = multiprocessing.get_context("fork")
    if mailbox is not None:
        mailbox._open()  # before the fork, so the worker holds the other end
    receiver, sender = context.Pipe(duplex=False)
    # Not a daemon: the worker may start its own pool (formatting). It leads a process group,
    # so stopping it stops that pool too.
    worker = context.Process(target=_work, args=(sender, func, argument))
    worker.start()
    sender.close()

    def wait() -> T:
        try:
            ok, value = receiver.recv()
        except EOFError as err:
            raise InternalError("the worker process generating the client died") from err
        if ok:
            return value  # type: ignore[no-any-return]
        raise value

    try:
        yield wait
    finally:
        receiver.close()
        if worker.is_alive():
            _stop(worker.pid)
        worker.join()


def _stop(pid: int | None) -> None:
    """SIGTERM to the worker's process group, or to the worker if it has not made one yet."""
    if pid is None:
        return
    try:
        os.killpg(pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)


def _work(sender: Connection, func: Callable[[Any], Any], argument: Any) -> None:
    """The worker's whole life: one call, one message back."""
    os.setpgid(0, 0)
    try:
        message: tuple[bool, Any] = (True, func(argument))
    except BaseException as err:  # every outcome, even an exit, goes back to the parent
        message = (False, err)
    try:
        sender.send(message)
    except Exception as err:  # an exception that cannot be pickled is described instead
        sender.send((False, InternalError(f"{type(message[1]).__name__}: {message[1]} ({err})")))
    finally:
        sender.close()
