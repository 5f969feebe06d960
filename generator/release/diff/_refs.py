"""Local `$ref` resolution inside one of the two documents, with a guard against cycles.

Pointers and references go through ``generator.spec.pointer``, the generator's one
implementation (a `$ref` fragment is percent-decoded before it is followed).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import DiffError
from generator.spec import pointer as jp

EMPTY: Mapping[str, Any] = {}
join = jp.join
last_token = jp.last


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
