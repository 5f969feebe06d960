"""Misbehaving HTTP servers on 127.0.0.1, each in a thread, for the tests that need a real socket.

Every server binds a free port on loopback and is stopped (and its sockets closed) on exit.
A ``Behaviour`` gets each accepted connection and decides what the server does with it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator

Behaviour = Callable[[socket.socket, threading.Event], None]

OK_BODY = b'{"ok": true}'


def read_head(conn: socket.socket) -> bytes:
    """Read a request up to the end of its headers (b"" when the peer closed)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return b""
        data += chunk
    return data


def answer(
    conn: socket.socket, status: str = "200 OK", body: bytes = OK_BODY, extra: str = ""
) -> None:
    conn.sendall(
        (
            f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n{extra}\r\n"
        ).encode()
        + body
    )


def ok(conn: socket.socket, stop: threading.Event) -> None:
    """Answer every request on the connection with 200 and a small JSON body."""
    while not stop.is_set() and read_head(conn):
        answer(conn)


def dribble(interval: float, length: int) -> Behaviour:
    """Answer headers at once, then the body one byte every ``interval`` seconds."""

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        if not read_head(conn):
            return
        conn.sendall(
            f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            f"Content-Length: {length}\r\n\r\n".encode()
        )
        for _ in range(length):
            if stop.wait(interval):
                return
            conn.sendall(b" ")

    return behaviour


def silent(conn: socket.socket, stop: threading.Event) -> None:
    """Read the request, never answer."""
    read_head(conn)
    stop.wait(30)


def never_read(conn: socket.socket, stop: threading.Event) -> None:
    """Accept and never read: the client's writes block once the socket buffers are full."""
    stop.wait(30)


def status(code: str, extra: str = "") -> Behaviour:
    """Answer every request with ``code`` (for example ``"503 Service Unavailable"``)."""

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        while not stop.is_set() and read_head(conn):
            answer(conn, code, b'{"detail": "busy"}', extra)

    return behaviour


@contextlib.contextmanager
def serve(behaviour: Behaviour, *, receive_buffer: int | None = None) -> Iterator[str]:
    """Run a server with ``behaviour`` on 127.0.0.1; yield its base URL."""
    listener = socket.socket()
    if receive_buffer is not None:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.05)
    stop = threading.Event()
    connections: list[socket.socket] = []
    threads: list[threading.Thread] = []

    def handle(conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            behaviour(conn, stop)

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            connections.append(conn)
            thread = threading.Thread(target=handle, args=(conn,), daemon=True)
            threads.append(thread)
            thread.start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        acceptor.join(5)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        for thread in threads:
            thread.join(5)
        listener.close()


class Stopwatch:
    """Seconds since creation."""

    def __init__(self) -> None:
        self.started = time.monotonic()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started
