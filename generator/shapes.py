"""The bracketed lists of a resource module (signatures, calls, endpoint constants), laid out.

The resource template says what each method contains; these functions give the items of
each list (names through ``ident``, strings through ``py_str``, the same filters the template
uses) and ``generator.layout`` splits them the way black would.
"""

from __future__ import annotations

from generator import ir
from generator.filters import ident, py_str
from generator.layout import Item, Nested, layout

_OPTIONS = "**options: Unpack[_RequestOptions]"


def endpoint(op: ir.Operation) -> str:
    """``_NAME = _Endpoint[Returns]("METHOD", "/path", Model, ...)``, at module level."""
    items = [py_str(op.http_method), py_str(op.path), op.response_model]
    if op.idempotency_header:
        items.append(f"idempotency_header={py_str(op.idempotency_header)}")
    if op.body and op.body.model != "Any":
        items.append(f"request={op.body.model}")
    if op.body and op.body.encoding != "json":
        items.append(f"encoding={py_str(op.body.encoding)}")
    return layout(f"{ident(op.constant)} = _Endpoint[{op.returns}]", items)


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
    return layout(f"{define} {ident(op.name)}", items, f" -> {op.returns}:", 4)


def call(op: ir.Operation, prefix: str) -> str:
    """``return [await ]self._client.call(_NAME, path={...}, ..., options=options)``."""
    items: list[Item] = [ident(op.constant)]
    for keyword, parameters in (("path", op.path_parameters), ("query", op.query_parameters),
                                ("headers", op.header_parameters)):
        if parameters:
            items.append(Nested(f"{keyword}=", tuple(f"{py_str(p.wire_name)}: {ident(p.name)}"
                                                     for p in parameters)))
    if op.body:
        items.append("body=body")
    items.append("options=options")
    return layout(f"return {prefix}self._client.call", items, "", 8)


def variant_signature(op: ir.Operation, variant: ir.Variant, define: str) -> str:
    """The per-variant method's signature: the variant's fields as keyword arguments."""
    items = ["self", *(f"{ident(p.name)}: {p.annotation}" for p in op.path_parameters), "*"]
    for field in variant.fields:
        if field.default is None:
            items.append(f"{ident(field.argument)}: {field.annotation}")
        else:
            items.append(f"{ident(field.argument)}: {field.annotation} | _NotGiven = _NOT_GIVEN")
    items += [p.signature for p in op.keyword_parameters]
    items.append(_OPTIONS)
    return layout(f"{define} {ident(variant.method_name)}", items, f" -> {op.returns}:", 4)


def variant_body(op: ir.Operation, variant: ir.Variant, prefix: str) -> str:
    """The per-variant method's body: collect the given arguments, build the model, call."""
    given = layout("given = _given", [f"{ident(f.name)}={ident(f.argument)}"
                                      for f in variant.fields], "", 8)
    model = layout(f"body = {ident(variant.model)}",
                   [f"{ident(variant.discriminator_field)}={py_str(variant.discriminator_value)}",
                    "**given"], "", 8)
    arguments = [*(ident(p.name) for p in op.path_parameters), "body",
                 *(f"{ident(p.name)}={ident(p.name)}" for p in op.keyword_parameters), "**options"]
    forward = layout(f"return {prefix}self.{ident(op.name)}", arguments, "", 8)
    return f"{given}\n        {model}\n        {forward}"
