"""The schemas the fake server needs, cut down to what validates and fills a value.

The fake checks requests and builds answers from JSON Schema, so it needs the schemas of the
API's parameters, bodies and answers, but none of their prose: a schema keeps its assertions
(type, bounds, pattern, required...), its subschemas, its discriminator, and the data that
fills an answer (enum, const, default, one example). The walk follows ``keywords.STRUCTURE``,
so a property *named* ``description`` or ``example`` stays a property.

A reference to a component schema stays a reference, and the component joins the subset;
any other local reference (into a path, or into a component's property) is followed and
written in place.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from generator.plan import component_of
from generator.spec import pointer as jp
from generator.spec.keywords import DATA, Kind, Many, entry
from generator.spec.traverse import deref

__all__ = ["SchemaSubset", "plain"]

# Assertions and annotations the fake's validator and sampler read.
_KEEP = frozenset(
    {
        "type",
        "format",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "required",
        "nullable",
        "readOnly",
        "writeOnly",
        "enum",
        "const",
        "default",
    }
)
_SCHEMAS = "/components/schemas"
# Deeper than this an inlined reference is cut (written as ``{}``, which accepts anything).
_MAX_DEPTH = 64


def plain(value: Any) -> Any:
    """``value`` as JSON data: string keys, lists for tuples, text for anything exotic."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    return str(value)


class SchemaSubset:
    """Pruned schemas, and the component schemas they refer to (``schemas``)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        """Prune schemas of ``document`` (the planned one, whose refs name components)."""
        self._document = document
        self._components: dict[str, Any] = {}
        self._pending: list[str] = []

    def schema(self, raw: Any) -> Any:
        """The pruned form of one schema (``{}`` for a missing one); refs are recorded."""
        return self._prune(raw, 0) if isinstance(raw, Mapping) else {}

    def schemas(self) -> dict[str, Any]:
        """Every component schema referred to so far, pruned, by name (sorted)."""
        components = self._document.get("components")
        named = components.get("schemas") if isinstance(components, Mapping) else None
        named = named if isinstance(named, Mapping) else {}
        while self._pending:
            name = self._pending.pop()
            self._components[name] = self.schema(named.get(name))
        return dict(sorted(self._components.items()))

    def _prune(self, schema: Mapping[str, Any], depth: int) -> Any:
        if depth > _MAX_DEPTH:
            return {}
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if not isinstance(key, str):
                continue
            if key == "$ref" and isinstance(value, str):
                out.update(self._ref(value, depth))
                continue
            if key in ("example", "examples"):
                if key == "example":
                    out["example"] = plain(value)
                elif isinstance(value, list) and value and "example" not in out:
                    out["example"] = plain(value[0])
                continue
            how = entry(Kind.SCHEMA, key)
            if how == DATA or isinstance(how, str):
                if key in _KEEP:
                    out[key] = plain(value)
                continue
            many, kind = how
            if kind is Kind.DISCRIMINATOR and isinstance(value, Mapping):
                out[key] = self._discriminator(value)
            elif kind is not Kind.SCHEMA:
                if (
                    key in _KEEP
                ):  # type, required, bounds: plain values the table passes by
                    out[key] = plain(value)
            elif many is Many.MAP and isinstance(value, Mapping):
                out[key] = {
                    str(name): self._sub(sub, depth) for name, sub in value.items()
                }
            elif isinstance(value, list):
                out[key] = [self._sub(sub, depth) for sub in value]
            elif isinstance(value, (Mapping, bool)):
                out[key] = self._sub(value, depth)
        return out

    def _sub(self, value: Any, depth: int) -> Any:
        if isinstance(value, bool):
            return value  # additionalProperties: false, items: false (3.1)
        return self._prune(value, depth + 1) if isinstance(value, Mapping) else {}

    def _ref(self, ref: str, depth: int) -> dict[str, Any]:
        """A component reference kept (its component recorded), anything else inlined."""
        name = component_of(ref)
        if name is not None:
            if name not in self._components:
                self._components[name] = {}  # claimed; filled by schemas()
                self._pending.append(name)
            return {"$ref": jp.ref_to(jp.join(_SCHEMAS, name))}
        target, _ = deref(self._document, {"$ref": ref})
        if not isinstance(target, Mapping):
            return {}
        pruned = self._prune(target, depth + 1)
        return pruned if isinstance(pruned, dict) else {}

    def _discriminator(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """propertyName, and the mapping with each target recorded like a reference."""
        out: dict[str, Any] = {}
        if isinstance(raw.get("propertyName"), str):
            out["propertyName"] = raw["propertyName"]
        mapping = raw.get("mapping")
        if isinstance(mapping, Mapping):
            found: dict[str, str] = {}
            for value, ref in mapping.items():
                if isinstance(ref, str):
                    target = self._ref(ref, 0).get("$ref")
                    if isinstance(target, str):
                        found[str(value)] = target
            out["mapping"] = found
        return out
