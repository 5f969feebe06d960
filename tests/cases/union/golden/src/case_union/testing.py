"""A fake Union API for your tests: the real clients over an in-memory server.

``FakeUnionApi`` and ``AsyncFakeUnionApi`` are ``UnionApi`` and
``AsyncUnionApi`` (subclasses: the same methods, models and errors) whose
requests never leave the process. The server behind them (``client.fake``, a ``FakeServer``)
is built from the spec this package was generated from:

* a request the spec rejects (a bad parameter, a body that breaks its schema) gets the
  documented 400 or 422, so your code meets the same typed errors as in production;
* operations on a collection share state: what a create stores, list and get find, update
  changes and delete removes, with generated ids and pages as the spec describes them;
* every other operation answers its documented success, filled from the spec's examples;
* ``client.fake.fail_next(...)`` injects a status, a connection error or a timeout,
  ``client.fake.requests`` lists what was sent (credentials redacted), ``client.fake.seed``
  stores items and ``client.fake.reset()`` forgets everything.

No token is needed and nothing touches the network.

Collections (``seed`` names, with the operations that share them):

* ``pets``: pets.create, pets.get
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any, Final

import httpx

from ._client import AsyncUnionApi, UnionApi
from ._fake import FakeRequest, FakeServer
from ._options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT

__all__ = [
    "AsyncFakeUnionApi",
    "FAKE_TOKEN",
    "FakeRequest",
    "FakeServer",
    "FakeUnionApi",
    "fake_server",
]

# Sent by the fake clients wherever the API takes a credential; the fake server accepts any.
FAKE_TOKEN: Final = "fake-token"
# Where the fake clients send (the spec's server, or a host that never resolves).
BASE_URL: Final = "https://union.example.com"
_PACKAGE = __name__.rpartition(".")[0]


@functools.cache
def _spec() -> Mapping[str, Any]:
    """The API as the fake server reads it (``_fake_spec.json``, written by the generator)."""
    text = resources.files(_PACKAGE).joinpath("_fake_spec.json").read_text("utf-8")
    found: Mapping[str, Any] = json.loads(text)
    return found


def fake_server() -> FakeServer:
    """A new fake server with nothing stored: share one between a sync and an async client."""
    return FakeServer(_spec(), base_url=BASE_URL)


class _FakeHttpClient(httpx.Client):
    """An ``httpx.Client`` whose transport is a fake server, which it keeps (``server``)."""

    def __init__(self, server: FakeServer, *, timeout: httpx.Timeout) -> None:
        super().__init__(
            transport=httpx.MockTransport(server.handle),
            timeout=timeout,
            follow_redirects=False,
        )
        self.server = server


class _AsyncFakeHttpClient(httpx.AsyncClient):
    """The async twin of ``_FakeHttpClient``."""

    def __init__(self, server: FakeServer, *, timeout: httpx.Timeout) -> None:
        super().__init__(
            transport=httpx.MockTransport(server.handle),
            timeout=timeout,
            follow_redirects=False,
        )
        self.server = server


def _server_of(http: httpx.Client | httpx.AsyncClient) -> FakeServer:
    """The fake server behind a fake client's pool: a copy made with an ``http_client`` of
    its own has none."""
    if isinstance(http, (_FakeHttpClient, _AsyncFakeHttpClient)):
        return http.server
    raise AttributeError(
        "this client sends through an http_client of its own, not a fake server"
    )


class FakeUnionApi(UnionApi):
    """``UnionApi`` answered by a ``FakeServer`` (``fake``), in memory.

    Pass ``fake=`` to share a server's state with another client; the other arguments are the
    client's own.
    """

    def __init__(
        self,
        *,
        fake: FakeServer | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        """A client of a new fake server (or of ``fake``), holding a fake token."""
        self._server = fake if fake is not None else fake_server()
        super().__init__(
            token=FAKE_TOKEN,
            base_url=BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
        )

    @property
    def fake(self) -> FakeServer:
        """The fake server answering this client (and the copies that share its pool)."""
        return _server_of(self._http)

    def _new_http_client(self) -> httpx.Client:
        """A connection pool whose only connection is the fake server."""
        return _FakeHttpClient(self._server, timeout=self._timeout)


class AsyncFakeUnionApi(AsyncUnionApi):
    """``AsyncUnionApi`` answered by a ``FakeServer`` (``fake``), in memory.

    Pass ``fake=`` to share a server's state with another client; the other arguments are the
    client's own.
    """

    def __init__(
        self,
        *,
        fake: FakeServer | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        """A client of a new fake server (or of ``fake``), holding a fake token."""
        self._server = fake if fake is not None else fake_server()
        super().__init__(
            token=FAKE_TOKEN,
            base_url=BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
        )

    @property
    def fake(self) -> FakeServer:
        """The fake server answering this client (and the copies that share its pool)."""
        return _server_of(self._http)

    def _new_http_client(self) -> httpx.AsyncClient:
        """A connection pool whose only connection is the fake server."""
        return _AsyncFakeHttpClient(self._server, timeout=self._timeout)
