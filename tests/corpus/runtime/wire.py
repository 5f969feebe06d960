"""The wire check: the request a generated method sent, against what the spec says it must be.

For each parameter the harness passed, the bytes on the wire are compared with the reference
serialiser (``styles``) under the parameter's ``style`` and ``explode``, as a server would read
them (``tokens``); then ``Accept`` against the operation's documented answers, the body against
its media type (``bodies``), and the credentials against the operation's own security
requirement. Each finding is a ``Mismatch`` naming its area, so the known-failures table and
the report can say which rule broke.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from . import pairs, styles, tokens
from .bodies import check_body
from .document import Document, Operation, Param
from .exchange import Call, Mismatch
from .recording import Sent


def check(document: Document, op: Operation, call: Call, sent: Sent) -> list[Mismatch]:
    """Every mismatch between ``sent`` and the specification, in a stable order."""
    found = _path(op, call, sent)
    auth_keys = _auth_names(document, "query")
    query = [p for p in op.parameters if p.location == "query"]
    found += [
        Mismatch("query", message)
        for message in pairs.compare_pairs(
            _given(query, call), tokens.query_pairs(sent.query), auth_keys
        )
    ]
    found += _headers(op, call, sent)
    found += _cookies(document, op, call, sent)
    found += _accept(op, sent)
    found += check_body(op, call, sent)
    found += _security(document, op, sent)
    return found


def _given(params: Iterable[Param], call: Call) -> list[tuple[Param, Any]]:
    return [
        (p, call.values[(p.location, p.name)])
        for p in params
        if (p.location, p.name) in call.values
    ]


def _path(op: Operation, call: Call, sent: Sent) -> list[Mismatch]:
    names = re.findall(r"{([^{}]+)}", op.path)
    parts = re.split(r"{[^{}]+}", op.path)
    pattern = "".join(
        re.escape(part) + ("([^/?#]*)" if i < len(names) else "")
        for i, part in enumerate(parts)
    )
    match = re.fullmatch(pattern, sent.path)
    if match is None:
        return [Mismatch("path", f"sent {sent.path!r}, which does not fit {op.path!r}")]
    found = []
    by_name = {p.name: p for p in op.parameters if p.location == "path"}
    for i, name in enumerate(names):
        p = by_name.get(name)
        if p is None or ("path", name) not in call.values:
            continue
        value = call.values[("path", name)]
        raw = match.group(i + 1)
        if p.content_type:
            ok = pairs.json_text_equal(unquote(raw), value)
            expected = styles.encode(json.dumps(value))
        else:
            expected = styles.path_value(name, value, p.style, p.explode)
            delimiters = {"label": tokens.LABEL, "matrix": tokens.MATRIX}.get(
                p.style, tokens.SIMPLE if styles.kind(value) != "primitive" else {}
            )
            ok = tokens.same(raw, expected, delimiters, plus_is_space=False)
        if not ok:
            found.append(
                Mismatch(
                    "path",
                    f"{name!r} ({pairs.describe(p, value)}): sent {raw!r}, expected {expected!r}",
                )
            )
    return found


def _headers(op: Operation, call: Call, sent: Sent) -> list[Mismatch]:
    found = []
    for p, value in _given((p for p in op.parameters if p.location == "header"), call):
        if p.ignored or value is None:
            continue  # ignored by the spec; or undefined, which sends no header
        expected = styles.header_value(value, p.explode)
        got = sent.headers.get(p.name)
        if got is None:
            ok = False
        elif p.content_type:
            ok = pairs.json_text_equal(got, value)
        elif styles.kind(value) == "primitive":
            ok = got.strip() in (expected, styles.encode(value))
        else:
            ok = _header_tokens(got) == _header_tokens(expected)
        if not ok:
            found.append(
                Mismatch(
                    "header",
                    f"{p.name!r} ({pairs.describe(p, value)}): sent {got!r}, expected {expected!r}",
                )
            )
    return found


def _header_tokens(raw: str) -> list[tokens.Token]:
    return [
        (kind, text.strip())
        for kind, text in tokens.tokens(raw, tokens.SIMPLE, plus_is_space=False)
    ]


def _cookies(
    document: Document, op: Operation, call: Call, sent: Sent
) -> list[Mismatch]:
    given = [
        (p, value)
        for p, value in _given(
            (p for p in op.parameters if p.location == "cookie"), call
        )
        if value is not None
    ]
    if not given:
        return []
    actual = tokens.cookie_pairs(sent.headers.get("cookie", ""))
    found = []
    for p, value in given:
        expected = styles.cookie_pairs(p.name, value, p.explode)
        names = {unquote(k) for k, _ in expected}
        got = [(k, v) for k, v in actual if k in names]
        delimiters = tokens.COMMA if not p.explode else {}
        if pairs.grouped(got, delimiters) != pairs.grouped(expected, delimiters):
            found.append(
                Mismatch(
                    "cookie",
                    f"{p.name!r} ({pairs.describe(p, value)}): sent "
                    f"{'; '.join(f'{k}={v}' for k, v in got) or 'nothing'}, expected "
                    f"{'; '.join(f'{k}={v}' for k, v in expected)}",
                )
            )
    return found


def _accept(op: Operation, sent: Sent) -> list[Mismatch]:
    """Each documented success answer (2xx, else ``default``) with content must be
    acceptable (RFC 9110 12.5.1)."""
    header = sent.headers.get("accept")
    if header is None:
        return []  # no Accept: any media type is acceptable
    found = []
    success = [s for s in op.responses if s.startswith("2")] or ["default"]
    for status, media in op.responses.items():
        if status not in success or not media:
            continue
        names = [m.name.lower() for m in media]
        if not any(accepts(header, name) for name in names):
            found.append(
                Mismatch(
                    "accept",
                    f"Accept: {header!r} accepts none of the {status} answer's media "
                    f"types {names}",
                )
            )
    return found


def accepts(header: str, media: str) -> bool:
    """Whether an Accept header admits a media type (ranges and ``q=0`` honoured)."""
    media = media.lower()
    kind = media.split("/")[0]
    for item in header.split(","):
        name, *params = (part.strip() for part in item.split(";"))
        if any(
            p.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000") for p in params
        ):
            continue
        name = name.lower()
        if name in ("*/*", media, f"{kind}/*") or media in (
            "*/*",
            f"{name.split('/')[0]}/*",
        ):
            return True
    return False


def _auth_names(document: Document, where: str) -> frozenset[str]:
    schemes = (document.data.get("components") or {}).get("securitySchemes") or {}
    return frozenset(
        str(document.security_scheme(name).get("name"))
        for name in schemes
        if document.security_scheme(name).get("in") == where
    )


def _security(document: Document, op: Operation, sent: Sent) -> list[Mismatch]:
    """At least one of the operation's security requirements is met in full."""
    if not op.security or any(not requirement for requirement in op.security):
        return []
    query = {k for k, _ in tokens.query_pairs(sent.query)}
    cookies = {k for k, _ in tokens.cookie_pairs(sent.headers.get("cookie", ""))}
    authorization = str(sent.headers.get("authorization", "")).lower()

    def met(name: str) -> bool:
        scheme = document.security_scheme(name)
        kind = scheme.get("type")
        if kind == "apiKey":
            where, key = scheme.get("in"), str(scheme.get("name"))
            if where == "header":
                return key in sent.headers
            return key in (query if where == "query" else cookies)
        if kind == "http":
            return authorization.startswith(str(scheme.get("scheme", "")).lower() + " ")
        return authorization.startswith("bearer ")  # oauth2, openIdConnect

    if any(all(met(name) for name in requirement) for requirement in op.security):
        return []
    wanted = " or ".join(" and ".join(sorted(r)) for r in op.security)
    return [Mismatch("security", f"the request carries none of: {wanted}")]
