"""The bracketed lists of a resource module (signatures, calls, endpoint constants).

The resource template says what each method contains; these functions give the items of
each list (names through ``ident``, strings through ``py_str``, the same filters the template
uses), each list on one line: the formatter splits the long ones (``generator.format``).
"""

from __future__ import annotations

import re
import urllib.parse

from generator import ir
from generator.filters import ident, py_str

_OPTIONS = "**options: Unpack[_RequestOptions]"


def _listed(head: str, items: list[str], tail: str = "") -> str:
    """``head(item, item, ...)tail``."""
    return f"{head}({', '.join(items)}){tail}"


_PLACEHOLDER = re.compile(r"(\{[^{}]+\})")
# What a path segment may hold as it is (RFC 3986 pchar, and the slashes between segments).
_PATH_SAFE = "/:@!$&'()*+,;=-._~"


def url_path(template: str) -> str:
    """A spec path as the runtime sends it: the text between ``{placeholders}`` percent-encoded.

    A spec's path is literal text; a ``#``, ``?`` or space in it would otherwise end the
    path or change its meaning on the wire (a ``%XX`` escape is kept as written). The
    placeholders stay for ``expand_path``.
    """
    pieces = _PLACEHOLDER.split(template)
    return "".join(
        piece if i % 2 else _ENCODED.sub(_keep, urllib.parse.quote(piece, _PATH_SAFE))
        for i, piece in enumerate(pieces)
    )


# A ``%XX`` the spec already wrote, which ``quote`` made ``%25XX``: kept as the spec wrote it.
_ENCODED = re.compile(r"%25([0-9A-Fa-f]{2})")


def _keep(match: re.Match[str]) -> str:
    return "%" + match.group(1)


def endpoint(op: ir.Operation) -> str:
    """``_NAME = _Endpoint[Returns]("METHOD", "/path", Model, ...)``, at module level.

    ``Returns`` is what the call gives back: one item's type for a list's pages.
    """
    items = [py_str(op.http_method), py_str(url_path(op.path)), op.response_model]
    body = op.body
    if op.idempotency_header:
        items.append(f"idempotency_header={py_str(op.idempotency_header)}")
    if body and body.model != "Any" and body.encoding in ("json", "form"):
        items.append(f"request={body.model}")
    if body and body.encoding != "json":
        items.append(f"encoding={py_str(body.encoding)}")
    if body and body.required:
        items.append("body_required=True")
    if body and body.media_type:
        items.append(f"media_type={py_str(body.media_type)}")
    if body and body.parts:
        parts = ", ".join(
            f"{py_str(p.wire_name)}: _Part({py_str(p.style)}, {p.explode}, {py_str(p.content_type)})"
            for p in body.parts
        )
        items.append(f"parts={{{parts}}}")
    if op.styled_parameters:
        styles = ", ".join(
            f"{py_str(p.location.value + ':' + p.wire_name)}: ({py_str(p.style or _default_style(p))}, {_explode(p)})"
            for p in op.styled_parameters
        )
        items.append(f"styles={{{styles}}}")
    if op.accept != "application/json":
        items.append(f"accept={py_str(op.accept)}")
    if op.returns_kind != "json":
        items.append(f"returns={py_str(op.returns_kind)}")
    if op.redirects:
        items.append("redirects=True")
    if op.security is not None:
        items.append(f"security={_security(op.security)}")
    if op.envelope:
        items.append(f"envelope={py_str(op.envelope)}")
    if op.request_id:
        items.append(f"request_id={py_str(op.request_id)}")
    if op.pagination:
        items.append(f"pagination={_pagination(op.pagination)}")
    return _listed(f"{ident(op.constant)} = _Endpoint[{op.returns}]", items)


def _default_style(parameter: ir.Parameter) -> str:
    return {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}[
        parameter.location.value
    ]


def _explode(parameter: ir.Parameter) -> bool:
    if parameter.explode is not None:
        return parameter.explode
    return (parameter.style or _default_style(parameter)) == "form"


def scheme(found: ir.SecurityScheme) -> str:
    """The runtime's ``AuthScheme`` of a security scheme, as Python source."""
    if found.kind in ("bearer", "basic"):
        return f"AuthScheme.{found.kind}()"
    return f"AuthScheme.{found.kind}({py_str(found.name)})"


def requirements(found: tuple[tuple[str, ...], ...]) -> str:
    """Security requirements as Python source (a tuple of tuples of scheme names)."""
    return _security(found)


def _security(requirements: tuple[tuple[str, ...], ...]) -> str:
    """A tuple of tuples of scheme names, as Python source."""
    alternatives = ", ".join(
        "(" + "".join(f"{py_str(key)}, " for key in requirement).rstrip(" ") + ")"
        for requirement in requirements
    )
    return f"({alternatives},)"


def _pagination(pages: ir.Pagination) -> str:
    fields = (
        ("size", pages.size),
        ("items", pages.items),
        ("has_next", pages.has_next),
        ("total_pages", pages.total_pages),
        ("total_items", pages.total_items),
        ("current_page", pages.current_page),
        ("page_size", pages.page_size),
    )
    given = [f"{name}={py_str(value)}" for name, value in fields if value]
    return _listed("_Pagination", [py_str(pages.page), *given])


