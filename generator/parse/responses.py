"""What an operation answers: the method's return type, how the runtime reads the body, the
Accept header, redirects, envelopes and pages."""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator import ir
from generator.models import Models
from generator.pytypes import annotation, deref, without_none
from generator.spec import pointer as jp
from generator.spec.keywords import media_kind

REDIRECT = "_Redirect"  # the runtime's Redirect, as resource modules import it


@dataclass(frozen=True, slots=True)
class Answer:
    """An operation's answer as the method returns it and the runtime reads it."""

    returns: str
    response_model: str
    accept: str
    kind: str  # json, text, binary or none
    redirects: bool
    envelope: str | None = None
    request_id: str | None = None
    pagination: ir.Pagination | None = None


@dataclass(frozen=True, slots=True)
class Envelope:
    """The document's ``x-envelope``: the property an answer's data is in, and its request id."""

    data: str
    request_id: str | None = None

    @classmethod
    def of(cls, raw: Any, default: Envelope | None = None) -> Envelope | None:
        """``x-envelope: data`` or ``{data: data, request-id: ctx_id}``; ``false`` for none."""
        if raw is False:
            return None
        if isinstance(raw, str) and raw:
            return cls(raw)
        if isinstance(raw, Mapping) and isinstance(raw.get("data"), str):
            request_id = raw.get("request-id")
            return cls(raw["data"], request_id if isinstance(request_id, str) else None)
        return default


def answer(
    document: Mapping[str, Any],
    models: Models,
    operation: Mapping[str, Any],
    envelope: Envelope | None,
) -> Answer:
    """The answer of one operation (``envelope``: the document's, before the operation's)."""
    responses = operation.get("responses")
    responses = responses if isinstance(responses, Mapping) else {}
    statuses = sorted(str(s) for s in responses)
    # Statuses a client is sent elsewhere by (a 304 Not Modified is no redirect: it answers
    # a conditional request, and carries no Location).
    redirects = any(s in _REDIRECTS or s.upper() == "3XX" for s in statuses)
    types: list[str] = []
    media_types: list[str] = []
    bodiless = False
    # Only a 'default' answer documented: it is the success (openapi-python-client reads
    # it so too); otherwise 'default' describes errors.
    success = [s for s in statuses if s.startswith("2")] or [
        s for s in statuses if s == "default"
    ]
    for status in success:
        response = deref(document, responses.get(status))
        content = response.get("content") if isinstance(response, Mapping) else None
        if not isinstance(content, Mapping) or not content:
            bodiless = (
                True  # e.g. 204 beside a 200 with a body: the call may return None
            )
            continue
        media_types += [str(m) for m in content]
        json_media = [
            m
            for t, m in sorted(content.items(), key=lambda i: _rank(str(i[0])))
            if media_kind(str(t)) == "json"
        ]
        if json_media and isinstance(json_media[0], Mapping):
            types.append(annotation(document, models, json_media[0].get("schema")))
    kinds = {media_kind(m) for m in media_types}
    kind = (
        "json"
        if "json" in kinds
        else "text" if "text" in kinds else ("binary" if kinds else "none")
    )
    accept = _accept(media_types)
    found = list(dict.fromkeys(types)) if kind == "json" else []
    model = " | ".join(found) if found else "None"
    returns = (
        model
        if kind == "json"
        else {"text": "str", "binary": "bytes"}.get(kind, "None")
    )
    if bodiless and returns != "None" and "None" not in returns.split(" | "):
        returns += " | None"
    # What the body is read into: None too, when a documented answer has no body (a 204).
    read = f"{model} | None" if bodiless and kind == "json" and found else model
    result = Answer(returns, read, accept, kind, redirects)
    envelope = Envelope.of(operation.get("x-envelope"), envelope)
    pages = _pagination(models, model, operation.get("x-pagination"))
    if pages is not None:
        result = Answer(pages.item, read, accept, kind, redirects, pagination=pages)
    elif envelope is not None and len(found) == 1:
        data = _property(models, found[0], envelope.data)
        if data is not None:
            returns = data + (" | None" if bodiless else "")
            result = Answer(
                returns,
                read,
                accept,
                kind,
                redirects,
                envelope.data,
                envelope.request_id,
            )
    if redirects:
        if [s for s in statuses if s.startswith("2")]:
            returns = result.returns if kind != "none" else "None"
            typed = (
                f"{REDIRECT} | None" if returns == "None" else f"{returns} | {REDIRECT}"
            )
        else:
            typed = REDIRECT
        result = Answer(
            typed,
            result.response_model,
            result.accept,
            result.kind,
            True,
            result.envelope,
            result.request_id,
            result.pagination,
        )
    return result


_REDIRECTS = frozenset({"301", "302", "303", "307", "308"})


def _accept(media_types: list[str]) -> str:
    """The Accept header: the documented types, the one read into the return type first
    (``application/json``, else another JSON type); any of a lesser rank at a lower weight,
    so a server offering several answers in the one the client reads as a model."""
    ordered = sorted(dict.fromkeys(media_types), key=_rank)
    if not ordered:
        return "application/json"
    best = _rank(ordered[0])
    return ", ".join(m if _rank(m) == best else f"{m};q=0.9" for m in ordered)


def _rank(media_type: str) -> tuple[bool, bool]:
    """Sort key of a documented answer type: JSON before the rest, and plain
    ``application/json`` before other JSON (``application/json+sarif``: a string)."""
    main = media_type.split(";", 1)[0].strip().lower()
    return media_kind(media_type) != "json", main != "application/json"


def _property(models: Models, cls: str, wire: str) -> str | None:
    """The annotation of a model's property, by its wire name; None when there is none."""
    model = models.classes.get(cls)
    if model is None:
        return None
    field = next((f for f in model.fields if f.alias == wire), None)
    return None if field is None else field.annotation


def _pagination(models: Models, model: str, raw: Any) -> ir.Pagination | None:
    """The operation's ``x-pagination``, with the type of one item; None when it has none."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("page"), str):
        return None

    def pointer(key: str) -> str:
        value = raw.get(key)
        return value if isinstance(value, str) and value.startswith("/") else ""

    items = pointer("items")
    item = _item_type(models, model, items)
    if item is None:
        return None
    size = raw.get("size")
    return ir.Pagination(
        page=raw["page"],
        size=size if isinstance(size, str) else "",
        items=items,
        has_next=pointer("has-next"),
        total_pages=pointer("total-pages"),
        total_items=pointer("total-items"),
        current_page=pointer("current-page"),
        page_size=pointer("page-size"),
        item=item,
    )


def _item_type(models: Models, model: str, items: str) -> str | None:
    """The annotation of one item of the list ``items`` points at, following model fields."""
    current = model
    for segment in jp.split(items):
        found = _property(models, without_none(current), segment)
        if found is None:
            return None
        current = found
    listed = without_none(current)
    try:
        node = ast.parse(listed, mode="eval").body
    except SyntaxError:
        return None
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id in ("list", "builtins.list")
    ):
        return ast.unparse(node.slice)
    return None
