"""The fake server's state: the items of each collection, kept per parent (a nested
collection's items belong to the parent named in its path), in the order they were added.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from ._sample import new_id, sample
from ._schema import Checker

__all__ = ["Store", "normalised"]

_PARAMETER = re.compile(r"{([^{}]+)}")

Scope = tuple[tuple[str, str], ...]


def normalised(name: str) -> str:
    """A name with case and separators aside: ``FriendlyName`` and ``friendly_name`` meet."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


class Store:
    """Items by collection and parent, with ids generated per collection."""

    def __init__(
        self, collections: Mapping[str, Mapping[str, Any]], schemas: Mapping[str, Any]
    ) -> None:
        """An empty store for the collections the spec shows (``schemas``: theirs)."""
        self._collections = collections
        self._schemas = schemas
        self._items: dict[tuple[str, Scope], dict[str, dict[str, Any]]] = {}
        self._issued: dict[str, int] = {}

    def clear(self) -> None:
        """Forget every item and restart every id sequence."""
        self._items.clear()
        self._issued.clear()

    def scope(self, name: str, values: Mapping[str, Any]) -> Scope:
        """The parent an item of collection ``name`` belongs to, from path values."""
        params = _PARAMETER.findall(str(self._collections[name]["path"]))
        return tuple((p, str(values.get(p, ""))) for p in params)

    def items(self, name: str, scope: Scope) -> list[dict[str, Any]]:
        """The items of a collection under one parent, oldest first."""
        return list(self._items.get((name, scope), {}).values())

    def get(self, name: str, scope: Scope, key: object) -> dict[str, Any] | None:
        """One item by its id (compared as text, as it arrives in a path)."""
        return self._items.get((name, scope), {}).get(str(key))

    def put(self, name: str, scope: Scope, key: object, item: dict[str, Any]) -> None:
        """Store an item under its id, replacing any item with that id."""
        self._items.setdefault((name, scope), {})[str(key)] = item

    def delete(self, name: str, scope: Scope, key: object) -> bool:
        """Remove an item; whether there was one."""
        return self._items.get((name, scope), {}).pop(str(key), None) is not None

    def next_id(self, name: str, scope: Scope) -> str | int:
        """A new id for collection ``name``, shaped like its documented ids, not yet used."""
        spec = self._collections[name]
        schema = spec.get("id_schema") or {}
        example = spec.get("id_example")
        checker = Checker(self._schemas, reading=True)
        if example is None or checker.problems(example, schema, "id"):
            # An undocumented id, or a documented one its own schema refuses: one made
            # from the schema (its pattern, say) is the shape to follow.
            example = sample(schema, self._schemas) if schema else None
        while True:
            self._issued[name] = self._issued.get(name, 0) + 1
            candidate = new_id(
                self._issued[name],
                example,
                schema,
                lambda made: not checker.problems(made, schema, "id"),
            )
            if self.get(name, scope, candidate) is None:
                return candidate

    def snapshot(self, name: str, scope: Scope) -> list[dict[str, Any]]:
        """Copies of the items, for callers who may change them."""
        return copy.deepcopy(self.items(name, scope))
