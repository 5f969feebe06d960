"""Operations grouped by their first tag into resources, with names unique where they meet."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from generator import ir, naming
from generator.errors import at
from generator.models import Models
from generator.parse.examples import example_call
from generator.parse.operations import Context, operation
from generator.parse.text import text
from generator.spec.traverse import OperationRef, iter_operations

# Names the client and every resource already use (the runtime's public attributes; a test
# compares them with the runtime's clients).
_CLIENT_ATTRIBUTES = frozenset(
    {
        "aclose",
        "base_url",
        "call",
        "close",
        "copy",
        "deadline",
        "default_headers",
        "default_query",
        "max_retries",
        "max_retry_after",
        "pages",
        "paginate",
        "request",
        "timeout",
        "with_options",
        "with_raw_response",
    }
)
RESERVED_METHODS = frozenset({"with_raw_response"})


def group_operations(document: Mapping[str, Any]) -> dict[str, list[OperationRef]]:
    """Operations by the tag whose resource holds them (the first tag, else "default")."""
    grouped: dict[str, list[OperationRef]] = {}
    for op in iter_operations(document):
        tags = op.operation.get("tags")
        tag = str(tags[0]) if isinstance(tags, list) and tags else "default"
        grouped.setdefault(tag, []).append(op)
    return grouped


def resource_attributes(tags: Iterable[str]) -> dict[str, str]:
    """Each tag's attribute on the client (``client.<attribute>``), in the order resources are built."""
    taken = set(_CLIENT_ATTRIBUTES)
    return {
        tag: naming.unique(naming.snake(tag, fallback="default"), taken)
        for tag in sorted(tags, key=lambda t: naming.snake(t))
    }


def group_resources(
    document: Mapping[str, Any], models: Models, context: Context
) -> tuple[ir.Resource, ...]:
    """The client's resources, one per tag, each with its operations' methods."""
    tag_docs: dict[str, str] = {}
    for tag in document.get("tags") or []:
        if isinstance(tag, Mapping) and isinstance(tag.get("name"), str):
            tag_docs[tag["name"]] = text(tag.get("description"))
    grouped = group_operations(document)
    # A resource class must not shadow a model its module imports (petstore's `user` tag vs `User`).
    taken_classes: set[str] = set(models.classes)
    resources = []
    for tag, attribute in resource_attributes(grouped).items():
        class_name = naming.pascal(tag, fallback="Default")
        if {class_name, f"Async{class_name}"} & taken_classes or any(
            n.startswith(class_name) and n.endswith("WithRawResponse")
            for n in taken_classes
        ):
            class_name += "Resource"
        class_name = naming.unique(class_name, taken_classes)
        taken_classes.update(
            {
                f"Async{class_name}",
                f"{class_name}WithRawResponse",
                f"Async{class_name}WithRawResponse",
            }
        )
        taken_methods = set(RESERVED_METHODS)
        operations: list[ir.Operation] = []
        for op in grouped[tag]:
            with at(op.pointer):
                built = operation(document, models, op, tag, taken_methods, context)
                example = example_call(document, models, op, built, attribute)
                operations.append(replace(built, example=example))
        resources.append(
            ir.Resource(
                attribute,
                class_name,
                naming.module_name(tag),
                tag_docs.get(tag, ""),
                _guard_builtins(tuple(operations)),
            )
        )
    return tuple(resources)


_SHADOWABLE = frozenset(
    {
        "list",
        "dict",
        "set",
        "type",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "tuple",
        "object",
    }
)
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _guard_builtins(operations: tuple[ir.Operation, ...]) -> tuple[ir.Operation, ...]:
    """Say ``builtins.list`` where a method named ``list`` would shadow the type in the class."""
    names = {op.name for op in operations}
    names |= {v.method_name for op in operations if op.body for v in op.body.variants}
    shadowed = names & _SHADOWABLE
    if not shadowed:
        return operations
    word = re.compile(rf"(?<![\w.])({'|'.join(sorted(shadowed))})\b")

    def fix(text: str) -> str:
        parts = re.split(f"({_STRING.pattern})", text)
        return "".join(
            p if i % 2 else word.sub(r"builtins.\1", p) for i, p in enumerate(parts)
        )

    fixed = []
    for op in operations:
        params = tuple(replace(p, annotation=fix(p.annotation)) for p in op.parameters)
        body = op.body
        if body is not None:
            variants = tuple(
                replace(
                    v,
                    fields=tuple(
                        replace(f, annotation=fix(f.annotation)) for f in v.fields
                    ),
                )
                for v in body.variants
            )
            body = replace(body, annotation=fix(body.annotation), variants=variants)
        fixed.append(
            replace(
                op,
                parameters=params,
                body=body,
                returns=fix(op.returns),
                response_model=fix(op.response_model),
            )
        )
    return tuple(fixed)
