"""The bodies the fake server answers with, shaped by the spec's answer schemas.

A documented answer is its example when the example fits its schema, else a value made from
the schema (``_sample``). Answers about an item put the stored item where the answer keeps
it (the envelope's ``data``, say) or, when the answer describes the item otherwise (a create
answer's ``action_id``), fill each of its properties from the item; lists put a page of items
where the answer keeps them and set the page counters; errors fill the documented error
body's message, detail and request id.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping, Sequence
from typing import Any

from .._response import follow
from ._sample import new_id, sample
from ._schema import Checker, properties_of, resolve

__all__ = ["Answers", "place"]

# Properties of an error body that say what went wrong, in the order they are filled.
_MESSAGE_FIELDS = (
    "message",
    "detail",
    "error",
    "title",
    "error_description",
    "description",
)
_MISSING = object()


def place(value: Any, pointer: str, part: Any) -> Any:
    """``value`` with ``part`` put at ``pointer``, objects made on the way as needed."""
    if not pointer:
        return part
    root = value if isinstance(value, dict) else {}
    node = root
    segments = [s.replace("~1", "/").replace("~0", "~") for s in pointer.split("/")[1:]]
    for key in segments[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            child = node[key] = {}
        node = child
    node[segments[-1]] = part
    return root


class Answers:
    """Builds answer bodies for the operations of one API."""

    def __init__(self, schemas: Mapping[str, Any], request_id: str | None) -> None:
        """Answers under ``schemas``; ``request_id``: the body property naming the request."""
        self._schemas = schemas
        self._checker = Checker(schemas, reading=True)
        self._request_id = request_id
        self._documented: dict[int, Any] = {}

    def documented(self, answer: Mapping[str, Any]) -> Any:
        """A fresh copy of an answer's documented body (its example if it fits, else made)."""
        key = id(answer)
        if key not in self._documented:
            example = answer.get("example", _MISSING)
            schema = answer.get("schema") or {}
            fits = example is not _MISSING and not self._checker.problems(
                example, schema, "answer"
            )
            self._documented[key] = example if fits else sample(schema, self._schemas)
        return copy.deepcopy(self._documented[key])

    def stamp(self, body: Any, answer: Mapping[str, Any], number: int) -> Any:
        """The body with its request id property (the envelope's) set for request ``number``."""
        field = self._request_id
        if not field or not isinstance(body, dict):
            return body
        if field in body or field in properties_of(answer.get("schema"), self._schemas):
            example = body.get(field)
            shape = example if isinstance(example, str) else None
            body[field] = new_id(number, shape, {"format": "uuid"}, lambda _: True)
        return body

    def about_item(
        self,
        answer: Mapping[str, Any],
        pointer: str,
        item: Mapping[str, Any],
        collection: Mapping[str, Any],
        item_id: object,
    ) -> Any:
        """An answer about one item: the item itself where the answer keeps items of the
        collection's schema, else the documented part with the item's values laid over.
        """
        body = self.documented(answer)
        schema = _schema_at(answer.get("schema"), pointer, self._schemas)
        if schema is not None and resolve(schema, self._schemas) == resolve(
            collection.get("item_schema"), self._schemas
        ):
            return place(body, pointer, copy.deepcopy(dict(item)))
        part = follow(body, pointer)
        part = dict(part) if isinstance(part, dict) else {}
        names = properties_of(schema, self._schemas) if schema is not None else {}
        ids = set(collection.get("id_names") or ())
        for name in names or item:
            if name in ids and item_id is not None:
                part[name] = item_id
            elif name in item:
                part[name] = copy.deepcopy(item[name])
        return place(body, pointer, part)

    def page(
        self,
        op: Mapping[str, Any],
        answer: Mapping[str, Any],
        items: Sequence[Mapping[str, Any]],
        page: int,
        size: int | None,
    ) -> Any:
        """One page of a list: its items where the answer keeps them, and the counters."""
        body = self.documented(answer)
        pages = op.get("pagination")
        total = len(items)
        if pages is None or size is None:
            return place(
                body, str(op.get("items", "")), [copy.deepcopy(dict(i)) for i in items]
            )
        first = (page - 1) * size
        chosen = [
            copy.deepcopy(dict(i)) for i in items[max(first, 0) : max(first + size, 0)]
        ]
        body = place(body, pages["items"], chosen)
        counters = {
            pages["current_page"]: page,
            pages["total_items"]: total,
            pages["total_pages"]: math.ceil(total / size) if size > 0 else 0,
            pages["has_next"]: page * size < total,
            pages["size_field"]: size,
        }
        for pointer, value in counters.items():
            if pointer:
                body = place(body, pointer, value)
        return body

    def error(
        self, answer: Mapping[str, Any] | None, message: str, problems: Sequence[str]
    ) -> Any:
        """An error body: the documented one with its message fields filled; else a plain
        ``{"message": ...}`` (with the problems, when there are any)."""
        if answer is None or answer.get("kind") != "json":
            plain: dict[str, Any] = {"message": message}
            if problems:
                plain["problems"] = list(problems)
            return plain
        body = self.documented(answer)
        schema = answer.get("schema") or {}
        if not isinstance(body, dict):
            return body
        names = properties_of(schema, self._schemas)
        detail = "; ".join(problems) or message
        filled = False
        for name in _MESSAGE_FIELDS:
            if name not in names:
                continue
            text = message if name == "message" or not problems else detail
            for candidate in (text, list(problems) or [message]):
                if not self._checker.problems(candidate, names[name], name):
                    body[name] = candidate
                    filled = True
                    break
        if (
            not filled
            and resolve(schema, self._schemas).get("additionalProperties") is not False
        ):
            body["message"] = message
        return body


def _schema_at(schema: Any, pointer: str, schemas: Mapping[str, Any]) -> Any:
    """The schema of the value at ``pointer`` inside a value of ``schema`` (None if unknown)."""
    current = schema
    for segment in pointer.split("/")[1:] if pointer else ():
        key = segment.replace("~1", "/").replace("~0", "~")
        current = properties_of(current, schemas).get(key)
        if current is None:
            return None
    return current
