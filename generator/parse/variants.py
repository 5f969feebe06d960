"""One typed method per member of a discriminated request body (``create_sms(...)``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir, naming
from generator.models import Models
from generator.parse.text import text
from generator.plan import component_of
from generator.pytypes import deref, literal_value, nullable, without_none
from generator.spec import pointer as jp


def variants(
    document: Mapping[str, Any],
    models: Models,
    cls: str,
    op_name: str,
    tag: str,
    taken: set[str],
    parameters: tuple[ir.Parameter, ...],
) -> tuple[ir.Variant, ...]:
    """One typed method per member of a discriminated ``oneOf`` body."""
    schema = deref(document, {"$ref": jp.ref_to(jp.join("/components/schemas", cls))})
    if not isinstance(schema, Mapping):
        return ()
    members = schema.get("oneOf") or schema.get("anyOf")
    discriminator = schema.get("discriminator")
    if not isinstance(members, list) or not isinstance(discriminator, Mapping):
        return ()
    prop = text(discriminator.get("propertyName"))
    mapping = (
        discriminator.get("mapping")
        if isinstance(discriminator.get("mapping"), Mapping)
        else {}
    )
    assert isinstance(mapping, Mapping)
    by_ref = {str(v): str(k) for k, v in mapping.items()}
    suffix = {naming.singular(w) for w in naming.words(tag)} | set(naming.words(tag))
    variants = []
    for member in members:
        ref = member.get("$ref", "") if isinstance(member, Mapping) else ""
        model_name = component_of(ref)
        model = models.classes.get(model_name or "")
        if model is None or model.is_alias or model.root is not None:
            continue
        field = next((f for f in model.fields if f.alias == prop), None)
        value = by_ref.get(ref) or (literal_value(field.annotation) if field else None)
        if field is None or value is None:
            continue
        stem = naming.words(model.name)
        while len(stem) > 1 and stem[-1] in suffix:
            stem = stem[:-1]
        method = naming.unique(naming.snake(f"{op_name}_{'_'.join(stem)}"), taken)
        # Parameters the method already has (and `self`, `options`) cannot be field names too.
        taken_args = {"self", "options", *(p.name for p in parameters)}
        fields = []
        target = deref(document, member)
        properties = target.get("properties") if isinstance(target, Mapping) else None
        for f in sorted(model.fields, key=lambda f: f.default is not None):
            if f.alias == prop:
                continue
            argument = naming.unique(f.name, taken_args)
            schema = (
                properties.get(f.alias) if isinstance(properties, Mapping) else None
            )
            # An optional argument is left out when not given; None would send a null the
            # schema forbids, so the type admits None only where the schema does.
            annotation = (
                f.annotation
                if nullable(document, schema)
                else without_none(f.annotation)
            )
            fields.append(
                ir.VariantField(
                    f.name,
                    annotation,
                    f.default,
                    f.description,
                    "" if argument == f.name else argument,
                )
            )
        description = (
            text(target.get("description")) if isinstance(target, Mapping) else ""
        )
        variants.append(
            ir.Variant(
                method, model.name, field.name, value, tuple(fields), description
            )
        )
    return tuple(variants)
