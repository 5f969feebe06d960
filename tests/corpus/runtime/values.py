"""Deterministic argument values derived from a schema: the same spec always gives the same call.

In order of preference: a valid example (the parameter's, the media type's, the schema's), a
valid default, the first enum value, then a value built from the schema that honours type,
format, enum, bounds, lengths and simple patterns. Optional properties are filled too (to a
depth), so that their serialisation is exercised; ``readOnly`` properties are left out of
requests. Every candidate is checked against the schema with openapi-schema-validator (the
3.0 write validator, or 3.1's); ``Derived.valid`` says whether the value passed, so a call
made with a value the spec itself rejects is reported as the harness's limit, not a bug.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema
import openapi_schema_validator as osv

from .document import MISSING, Document
from .regex import example_for

MAX_DEPTH = 4  # optional properties are filled down to this depth
USES = ("parameter", "request", "response")
STRING_FORMATS: dict[str, Any] = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    # No trailing slash, as users write it: the client must send it unchanged (defect 6).
    "uri": "https://example.com",
    "url": "https://example.com",
    "uri-reference": "https://example.com",
    "iri": "https://example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "aGFybmVzcw==",
    "password": "secret",
    "phone-number": "+15005550006",
    "duration": "P1D",
    # Formats of vendors' own: JSON Schema lets any string pass, the API does not.
    "decimal": "1.5",  # Stripe's amounts as decimal strings
}
BINARY = b"harness bytes"


@dataclass(frozen=True)
class Derived:
    """A value and whether the schema accepts it."""

    value: Any
    valid: bool


class Values:
    """Derives values for one document's schemas."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._root = dict(document.data)
        if document.is_31:
            base = osv.oas31_format_checker
            self._validators: dict[str, Any] = dict.fromkeys(USES, osv.OAS31Validator)
        else:
            base = osv.oas30_format_checker
            # readOnly/writeOnly apply to properties of bodies, not to parameters (3.0.3)
            self._validators = {
                "parameter": osv.OAS30Validator,
                "request": osv.OAS30WriteValidator,
                "response": osv.OAS30ReadValidator,
            }
        # jsonschema checks "uri" only with an optional package; a spec's example such as
        # "myUrl" or "" must not pass for a URI (RFC 3986: a scheme, then no spaces).
        self._formats = jsonschema.FormatChecker(formats=())
        self._formats.checkers = {**base.checkers, "uri": (_is_uri, ())}
        self._use = "request"

    def derive(
        self, schema: Any, pointer: str, example: Any = MISSING, use: str = "request"
    ) -> Derived:
        """A value for the schema at ``pointer`` (``example``, when valid, comes first);
        ``use`` is ``parameter`` or ``request`` (a body: readOnly properties left out).
        """
        self._use = use
        candidates = []
        if example is not MISSING:
            candidates.append(example)
        candidates.append(self._build(schema, pointer, 0, 0))
        for candidate in candidates:
            if candidate is not MISSING and self.accepts(pointer, candidate, use):
                return Derived(candidate, True)
        return Derived(candidates[-1], False)

    def accepts(self, pointer: str, value: Any, use: str = "") -> bool:
        """Whether the schema at ``pointer`` accepts ``value`` (formats checked) as a
        ``parameter``, a ``request`` body or a ``response`` body."""
        validator = self._validators[use or self._use](
            {**self._root, "$ref": "#" + pointer}, format_checker=self._formats
        )
        try:
            return bool(validator.is_valid(value))
        except Exception:  # a schema the validator cannot read: unjudged
            return True

    def _build(self, raw: Any, pointer: str, depth: int, variant: int) -> Any:
        schema, pointer = self.document.deref(raw, pointer)
        if not isinstance(schema, Mapping):
            return "text"
        if _only_null(schema):
            return None  # RFC 6570 "undefined": the parameter or property is left out
        for preferred in self._preferred(schema, variant):
            if self.accepts(pointer, preferred):
                return preferred
        if "allOf" in schema:
            return self._build(self._merged(schema, pointer), pointer, depth, variant)
        for union in ("oneOf", "anyOf"):
            if union in schema:
                return self._branch(schema, union, pointer, depth, variant)
        kind = _type(schema)
        if kind == "object":
            return self._object(schema, pointer, depth)
        if kind == "array":
            return self._array(schema, pointer, depth)
        if kind == "integer":
            return _number(schema, 1 + variant, integer=True)
        if kind == "number":
            return _number(schema, 1.5 + variant, integer=False)
        if kind == "boolean":
            return variant % 2 == 0
        return _string(schema, variant)

    def _preferred(self, schema: Mapping[str, Any], variant: int) -> list[Any]:
        """Spec-given values: const, an example, the default, an enum value (the variant-th
        for the second item of an array, so that the items differ)."""
        found = []
        enum = [v for v in schema.get("enum") or () if v is not None]
        if "const" in schema:
            found.append(schema["const"])
        if enum and variant:
            found.append(enum[variant % len(enum)])
        if "example" in schema:
            found.append(schema["example"])
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            found.append(schema["examples"][0])
        if "default" in schema and schema["default"] is not None:
            found.append(schema["default"])
        return found + enum[:1]

    def _merged(self, schema: Mapping[str, Any], pointer: str) -> dict[str, Any]:
        """``allOf`` as one schema: properties, required and type of every member."""
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or ())
        for i, member in enumerate(schema["allOf"]):
            part, _ = self.document.deref(member, f"{pointer}/allOf/{i}")
            if "allOf" in part:
                part = self._merged(part, pointer)
            properties.update(part.get("properties") or {})
            required += [r for r in part.get("required") or () if r not in required]
            for key in ("type", "additionalProperties", "items", "enum", "format"):
                if key in part and key not in merged:
                    merged[key] = part[key]
        if properties:
            merged["properties"] = properties
            merged.setdefault("type", "object")
        merged["required"] = required
        return merged

    def _branch(
        self,
        schema: Mapping[str, Any],
        union: str,
        pointer: str,
        depth: int,
        variant: int,
    ) -> Any:
        """The first member whose value the whole schema accepts (oneOf: only that one).

        Members beside the schema's own ``type`` or ``properties`` only add constraints
        (``anyOf: [{required: [a]}, {required: [b]}]``): each is merged into the schema.
        """
        first: Any = MISSING
        base = {k: v for k, v in schema.items() if k != union}
        constraints = "properties" in base or "type" in base
        for i, member in enumerate(schema[union]):
            where = f"{pointer}/{union}/{i}"
            target, _ = self.document.deref(member, where)
            if isinstance(target, Mapping) and _type(target) == "null":
                continue
            if constraints:
                value = self._build({"allOf": [base, member]}, pointer, depth, variant)
            else:
                value = self._build(member, where, depth, variant)
            value = self._discriminated(schema, member, value)
            first = value if first is MISSING else first
            if self.accepts(pointer, value):
                return value
        return "text" if first is MISSING else first

    def _discriminated(self, schema: Mapping[str, Any], member: Any, value: Any) -> Any:
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, Mapping) or not isinstance(value, dict):
            return value
        ref = member.get("$ref", "") if isinstance(member, Mapping) else ""
        name = discriminator.get("propertyName")
        mapped = [
            k for k, v in (discriminator.get("mapping") or {}).items() if v == ref
        ]
        if name and ref and name not in value:
            value = {name: mapped[0] if mapped else ref.rsplit("/", 1)[-1], **value}
        return value

    def _object(self, schema: Mapping[str, Any], pointer: str, depth: int) -> Any:
        required = set(schema.get("required") or ())
        value: dict[str, Any] = {}
        for name, raw in (schema.get("properties") or {}).items():
            where = f"{pointer}/properties/{_escape(name)}"
            prop, _ = self.document.deref(raw, where)
            if isinstance(prop, Mapping) and prop.get("readOnly"):
                continue
            if name in required or depth < MAX_DEPTH:
                item = self._build(raw, where, depth + 1, 0)
                if item is not None or name in required:
                    value[name] = item
        extra = schema.get("additionalProperties")
        wanted = max(int(schema.get("minProperties", 0)), 0 if value else 1)
        if extra is not False and len(value) < wanted and depth < MAX_DEPTH + 2:
            where = f"{pointer}/additionalProperties"
            for i in range(wanted - len(value)):
                key = f"key{i + 1}"
                value[key] = (
                    self._build(extra, where, depth + 1, i)
                    if isinstance(extra, Mapping)
                    else "text"
                )
        return value

    def _array(self, schema: Mapping[str, Any], pointer: str, depth: int) -> Any:
        """Two items where allowed, so that delimiters and repeated keys are exercised."""
        items = schema.get("items") or {}
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", 2))
        count = max(min(2, high), low, 1 if high else 0)
        value = [
            self._build(items, f"{pointer}/items", depth + 1, i) for i in range(count)
        ]
        if schema.get("uniqueItems") and len({repr(v) for v in value}) < len(value):
            value = value[: max(low, 1)]
        return value


