"""What went over the wire: a transport that records every exchange of the client under test."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx


@dataclass(frozen=True)
class Sent:
    """One request exactly as the transport got it (credentials applied), and its answer."""

    method: str
    raw_path: str  # path and query as sent, percent-encoding untouched
    headers: httpx.Headers
    content: bytes
    status: int | None = None
    response_headers: httpx.Headers = field(default_factory=httpx.Headers)
    response_content: bytes = b""

    @property
    def path(self) -> str:
        return self.raw_path.partition("?")[0]

    @property
    def query(self) -> str:
        return self.raw_path.partition("?")[2]


_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class RecordingTransport(httpx.BaseTransport):
    """Wraps a real transport (or a MockTransport) and keeps a ``Sent`` per exchange."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent: list[Sent] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        raw_path = request.url.raw_path.decode("ascii")
        headers = httpx.Headers(request.headers)
        try:
            response = self.inner.handle_request(request)
        except httpx.HTTPError:
            self.sent.append(Sent(request.method, raw_path, headers, content))
            raise
        body = response.read()
        self.sent.append(
            Sent(
                request.method,
                raw_path,
                headers,
                content,
                response.status_code,
                httpx.Headers(response.headers),
                body,
            )
        )
        # The body is read (and decoded) once here; the client gets it as plain content.
        passed = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in _FRAMING
        ]
        return httpx.Response(
            response.status_code,
            headers=passed,
            content=body,
            request=request,
            extensions=response.extensions,
        )

    def close(self) -> None:
        self.inner.close()

    def take(self) -> list[Sent]:
        """The exchanges recorded since the last call."""
        taken, self.sent = self.sent, []
        return taken
