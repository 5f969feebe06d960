"""What the generated client calls the things a spec declares, asked of the code that names them.

A change matters to a Python user when it changes a name they type: the class of a model, the
resource attribute and method of an operation. Those names come from the generator's own
functions (``plan.component_classes``, ``parse.resources``, ``parse.operations.method_stem``),
never from a copy of their rules, so the diff and the client cannot disagree
(``tests/release/test_diff_names.py`` holds them to clients really built).

One thing is predicted rather than asked: which component schemas become classes. Only
datamodel-code-generator knows for sure, and running it would cost seconds per document. Its
rule is stable: an object with fields, an object without (as a component), or an ``allOf``
over a class is a class; enums, unions, arrays, maps and primitives are type aliases, which
type checkers see through, unless they refer back to themselves (a recursive alias cannot be
written, so it becomes a ``RootModel``). ``is_class`` and ``_models`` state it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from generator import naming
from generator.parse.operations import method_stem
from generator.parse.resources import (
    RESERVED_METHODS,
    group_operations,
    resource_attributes,
)
from generator.plan import component_classes
from generator.spec import pointer as jp
from generator.spec.keywords import Kind
from generator.spec.traverse import deref, walk

SCHEMAS = "/components/schemas"


@dataclasses.dataclass(frozen=True, slots=True)
class ClientNames:
    """The names one document's client gives its models and operations."""

    classes: Mapping[str, str]  # component schema key → class (or type alias) name
    models: frozenset[str]  # the component keys generated as classes, not type aliases
    methods: Mapping[str, tuple[str, str]]  # operation pointer → (resource, method)
    keys: Mapping[str, str]  # component pointer → component key

    def class_at(self, pointer: str) -> str | None:
        """The name a component pointer (`/components/schemas/<key>`) gets, else None."""
        key = self.keys.get(pointer)
        return None if key is None else self.classes.get(key)

    def model_at(self, pointer: str) -> str | None:
        """Like `class_at`, but only for a component generated as a class."""
        key = self.keys.get(pointer)
        return self.classes.get(key) if key in self.models else None

    def call(self, operation_pointer: str) -> str:
        """`client.<resource>.<method>` for messages ("" for an unknown operation)."""
        found = self.methods.get(operation_pointer)
        return f"client.{found[0]}.{found[1]}" if found else ""


def client_names(document: Mapping[str, Any]) -> ClientNames:
    """Ask the generator's naming code what `document`'s client will call everything."""
    components = document.get("components")
    found = components.get("schemas") if isinstance(components, Mapping) else None
    schemas = (
        {str(k): v for k, v in found.items()} if isinstance(found, Mapping) else {}
    )
    methods: dict[str, tuple[str, str]] = {}
    grouped = group_operations(document)
    for tag, attribute in resource_attributes(grouped).items():
        # Methods are made unique within a resource in document order, as parse does; the
        # typed per-variant body methods (`create_sms`) that also take names there need the
        # generated models and are left out, so they never push an operation's name aside here.
        taken = set(RESERVED_METHODS)
        for op in grouped[tag]:
            methods[op.pointer] = (
                attribute,
                naming.unique(method_stem(op, tag), taken),
            )
    return ClientNames(
        component_classes(schemas, set()),
        _models(document, schemas),
        methods,
        {jp.join(SCHEMAS, key): key for key in schemas},
    )


def _models(document: Mapping[str, Any], schemas: Mapping[str, Any]) -> frozenset[str]:
    """The components generated as classes: class-like ones, and any schema that refers back
    to itself (a recursive alias cannot be written, so it becomes a `RootModel`)."""

    def resolve(part: Any) -> Any:
        return deref(document, part)[0]

    found = {
        key
        for key, schema in schemas.items()
        if isinstance(schema, Mapping) and is_class(schema, resolve, component=True)
    }
    return frozenset(found | _on_cycles(_references(schemas)))


def _references(schemas: Mapping[str, Any]) -> dict[str, set[str]]:
    """Component key → the component keys its schema refers to."""
    edges: dict[str, set[str]] = {}
    for key, schema in schemas.items():
        targets = edges.setdefault(key, set())
        if not isinstance(schema, Mapping):
            continue
        for node in walk(schema, Kind.SCHEMA, jp.join(SCHEMAS, key)):
            ref = node.value.get("$ref")
            target = jp.ref_pointer(ref) if isinstance(ref, str) else None
            segments = jp.split(target) if target else []
            if len(segments) >= 3 and segments[:2] == ["components", "schemas"]:
                targets.add(segments[2])
    return edges


def _on_cycles(edges: Mapping[str, set[str]]) -> set[str]:
    """The nodes that lie on a cycle (Tarjan's strongly connected components, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cyclic: set[str] = set()
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None and child in edges:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if child is not None:
                continue  # a reference to a component that does not exist
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges[node]:
                    cyclic.update(component)
    return cyclic


def is_class(
    schema: Mapping[str, Any],
    resolve: Callable[[Any], Any],
    *,
    component: bool,
    guard: frozenset[int] = frozenset(),
) -> bool:
    """Whether datamodel-code-generator makes a class (not a type alias) of this schema.

    An object with fields is a class; a union is an alias even when it says `type: object`;
    an object without fields is a class only as a component (in place it is
    `dict[str, Any]`), and a typed map never is; an `allOf` over a class is a subclass.
    `resolve(member)` follows a `$ref` to the schema it names.
    """
    if "properties" in schema:
        return True
    if "oneOf" in schema or "anyOf" in schema:
        return False
    declared = schema.get("type")
    if component and (
        declared == "object" or (isinstance(declared, list) and "object" in declared)
    ):
        extra = schema.get("additionalProperties")
        return not (isinstance(extra, Mapping) and extra)  # `dict[str, X]`
    parts = schema.get("allOf")
    if not isinstance(parts, list) or id(schema) in guard:
        return False
    for part in parts:
        target = resolve(part)
        if isinstance(target, Mapping) and is_class(
            target, resolve, component=True, guard=guard | {id(schema)}
        ):
            return True
    return False