def returns(op: ir.Operation, mode: str) -> str:
    """The method's return annotation (``mode``: sync or async)."""
    if op.pagination:
        page = "_SyncPage" if mode == "sync" else "_AsyncPaginator"
        return f"{page}[{op.returns}]"
    return op.returns


def define(op: ir.Operation, mode: str) -> str:
    """``def`` or ``async def``: an async list method returns its paginator at once."""
    return "async def" if mode == "async" and not op.pagination else "def"


def _body_items(op: ir.Operation) -> tuple[list[str], list[str]]:
    """(positional, keyword-only) signature items of the body."""
    body = op.body
    if body is None:
        return [], []
    if body.as_arguments:
        required = [
            f"{ident(f.name)}: {f.annotation}" for f in body.fields if f.required
        ]
        optional = [
            f"{ident(f.name)}: {f.annotation} | None = None"
            for f in body.fields
            if not f.required
        ]
        return [], [*required, *optional]
    if body.required:
        return [f"body: {body.annotation}"], []
    return [], [f"body: {body.annotation} | None = None"]


def signature(op: ir.Operation, mode: str) -> str:
    """``def name(self, ...) -> Returns:`` of the operation's method."""
    items = ["self", *(f"{ident(p.name)}: {p.annotation}" for p in op.path_parameters)]
    positional, keyword = _body_items(op)
    items += positional
    keyword_only = keyword + [p.signature for p in op.keyword_parameters]
    if keyword_only:
        items.append("*")
    items += keyword_only
    items.append(_OPTIONS)
    return _listed(
        f"{define(op, mode)} {ident(op.name)}", items, f" -> {returns(op, mode)}:"
    )


def call(op: ir.Operation, mode: str) -> str:
    """``return [await ]self._client.call(_NAME, path={...}, ..., options=options)``."""
    items = [ident(op.constant)]
    for keyword, parameters in (
        ("path", op.path_parameters),
        ("query", op.query_parameters),
        ("headers", op.header_parameters),
        ("cookies", op.cookie_parameters),
    ):
        if parameters:
            pairs = ", ".join(
                f"{py_str(p.wire_name)}: {ident(p.name)}" for p in parameters
            )
            items.append(f"{keyword}={{{pairs}}}")
    if op.body and op.body.as_arguments:
        pairs = ", ".join(
            f"{py_str(f.wire_name)}: {ident(f.name)}" for f in op.body.fields
        )
        items.append(f"body={{{pairs}}}")
    elif op.body:
        items.append("body=body")
    items.append("options=options")
    if op.pagination:
        runner = "pages" if mode == "sync" else "paginate"
        return _listed(f"return self._client.{runner}", items)
    prefix = "await " if mode == "async" else ""
    return _listed(f"return {prefix}self._client.call", items)


def variant_signature(op: ir.Operation, variant: ir.Variant, mode: str) -> str:
    """The per-variant method's signature: the variant's fields as keyword arguments."""
    items = [
        "self",
        *(f"{ident(p.name)}: {p.annotation}" for p in op.path_parameters),
        "*",
    ]
    for field in variant.fields:
        if field.default is None:
            items.append(f"{ident(field.argument)}: {field.annotation}")
        else:
            items.append(
                f"{ident(field.argument)}: {field.annotation} | _NotGiven = _NOT_GIVEN"
            )
    items += [p.signature for p in op.keyword_parameters]
    items.append(_OPTIONS)
    return _listed(
        f"{define(op, mode)} {ident(variant.method_name)}",
        items,
        f" -> {returns(op, mode)}:",
    )


def variant_body(op: ir.Operation, variant: ir.Variant, mode: str) -> str:
    """The per-variant method's body: collect the given arguments, build the model, send it."""
    given = _listed(
        "given = _given",
        [f"{ident(f.name)}={ident(f.argument)}" for f in variant.fields],
    )
    model = _listed(
        f"body = {ident(variant.model)}",
        [
            f"{ident(variant.discriminator_field)}={py_str(variant.discriminator_value)}",
            "**given",
        ],
    )
    # The same call as the operation's own method makes, without going through it.
    return f"{given}\n        {model}\n        {call(op, mode)}"


# The runtime names a resource module imports under a private alias, and their public names.
_PRIVATE = re.compile(
    r"\b_(SyncPage|AsyncPaginator|FileTypes|NotGiven|NOT_GIVEN|Sequence)\b"
)


def reference(op: ir.Operation, variant: ir.Variant | None = None) -> str:
    """The sync method's signature as the API reference shows it: ``name(...) -> Returns``.

    The same text as the code's (``signature``, ``variant_signature``), without ``def``,
    ``self`` and the per-call options every method takes, and with public runtime names.
    """
    code = (
        signature(op, "sync")
        if variant is None
        else variant_signature(op, variant, "sync")
    )
    text = code.removeprefix("def ").removesuffix(":")
    text = text.replace("(self, ", "(").replace("(self)", "()")
    text = text.replace(f", {_OPTIONS}", "").replace(f"({_OPTIONS})", "()")
    text = text.replace(", *)", ")")
    return _PRIVATE.sub(r"\1", text)
