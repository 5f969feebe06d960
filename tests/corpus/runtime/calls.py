"""One operation called through the generated client, and what came of it (``Outcome``).

Arguments come from the spec (``values``): every parameter, optional ones too, passed by the
name the generator gave it (``names``), and the body as plain data the client validates.
The call goes through a recording transport; its answer and the recorded request are then
judged: a 2xx answer read into the documented type, and a request that passes the wire check.
Every way it can go wrong is a short, stable *reason* (the known-failures table matches them
exactly), with the specifics in ``details``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx
import pydantic

from . import typecheck, wire
from .bodies import essence, is_json
from .document import Document, Media, Operation
from .exchange import Call, Mismatch
from .names import Method, Names
from .recording import RecordingTransport
from .values import BINARY, Values

FORM = "application/x-www-form-urlencoded"
# Marks the stand-in answer given when Prism could not start (see run._call_all).
NOT_SERVED = "x-harness-not-served"
MULTIPART = "multipart/form-data"


@dataclass
class Outcome:
    """What calling one operation came to; ``ok`` when no reason was found."""

    key: str
    method: str
    path: str
    called: bool = False
    status: int | None = None
    typed: bool = False  # a 2xx answer, returned as the documented type
    reasons: set[str] = field(default_factory=set)
    details: list[str] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)
    request: str = ""  # the last request sent, as ``METHOD /path?query``

    @property
    def ok(self) -> bool:
        return not self.reasons

    def fail(self, reason: str, detail: str = "") -> None:
        self.reasons.add(reason)
        if detail:
            self.details.append(f"{reason}: {detail}")


@dataclass
class Session:
    """One spec's generated package, its client on a recording transport, and its names."""

    document: Document
    values: Values
    names: Names
    package: ModuleType
    client: Any
    transport: RecordingTransport


def call(session: Session, op: Operation) -> Outcome:
    """Call ``op`` once with arguments derived from the spec, and judge the exchange."""
    outcome = Outcome(op.key, op.method, op.path)
    for unreadable in op.problems:  # called anyway: the generator may have repaired it
        outcome.fail("spec unreadable", unreadable)
    method = session.names.methods.get((op.method, op.path))
    if method is None:
        outcome.fail("no method", "the generated client has no method for it")
        return outcome
    kwargs, asked = _arguments(session, op, method, outcome)
    function = getattr(getattr(session.client, method.resource), method.name)
    session.transport.take()
    result: Any = None
    raised: BaseException | None = None
    try:
        result = function(**kwargs)
    except Exception as err:  # every failure is an outcome to report
        raised = err
    sent = session.transport.take()
    outcome.called = bool(sent)
    if sent:
        outcome.status = sent[-1].status
        outcome.request = f"{sent[-1].method} {sent[-1].raw_path}"
        outcome.mismatches = wire.check(session.document, op, asked, sent[-1])
        for mismatch in outcome.mismatches:
            outcome.fail(f"wire {mismatch.area}", mismatch.message)
    if raised is not None:
        _classify(session, op, raised, outcome, sent_any=bool(sent))
        return outcome
    status = outcome.status or 0
    content_type = sent[-1].response_headers.get("content-type", "") if sent else ""
    content = sent[-1].response_content if sent else b""
    problem = typecheck.documented(op, status, content_type, content, result)
    if problem is None and not typecheck.conforms(
        result, typecheck.return_type(function)
    ):
        problem = f"{type(result).__name__} does not fit the method's return annotation"
    if problem:
        outcome.fail("result type", problem)
    outcome.typed = problem is None and 200 <= status < 300
    return outcome


def _arguments(
    session: Session, op: Operation, method: Method, outcome: Outcome
) -> tuple[dict[str, Any], Call]:
    kwargs: dict[str, Any] = {}
    values: dict[tuple[str, str], Any] = {}
    for param in op.parameters:
        name = method.arguments.get((param.location, param.name))
        if param.ignored and name is None:
            continue  # Accept, Content-Type, Authorization headers: ignored by the spec
        derived = session.values.derive(
            param.schema, param.schema_pointer, param.example, "parameter"
        )
        if derived.value is None and not param.required:
            continue  # its schema admits only null: nothing to send (RFC 6570 undefined)
        if not derived.valid:
            outcome.fail("harness value", f"{param.location} {param.name!r}")
        if name is None:
            outcome.fail(
                f"no argument ({param.location})",
                f"{param.location} parameter {param.name!r} is not a method argument",
            )
            continue
        kwargs[name] = derived.value
        values[(param.location, param.name)] = derived.value
    if not op.body:
        return kwargs, Call(values)
    media = choose(op.body)
    body = _body_value(session.values, media, outcome)
    if not method.has_body:
        outcome.fail(
            f"no body argument ({essence(media.name)})",
            f"documented bodies: {[m.name for m in op.body]}",
        )
        return kwargs, Call(values)
    kwargs.update(method.body_arguments(body))
    return kwargs, Call(values, body, media)


def not_served(why: str) -> Callable[[httpx.Request], httpx.Response]:
    """A stand-in server: every request is answered 503, marked as not served."""
    reason = f"Prism did not serve the spec: {why}"[:300]
    return lambda request: httpx.Response(
        503, headers={NOT_SERVED: reason.encode("ascii", "replace").decode()}
    )


