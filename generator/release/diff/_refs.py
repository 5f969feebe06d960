"""Local `$ref` resolution inside one of the two documents, with a guard against cycles.

Pointers and references go through ``generator.spec.pointer``, the generator's one
implementation (a `$ref` fragment is percent-decoded before it is followed).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from generator.errors import DiffError
from generator.spec import pointer as jp
from generator.spec.keywords import HTTP_METHODS

from ._names import ClientNames, client_names

EMPTY: Mapping[str, Any] = {}
join = jp.join
parent = jp.parent


def as_map(node: Any) -> Mapping[str, Any]:
    """`node` if it is a mapping, else an empty one (malformed parts compare as absent)."""
    return node if isinstance(node, Mapping) else EMPTY


def as_list(node: Any) -> list[Any]:
    """`node` if it is a list, else an empty one."""
    return node if isinstance(node, list) else []


class Resolver:
    """Follows local `$ref`s inside one document ("old" or "new", named in errors)."""

    def __init__(self, document: Mapping[str, Any], label: str) -> None:
        self.document = document
        self.label = label

    @functools.cached_property
    def names(self) -> ClientNames:
        """What this document's generated client calls its models and operations."""
        return client_names(self.document)

    def check_refs(self) -> None:
        """Raise a located DiffError for a path item or parameter `$ref` that cannot be followed.

        The shared traversal (`iter_operations`, `iter_parameters`) skips what it cannot
        follow; checked first, a broken reference is never mistaken for a removed operation
        or parameter. Other references are checked where they are compared.
        """
        for path, raw in as_map(self.document.get("paths")).items():
            item, at = self.resolve(raw, jp.join("/paths", str(path)))
            owners = [(item, at)] + [
                (item[method], jp.join(at, method))
                for method in HTTP_METHODS
                if isinstance(item.get(method), Mapping)
            ]
            for owner, owner_at in owners:
                for i, parameter in enumerate(as_list(owner.get("parameters"))):
                    self.resolve(parameter, jp.join(owner_at, "parameters", i))

    def at(self, pointer: str) -> Mapping[str, Any]:
        """The mapping at a pointer (empty when it names nothing, or no mapping)."""
        return as_map(jp.resolve(self.document, pointer))

    def resolve(self, node: Any, pointer: str) -> tuple[Mapping[str, Any], str]:
        """The mapping `node` refers to (following chains of `$ref`) and its pointer."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            if pointer in seen:
                raise DiffError(
                    f"{self.label} document: {pointer}: $ref cycle never reaches a schema; break the cycle"
                )
            seen.add(pointer)
            node, pointer = self.target(node["$ref"], pointer)
        return as_map(node), pointer

    def target(self, ref: str, where: str) -> tuple[Any, str]:
        """One `$ref` step: the node `ref` names and its pointer; `where` locates errors."""
        target = jp.ref_pointer(ref)
        if target is None:
            raise DiffError(
                f"{self.label} document: {where}: $ref {ref!r} is not local; bundle the spec first (load_spec does)"
            )
        node = jp.resolve(self.document, target)
        if node is jp.MISSING:
            raise DiffError(
                f"{self.label} document: {where}: $ref {ref!r} does not resolve; fix the reference"
            )
        return node, target