_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")


def _is_uri(value: object) -> bool:
    """RFC 3986 section 3: an absolute URI has a scheme; no whitespace anywhere."""
    return not isinstance(value, str) or bool(_URI.match(value))


def _only_null(schema: Mapping[str, Any]) -> bool:
    """A schema whose one value is null (``enum: [null]``, ``type: "null"``, ``const: null``)."""
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(v is None for v in enum):
        return True
    return schema.get("type") == "null" or (
        "const" in schema and schema["const"] is None
    )


def _type(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind:
        return str(kind)
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return "string"


def _number(schema: Mapping[str, Any], wanted: float, *, integer: bool) -> Any:
    """``wanted`` moved inside the bounds (3.0 boolean and 3.1 numeric exclusives)."""
    step = 1 if integer else 0.5
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(schema.get("exclusiveMinimum"), (int, float)) and not isinstance(
        schema.get("exclusiveMinimum"), bool
    ):
        low = schema["exclusiveMinimum"] + step
    elif schema.get("exclusiveMinimum") is True and low is not None:
        low += step
    if isinstance(schema.get("exclusiveMaximum"), (int, float)) and not isinstance(
        schema.get("exclusiveMaximum"), bool
    ):
        high = schema["exclusiveMaximum"] - step
    elif schema.get("exclusiveMaximum") is True and high is not None:
        high -= step
    value = wanted
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    multiple = schema.get("multipleOf")
    if isinstance(multiple, (int, float)) and multiple > 0:
        value = multiple * max(1, round(value / multiple))
    return int(value) if integer else value


def _string(schema: Mapping[str, Any], variant: int) -> str:
    pattern = schema.get("pattern")
    fmt = str(schema.get("format", ""))
    value: str | None = None
    if isinstance(pattern, str):
        value = example_for(pattern, variant, int(schema.get("minLength", 0)))
    if value is None and fmt in STRING_FORMATS:
        value = STRING_FORMATS[fmt]
    if value is None:
        value = "text" + (str(variant) if variant else "")
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    if len(value) < low and not pattern:
        value += "x" * (low - len(value))
    if isinstance(high, int) and len(value) > high and not pattern:
        value = value[:high]
    return value


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")
