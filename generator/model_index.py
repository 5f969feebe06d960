"""The index of the classes datamodel-code-generator wrote: fields, annotations, defaults.

Read from the models' ``ast`` tree, so per-variant methods can offer exactly the arguments a
model accepts, each with its annotation and default as source text.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Field", "ModelClass", "Models", "index"]


@dataclass(frozen=True, slots=True)
class Field:
    """One model field: Python name, wire alias, annotation and default as source text."""

    name: str
    alias: str
    annotation: str
    default: str | None
    description: str


@dataclass(frozen=True, slots=True)
class ModelClass:
    """One generated class: a BaseModel with fields, or a RootModel wrapping a type."""

    name: str
    fields: tuple[Field, ...]
    # The wrapped annotation (Annotated stripped) of a RootModel, or the aliased type.
    root: str | None
    is_enum: bool = False
    is_alias: bool = False  # a type alias (``X = Annotated[...]``), not a class
    bases: tuple[str, ...] = ()  # the generated classes it extends


@dataclass(frozen=True, slots=True)
class Models:
    """The generated models module: its source and its class index."""

    source: str
    classes: Mapping[str, ModelClass]


def index(
    statements: list[ast.stmt], aliases: Mapping[int, str]
) -> dict[str, ModelClass]:
    """The index of a module's top-level statements; those in ``aliases`` are read as aliases."""
    classes: dict[str, ModelClass] = {}
    for i, node in enumerate(statements):
        if i in aliases and isinstance(node, ast.ClassDef):
            [written] = ast.parse(aliases[i]).body
            assert isinstance(written, ast.Assign)
            aliased = _strip_annotated(written.value)[0]
            classes[node.name] = ModelClass(node.name, (), aliased, is_alias=True)
            continue
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            name = node.targets[0].id
            aliased = _strip_annotated(node.value)[0]
            classes[name] = ModelClass(name, (), aliased, is_alias=True)
            continue
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [ast.unparse(b) for b in node.bases]
        root = next(
            (b[len("RootModel[") : -1] for b in bases if b.startswith("RootModel[")),
            None,
        )
        fields: list[Field] = []
        body = node.body
        for i, stmt in enumerate(body):
            if not (
                isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            ):
                continue
            name = stmt.target.id
            if name == "model_config":
                continue
            annotation, alias = _strip_annotated(stmt.annotation)
            if name == "root":
                root = annotation
                continue
            default = ast.unparse(stmt.value) if stmt.value is not None else None
            doc = body[i + 1] if i + 1 < len(body) else None
            description = (
                doc.value.value.strip()
                if isinstance(doc, ast.Expr)
                and isinstance(doc.value, ast.Constant)
                and isinstance(doc.value.value, str)
                else ""
            )
            fields.append(Field(name, alias or name, annotation, default, description))
        is_enum = any(b in ("Enum", "StrEnum", "IntEnum") for b in bases)
        extends = tuple(b for b in bases if b in classes)
        classes[node.name] = ModelClass(
            node.name, tuple(fields), root, is_enum, bases=extends
        )
    return classes


def _strip_annotated(annotation: ast.expr) -> tuple[str, str | None]:
    """``Annotated[T, Field(alias='x')]`` → (``T`` with inner Annotated stripped too, ``'x'``)."""
    alias: str | None = None
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        for extra in annotation.slice.elts[1:]:
            if isinstance(extra, ast.Call):
                for kw in extra.keywords:
                    if kw.arg in ("alias", "serialization_alias") and isinstance(
                        kw.value, ast.Constant
                    ):
                        alias = str(kw.value.value)
    return ast.unparse(_Unannotate().visit(annotation)), alias


class _Unannotate(ast.NodeTransformer):
    """Replace every ``Annotated[T, ...]`` with ``T``: signatures need the type, not constraints."""

    def visit_Subscript(self, node: ast.Subscript) -> ast.expr:
        if (
            isinstance(node.value, ast.Name)
            and node.value.id == "Annotated"
            and isinstance(node.slice, ast.Tuple)
            and node.slice.elts
        ):
            return self.visit(node.slice.elts[0])  # type: ignore[no-any-return]
        self.generic_visit(node)
        return node
