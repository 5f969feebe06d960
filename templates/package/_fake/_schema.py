"""JSON Schema as OpenAPI 3.0 and 3.1 documents use it: the fake server's validator.

Why our own and not the client's pydantic models: the server checks the wire, as the
document describes it, and so must the fake. The models are the client's Python view (lax
about ``"5"`` for an integer, lenient where reads must not fail, reshaped where unions are
tagged), and a parameter's annotation says ``int`` where the document says ``1 to 100``.
So the generator writes the schemas the API's parameters, bodies and answers use (pruned to
their assertions, in ``_fake_spec.json``) and this module checks values against them, with
no dependency beyond the standard library.

Covered: ``$ref`` (to ``#/components/schemas/...``), ``type`` (a list too, and 3.0's
``nullable``), ``enum``, ``const``, string length, ``pattern`` and the common formats
(date-time, date, uuid, email, uri, int32, int64), number bounds (3.0's boolean exclusive
bounds too) and ``multipleOf``, arrays (``items``, ``prefixItems``, sizes, uniqueness),
objects (``properties``, ``required``, ``additionalProperties``, ``patternProperties``,
sizes), ``allOf``, ``anyOf``, ``oneOf`` (a ``discriminator`` picks the member) and ``not``.
In a request a ``readOnly`` property is never required; in an answer a ``writeOnly`` one.
"""

from __future__ import annotations

import functools
import json
import math
import re
import urllib.parse
from collections.abc import Mapping
from typing import Any

__all__ = ["Checker", "properties_of", "resolve"]

_PREFIX = "#/components/schemas/"
_MAX_DEPTH = 64
_DATE = r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
_FORMATS: dict[str, re.Pattern[str]] = {
    "date": re.compile(rf"^{_DATE}$"),
    "date-time": re.compile(
        rf"^{_DATE}[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?"
        r"([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$"
    ),
    "uuid": re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"),
    "email": re.compile(r"^[^@\s]+@[^@\s]+$"),
    "uri": re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S*$"),
}
_INT_BOUNDS = {"int32": 2**31, "int64": 2**63}


def resolve(schema: Any, schemas: Mapping[str, Any]) -> Mapping[str, Any]:
    """``schema`` with its ``$ref`` followed (its other keys laid over the target)."""
    for _ in range(_MAX_DEPTH):
        if not isinstance(schema, Mapping):
            return {}
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            return schema
        target = schemas.get(_component(ref), {}) if ref.startswith(_PREFIX) else {}
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**target, **rest} if rest else target
    return {}


@functools.cache
def _component(ref: str) -> str:
    name = urllib.parse.unquote(ref[len(_PREFIX) :])
    return name.replace("~1", "/").replace("~0", "~")


def properties_of(
    schema: Any, schemas: Mapping[str, Any], depth: int = 0
) -> dict[str, Any]:
    """Every property a value of ``schema`` may have, over allOf, anyOf and oneOf."""
    node = resolve(schema, schemas)
    found: dict[str, Any] = {}
    if depth > _MAX_DEPTH:
        return found
    own = node.get("properties")
    if isinstance(own, Mapping):
        found.update(own)
    for key in ("allOf", "anyOf", "oneOf"):
        for member in node.get(key) or ():
            for name, sub in properties_of(member, schemas, depth + 1).items():
                found.setdefault(name, sub)
    return found


