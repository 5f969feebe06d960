"""What a method returns, as the client extensions decide it: pages, a part, or the answer.

`x-pagination` makes a list method return pages of items, and `x-envelope` (the operation's,
else the document's) makes a method return one property of the answer instead of all of it.
Adding, removing or changing either changes the type every caller of the method receives,
so it is breaking, whatever the schemas say.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.parse.responses import Envelope
from generator.spec.keywords import media_kind
from generator.spec.traverse import OperationRef, deref

from ._context import Context
from ._kinds import ChangeKind
from ._messages import q
from ._refs import Resolver, join


def compare_results(ctx: Context, old: OperationRef, new: OperationRef) -> None:
    """Report a change in the shape of what the operation's method returns."""
    call = ctx.new.names.call(new.pointer)
    was_pages, now_pages = _paginated(old), _paginated(new)
    if was_pages != now_pages:
        pointer = join(new.pointer, "x-pagination") if now_pages else new.pointer
        change = (
            "now returns pages of the answer's items (iterate it, or read .items), not the"
            " answer itself"
            if now_pages
            else "now returns the answer itself, not pages of its items"
        )
        ctx.emit(
            ChangeKind.RESULT_SHAPE_CHANGED,
            pointer,
            f"{call} {change}; code using the result breaks",
        )
        return
    if now_pages:
        return
    before, after = _part(ctx.old, old), _part(ctx.new, new)
    if before == after:
        return
    own = "x-envelope" in new.operation
    pointer = join(new.pointer, "x-envelope") if own else new.pointer
    if after is None:
        change = f"now returns the whole answer, not its {q(before)}"
    elif before is None:
        change = f"now returns the answer's {q(after)}, not the whole answer"
    else:
        change = f"now returns the answer's {q(after)}, not its {q(before)}"
    ctx.emit(
        ChangeKind.RESULT_SHAPE_CHANGED,
        pointer,
        f"{call} {change} (x-envelope); code using the result breaks",
    )


def _paginated(op: OperationRef) -> bool:
    raw = op.operation.get("x-pagination")
    return isinstance(raw, Mapping) and isinstance(raw.get("page"), str)


def _part(resolver: Resolver, op: OperationRef) -> str | None:
    """The property of the answer the method returns, or None for the whole answer."""
    document = resolver.document
    envelope = Envelope.of(
        op.operation.get("x-envelope"), Envelope.of(document.get("x-envelope"))
    )
    if envelope is None:
        return None
    schemas = list(_success_schemas(document, op.operation))
    # As the generator decides: one success model, which declares the property.
    if len(schemas) != 1:
        return None
    properties = schemas[0].get("properties")
    return (
        envelope.data
        if isinstance(properties, Mapping) and envelope.data in properties
        else None
    )


def _success_schemas(
    document: Mapping[str, Any], operation: Mapping[str, Any]
) -> list[Mapping[str, Any]]:
    found: list[Mapping[str, Any]] = []
    responses = operation.get("responses")
    for status, raw in (responses.items() if isinstance(responses, Mapping) else ()):
        response = deref(document, raw)[0]
        if not str(status).startswith("2") or not isinstance(response, Mapping):
            continue
        content = response.get("content")
        for media, body in (content.items() if isinstance(content, Mapping) else ()):
            if media_kind(str(media)) == "json" and isinstance(body, Mapping):
                schema = deref(document, body.get("schema"))[0]
                if isinstance(schema, Mapping) and schema not in found:
                    found.append(schema)
    return found
