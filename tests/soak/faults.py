"""The fault server: an API stand-in on 127.0.0.1 that misbehaves on purpose, in its own process.

``python -m tests.soak.faults SEED`` prints its port and serves until stdin closes. Each request
gets a fault drawn at random (weighted, seeded): good answers, 5xx, 429 with a short
``retry-after-ms``, resets before and in the middle of a body, truncated and wrong-shaped JSON,
a 10 MB body, no answer at all, a body dribbled a byte every 0.1 s, a 401 echoing the
Authorization header, an HTML error page. Every few seconds the server restarts: it drops every
connection and stops listening for a moment.

It counts duplicate POSTs: each call the drivers make carries ``X-Soak-Call``; a POST that
arrives again after the server had taken it (answered anything but 429) is a duplicate, the
thing the client's retry rules exist to prevent. ``GET /__soak/stats`` returns the counts.
"""

from __future__ import annotations

import contextlib
import json
import random
import socket
import sys
import threading
import time
from collections import Counter

FAULTS: dict[str, int] = {
    "ok": 40,
    "server_error": 8,
    "rate_limited": 8,
    "reset_before_response": 4,
    "reset_mid_body": 4,
    "truncated_json": 4,
    "wrong_shape": 4,
    "invalid_json": 3,
    "big_body": 2,
    "no_answer": 2,
    "dribble": 2,
    "echo_token": 3,
    "html_error": 2,
}
RESTART_EVERY = 5.0
RESTART_PAUSE = 0.2
BIG = 10 * 1024 * 1024

CREATED = {
    "ctx_id": "ctx-soak",
    "data": {"action_id": "act_1", "name": "n", "type": "SEND_SMS"},
}
LISTED = {"ctx_id": "ctx-soak", "data": {"data": [], "pagination": {"current_page": 1}}}


