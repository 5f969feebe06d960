"""Which method and which argument names the generator chose for each operation of a spec.

Learned from the generator's intermediate model (``generator.ir``), built by the same stages
``generator.pipeline.build`` runs up to ``parse``: the harness passes arguments by the names
the generated package really has. Only names are taken from there; what the request must look
like comes from the spec (``document``), never from the generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator import ir


@dataclass(frozen=True)
class Method:
    """One operation's method: ``client.<resource>.<name>(...)``."""

    resource: str
    name: str
    # (location, wire name) → Python argument name
    arguments: dict[tuple[str, str], str]
    has_body: bool
    body_required: bool
    # A multipart body taken as keyword arguments: property wire name → argument name
    body_fields: dict[str, str] = field(default_factory=dict)

    def body_arguments(self, body: object) -> dict[str, object]:
        """How a body value is passed: ``body=``, or one keyword argument per property."""
        if self.body_fields and isinstance(body, dict):
            return {self.body_fields.get(str(k), str(k)): v for k, v in body.items()}
        return {"body": body}


@dataclass(frozen=True)
class Names:
    """The client class and every operation's method, by ``(METHOD, path)``."""

    client_class: str
    methods: dict[tuple[str, str], Method]


def learn(spec: Path, package: str) -> Names:
    """Run load → validate (invalid allowed) → plan → models → parse on ``spec``, as
    ``generator.pipeline.build`` does (keep the two in step)."""
    from generator.models import build_models
    from generator.parse import Naming, parse
    from generator.plan import plan_models
    from generator.spec import load_spec
    from generator.validate import validate

    loaded = load_spec(spec)
    validation = validate(loaded, strict=False, allow_invalid=True)
    # As pipeline.build calls it: invalid defaults dropped, unrepairable operations skipped.
    plan = plan_models(
        loaded.document,
        drop_defaults=validation.invalid_defaults,
        skip_operations=validation.skipped_operations,
    )
    api = parse(
        plan.document,
        build_models(plan.document),
        Naming(package, "0.1.0", loaded.sha256),
    )
    return Names(
        client_class=api.client_class,
        methods={
            (op.http_method.upper(), op.path): _method(resource, op)
            for resource in api.resources
            for op in resource.operations
        },
    )


def _method(resource: ir.Resource, op: ir.Operation) -> Method:
    return Method(
        resource=resource.attribute,
        name=op.name,
        arguments={(p.location.value, p.wire_name): p.name for p in op.parameters},
        has_body=op.body is not None,
        body_required=bool(op.body and op.body.required),
        body_fields={
            f.wire_name: f.name
            for f in getattr(op.body, "fields", ())
            if getattr(op.body, "as_arguments", False)
        },
    )
