"""Protects the client's logging: ``CONTACTSWING_LOG`` turns it on from the environment, INFO
shows every attempt, DEBUG adds the headers, and no credential reaches a log line.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from contactswing import _logs
from contactswing._auth import AuthScheme, Credentials

from .support import SECRET, Script, sync_client

GENERATED_SRC = Path(__file__).resolve().parents[3] / "generated" / "src"


@pytest.fixture
def package_logger() -> Iterator[logging.Logger]:
    """The package's logger, restored afterwards (configure_from_env changes it)."""
    logger = logging.getLogger("contactswing")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


def _stderr_handlers(logger: logging.Logger) -> list[logging.Handler]:
    return [h for h in logger.handlers if not isinstance(h, logging.NullHandler)]


# ---- CONTACTSWING_LOG, in process ----


def test_the_variable_is_named_after_the_package() -> None:
    assert _logs.LOG_ENV_VAR == "CONTACTSWING_LOG"


@pytest.mark.parametrize(
    ("value", "level"),
    [("debug", logging.DEBUG), ("info", logging.INFO), (" DEBUG\n", logging.DEBUG)],
)
def test_a_known_value_sets_the_level_and_adds_one_stderr_handler(
    package_logger: logging.Logger, value: str, level: int
) -> None:
    env = {"CONTACTSWING_LOG": value}
    assert _logs.configure_from_env(env) == level
    assert _logs.configure_from_env(env) == level  # twice: still one handler
    assert package_logger.level == level
    (handler,) = _stderr_handlers(package_logger)
    assert isinstance(handler, logging.StreamHandler)
    assert not logging.getLogger().handlers or all(
        h is not handler for h in logging.getLogger().handlers
    ), "the root logger is the application's"


@pytest.mark.parametrize("environ", [{}, {"CONTACTSWING_LOG": ""}, {"OTHER": "debug"}])
def test_unset_changes_nothing(
    package_logger: logging.Logger, environ: dict[str, str]
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _logs.configure_from_env(environ) is None
    assert package_logger.level == logging.NOTSET
    assert _stderr_handlers(package_logger) == []


def test_an_unknown_value_is_ignored_with_one_warning(
    package_logger: logging.Logger,
) -> None:
    with pytest.warns(RuntimeWarning) as caught:
        assert _logs.configure_from_env({"CONTACTSWING_LOG": "verbose"}) is None
    (warning,) = caught
    assert "CONTACTSWING_LOG='verbose' is not one of debug, info" in str(
        warning.message
    )
    assert package_logger.level == logging.NOTSET
    assert _stderr_handlers(package_logger) == []


# ---- what each level shows ----


def test_debug_adds_both_header_sets_with_every_credential_redacted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="contactswing")
    echo = httpx.Response(
        200,
        json={},
        headers={
            "X-Echo": f"you sent {SECRET}",
            "Set-Cookie": "session=abc123secret",
            "X-Request-Id": "req-1",
        },
    )
    client = sync_client(Script(echo), default_headers={"X-Api-Key": "k-9f8e7d6c5b"})
    client.request(
        "GET", "/v2/_actions", headers={"X-Session-Token": "tok-1a2b3c4d", "X-Ok": "1"}
    )
    messages = [r.getMessage() for r in caplog.records if r.name == "contactswing"]
    sent = next(m for m in messages if " request headers: " in m)
    received = next(m for m in messages if " response headers: " in m)
    assert sent.endswith("; <credentials in header:authorization>"), "where, not what"
    assert "'x-api-key': 'REDACTED'" in sent
    assert "'x-session-token': 'REDACTED'" in sent
    assert "'x-ok': '1'" in sent
    assert "'x-echo': 'you sent REDACTED'" in received
    assert "'set-cookie': 'REDACTED'" in received
    assert "'x-request-id': 'req-1'" in received
    text = "\n".join(messages)
    for secret in (SECRET, "k-9f8e7d6c5b", "tok-1a2b3c4d", "abc123secret"):
        assert secret not in text


def test_info_shows_attempts_but_no_headers(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="contactswing")
    sync_client(Script(200)).request("GET", "/v2/_actions")
    messages = [r.getMessage() for r in caplog.records if r.name == "contactswing"]
    assert len(messages) == 1 and " -> 200 in " in messages[0]


def test_a_call_not_retried_for_its_retry_after_says_so_at_info(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="contactswing")
    script = Script(httpx.Response(429, headers={"Retry-After": "600"}))
    with pytest.raises(Exception, match="429"):
        sync_client(script).request("GET", "/v2/_actions")
    messages = [r.getMessage() for r in caplog.records if r.name == "contactswing"]
    assert any("asked for a 600 s pause (Retry-After)" in m for m in messages)


def test_a_token_in_any_header_is_redacted_and_names_say_what_is_secret() -> None:
    credentials = Credentials(
        {"partner": AuthScheme.api_key_header("X-Partner")}, {"partner": SECRET}
    )
    headers = httpx.Headers(
        {"X-Partner": SECRET, "Idempotency-Key": "k1", "Proxy-Authorization": "Basic x"}
    )
    assert _logs.redacted_headers(headers, credentials) == {
        "x-partner": "REDACTED",
        "idempotency-key": "k1",
        "proxy-authorization": "REDACTED",
    }


# ---- end to end: a fresh interpreter, the variable set before the import ----

PROGRAM = textwrap.dedent(f"""\
    import httpx
    from contactswing import ContactSwing

    def answer(request):
        return httpx.Response(200, json={{}}, headers={{"X-Echo": {SECRET!r}}})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with ContactSwing(token={SECRET!r}, http_client=http) as client:
        client.request("GET", "/v2/_actions", params={{"page": 1}})
    """)


def _run(value: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTACTSWING_")}
    if value is not None:
        env["CONTACTSWING_LOG"] = value
    env["PYTHONPATH"] = os.pathsep.join([str(GENERATED_SRC), *sys.path])
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout == ""
    return done.stderr


def test_the_variable_turns_logging_on_without_configuring_logging() -> None:
    debug = _run("debug")
    lines = debug.splitlines()
    assert len(lines) == 3, debug
    assert " INFO contactswing: GET https://" in lines[0]
    assert "/v2/_actions?page=1 -> 200 in " in lines[0]
    assert " DEBUG contactswing: " in lines[1] and "request headers" in lines[1]
    assert "<credentials in header:authorization>" in lines[1]
    assert "'x-echo': 'REDACTED'" in lines[2]
    assert SECRET not in debug
    info = _run("info")
    assert len(info.splitlines()) == 1 and "-> 200 in " in info
    assert _run(None) == ""
    unknown = _run("loud")
    assert unknown.count("RuntimeWarning") == 1
    assert "CONTACTSWING_LOG='loud'" in unknown and "contactswing:" not in unknown
