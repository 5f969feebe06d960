"""Which operations of an API share state: collections inferred from paths and methods.

A path ``P`` (not ending in a parameter) is a collection when it creates (POST) or lists
(GET, answering an array) and either has an item path ``P/{id}`` or pages its list
(``x-pagination``): the list of calls a user can only read is still worth seeding. Roles:
``POST P`` creates, ``GET P`` lists; on ``P/{id}``, GET gets, PUT replaces, PATCH and POST
update, DELETE deletes. Every other operation is stateless: it answers its documented success.

Ids are named generically. An item's own id field is the property named like the item path's
parameter (case aside: Twilio's ``{Sid}`` is ``sid``), else ``id``. A create answer may name
it otherwise: ContactSwing answers ``data.action_id`` where the item says ``data.id``; every
such name (the item's, the create answer's, the parameter's, ``id``) is an id name, filled
with the item's id wherever an answer has it. A new id is shaped like the documented one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator import ir_fake
from generator.parse.fake_schemas import SchemaSubset, plain
from generator.parse.fake_shapes import array_pointer, is_union, properties, schema_at
from generator.spec import pointer as jp

__all__ = ["Inferred", "Seen", "infer"]

_PARAMETER = re.compile(r"^{([^{}/]+)}$")
_ITEM_ROLES = {
    "GET": "get",
    "PUT": "replace",
    "PATCH": "update",
    "POST": "update",
    "DELETE": "delete",
}
_MISSING = jp.MISSING


@dataclass(frozen=True, slots=True)
class Seen:
    """One operation as the inference sees it (built by ``generator.parse.fake``)."""

    key: str  # "<resource attribute>.<method name>"
    attribute: str
    method: str  # upper-case
    path: str
    data: str  # where the answer keeps the returned item ("" for the whole answer)
    answer: Any  # the raw schema of the JSON success answer, or None
    example: Any  # its example, or jp.MISSING
    pages: str | None  # the items pointer of its x-pagination, if it has one
    parameters: Mapping[str, Any] = field(default_factory=dict)  # path: name → raw


@dataclass(frozen=True, slots=True)
class Inferred:
    """The collections, what each operation does to one, and where lists keep items."""

    collections: tuple[ir_fake.FakeCollection, ...] = ()
    data: dict[str, dict[str, Any]] = field(default_factory=dict)
    roles: dict[str, tuple[str, str]] = field(default_factory=dict)
    items: dict[str, str] = field(default_factory=dict)


def infer(
    document: Mapping[str, Any], seen: Sequence[Seen], subset: SchemaSubset
) -> Inferred:
    """The collections of an API, in the order their paths first appear."""
    by_path: dict[str, dict[str, Seen]] = {}
    for op in seen:
        by_path.setdefault(op.path, {}).setdefault(op.method, op)
    found = Inferred()
    collections: list[ir_fake.FakeCollection] = []
    for path, methods in by_path.items():
        if _PARAMETER.match(path.rsplit("/", 1)[-1]):
            continue
        item_path = next((p for p in by_path if _item_of(p, path)), "")
        create, listing = methods.get("POST"), methods.get("GET")
        items = _items(document, listing) if listing else None
        paged = listing is not None and listing.pages is not None
        if (create is None and items is None) or not (item_path or (paged and items)):
            continue
        roles: dict[str, str] = {}
        if create:
            roles[create.key] = "create"
        if listing and items is not None:
            roles[listing.key] = "list"
            found.items[listing.key] = items[0]
        for method, op in by_path.get(item_path, {}).items():
            if method in _ITEM_ROLES:
                roles[op.key] = _ITEM_ROLES[method]
        ops = [o for o in seen if o.key in roles]
        name = ops[0].attribute  # client.<attribute>, unless another collection has it
        if name in found.data:
            name = f"{name}.{_last_word(path)}"
        found.data[name] = _collection(
            document, subset, path, item_path, ops, roles, items
        )
        found.roles.update((key, (name, role)) for key, role in roles.items())
        collections.append(
            ir_fake.FakeCollection(name, path, item_path, tuple(o.key for o in ops))
        )
    return Inferred(tuple(collections), found.data, found.roles, found.items)


def _item_of(candidate: str, path: str) -> bool:
    """Whether ``candidate`` is ``path`` followed by one parameter segment."""
    head, _, last = candidate.rpartition("/")
    return head == path and bool(_PARAMETER.match(last))


def _last_word(path: str) -> str:
    words = [s for s in path.split("/") if s and not _PARAMETER.match(s)]
    return re.sub(r"\W+", "_", words[-1]).strip("_").lower() if words else "items"


def _items(document: Mapping[str, Any], op: Seen) -> tuple[str, Any] | None:
    """Where a list answer keeps its items, and the items' schema; None for no list."""
    if op.answer is None:
        return None
    if op.pages is not None:
        return op.pages, _items_schema(
            document, schema_at(document, op.answer, op.pages)
        )
    inner = schema_at(document, op.answer, op.data) if op.data else op.answer
    found = array_pointer(document, inner)
    return None if found is None else (op.data + found[0], found[1])


