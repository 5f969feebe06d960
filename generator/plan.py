"""Prepare the document for model generation: one named component per model we will refer to.

* Component schemas are renamed to the class names we chose (valid, unique PascalCase), and
  every reference to them is rewritten, so the class name of a component is known in advance.
* Inline request-body and response schemas are hoisted into components (``<Operation>Request``,
  ``<Operation>Response``), so every type an operation uses has a name.
* Inline schemas under components that carry a ``title`` are hoisted under that title, so
  nested classes keep stable names when sibling schemas are added.
* Keys that would make datamodel-code-generator emit code or imports named by the spec are
  removed (validation reports them), and so are defaults validation found invalid.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator import naming, repairs
from generator.spec import pointer as jp
from generator.spec.keywords import CODE_BEARING, Kind, media_kind
from generator.spec.traverse import OperationRef, iter_operations, walk

_SCHEMAS = "/components/schemas"
# Formats pydantic maps to types that need an extra package (email-validator): the generated
# client would not import with only httpx and pydantic installed.
_EXTRA_DEPENDENCY_FORMATS = frozenset({"email", "idn-email"})
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class ModelPlan:
    """The document to hand to datamodel-code-generator and what we named in it."""

    document: dict[str, Any]
    class_of: Mapping[str, str]  # original component key → class name


def plan_models(
    document: Mapping[str, Any],
    drop_defaults: Iterable[str] = (),
    skip_operations: Iterable[str] = (),
) -> ModelPlan:
    """A deep copy of ``document`` with every model we refer to named and hoisted.

    ``drop_defaults`` lists schema pointers whose ``default`` is invalid and must not become
    code; ``skip_operations`` the operations validation found unusable (``--allow-invalid``).
    The repairs ``generator.repairs`` decides are applied first.
    """
    doc: dict[str, Any] = copy.deepcopy(dict(document))
    _repair(doc, frozenset(skip_operations))
    for pointer in drop_defaults:
        node = jp.resolve(doc, pointer)
        if isinstance(node, dict):
            node.pop("default", None)
    schemas = [node for node in walk(doc) if node.kind is Kind.SCHEMA]
    for node in schemas:
        _clean(node.value)
    components = doc.setdefault("components", {})
    taken: set[str] = set()
    class_of = component_classes(components.get("schemas") or {}, taken)
    renamed = {jp.join(_SCHEMAS, k): jp.join(_SCHEMAS, v) for k, v in class_of.items()}
    for node in schemas:
        _rewrite_refs(node.value, renamed)
    named: dict[str, Any] = {
        class_of[k]: v for k, v in (components.get("schemas") or {}).items()
    }
    components["schemas"] = named
    for op in iter_operations(doc):
        for name, holder in body_models(op):
            _hoist(holder, "schema", name, named, taken)
    for node in [
        n
        for n in walk(doc)
        if n.kind is Kind.SCHEMA and n.pointer.startswith(_SCHEMAS + "/")
    ]:
        title = node.value.get("title")
        if (
            node.via != "schemas"
            and isinstance(title, str)
            and title.strip()
            and "$ref" not in node.value
        ):
            _hoist(node.parent, node.key, title, named, taken)
    return ModelPlan(doc, class_of)


def _repair(doc: dict[str, Any], skipped: frozenset[str]) -> None:
    """Apply what ``generator.repairs`` decides; a valid spec comes out unchanged."""
    renamed = repairs.operation_ids(doc)
    for name in repairs.schema_cycles(doc):
        doc["components"]["schemas"][name] = {}
    for op in list(iter_operations(doc)):
        operation: Any = op.operation
        if op.pointer in skipped:
            del op.path_item[op.method]  # type: ignore[attr-defined]  # our own copy
            continue
        if op.pointer in renamed:
            operation["operationId"] = renamed[op.pointer]
        responses = operation.get("responses")
        for status in list(repairs.bad_statuses(op)):
            del responses[status]
        found = repairs.path_parameters(doc, op)
        for param in found.optional:
            holder, index = _listed(doc, param.declared_at)
            holder[index] = {**param.parameter, "required": True}
        for param in sorted(found.unused, key=lambda p: p.declared_at, reverse=True):
            holder, index = _listed(doc, param.declared_at)
            del holder[index]
        if found.undeclared:
            listed = operation.setdefault("parameters", [])
            listed.extend(
                {
                    "name": name,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
                for name in found.undeclared
            )


def _listed(doc: Any, pointer: str) -> tuple[list[Any], int]:
    """The parameters list holding the entry at ``pointer`` (``.../parameters/<i>``), and ``i``."""
    holder = jp.resolve(doc, jp.parent(pointer))
    assert isinstance(holder, list), pointer
    return holder, int(jp.last(pointer))


def component_classes(keys: Iterable[str], taken: set[str]) -> dict[str, str]:
    """The class name of each component schema key, in document order; records them in ``taken``.

    The API diff names models through this too, so it compares what users import.
    """
    return {key: naming.unique(naming.pascal(key), taken) for key in keys}


def _clean(schema: Any) -> None:
    """Strip code-bearing keys, normalise line breaks in prose, drop formats needing extras,
    and drop a discriminator whose mapping leaves a member out (a fallback: the model
    generator would pin the fallback's property to a made-up value; the models stage tags
    the union itself, ``model_source._tagged_union``)."""
    for key in CODE_BEARING.intersection(schema):
        del schema[key]
    for key in ("description", "title"):
        if isinstance(schema.get(key), str):
            # Docstrings then count lines the way Python does.
            schema[key] = _LINE_BREAKS.sub("\n", schema[key])
    discriminator = schema.get("discriminator")
    members = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(discriminator, dict) and isinstance(members, list):
        mapping = discriminator.get("mapping")
        mapped = (
            {jp.ref_pointer(v) for v in mapping.values()}
            if isinstance(mapping, dict)
            else set()
        )
        refs = [
            jp.ref_pointer(m.get("$ref", "")) if isinstance(m, dict) else None
            for m in members
        ]
        if mapped and any(ref not in mapped for ref in refs):
            del schema["discriminator"]
    properties, required = schema.get("properties"), schema.get("required")
    if isinstance(properties, dict):
        # An optional property with ``nullable: false`` would be typed ``str = None`` (the
        # model generator's strict nullability): absent is allowed, so its type admits None.
        needed = set(required) if isinstance(required, list) else set()
        for name, prop in properties.items():
            optional = name not in needed and isinstance(prop, dict)
            if optional and prop.get("nullable") is False:
                del prop["nullable"]
    fmt = schema.get("format")
    if (
        isinstance(fmt, str)
        and fmt in _EXTRA_DEPENDENCY_FORMATS
        and schema.get("type") == "string"
    ):
        del schema["format"]


def _rewrite_refs(schema: Any, renamed: Mapping[str, str]) -> None:
    """Point a schema's reference (and discriminator mapping) at the renamed component."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        schema["$ref"] = _renamed(ref, renamed)
    discriminator = schema.get("discriminator")
    if isinstance(discriminator, dict) and isinstance(
        discriminator.get("mapping"), dict
    ):
        discriminator["mapping"] = {
            k: _renamed(v, renamed) if isinstance(v, str) else v
            for k, v in discriminator["mapping"].items()
        }


