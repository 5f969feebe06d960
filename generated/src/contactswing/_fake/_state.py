"""What the operations on a collection do to it: create stores, list pages, get finds,
replace and update change, delete removes; ``seed`` stores as a create would.

An item is made from the documented example item (for items of one shape), the body laid
over it with each name matched to the item's property (``FriendlyName`` fills
``friendly_name``), and its id; a required property still missing is made from its schema.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ._answers import Answers
from ._sample import sample
from ._schema import Checker, properties_of, resolve
from ._store import Scope, Store, normalised
from ._wire import Incoming

__all__ = ["Collections", "Missing"]

Spec = Mapping[str, Any]


@dataclass(frozen=True)
class Missing:
    """The item a call names does not exist (a 404)."""

    message: str


class Collections:
    """The collections of one API and the items they hold."""

    def __init__(
        self, collections: Mapping[str, Spec], schemas: Spec, answers: Answers
    ) -> None:
        """Empty collections, answered through ``answers``."""
        self._specs = collections
        self._schemas = schemas
        self._answers = answers
        self._checker = Checker(schemas, reading=True)
        self.store = Store(collections, schemas)
        self._templates: dict[str, dict[str, Any]] = {}

    def answer(self, op: Spec, answer: Spec, incoming: Incoming) -> Any:
        """The success body of a call of ``op`` on its collection, or ``Missing``."""
        name, role = str(op["collection"]), str(op["role"])
        spec = self._specs[name]
        scope = self.store.scope(name, incoming.path)
        if role == "list":
            return self._page(op, answer, name, incoming)
        body = incoming.body if isinstance(incoming.body, dict) else {}
        if role == "create":
            key = self._key(name, scope, body)
            item = self.compose(spec, {}, body, key, scope)
            self.store.put(name, scope, key, item)
            return self._answers.about_item(answer, op["data"], item, spec, key)
        target = incoming.path.get(str(spec.get("param")))
        found = self.store.get(name, scope, target)
        if found is None:
            return Missing(f"{name} has no item {target}")
        item = found
        if role == "delete":
            self.store.delete(name, scope, target)
        elif role in ("replace", "update"):
            base = found if role == "update" else self._kept(op, found)
            item = self.compose(spec, base, body, _id(spec, found, target))
            self.store.put(name, scope, target, item)
        return self._answers.about_item(
            answer, op["data"], item, spec, _id(spec, item, target)
        )

    def seed(
        self, name: str, items: Iterable[Mapping[str, Any]], parents: Mapping[str, str]
    ) -> list[dict[str, Any]]:
        """Store wire-shaped items as creates would; a seeded item must fit the item schema."""
        spec = self._specs[name]
        scope = self.store.scope(name, parents)
        stored = []
        for raw in items:
            key = self._key(name, scope, raw)
            item = self.compose(spec, {}, raw, key, scope)
            problems = self._checker.problems(item, spec.get("item_schema") or {}, name)
            if problems:
                shown = "; ".join(problems[:5])
                raise ValueError(
                    f"a seeded item does not fit the spec's {name}: {shown}"
                )
            self.store.put(name, scope, key, item)
            stored.append(copy.deepcopy(item))
        return stored

    def _key(self, name: str, scope: Scope, body: Mapping[str, Any]) -> str | int:
        """The id a new item gets: the one its body names (Petstore's ``id``, a user's
        ``username``), else a new one."""
        field = str(self._specs[name].get("id_field") or "")
        given = body.get(field) if field else None
        if isinstance(given, (str, int)) and not isinstance(given, bool):
            return given
        return self.store.next_id(name, scope)

    def compose(
        self,
        spec: Spec,
        base: Mapping[str, Any],
        body: Mapping[str, Any],
        key: object,
        parents: Scope = (),
    ) -> dict[str, Any]:
        """An item: ``base`` (else the example item) with ``body`` laid over, its id, and
        the ids of its parents where it has a property for them (``ServiceSid`` in the
        path fills ``service_sid``)."""
        start = base or self._template(spec)
        item: dict[str, Any] = copy.deepcopy(dict(start))
        props = properties_of(spec.get("item_schema"), self._schemas)
        by_name = {normalised(n): n for n in props}
        for name, value in parents:
            if normalised(name) in by_name:
                item[by_name[normalised(name)]] = value
        for name, value in body.items():
            target = name if name in props else by_name.get(normalised(name), name)
            item[target] = copy.deepcopy(value)
        if spec.get("id_field"):
            item[str(spec["id_field"])] = key
        required = resolve(spec.get("item_schema"), self._schemas).get("required") or ()
        for name in required:
            if name not in item and name in props:
                item[name] = sample(props[name], self._schemas)
        return item

    def _template(self, spec: Spec) -> dict[str, Any]:
        """The documented example item, when it fits the item schema (else nothing)."""
        path = str(spec.get("path"))
        if path not in self._templates:
            found = spec.get("template")
            fits = isinstance(found, dict) and not self._checker.problems(
                found, spec.get("item_schema") or {}, "item"
            )
            self._templates[path] = (
                dict(found) if fits and isinstance(found, dict) else {}
            )
        return self._templates[path]

    def _kept(self, op: Spec, item: Mapping[str, Any]) -> dict[str, Any]:
        """What a replacing body (PUT) leaves of an item: the fields no body sets."""
        inputs: set[str] = set()
        for media in ((op.get("body") or {}).get("content") or {}).values():
            inputs.update(
                normalised(n) for n in properties_of(media.get("schema"), self._schemas)
            )
        return {k: v for k, v in item.items() if normalised(k) not in inputs}

    def _page(self, op: Spec, answer: Spec, name: str, incoming: Incoming) -> Any:
        items = self.store.items(name, self.store.scope(name, incoming.path))
        pages = op.get("pagination")
        if pages is None:
            return self._answers.page(op, answer, items, 1, None)
        page = _number(
            incoming.query.get(pages["page"]), self._default(op, pages["page"], 1)
        )
        size = _number(
            incoming.query.get(pages["size"]), self._default(op, pages["size"], 10)
        )
        return self._answers.page(op, answer, items, page, size)

    def _default(self, op: Spec, name: str, fallback: int) -> int:
        """A query parameter's documented default, when it is a whole number."""
        for param in op["parameters"]:
            if param["name"] == name and param["in"] == "query":
                found = resolve(param["schema"], self._schemas).get("default")
                return _number(found, fallback)
        return fallback


def _id(spec: Spec, item: Mapping[str, Any], key: object) -> object:
    field = str(spec.get("id_field") or "")
    return item.get(field, key) if field else key


def _number(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default
