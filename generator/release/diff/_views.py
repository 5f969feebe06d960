"""What a schema means once refs and wrappers are seen through: its types, enum, fields, variants."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

from generator.errors import DiffError

from ._refs import Resolver, as_list, as_map, join

# Keywords that only document; they never change what the generated code accepts or returns.
DOC_KEYS = ("title", "summary", "description", "example", "examples", "externalDocs")
# Keywords that annotate the node they sit on; a `$ref`'s siblings override its target's.
NOTE_KEYS = (*DOC_KEYS, "deprecated", "default")
# With one of these beside it, a single-member allOf/oneOf/anyOf is a real composition.
_SHAPE_KEYS = (
    "properties",
    "items",
    "additionalProperties",
    "enum",
    "const",
    "format",
    "required",
)
_JSON_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))


@dataclasses.dataclass(frozen=True, slots=True)
class View:
    """A schema seen through `$ref`s and single-member wrappers, with what the wrappers said."""

    schema: Mapping[str, Any]
    pointer: str
    nullable_at: str | None  # the outermost node on the way that allows null
    notes: Mapping[str, tuple[Any, str]]  # NOTE_KEYS found on the way, outermost wins
    read_only: bool
    write_only: bool
    components: tuple[str, ...]  # the component schemas passed through, outermost first


def view(resolver: Resolver, raw: Any, pointer: str) -> View:
    """Follow `raw` through `$ref`s and `allOf: [X]`/`oneOf: [X, null]` wrappers to its schema."""
    notes: dict[str, tuple[Any, str]] = {}
    nullable_at: str | None = None
    read_only = write_only = False
    components: list[str] = []
    seen: set[str] = set()
    node = as_map(raw)
    while True:
        if pointer in seen:
            raise DiffError(
                f"{resolver.label} document: {pointer}: schema refers to itself through $ref or a "
                "one-member allOf/oneOf/anyOf and never reaches a schema; break the cycle"
            )
        seen.add(pointer)
        if resolver.names.class_at(pointer) is not None:
            components.append(pointer)
        for key in NOTE_KEYS:
            if key in node and key not in notes:
                notes[key] = (node[key], join(pointer, key))
        if nullable_at is None and (
            allows_null(node) or _null_member(resolver, node, pointer)
        ):
            nullable_at = pointer
        read_only = read_only or node.get("readOnly") is True
        write_only = write_only or node.get("writeOnly") is True
        if isinstance(node.get("$ref"), str):
            target, pointer = resolver.target(node["$ref"], pointer)
            node = as_map(target)
            continue
        step = _single_member(resolver, node, pointer)
        if step is None:
            return View(
                node,
                pointer,
                nullable_at,
                notes,
                read_only,
                write_only,
                tuple(components),
            )
        member, member_pointer = step
        node, pointer = as_map(member), member_pointer


def _single_member(
    resolver: Resolver, node: Mapping[str, Any], pointer: str
) -> tuple[Any, str] | None:
    """The one non-null member of a wrapper composition, or None if `node` is no wrapper."""
    keywords = [k for k in ("allOf", "oneOf", "anyOf") if k in node]
    if (
        len(keywords) != 1
        or any(k in node for k in _SHAPE_KEYS)
        or explicit_types(node)
    ):
        return None
    members = as_list(node[keywords[0]])
    real = [
        (i, m)
        for i, m in enumerate(members)
        if not is_null(resolver.resolve(m, join(pointer, keywords[0], i))[0])
    ]
    if len(real) != 1:
        return None
    index, member = real[0]
    return member, join(pointer, keywords[0], index)


def _null_member(resolver: Resolver, node: Mapping[str, Any], pointer: str) -> bool:
    """Whether a `oneOf`/`anyOf` lists a null member (`X | Y | None` in the client)."""
    return any(
        is_null(resolver.resolve(member, join(pointer, keyword, i))[0])
        for keyword in ("oneOf", "anyOf")
        for i, member in enumerate(as_list(node.get(keyword)))
    )


def explicit_types(schema: Mapping[str, Any]) -> frozenset[str]:
    """The non-null names in `type` (a string in 3.0, a string or list in 3.1)."""
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else as_list(declared)
    return frozenset(str(n) for n in names) - {"null"}


def is_null(schema: Mapping[str, Any]) -> bool:
    """Whether the schema admits only null (`type: "null"`, `enum: [null]`, `const: null`)."""
    declared = schema.get("type")
    return (
        declared == "null"
        or declared == ["null"]
        or schema.get("enum") == [None]
        or ("const" in schema and schema["const"] is None)
    )


def allows_null(schema: Mapping[str, Any]) -> bool:
    """Whether the node itself admits null (3.0 `nullable`, 3.1 `"null"` in type, null in enum)."""
    declared = schema.get("type")
    return (
        schema.get("nullable") is True
        or (isinstance(declared, list) and "null" in declared)
        or None in as_list(schema.get("enum"))
    )


def types(
    resolver: Resolver,
    schema: Mapping[str, Any],
    pointer: str,
    guard: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The JSON types a schema admits besides null, inferred when `type` is absent; empty = any."""
    found = explicit_types(schema)
    if found:
        return found
    if (
        "properties" in schema
        or "additionalProperties" in schema
        or "required" in schema
    ):
        return frozenset({"object"})
    if "items" in schema:
        return frozenset({"array"})
    values = enum_values(schema)
    if values:
        return frozenset(_json_type(v) for _, v in values.values())
    inherited: set[str] = set()
    for i, part in enumerate(as_list(schema.get("allOf"))):
        node, where = resolver.resolve(part, join(pointer, "allOf", i))
        if where not in guard and where != pointer:
            inherited |= types(resolver, node, where, guard | {pointer})
    return frozenset(inherited)


