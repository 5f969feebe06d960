"""Protects the token at the client's edges: how it is read, and where it must never show.

Issue 21, defects 1 and 2: a token with surrounding whitespace made every call fail as a
connection error whose chained httpx error printed the token; and when sending the headers
failed (a server that stops reading), the HTTP library's frames held the token in their locals,
which a traceback printed with locals (or an error tracker) recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import contactswing
import httpx
import pytest
from contactswing import ContactSwingError

from tests.client.mock.support import SECRET, Script, sms_action, sync_client

from . import servers
from .leaks import everything_about, sightings


@pytest.mark.parametrize("token", [f"{SECRET}\n", f"  {SECRET} ", f"\t{SECRET}\r\n"])
def test_surrounding_whitespace_is_stripped(token: str) -> None:
    script = Script(201)
    sync_client(script, token=token).actions.create(sms_action())
    assert script.requests[0].headers["Authorization"] == f"Bearer {SECRET}"


def test_a_token_read_from_a_file_works_against_a_real_server() -> None:
    # The h11 check a newline used to fail ("Illegal header value") only runs on a socket.
    with (
        servers.serve(servers.ok) as url,
        contactswing.ContactSwing(
            token=f"{SECRET}\n", base_url=url, max_retries=0
        ) as client,
    ):
        assert client.request("GET", "/v2/_actions").status_code == 200


@pytest.mark.parametrize(
    ("token", "where"),
    [
        ("csk_live_7Q2x\nW9vTOPSECRETm4Kp8Zr1", "position 13"),
        (f"{SECRET[:10]}\x00{SECRET[10:]}", "position 10"),
        (f"{SECRET[:5]}\x7f{SECRET[5:]}", "position 5"),
        (f"{SECRET}\ud800", f"position {len(SECRET)}"),
    ],
)
def test_a_token_that_cannot_travel_is_refused_without_showing_it(
    token: str, where: str
) -> None:
    with pytest.raises(ContactSwingError, match=where) as info:
        contactswing.ContactSwing(token=token)
    assert isinstance(info.value, contactswing.InvalidArgumentError)
    assert isinstance(info.value, ValueError)
    for secret in (token, SECRET[:10], SECRET[10:]):
        assert not sightings(everything_about(info.value), secret)


def test_a_bad_token_in_the_environment_is_refused_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CONTACTSWING_TOKEN", f"{SECRET[:8]}\x1b{SECRET[8:]}")
    with pytest.raises(ContactSwingError, match="CONTACTSWING_TOKEN") as info:
        contactswing.ContactSwing()
    assert isinstance(info.value, contactswing.InvalidArgumentError)
    assert not sightings(everything_about(info.value), SECRET[8:])


@pytest.mark.parametrize("token", [123, b"bytes-token-123456", ["a"]])
def test_a_token_that_is_not_a_string_is_refused_at_construction(token: object) -> None:
    with pytest.raises(ContactSwingError, match="token must be a string") as info:
        contactswing.ContactSwing(token=token)  # type: ignore[arg-type]
    assert isinstance(info.value, contactswing.ArgumentTypeError)
    assert isinstance(info.value, TypeError)
    assert "bytes-token" not in everything_about(info.value)


# ---- every error path, its traceback formatted with locals, searched for the token ----


def _write_timeout(url: str) -> None:
    # The server never reads, so writing the request headers blocks once the socket buffers
    # are full: the failure happens inside h11/httpcore while they hold the headers.
    with contactswing.ContactSwing(
        token=SECRET, base_url=url, max_retries=0, timeout=httpx.Timeout(5.0, write=0.3)
    ) as client:
        client.request(
            "POST", "/v2/_actions", json={}, headers={"X-Pad": "p" * 8_000_000}
        )


def _over(
    behaviour: servers.Behaviour, call: Callable[[str], object]
) -> Callable[[], object]:
    def run() -> object:
        with servers.serve(behaviour, receive_buffer=4096) as url:
            return call(url)

    return run


def _client_call(**kwargs: object) -> Callable[[str], object]:
    def call(url: str) -> object:
        with contactswing.ContactSwing(token=SECRET, base_url=url, **kwargs) as client:  # type: ignore[arg-type]
            return client.request("GET", "/v2/_actions")

    return call


def _refused_port() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


ERROR_PATHS: dict[str, Callable[[], object]] = {
    "write timeout while sending the headers": _over(
        servers.never_read, _write_timeout
    ),
    "read timeout": _over(servers.silent, _client_call(timeout=0.2, max_retries=0)),
    "deadline": _over(servers.silent, _client_call(deadline=0.3, max_retries=0)),
    "connection refused": lambda: _client_call(max_retries=0)(_refused_port()),
    "500 after retries": _over(
        servers.status("500 Internal Server Error", "Retry-After: 0\r\n"),
        _client_call(max_retries=1),
    ),
    "unknown option": lambda: sync_client(Script()).request(
        "GET", "/x", timout=1  # type: ignore[call-arg]
    ),
    "invalid body": lambda: sync_client(Script()).actions.create(
        {"type": "SEND_SMS"}  # type: ignore[arg-type]
    ),
    "missing body": lambda: sync_client(Script()).actions.create(None),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("path", ERROR_PATHS)
def test_no_error_path_shows_the_token_even_with_locals(path: str) -> None:
    with pytest.raises(ContactSwingError) as info:
        ERROR_PATHS[path]()
    assert sightings(everything_about(info.value), SECRET) == []


def test_transport_errors_carry_no_chained_exception() -> None:
    with pytest.raises(ContactSwingError) as info:
        ERROR_PATHS["write timeout while sending the headers"]()
    error = info.value
    assert isinstance(error, contactswing.APITimeoutError)
    assert error.__cause__ is None and error.__context__ is None
    assert "write timeout" in str(error)


@pytest.fixture
def secret_checked() -> Iterator[None]:
    """Guards the tests above: a call that succeeds really sends the secret."""
    script = Script(201)
    sync_client(script).actions.create(sms_action())
    assert SECRET in script.requests[0].headers["Authorization"]
    yield


def test_the_searched_secret_is_the_one_sent(secret_checked: None) -> None:
    assert sightings(f"Bearer {SECRET}", SECRET) == [SECRET]
