"""RFC 6901 JSON pointers and local `$ref` resolution, with a guard against reference cycles."""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping
from typing import Any

from ._errors import DiffError

EMPTY: Mapping[str, Any] = {}


def join(pointer: str, *tokens: str | int) -> str:
    """`pointer` extended by each token, escaped as RFC 6901 requires."""
    escaped = (str(t).replace("~", "~0").replace("/", "~1") for t in tokens)
    return "".join([pointer, *("/" + t for t in escaped)])


def last_token(pointer: str) -> str:
    """The unescaped final token of a pointer."""
    return pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


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
        if not ref.startswith("#"):
            raise DiffError(
                f"{self.label} document: {where}: $ref {ref!r} is not local; bundle the spec first (load_spec does)"
            )
        target = urllib.parse.unquote(ref[1:])
        node: Any = self.document
        for token in target.split("/")[1:]:
            key = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise DiffError(
                    f"{self.label} document: {where}: $ref {ref!r} does not resolve; fix the reference"
                )
        return node, target
