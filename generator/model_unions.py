"""How the models read unions: in the spec's order, or by the field their members differ in.

Edits of datamodel-code-generator's union annotations (``model_source.edit`` applies them to
the root-model aliases it writes).
"""

from __future__ import annotations

import ast

__all__ = ["TAGGED_IMPORTS", "literal_fields", "tagged_union", "union_in_order"]


def literal_fields(node: ast.ClassDef) -> dict[str, tuple[object, ...]]:
    """Wire name → values of each field of a class whose type is a ``Literal``."""
    found: dict[str, tuple[object, ...]] = {}
    for statement in node.body:
        if not (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
        ):
            continue
        annotation, wire = statement.annotation, statement.target.id
        if _is_annotated(annotation):
            assert isinstance(annotation, ast.Subscript) and isinstance(
                annotation.slice, ast.Tuple
            )
            for extra in annotation.slice.elts[1:]:
                for keyword in extra.keywords if isinstance(extra, ast.Call) else ():
                    if keyword.arg == "alias" and isinstance(
                        keyword.value, ast.Constant
                    ):
                        wire = str(keyword.value.value)
            annotation = annotation.slice.elts[0]
        if (
            isinstance(annotation, ast.Subscript)
            and isinstance(annotation.value, ast.Name)
            and annotation.value.id == "Literal"
        ):
            values = (
                annotation.slice.elts
                if isinstance(annotation.slice, ast.Tuple)
                else [annotation.slice]
            )
            if all(isinstance(v, ast.Constant) for v in values):
                found[wire] = tuple(
                    v.value for v in values if isinstance(v, ast.Constant)
                )
    return found


def _is_annotated(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Annotated"
        and isinstance(node.slice, ast.Tuple)
    )


def tagged_union(
    annotation: ast.expr,
    classes: set[str],
    literals: dict[str, dict[str, tuple[object, ...]]],
) -> ast.expr | None:
    """A union of models told apart by one field, plus one fallback member, with ``tag_by``.

    ``Action = SmsAction | ... | UnknownAction``, where every member but the last pins
    ``type`` to its own values: read as the member an item's ``type`` names, and as the
    fallback when it names none (``_lenient.tag_by``). Without it, a left-to-right union
    reads a drifted SMS action as the fallback, which accepts anything; with a plain
    discriminator, an unknown kind fails. None when the union is not of that shape.
    """
    inner, extras = annotation, []
    if _is_annotated(annotation):
        assert isinstance(annotation, ast.Subscript)
        assert isinstance(annotation.slice, ast.Tuple)
        inner, extras = annotation.slice.elts[0], list(annotation.slice.elts[1:])
        if not all(_documents_only(extra) for extra in extras):
            return None  # constraints, or a discriminator of the tool's own: leave it
    members = _union_members(inner)
    if len(members) < 3 or not all(
        isinstance(m, ast.Name) and m.id in classes for m in members
    ):
        return None
    names = [m.id for m in members if isinstance(m, ast.Name)]
    for field in sorted({f for n in names for f in literals.get(n, {})}):
        pinned = [n for n in names if field in literals.get(n, {})]
        fallback = [n for n in names if n not in pinned]
        tags: dict[str, str] = {}
        for name in pinned:
            for value in literals[name][field]:
                if isinstance(value, str) and value not in tags:
                    tags[value] = name
        values = [v for n in pinned for v in literals[n][field]]
        if len(fallback) != 1 or len(values) != len(tags) or len(pinned) < 2:
            continue  # no single fallback, or values shared or not strings: not this field
        tagged = " | ".join(
            f"Annotated[{n}, Tag({(n if n in pinned else _OTHER)!r})]" for n in names
        )
        chooser = f"Discriminator(tag_by({field!r}, {tags!r}))"
        documented = "".join(f", {ast.unparse(extra)}" for extra in extras)
        return ast.parse(
            f"Annotated[{tagged}{documented}, {chooser}]", mode="eval"
        ).body
    return None


_OTHER = "__other__"  # _lenient.OTHER: the fallback member's tag
_DOCUMENTING = frozenset({"title", "description", "examples"})


def _documents_only(extra: ast.expr) -> bool:
    """Whether an ``Annotated`` extra is a ``Field`` that only documents (a title)."""
    return (
        isinstance(extra, ast.Call)
        and isinstance(extra.func, ast.Name)
        and extra.func.id == "Field"
        and not extra.args
        and all(k.arg in _DOCUMENTING for k in extra.keywords)
    )


# What a tagged union needs imported, added to the models when one is written.
TAGGED_IMPORTS = (
    "from typing import Annotated\n",
    "from pydantic import Discriminator\n",
    "from pydantic import Tag\n",
    "from .._lenient import tag_by\n",
)


def union_in_order(annotation: ast.expr, classes: set[str]) -> ast.expr:
    """Read an undiscriminated union of models left to right, in the spec's order.

    pydantic's default ("smart") mode prefers the member that sets the most declared fields,
    so a catch-all model with many optional fields would win over the precise variant listed
    before it (an SMS action read back as ``UnknownAction``). ``anyOf``/``oneOf`` members are
    tried in the order the spec gives them instead.
    """
    inner, extras = annotation, []
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        inner, extras = annotation.slice.elts[0], list(annotation.slice.elts[1:])
    members = _union_members(inner)
    if len(members) < 2 or not all(
        isinstance(m, ast.Name) and m.id in classes for m in members
    ):
        return annotation
    field = next(
        (
            e
            for e in extras
            if isinstance(e, ast.Call)
            and isinstance(e.func, ast.Name)
            and e.func.id == "Field"
        ),
        None,
    )
    if field is not None and any(k.arg == "discriminator" for k in field.keywords):
        return annotation
    mode = ast.keyword(arg="union_mode", value=ast.Constant("left_to_right"))
    if field is None:
        extras.append(
            ast.Call(func=ast.Name("Field", ast.Load()), args=[], keywords=[mode])
        )
    else:
        extras[extras.index(field)] = ast.Call(
            func=field.func, args=field.args, keywords=[*field.keywords, mode]
        )
    return ast.Subscript(
        value=ast.Name("Annotated", ast.Load()),
        slice=ast.Tuple(elts=[inner, *extras], ctx=ast.Load()),
        ctx=ast.Load(),
    )


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_union_members(node.left), *_union_members(node.right)]
    return [node]