def choose(body: tuple[Media, ...]) -> Media:
    """The media type a user would pick: JSON, a form, multipart, then the first one."""
    names = [essence(m.name) for m in body]
    for wanted in (is_json, FORM.__eq__, MULTIPART.__eq__):
        for media, name in zip(body, names, strict=True):
            if wanted(name):
                return media
    return body[0]


def _body_value(values: Values, media: Media, outcome: Outcome) -> Any:
    name = essence(media.name)
    if is_json(name) or name in (FORM, MULTIPART):
        derived = values.derive(media.schema, media.schema_pointer, media.example)
        if not derived.valid:
            outcome.fail("harness value", f"body {media.name}")
        if name == MULTIPART and isinstance(derived.value, dict):
            return _with_files(values, media, derived.value)
        return derived.value
    if name.startswith("text/"):
        derived = values.derive(media.schema, media.schema_pointer, media.example)
        return derived.value if isinstance(derived.value, str) else "text"
    return BINARY


def _with_files(values: Values, media: Media, body: dict[str, Any]) -> dict[str, Any]:
    """Binary properties of a multipart body as ``(filename, bytes, content type)`` files."""
    schema, _ = values.document.deref(media.schema, media.schema_pointer)
    properties = schema.get("properties") or {} if isinstance(schema, dict) else {}
    files = dict(body)
    for name in body:
        prop, _ = values.document.deref(properties.get(name) or {}, "")
        content_type = (media.encoding.get(name) or {}).get("contentType", "")
        if (
            prop.get("format") == "binary"
            or "contentMediaType" in prop
            or (
                content_type
                and not content_type.startswith(("text/", "application/json"))
            )
        ):
            files[name] = ("harness.bin", BINARY, "application/octet-stream")
    return files


def _classify(
    session: Session,
    op: Operation,
    err: BaseException,
    outcome: Outcome,
    *,
    sent_any: bool,
) -> None:
    status_error = getattr(session.package, "APIStatusError", ())
    invalid_answer = getattr(session.package, "APIResponseValidationError", ())
    if isinstance(err, status_error) and err.response.headers.get(NOT_SERVED):
        outcome.fail("not served", err.response.headers[NOT_SERVED])
    elif isinstance(err, status_error):
        response = err.response
        kind = _prism_error(response.content)
        outcome.fail(
            f"http {response.status_code}" + (f" {kind}" if kind else ""),
            _excerpt(response.content),
        )
    elif isinstance(err, invalid_answer):
        outcome.fail(_rejected(session, op, outcome.status or 0, err), _problems(err))
    elif not sent_any:
        outcome.fail(f"client refused ({type(err).__name__})", str(err)[:300])
    else:
        outcome.fail(f"error ({type(err).__name__})", str(err)[:300])


def _rejected(session: Session, op: Operation, status: int, err: BaseException) -> str:
    """Whether the answer the client rejected conforms to the spec (then the client is
    wrong to reject it) or breaks it (an example off its schema, or Prism's own data).
    """
    response = getattr(err, "response", None)
    answered = essence(response.headers.get("content-type", "")) if response else ""
    if answered and not is_json(answered):
        return f"response unread ({answered})"  # a media type the client cannot read
    data = getattr(err, "body", None)
    media = [m for m in op.answer(status) or () if is_json(essence(m.name))]
    if not media or not isinstance(data, (dict, list, str, int, float, bool)):
        return "response rejected"
    if session.values.accepts(media[0].schema_pointer, data, "response"):
        return "response rejected, valid per spec"
    return "response rejected, off spec"


def _problems(err: BaseException) -> str:
    """The validation problems, with the values that caused them."""
    cause = err.__cause__
    if not isinstance(cause, pydantic.ValidationError):
        return re.sub(r"^\d+ from \S+ \S+: ", "", str(err))[:400]
    problems = cause.errors(include_url=False)
    shown = [
        f"{'.'.join(map(str, p['loc']))}: {p['msg']} (got {repr(p.get('input'))[:50]})"
        for p in sorted(problems, key=lambda p: p.get("input") is not None)[:6]
    ]
    more = f" (and {len(problems) - 6} more)" if len(problems) > 6 else ""
    return "; ".join(shown) + more


def _prism_error(content: bytes) -> str:
    """Prism's problem type (``UNPROCESSABLE_ENTITY``...) from its error body, or ``""``."""
    try:
        problem = json.loads(content)
    except ValueError:
        return ""
    kind = problem.get("type", "") if isinstance(problem, dict) else ""
    return kind.rpartition("#")[2] if "stoplight.io/prism" in str(kind) else ""


def _excerpt(content: bytes) -> str:
    try:
        problem = json.loads(content)
    except ValueError:
        return content[:300].decode("utf-8", "replace")
    if isinstance(problem, dict) and isinstance(problem.get("validation"), list):
        return "; ".join(
            f"{'.'.join(map(str, v.get('location', [])))}: {v.get('message')}"
            for v in problem["validation"][:5]
        )
    return json.dumps(problem)[:300]