def _renamed(ref: str, renamed: Mapping[str, str]) -> str:
    """``ref`` pointed at its component's new name, compared as pointers (a ``$ref`` may be
    percent-encoded); a reference into a component keeps its tail."""
    target = jp.ref_pointer(ref)
    if target is None or not target.startswith(_SCHEMAS + "/"):
        return ref
    component = jp.join(_SCHEMAS, jp.split(target)[2])
    if component not in renamed or not (
        target == component or target.startswith(component + "/")
    ):
        return ref
    return jp.ref_to(renamed[component] + target[len(component) :])


def body_models(op: OperationRef) -> Iterator[tuple[str, dict[str, Any]]]:
    """(model name, media type object) of each body of ``op`` a model is made for, when its
    schema is written in place (see ``hoists``): ``<OperationId>Request``, ``...Response``.
    """
    op_id = op.operation.get("operationId")
    name = op_id if isinstance(op_id, str) and op_id else f"{op.method} {op.path}"
    for media in _modelled_media(op.operation.get("requestBody")):
        yield naming.pascal(name) + "Request", media
    responses = op.operation.get("responses")
    if isinstance(responses, Mapping):
        successes = [s for s in responses if str(s).startswith("2")]
        for status in successes:
            suffix = "Response" if len(successes) == 1 else f"Response{status}"
            for media in _modelled_media(responses[status]):
                yield naming.pascal(name) + suffix, media


def _modelled_media(holder: Any) -> Iterator[dict[str, Any]]:
    content = holder.get("content") if isinstance(holder, Mapping) else None
    if isinstance(content, Mapping):
        for media_type, media in content.items():
            if isinstance(media, dict) and media_kind(str(media_type)) in (
                "json",
                "form",
            ):
                yield media


def _hoist(
    holder: Any, key: Any, name: str, schemas: dict[str, Any], taken: set[str]
) -> None:
    """Move the inline schema at ``holder[key]`` into a new component; leave a reference."""
    schema = holder[key]
    if not hoists(schema):
        return
    component = naming.unique(naming.pascal(name), taken)
    schemas[component] = schema
    holder[key] = {"$ref": jp.ref_to(jp.join(_SCHEMAS, component))}


def hoists(schema: Any) -> bool:
    """Whether a body or titled schema becomes a model of its own (it is not a bare ``$ref``)."""
    return isinstance(schema, Mapping) and not ("$ref" in schema and len(schema) == 1)


def component_of(ref: str) -> str | None:
    """The component name a ``#/components/schemas/<name>`` reference points at."""
    target = jp.ref_pointer(ref)
    if target is None or not target.startswith(_SCHEMAS + "/"):
        return None
    segments = jp.split(target[len(_SCHEMAS) :])
    return segments[0] if len(segments) == 1 else None