def _json_type(value: Any) -> str:
    for python_type, name in _JSON_TYPES:
        if isinstance(value, python_type):
            return name
    return "object" if isinstance(value, Mapping) else "array"


def enum_values(schema: Mapping[str, Any]) -> dict[str, tuple[int, Any]] | None:
    """Non-null `enum` (or `const`) values by canonical JSON, with their index; None if no enum."""
    if "enum" in schema:
        values = as_list(schema["enum"])
    elif "const" in schema:
        values = [schema["const"]]
    else:
        return None
    return {canonical(v): (i, v) for i, v in enumerate(values) if v is not None}


def canonical(value: Any) -> str:
    """A stable JSON text for comparing values (1 and true stay distinct)."""
    try:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    except (
        ValueError
    ) as err:  # a value that contains itself, as a recursive YAML alias can build
        raise DiffError(
            f"a spec value contains itself ({err}); remove the recursive YAML alias"
        ) from err


def same_value(a: Any, b: Any) -> bool:
    """JSON equality: like ==, but 1 and true differ (cheap for the common scalar case)."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, Mapping | list):
        return canonical(a) == canonical(b)
    return bool(a == b)


def same_shape(old: Any, new: Any) -> bool:
    """Whether two raw schemas are equal apart from their own documentation (rename detection)."""

    def strip(node: Any) -> Any:
        """The schema without its top-level documentation keywords."""
        return {k: v for k, v in as_map(node).items() if k not in DOC_KEYS}

    return canonical(strip(old)) == canonical(strip(new))


def pair_renames(
    removed: Mapping[str, Any], added: Mapping[str, Any]
) -> list[tuple[str, str]]:
    """(old name, new name) pairs whose schemas match one to one; ambiguous matches stay apart."""
    matches = {
        r: [a for a in sorted(added) if same_shape(removed[r], added[a])]
        for r in removed
    }
    taken = [a for candidates in matches.values() for a in candidates]
    return sorted(
        (r, found[0])
        for r, found in matches.items()
        if len(found) == 1 and taken.count(found[0]) == 1
    )


def object_fields(
    resolver: Resolver,
    schema: Mapping[str, Any],
    pointer: str,
    guard: frozenset[str] = frozenset(),
) -> tuple[dict[str, tuple[Any, str]], set[str]]:
    """Properties (raw schema, pointer) and required names, merged through `allOf` parts."""
    fields: dict[str, tuple[Any, str]] = {}
    required: set[str] = set()
    for i, part in enumerate(as_list(schema.get("allOf"))):
        node, where = resolver.resolve(part, join(pointer, "allOf", i))
        if where not in guard:
            more, more_required = object_fields(
                resolver, node, where, guard | {pointer}
            )
            fields.update(more)
            required |= more_required
    for name, sub in as_map(schema.get("properties")).items():
        fields[str(name)] = (sub, join(pointer, "properties", str(name)))
    required |= {str(r) for r in as_list(schema.get("required"))}
    return fields, required
