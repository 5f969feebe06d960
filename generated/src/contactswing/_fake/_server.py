"""``FakeServer``: the API of the spec, in memory, behind an ``httpx.MockTransport``.

Each request is answered as the spec documents: routed to its operation (404 for an unknown
path, 405 for an unknown method); refused with 401 without the credentials the operation
asks for; refused with the documented 400 or 422 (400 when neither is documented; 415 for a
body of another media type) when a parameter or the body breaks its schema; otherwise
answered with the documented success: from the collection's state for the operations that
create, list, get, update and delete (404 for an unknown id), from the spec's example for
every other operation. An answer's request id (the envelope's ``ctx_id``) is new each time.

A test steers it: ``fail_next`` injects a status (429 with ``Retry-After``, 503...), a
connection error or a timeout into the next calls of an operation; ``requests`` lists what
arrived (credentials redacted); ``seed`` stores items; ``items`` reads them; ``reset``
forgets everything. It is safe to share between threads and between a sync and an async
client.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from ._answers import Answers
from ._record import FakeRequest, authorized, recorded
from ._schema import Checker
from ._state import Collections, Missing
from ._wire import Incoming, Router, read

__all__ = ["FakeRequest", "FakeServer"]

Spec = Mapping[str, Any]


@dataclass
class _Fault:
    """A failure ``fail_next`` queued for an operation: a status, or a transport error."""

    status: int | None
    error: str | None
    retry_after: float | None
    times: int


@dataclass
class _Log:
    requests: list[FakeRequest] = field(default_factory=list)
    faults: dict[str, list[_Fault]] = field(default_factory=dict)
    count: int = 0


class FakeServer:
    """The API's operations answered in memory, from the spec (see the module docstring)."""

    def __init__(self, spec: Spec, *, base_url: str) -> None:
        """A server for ``spec`` (the generated ``_fake_spec.json``) under ``base_url``."""
        self._spec = spec
        self._server: Spec = spec["server"]
        self._ops: dict[str, Spec] = {str(op["key"]): op for op in spec["operations"]}
        self._schemas: Spec = spec["schemas"]
        self._base_url = base_url
        self._prefix = httpx.URL(base_url).raw_path.decode("ascii").rstrip("/")
        self._router = Router(spec["operations"])
        self._checker = Checker(self._schemas, reading=False)
        self._answers = Answers(self._schemas, self._server.get("request_id"))
        self._collections = Collections(
            spec["collections"], self._schemas, self._answers
        )
        self._log = _Log()
        self._lock = threading.RLock()

    @property
    def base_url(self) -> str:
        """The URL the server answers under (a client of it uses it as its base URL)."""
        return self._base_url

    @property
    def operations(self) -> tuple[str, ...]:
        """Every operation's name as ``fail_next`` takes it: ``"<resource>.<method>"``."""
        return tuple(self._ops)

    @property
    def collections(self) -> tuple[str, ...]:
        """The collections the server keeps state for, as ``seed`` takes them."""
        return tuple(self._spec["collections"])

    @property
    def requests(self) -> list[FakeRequest]:
        """Every request received so far, oldest first (a copy of the list)."""
        with self._lock:
            return list(self._log.requests)

    def fail_next(
        self,
        operation: str,
        *,
        status: int | None = None,
        error: Literal["connect", "timeout"] | None = None,
        retry_after: float | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``operation`` fail: answered with ``status``
        (with a ``Retry-After`` of ``retry_after`` seconds when given), or failing with a
        connection error (``error="connect"``) or a read timeout (``error="timeout"``).

        The client retries as it would in production, so a failure it retries (a 429, a
        refused connection) is only seen when ``times`` exceeds its ``max_retries``.
        """
        if operation not in self._ops:
            known = ", ".join(self._ops)
            raise KeyError(f"no operation {operation!r}; the fake knows {known}")
        if (status is None) == (error is None):
            raise ValueError("fail_next() takes either status= or error=")
        if status is not None and not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status code, not {status!r}")
        if error is not None and error not in ("connect", "timeout"):
            raise ValueError(f"error must be 'connect' or 'timeout', not {error!r}")
        if times < 1:
            raise ValueError(f"times must be at least 1, not {times}")
        with self._lock:
            fault = _Fault(status, error, retry_after, times)
            self._log.faults.setdefault(operation, []).append(fault)

    def seed(
        self,
        collection: str,
        items: Iterable[Mapping[str, Any] | Any],
        *,
        parents: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]:
        """Store ``items`` (wire-shaped dicts, or the package's models) in ``collection`` as
        creates would, an item without an id getting one; returns the items as stored.
        ``parents``: the path values of a nested collection (``{"ServiceSid": ...}``).
        """
        self._check_collection(collection)
        wire = [_wire(item) for item in items]
        with self._lock:
            return self._collections.seed(collection, wire, parents or {})

    def items(
        self, collection: str, *, parents: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """Copies of the items ``collection`` holds now, oldest first."""
        self._check_collection(collection)
        with self._lock:
            store = self._collections.store
            return store.snapshot(collection, store.scope(collection, parents or {}))

    def reset(self) -> None:
        """Forget every item, request and pending failure; ids start again."""
        with self._lock:
            self._collections.store.clear()
            self._log = _Log()

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (``httpx.MockTransport(server.handle)`` serves it)."""
        with self._lock:
            self._log.count += 1
            raw = request.url.raw_path.decode("ascii").split("?", 1)[0]
            path = raw[len(self._prefix) :] if raw.startswith(self._prefix) else raw
            op, values, known = self._router.match(request.method, path or "/")
            if op is None:
                status = 405 if known else 404
                self._remember(request, None, path, request.content or None, status)
                what = f"no operation {request.method} {path}"
                return _json(status, {"message": what})
            incoming = read(op, request, values, self._schemas)
            fault = self._take_fault(str(op["key"]))
            if fault is not None and fault.error is not None:
                self._remember(request, op, path, incoming.body, None)
                if fault.error == "timeout":
                    message = "the fake server timed out (fail_next)"
                    raise httpx.ReadTimeout(message, request=request)
                message = "the fake server refused the connection (fail_next)"
                raise httpx.ConnectError(message, request=request)
            response = self._respond(op, request, incoming, fault)
            self._remember(request, op, path, incoming.body, response.status_code)
            return response

    def _respond(
        self, op: Spec, request: httpx.Request, incoming: Incoming, fault: _Fault | None
    ) -> httpx.Response:
        if fault is not None and fault.status is not None:
            after = fault.retry_after
            headers = {} if after is None else {"Retry-After": f"{after:g}"}
            return self._error(op, fault.status, "injected by fail_next()", [], headers)
        security = op.get("security")
        security = self._server["security"] if security is None else security
        if not authorized(security, self._server["schemes"], request):
            return self._error(op, 401, "the request carries no valid credentials", [])
        problems = list(incoming.problems)
        if not incoming.unsupported:
            problems += self._problems(op, incoming)
        if problems:
            status = 415 if incoming.unsupported else _invalid_status(op)
            return self._error(
                op, status, "the request does not match the spec", problems
            )
        answer = _success(op)
        if op.get("role") is None:
            return self._success(op, self._answers.documented(answer))
        found = self._collections.answer(op, answer, incoming)
        if isinstance(found, Missing):
            return self._error(op, 404, found.message, [])
        return self._success(op, found)

    def _problems(self, op: Spec, incoming: Incoming) -> list[str]:
        """What breaks the schemas of the operation's parameters and body."""
        problems: list[str] = []
        for param in op["parameters"]:
            where, name = param["in"], param["name"]
            given: dict[str, Any] = getattr(incoming, where)
            if name in given:
                label = f"{where} parameter {name}"
                problems += self._checker.problems(given[name], param["schema"], label)
        body = op.get("body")
        if body is not None and incoming.media is not None:
            schema = body["content"][incoming.media]["schema"]
            problems += self._checker.problems(incoming.body, schema, "body")
        return problems

    def _success(self, op: Spec, body: Any) -> httpx.Response:
        answer = _success(op)
        status = int(op["success"]) if str(op["success"]).isdigit() else 200
        media_type = str(answer.get("media_type") or "application/json")
        headers = dict(answer.get("headers") or {})
        if answer.get("kind") == "json":
            body = self._answers.stamp(body, answer, self._log.count)
            response = _json(status, body, media_type)
        elif answer.get("kind") == "none" or status == 204:
            response = httpx.Response(status)
        else:
            text = body if isinstance(body, str) else ""
            headers["content-type"] = media_type
            response = httpx.Response(status, content=text.encode())
        response.headers.update(headers)
        return response

    def _error(
        self,
        op: Spec,
        status: int,
        message: str,
        problems: list[str],
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """An error answer, its body shaped like the documented one for its status."""
        responses = op["responses"]
        # The status's own answer, else its class's, else the default, else any documented
        # error: an undocumented 429 still looks like the API's errors.
        errors = (
            a for s, a in responses.items() if s[0] in "45" and a.get("kind") == "json"
        )
        answer = (
            responses.get(str(status))
            or responses.get(f"{str(status)[0]}XX")
            or responses.get("default")
            or next(errors, None)
        )
        body = self._answers.error(answer, message, problems)
        media_type = "application/json"
        if answer is not None:
            body = self._answers.stamp(body, answer, self._log.count)
            if answer.get("kind") == "json":
                media_type = str(answer.get("media_type") or media_type)
        response = _json(status, body, media_type)
        response.headers.update(headers or {})
        return response

    def _take_fault(self, operation: str) -> _Fault | None:
        pending = self._log.faults.get(operation)
        if not pending:
            return None
        fault = pending[0]
        fault.times -= 1
        if fault.times <= 0:
            pending.pop(0)
        return fault

    def _remember(
        self,
        request: httpx.Request,
        op: Spec | None,
        path: str,
        body: Any,
        status: int | None,
    ) -> None:
        key = None if op is None else str(op["key"])
        self._log.requests.append(
            recorded(
                request,
                operation=key,
                path=path,
                body=body,
                status=status,
                schemes=self._server["schemes"],
            )
        )

    def _check_collection(self, name: str) -> None:
        if name not in self._spec["collections"]:
            known = ", ".join(self._spec["collections"]) or "none"
            raise KeyError(f"no collection {name!r}; the fake keeps {known}")


def _success(op: Spec) -> Spec:
    """The documented success answer of an operation (``kind`` none when undocumented)."""
    found: Spec = op["responses"].get(op["success"]) or {"kind": "none"}
    return found


def _invalid_status(op: Spec) -> int:
    """The status of a refused request: 422 when only that is documented, else 400."""
    responses = op["responses"]
    return 422 if "422" in responses and "400" not in responses else 400


def _wire(item: Any) -> dict[str, Any]:
    """An item as it travels: a model dumped by its wire names, or a copy of a mapping."""
    dump = getattr(item, "model_dump", None)
    if callable(dump):
        dumped = dump(mode="json", by_alias=True, exclude_unset=True)
        if isinstance(dumped, dict):
            return dumped
    if isinstance(item, Mapping):
        return copy.deepcopy(dict(item))
    raise TypeError(f"a seeded item is a mapping or a model, not {type(item).__name__}")


def _json(
    status: int, body: Any, media_type: str = "application/json"
) -> httpx.Response:
    content = json.dumps(body, default=lambda v: f"<{type(v).__name__}>").encode()
    return httpx.Response(status, headers={"content-type": media_type}, content=content)