class Server:
    """Accepts connections on one port, restarting now and then; one thread per connection."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.stats: Counter[str] = Counter()
        self.taken: set[str] = set()  # POST markers the server has processed
        self.connections: set[socket.socket] = set()
        self.stopping = threading.Event()
        self.listener = self._listen(0)
        self.port = self.listener.getsockname()[1]

    def _listen(self, port: int) -> socket.socket:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(256)
        listener.settimeout(0.1)
        return listener

    def run(self) -> None:
        next_restart = time.monotonic() + RESTART_EVERY
        while not self.stopping.is_set():
            if time.monotonic() >= next_restart:
                self._restart()
                next_restart = time.monotonic() + RESTART_EVERY
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                continue
            conn.settimeout(30)
            with self.lock:
                self.connections.add(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _restart(self) -> None:
        self.listener.close()
        with self.lock:
            self.stats["restarts"] += 1
            dropped = list(self.connections)
        for conn in dropped:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        time.sleep(RESTART_PAUSE)
        self.listener = self._listen(self.port)

    def _serve(self, conn: socket.socket) -> None:
        try:
            with contextlib.suppress(OSError, ValueError):
                buffer = b""
                while not self.stopping.is_set():
                    request, buffer = _read_request(conn, buffer)
                    if request is None:
                        return
                    if not self._handle(conn, *request):
                        return
        finally:
            with self.lock:
                self.connections.discard(conn)
            conn.close()

    def _handle(
        self, conn: socket.socket, method: str, path: str, headers: dict[str, str]
    ) -> bool:
        """Answer one request; False when the connection is to be dropped."""
        if path == "/__soak/stats":
            _send(conn, "200 OK", json.dumps(dict(self.stats)).encode())
            return True
        with self.lock:
            fault = self.random.choices(list(FAULTS), weights=list(FAULTS.values()))[0]
            self.stats["requests"] += 1
            self.stats[f"fault:{fault}"] += 1
            marker = headers.get("x-soak-call")
            if method == "POST" and marker:
                if marker in self.taken:
                    self.stats["duplicate_posts"] += 1
                if fault != "rate_limited":
                    self.taken.add(marker)
        return _FAULTS[fault](self, conn, method, headers)


def _read_request(
    conn: socket.socket, buffer: bytes
) -> tuple[tuple[str, str, dict[str, str]] | None, bytes]:
    """One request (method, path, lower-cased headers), its body read and discarded."""
    while b"\r\n\r\n" not in buffer:
        chunk = conn.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
    head, _, buffer = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(buffer) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
    return (method, path, headers), buffer[length:]


def _send(
    conn: socket.socket,
    status: str,
    body: bytes,
    extra: str = "",
    content_type: str = "application/json",
) -> None:
    conn.sendall(
        (
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n{extra}\r\n"
        ).encode()
        + body
    )


def _ok(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    if method == "POST":
        _send(conn, "201 Created", json.dumps(CREATED).encode())
    else:
        _send(conn, "200 OK", json.dumps(LISTED).encode())
    return True


def _server_error(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    _send(
        conn,
        server.random.choice(["500 Internal Server Error", "503 Service Unavailable"]),
        b'{"detail": "try again"}',
        "retry-after-ms: 20\r\n",
    )
    return True


def _rate_limited(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    _send(
        conn,
        "429 Too Many Requests",
        b'{"detail": "slow down"}',
        "retry-after-ms: 30\r\n",
    )
    return True


def _reset(conn: socket.socket) -> bool:
    conn.setsockopt(
        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
    )
    return False


def _reset_before_response(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    return _reset(conn)


def _reset_mid_body(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    conn.sendall(
        b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
        b"Content-Length: 5000\r\n\r\n" + b'{"ctx_id": "' + b"x" * 1000
    )
    return _reset(conn)


def _truncated_json(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    body = json.dumps(CREATED).encode()
    conn.sendall(
        b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body[: len(body) // 2]
    )
    return False


def _wrong_shape(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    _send(
        conn,
        "201 Created" if method == "POST" else "200 OK",
        b'{"data": {"unexpected": 1}}',
    )
    return True


def _invalid_json(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    _send(conn, "200 OK", b'{"data": [1, 2,')
    return True


def _big_body(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    _send(
        conn,
        "502 Bad Gateway",
        b"<html><title>Bad gateway</title>" + b"x" * BIG + b"</html>",
        content_type="text/html",
    )
    return True


def _no_answer(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    server.stopping.wait(10)
    return False


def _dribble(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    body = json.dumps(CREATED if method == "POST" else LISTED).encode()
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
    )
    for byte in body:
        if server.stopping.wait(0.1):
            return False
        conn.sendall(bytes([byte]))
    return True


def _echo_token(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    echoed = {
        "detail": [
            {
                "loc": ["header", "authorization"],
                "input": headers.get("authorization", ""),
            }
        ]
    }
    _send(conn, "401 Unauthorized", json.dumps(echoed).encode())
    return True


def _html_error(
    server: Server, conn: socket.socket, method: str, headers: dict[str, str]
) -> bool:
    _send(
        conn,
        "502 Bad Gateway",
        b"<html><head><title>Error 502 (Server Error)!!1</title>" b"</head></html>",
        content_type="text/html",
    )
    return True


_FAULTS = {
    "ok": _ok,
    "server_error": _server_error,
    "rate_limited": _rate_limited,
    "reset_before_response": _reset_before_response,
    "reset_mid_body": _reset_mid_body,
    "truncated_json": _truncated_json,
    "wrong_shape": _wrong_shape,
    "invalid_json": _invalid_json,
    "big_body": _big_body,
    "no_answer": _no_answer,
    "dribble": _dribble,
    "echo_token": _echo_token,
    "html_error": _html_error,
}


def main() -> None:
    # A comma-separated subset of the faults (to reproduce one at a time), else all of them.
    only = sys.argv[2].split(",") if len(sys.argv) > 2 else list(FAULTS)
    for name in list(FAULTS):
        if name not in only:
            del FAULTS[name]
    server = Server(int(sys.argv[1]) if len(sys.argv) > 1 else 21)
    print(server.port, flush=True)
    threading.Thread(target=server.run, daemon=True).start()
    sys.stdin.read()  # the parent closes stdin to stop us
    server.stopping.set()


if __name__ == "__main__":
    main()