def _items_schema(document: Mapping[str, Any], array: Any) -> Any:
    found = array_pointer(document, array) if array is not None else None
    return found[1] if found is not None and found[0] == "" else None


def _collection(
    document: Mapping[str, Any],
    subset: SchemaSubset,
    path: str,
    item_path: str,
    ops: Sequence[Seen],
    roles: Mapping[str, str],
    items: tuple[str, Any] | None,
) -> dict[str, Any]:
    """What the fake server keeps of one collection: its paths, ids and item schema."""
    by_role = {roles[o.key]: o for o in ops}
    param = _PARAMETER.match(item_path.rsplit("/", 1)[-1]) if item_path else None
    param_name = param.group(1) if param else ""
    item, template = _item(document, by_role, items)
    item_props = properties(document, item) if item is not None else {}
    id_field = _named(item_props, (param_name, "id"))
    created = by_role.get("create")
    created_props = (
        properties(document, schema_at(document, created.answer, created.data))
        if created and created.answer is not None
        else {}
    )
    created_id = _named(created_props, (id_field, param_name, "id"))
    id_schema = item_props.get(id_field) or created_props.get(created_id)
    if id_schema is None and param_name:
        raw = next(
            (o.parameters.get(param_name) for o in ops if param_name in o.parameters),
            None,
        )
        id_schema = raw.get("schema") if isinstance(raw, Mapping) else None
    example = _id_example(template, created, (id_field, created_id), ops, param_name)
    if example is None:
        example = _schema_example(
            subset, item_props.get(id_field), created_props.get(created_id)
        )
    return {
        "path": path,
        "item_path": item_path,
        "param": param_name,
        "id_field": id_field,
        "id_names": list(
            dict.fromkeys(n for n in (id_field, created_id, param_name, "id") if n)
        ),
        "id_schema": subset.schema(id_schema),
        "id_example": plain(example),
        "item_schema": subset.schema(item) if item is not None else None,
        "template": (
            plain(template)
            if template is not _MISSING and not is_union(document, item)
            else None
        ),
    }


def _item(
    document: Mapping[str, Any],
    by_role: Mapping[str, Seen],
    items: tuple[str, Any] | None,
) -> tuple[Any, Any]:
    """The schema of one stored item and a documented example of one (or jp.MISSING)."""
    for role in ("get", "replace", "update"):
        op = by_role.get(role)
        if op is not None and op.answer is not None:
            schema = schema_at(document, op.answer, op.data) if op.data else op.answer
            if schema is not None and properties(document, schema):
                return schema, _at(op.example, op.data)
    listing = by_role.get("list")
    if items is not None and items[1] is not None and listing is not None:
        listed = _at(listing.example, items[0])
        first = listed[0] if isinstance(listed, list) and listed else _MISSING
        return items[1], first
    return None, _MISSING


def _at(example: Any, pointer: str) -> Any:
    return example if example is _MISSING else jp.resolve(example, pointer)


def _named(props: Mapping[str, Any], wanted: Iterable[str]) -> str:
    """The first property named like one of ``wanted``, case and separators aside
    (``{BrandVettingSid}`` is ``brand_vetting_sid``); "" when none is."""
    found = {_normalised(name): name for name in props}
    for name in wanted:
        if name and _normalised(name) in found:
            return found[_normalised(name)]
    return ""


def _normalised(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _id_example(
    template: Any,
    created: Seen | None,
    names: tuple[str, str],
    ops: Sequence[Seen],
    param: str,
) -> Any:
    """A documented id: the example item's, the create answer's example's, else the item
    path parameter's example (None when none is documented)."""
    id_field, created_id = names
    found: Any = None
    if isinstance(template, Mapping) and id_field:
        found = template.get(id_field)
    if not _is_id(found) and created is not None and created_id:
        found = _at(created.example, jp.join(created.data, created_id))
    for op in ops:
        if _is_id(found):
            break
        raw = op.parameters.get(param)
        found = raw.get("example") if isinstance(raw, Mapping) else None
    return found if _is_id(found) else None


def _schema_example(subset: SchemaSubset, *schemas: Any) -> Any:
    """The first id example a schema documents (the item's id, the create answer's)."""
    for schema in schemas:
        found = subset.schema(schema).get("example") if schema is not None else None
        if _is_id(found):
            return found
    return None


def _is_id(value: Any) -> bool:
    return isinstance(value, (str, int)) and not isinstance(value, bool)