class Checker:
    """Checks values against the schemas of one API; ``reading``: an answer, not a request."""

    def __init__(self, schemas: Mapping[str, Any], *, reading: bool) -> None:
        """Check against ``schemas`` (component name → schema)."""
        self._schemas = schemas
        self._reading = reading

    def problems(self, value: Any, schema: Any, where: str) -> list[str]:
        """What is wrong with ``value``, each problem as ``<where>: <what>``; [] when valid."""
        found: list[str] = []
        self._check(value, schema, where, found, 0)
        return found

    def _check(
        self, value: Any, raw: Any, where: str, out: list[str], depth: int
    ) -> None:
        if raw is True or depth > _MAX_DEPTH:
            return
        if raw is False:
            out.append(f"{where}: is not allowed")
            return
        schema = resolve(raw, self._schemas)
        if not self._type_ok(value, schema, where, out):
            return
        if value is None and schema.get("nullable") is True:
            # OpenAPI 3.0: null is allowed whatever the rest says, but for an enum
            # without null (openapi-schema-validator's reading of 3.0.3).
            enum = schema.get("enum")
            if isinstance(enum, list) and None not in enum:
                out.append(f"{where}: null is not one of the allowed values")
            return
        if "const" in schema and not _same(value, schema["const"]):
            out.append(f"{where}: must be {_show(schema['const'])}")
        enum = schema.get("enum")
        if isinstance(enum, list) and not any(_same(value, e) for e in enum):
            listed = ", ".join(_show(e) for e in enum[:10])
            out.append(f"{where}: {_show(value)} is not one of {listed}")
        if isinstance(value, str):
            self._string(value, schema, where, out)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            self._number(value, schema, where, out)
        elif isinstance(value, list):
            self._array(value, schema, where, out, depth)
        elif isinstance(value, dict):
            self._object(value, schema, where, out, depth)
        self._combined(value, schema, where, out, depth)

    def _type_ok(
        self, value: Any, schema: Mapping[str, Any], where: str, out: list[str]
    ) -> bool:
        kinds = schema.get("type")
        if kinds is None:
            return True
        allowed = list(kinds) if isinstance(kinds, list) else [kinds]
        if schema.get("nullable") is True:
            allowed.append("null")
        if any(_is(value, str(kind)) for kind in allowed):
            return True
        out.append(
            f"{where}: expected {' or '.join(map(str, allowed))}, got {_kind(value)}"
        )
        return False

    def _string(
        self, value: str, schema: Mapping[str, Any], where: str, out: list[str]
    ) -> None:
        low, high = schema.get("minLength"), schema.get("maxLength")
        if isinstance(low, int) and len(value) < low:
            out.append(f"{where}: shorter than {low} characters")
        if isinstance(high, int) and len(value) > high:
            out.append(f"{where}: longer than {high} characters")
        pattern = schema.get("pattern")
        compiled = _pattern(pattern) if isinstance(pattern, str) else None
        if compiled is not None and not compiled.search(value):
            out.append(f"{where}: {_show(value)} does not match {pattern!r}")
        check = _FORMATS.get(str(schema.get("format")))
        if check is not None and not check.match(value):
            out.append(f"{where}: {_show(value)} is not a valid {schema['format']}")

    def _number(
        self, value: float, schema: Mapping[str, Any], where: str, out: list[str]
    ) -> None:
        low, high = _bound(schema.get("minimum")), _bound(schema.get("maximum"))
        ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        above = low if ex_low is True else _bound(ex_low)  # 3.0: a flag on minimum
        below = high if ex_high is True else _bound(ex_high)
        low = None if ex_low is True else low
        high = None if ex_high is True else high
        shown = _show(value)
        if low is not None and value < low:
            out.append(f"{where}: {shown} is less than the minimum {low:g}")
        if high is not None and value > high:
            out.append(f"{where}: {shown} is more than the maximum {high:g}")
        if above is not None and value <= above:
            out.append(f"{where}: {shown} must be more than {above:g}")
        if below is not None and value >= below:
            out.append(f"{where}: {shown} must be less than {below:g}")
        step = _bound(schema.get("multipleOf"))
        if step and step > 0 and not math.isclose(value / step, round(value / step)):
            out.append(f"{where}: {shown} is not a multiple of {step:g}")
        bound = _INT_BOUNDS.get(str(schema.get("format")))
        if bound is not None and isinstance(value, int) and not -bound <= value < bound:
            out.append(f"{where}: {value} does not fit in {schema['format']}")

    def _array(
        self,
        value: list[Any],
        schema: Mapping[str, Any],
        where: str,
        out: list[str],
        depth: int,
    ) -> None:
        low, high = schema.get("minItems"), schema.get("maxItems")
        if isinstance(low, int) and len(value) < low:
            out.append(f"{where}: fewer than {low} items")
        if isinstance(high, int) and len(value) > high:
            out.append(f"{where}: more than {high} items")
        if schema.get("uniqueItems") is True:
            seen = [json.dumps(v, sort_keys=True, default=str) for v in value]
            if len(set(seen)) != len(seen):
                out.append(f"{where}: items are not unique")
        prefix = schema.get("prefixItems")
        prefix = prefix if isinstance(prefix, list) else []
        items = schema.get("items")
        for i, item in enumerate(value):
            if i < len(prefix):
                self._check(item, prefix[i], f"{where}[{i}]", out, depth + 1)
            elif isinstance(items, list):  # OpenAPI 3.0 tuples
                if i < len(items):
                    self._check(item, items[i], f"{where}[{i}]", out, depth + 1)
            elif items is not None:
                self._check(item, items, f"{where}[{i}]", out, depth + 1)

    def _object(
        self,
        value: dict[str, Any],
        schema: Mapping[str, Any],
        where: str,
        out: list[str],
        depth: int,
    ) -> None:
        props = schema.get("properties")
        props = props if isinstance(props, Mapping) else {}
        for name in schema.get("required") or ():
            if name not in value and not self._skipped(props.get(name)):
                out.append(f"{where}.{name}: is required")
        low, high = schema.get("minProperties"), schema.get("maxProperties")
        if isinstance(low, int) and len(value) < low:
            out.append(f"{where}: fewer than {low} properties")
        if isinstance(high, int) and len(value) > high:
            out.append(f"{where}: more than {high} properties")
        patterns = schema.get("patternProperties")
        patterns = patterns if isinstance(patterns, Mapping) else {}
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            matched = False
            if name in props:
                matched = True
                self._check(item, props[name], f"{where}.{name}", out, depth + 1)
            for pattern, sub in patterns.items():
                compiled = _pattern(pattern)
                if compiled is not None and compiled.search(name):
                    matched = True
                    self._check(item, sub, f"{where}.{name}", out, depth + 1)
            if not matched and extra is False:
                out.append(f"{where}.{name}: is not a documented property")
            elif not matched and isinstance(extra, Mapping):
                self._check(item, extra, f"{where}.{name}", out, depth + 1)

    def _skipped(self, prop: Any) -> bool:
        """Whether a required property need not be there in this direction."""
        node = resolve(prop, self._schemas)
        return node.get("writeOnly" if self._reading else "readOnly") is True

    def _combined(
        self,
        value: Any,
        schema: Mapping[str, Any],
        where: str,
        out: list[str],
        depth: int,
    ) -> None:
        for member in schema.get("allOf") or ():
            self._check(value, member, where, out, depth + 1)
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if isinstance(members, list) and members:
                self._alternatives(value, schema, key, members, where, out, depth)
        if "not" in schema and not self.problems(value, schema["not"], where):
            out.append(f"{where}: matches a schema it must not match")

    def _alternatives(
        self,
        value: Any,
        schema: Mapping[str, Any],
        key: str,
        members: list[Any],
        where: str,
        out: list[str],
        depth: int,
    ) -> None:
        chosen = self._discriminated(value, schema, members)
        if chosen is not None:
            self._check(value, chosen, where, out, depth + 1)
            return
        results = [self._problems(value, m, where, depth) for m in members]
        passing = sum(1 for r in results if not r)
        if passing == 0:
            closest = min(results, key=len)
            out.append(f"{where}: matches none of the {len(members)} allowed shapes")
            out.extend(closest[:5])
        elif key == "oneOf" and passing > 1:
            out.append(
                f"{where}: matches {passing} of the allowed shapes, not exactly one"
            )

    def _problems(self, value: Any, schema: Any, where: str, depth: int) -> list[str]:
        found: list[str] = []
        self._check(value, schema, where, found, depth + 1)
        return found

    def _discriminated(
        self, value: Any, schema: Mapping[str, Any], members: list[Any]
    ) -> Any:
        """The member a discriminator names for ``value``; None when it names none."""
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, Mapping) or not isinstance(value, dict):
            return None
        tag = value.get(str(discriminator.get("propertyName")))
        if not isinstance(tag, str):
            return None
        mapping = discriminator.get("mapping")
        if isinstance(mapping, Mapping) and isinstance(mapping.get(tag), str):
            return {"$ref": mapping[tag]}
        for member in members:  # the implicit mapping: a member named like the value
            ref = member.get("$ref") if isinstance(member, Mapping) else None
            if (
                isinstance(ref, str)
                and ref.startswith(_PREFIX)
                and _component(ref) == tag
            ):
                return member
        return None


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str] | None:
    """A pattern compiled once; None when Python's ``re`` cannot read it (then unchecked)."""
    try:
        return re.compile(pattern)
    except (re.error, RecursionError):
        return None


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(
            value, (str, bytes)
        )  # bytes: an uploaded file (format binary)
    checks: dict[str, type | tuple[type, ...]] = {
        "boolean": bool,
        "array": list,
        "object": dict,
        "null": type(None),
    }
    expected = checks.get(kind)
    return True if expected is None else isinstance(value, expected)


def _kind(value: Any) -> str:
    names = {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
        bytes: "file",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _bound(value: Any) -> float | None:
    """A number from the schema, or None when it is not one."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _same(a: Any, b: Any) -> bool:
    """JSON equality: ``1 == 1.0``, but ``true != 1``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _show(value: Any) -> str:
    """A value in a message: JSON, cut short."""
    text = json.dumps(value, default=lambda v: f"<{type(v).__name__}>")
    return text if len(text) <= 60 else text[:57] + "..."
