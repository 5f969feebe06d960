"""The bracketed lists of a resource module (signatures, calls, endpoint constants).

The resource template says what each method contains; these functions give the items of
each list (names through ``ident``, strings through ``py_str``, the same filters the template
uses), each list on one line: the formatter splits the long ones (``generator.format``).
"""

from __future__ import annotations

from generator import ir
from generator.filters import ident, py_str

_OPTIONS = "**options: Unpack[_RequestOptions]"


def _listed(head: str, items: list[str], tail: str = "") -> str:
    """``head(item, item, ...)tail``."""
    return f"{head}({', '.join(items)}){tail}"


def endpoint(op: ir.Operation) -> str:
    """``_NAME = _Endpoint[Returns]("METHOD", "/path", Model, ...)``, at module level."""
    items = [py_str(op.http_method), py_str(op.path), op.response_model]
    if op.idempotency_header:
        items.append(f"idempotency_header={py_str(op.idempotency_header)}")
    if op.body and op.body.model != "Any":
        items.append(f"request={op.body.model}")
    if op.body and op.body.encoding != "json":
        items.append(f"encoding={py_str(op.body.encoding)}")
    if op.body and op.body.required:
        items.append("body_required=True")
    return _listed(f"{ident(op.constant)} = _Endpoint[{op.returns}]", items)


def signature(op: ir.Operation, define: str) -> str:
    """``def name(self, ...) -> Returns:`` of the operation's method (``define``: def or async def)."""
    items = ["self", *(f"{ident(p.name)}: {p.annotation}" for p in op.path_parameters)]
    if op.body and op.body.required:
        items.append(f"body: {op.body.annotation}")
    if op.has_keyword_only:
        items.append("*")
    if op.body and not op.body.required:
        items.append(f"body: {op.body.annotation} | None = None")
    items += [p.signature for p in op.keyword_parameters]
    items.append(_OPTIONS)
    return _listed(f"{define} {ident(op.name)}", items, f" -> {op.returns}:")


def call(op: ir.Operation, prefix: str) -> str:
    """``return [await ]self._client.call(_NAME, path={...}, ..., options=options)``."""
    items = [ident(op.constant)]
    for keyword, parameters in (
        ("path", op.path_parameters),
        ("query", op.query_parameters),
        ("headers", op.header_parameters),
    ):
        if parameters:
            pairs = ", ".join(
                f"{py_str(p.wire_name)}: {ident(p.name)}" for p in parameters
            )
            items.append(f"{keyword}={{{pairs}}}")
    if op.body:
        items.append("body=body")
    items.append("options=options")
    return _listed(f"return {prefix}self._client.call", items)


def variant_signature(op: ir.Operation, variant: ir.Variant, define: str) -> str:
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
        f"{define} {ident(variant.method_name)}", items, f" -> {op.returns}:"
    )


def variant_body(op: ir.Operation, variant: ir.Variant, prefix: str) -> str:
    """The per-variant method's body: collect the given arguments, build the model, call."""
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
    arguments = [
        *(ident(p.name) for p in op.path_parameters),
        "body",
        *(f"{ident(p.name)}={ident(p.name)}" for p in op.keyword_parameters),
        "**options",
    ]
    forward = _listed(f"return {prefix}self.{ident(op.name)}", arguments)
    return f"{given}\n        {model}\n        {forward}"
