"""The one traversal of an OpenAPI document: where its objects, schemas and data are.

``walk`` visits every object of a document in document order, each with its pointer and its
kind, as ``keywords.STRUCTURE`` defines them: under a schema's ``properties`` every key is a
property name and every value a schema; under ``example`` everything is data and is never
entered; ``x-`` extensions are data too. Everything else here is a view of that walk.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator.spec import pointer as jp
from generator.spec.keywords import HTTP_METHODS, Kind, Many, entry

__all__ = [
    "Node",
    "OperationRef",
    "ParameterRef",
    "children",
    "deref",
    "iter_operations",
    "iter_parameters",
    "iter_refs",
    "iter_schemas",
    "walk",
]

# Deeper than this a walk stops descending; the loader refuses such documents long before.
_MAX_DEPTH = 256


@dataclass(frozen=True, slots=True)
class Node:
    """One object in a document: where it is, what it is, and what holds it."""

    pointer: str
    value: Mapping[str, Any]
    kind: Kind
    # The keyword that led here: "properties" for a property, "schemas" for a component
    # schema, "items", "get", "parameters"...; "" for the object a walk starts at.
    via: str = ""
    # The container holding ``value`` and its key or index there (None at the start).
    parent: Any = None
    key: str | int | None = None


def children(node: Node) -> Iterator[Node]:
    """The objects directly inside ``node``, in document order."""
    value = node.value
    for key, child in value.items():
        if not isinstance(key, str):
            continue
        how = entry(node.kind, key)
        if isinstance(how, str) or not isinstance(child, (Mapping, list)):
            continue  # data
        many, kind = how
        where = jp.join(node.pointer, key)
        if many is Many.MAP:
            for name, item in child.items() if isinstance(child, Mapping) else ():
                if isinstance(item, Mapping):
                    yield Node(jp.join(where, str(name)), item, kind, key, child, name)
        elif isinstance(child, Mapping):
            yield Node(where, child, kind, key, value, key)
        else:
            for i, item in enumerate(child):
                if isinstance(item, Mapping):
                    yield Node(jp.join(where, i), item, kind, key, child, i)


def walk(
    root: Mapping[str, Any], kind: Kind = Kind.DOCUMENT, pointer: str = ""
) -> Iterator[Node]:
    """``root`` and every object inside it, parents before children, in document order.

    Nothing is followed: a ``$ref`` is an object like any other (see ``deref``).
    """
    stack: list[tuple[Node, int]] = [(Node(pointer, root, kind), 0)]
    while stack:
        node, depth = stack.pop()
        yield node
        if depth < _MAX_DEPTH:
            stack.extend((child, depth + 1) for child in reversed(list(children(node))))


def iter_schemas(document: Mapping[str, Any]) -> Iterator[Node]:
    """Every schema object in the document, nested ones included."""
    return (node for node in walk(document) if node.kind is Kind.SCHEMA)


def iter_refs(document: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer of the holding object, reference) for every ``$ref`` outside data."""
    for node in walk(document):
        ref = node.value.get("$ref")
        if isinstance(ref, str):
            yield node.pointer, ref


def deref(document: Mapping[str, Any], node: Any, pointer: str = "") -> tuple[Any, str]:
    """Follow local ``$ref``s from ``node`` to what they name, and its pointer.

    Returns ``(None, pointer)`` for a reference that dangles, is not local, or loops.
    """
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target = jp.ref_pointer(node["$ref"])
        if target is None or target in seen:
            return None, pointer
        seen.add(target)
        node, pointer = jp.resolve(document, target), target
        if node is jp.MISSING:
            return None, pointer
    return node, pointer


@dataclass(frozen=True, slots=True)
class OperationRef:
    """One operation with where it sits: path template, HTTP method, pointer."""

    path: str
    method: str
    operation: Mapping[str, Any]
    path_item: Mapping[str, Any]
    pointer: str

    @property
    def item_pointer(self) -> str:
        """The pointer of the path item holding the operation."""
        return jp.parent(self.pointer)


def iter_operations(document: Mapping[str, Any]) -> Iterator[OperationRef]:
    """Every operation under ``paths``, in document order (path items behind a $ref followed)."""
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return
    for path, raw in paths.items():
        item, item_pointer = deref(document, raw, jp.join("/paths", str(path)))
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                yield OperationRef(
                    str(path), method, operation, item, jp.join(item_pointer, method)
                )


@dataclass(frozen=True, slots=True)
class ParameterRef:
    """One parameter of an operation, its ``$ref`` followed: name, location, object, pointer."""

    name: str
    location: str
    parameter: Mapping[str, Any]
    pointer: str  # where the parameter object is (a component, when it was referenced)
    declared_at: str  # where the operation or its path item lists it


def iter_parameters(
    document: Mapping[str, Any], op: OperationRef
) -> Iterator[ParameterRef]:
    """The operation's parameters: its path item's, each overridden by the operation's own
    of the same name and location (OpenAPI's rule), in the order they are first listed.
    """
    merged: dict[tuple[str, str], ParameterRef] = {}
    for holder, base in ((op.path_item, op.item_pointer), (op.operation, op.pointer)):
        listed = holder.get("parameters")
        for i, raw in enumerate(listed if isinstance(listed, list) else ()):
            declared_at = jp.join(base, "parameters", i)
            param, where = deref(document, raw, declared_at)
            if not isinstance(param, Mapping):
                continue
            name, location = param.get("name"), param.get("in")
            if isinstance(name, str) and isinstance(location, str):
                merged[location, name] = ParameterRef(
                    name, location, param, where, declared_at
                )
    yield from merged.values()
