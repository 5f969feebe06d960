"""The single call into datamodel-code-generator, and an index of the classes it wrote.

The index (read from the generated source with ``ast``) gives each class's fields with their
annotations and defaults as source text, so per-variant methods can offer exactly the
arguments the model accepts.
"""

from __future__ import annotations

import ast
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import reuse
from generator.errors import InternalError

HEADER = "# Pydantic models of every schema in the spec. Generated; do not edit."


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
    root: str | None  # the wrapped annotation (Annotated stripped) when a RootModel
    is_enum: bool = False
    is_alias: bool = False  # a type alias (``X = Annotated[...]``), not a class


@dataclass(frozen=True, slots=True)
class Models:
    """The generated models module: its source and its class index."""

    source: str
    classes: Mapping[str, ModelClass]


def build_models(document: Mapping[str, Any], cache: Path | None = None,
                 environment: str = "") -> Models:
    """Generate pydantic v2 models for every component schema of ``document``.

    With a ``cache`` folder, the tool's output is reused when only descriptions changed
    since a run in the same ``environment`` (``generator.reuse``).
    """
    components = document.get("components")
    if not (isinstance(components, Mapping) and components.get("schemas")):
        return Models(f"{HEADER}\n", {})  # the tool refuses a document without schemas
    return finish(reuse.models_source(document, cache, environment, tool_source))


# The smallest document the tool accepts. Generating it once loads the tool's ~280 modules and
# first-use setup (~0.5 s); after that a small spec's models take ~40 ms.
_WARM_UP = {"openapi": "3.1.0", "info": {"title": "warm-up", "version": "1"}, "paths": {},
            "components": {"schemas": {"W": {"type": "object",
                                             "properties": {"w": {"type": "string"}}}}}}


def warm_up() -> None:
    """Load the model generator now, while waiting for something else; output is unaffected."""
    tool_source(_WARM_UP)


def tool_source(document: Mapping[str, Any]) -> str:
    """The models module as datamodel-code-generator writes it, before our edits."""
    # Imported here: it is heavy, and only generation needs it.
    from datamodel_code_generator import LiteralType, generate
    from datamodel_code_generator.enums import DataModelType, InputFileType, OpenAPIScope

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            source = generate(
                dict(document),
                input_file_type=InputFileType.OpenAPI,
                output_model_type=DataModelType.PydanticV2BaseModel,
                openapi_scopes=[OpenAPIScope.Schemas],
                custom_file_header=HEADER,
                disable_timestamp=True,
                use_union_operator=True,
                use_standard_collections=True,
                use_annotated=True,
                field_constraints=True,
                use_schema_description=True,
                use_field_description=True,
                snake_case_field=True,
                enum_field_as_literal=LiteralType.All,
                allow_population_by_field_name=True,
                use_double_quotes=True,
                # Keep fields the server adds (ids, flags) and fields the docs never named.
                extra_fields="allow",
                formatters=[],
            )
        except Exception as err:  # the tool raises many types; each becomes our one error
            raise InternalError(f"datamodel-code-generator failed: {type(err).__name__}: "
                                f"{str(err).splitlines()[0] if str(err) else ''}") from err
    if not isinstance(source, str):
        raise InternalError("datamodel-code-generator returned several modules; expected one")
    return source


# Fields named model_* are renamed by the tool (model_dump → model_dump_); pydantic would still
# warn about its protected namespace on every import. defer_build: pydantic builds a model's
# validator when the model is first used, not at import (as openai-python's BaseModel does), so
# importing the models of a large API costs less and a program pays only for what it uses.
_CONFIG = "model_config = ConfigDict("
_CONFIG_NEW = "model_config = ConfigDict(protected_namespaces=(), defer_build=True, "


def configure(source: str) -> str:
    """Every model's ``ConfigDict`` gets our settings; the same text in a string is left alone."""
    lines = lines_of(source)
    _configure_at(lines, ast.parse(source).body)
    return "".join(lines)


def _configure_at(lines: list[str], statements: list[ast.stmt]) -> None:
    """Add our settings on the line of each class's ``model_config = ConfigDict(...)``."""
    for node in statements:
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                if _is_config(statement):
                    at = statement.lineno - 1
                    lines[at] = lines[at].replace(_CONFIG, _CONFIG_NEW, 1)


def _is_config(statement: ast.stmt) -> bool:
    return (isinstance(statement, ast.Assign) and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and statement.targets[0].id == "model_config"
            and isinstance(statement.value, ast.Call) and isinstance(statement.value.func, ast.Name)
            and statement.value.func.id == "ConfigDict")


def finish(source: str) -> Models:
    """The tool's source with our edits, and its class index, from one ``ast`` parse.

    The result is what ``index_classes(configure(split_aliases(alias_root_models(source))))``
    returns; that parses the source three times and took ~0.75 s of CPU on Twilio 2010's 400 kB
    of models, this ~0.3 s. The edits are made on the lines of the one tree, and the index is
    read from that tree with the alias split made in it too.
    """
    tree = ast.parse(source)
    lines = lines_of(source)
    rebuilt: set[str] = set()
    # Per top-level statement: its ``Field(alias="...")`` calls, each with its alias keyword.
    found: list[list[tuple[ast.Call, ast.keyword]]] = []
    for statement in tree.body:
        calls: list[tuple[ast.Call, ast.keyword]] = []
        for node in ast.walk(statement):
            if not isinstance(node, ast.Call):
                continue
            if (isinstance(node.func, ast.Attribute) and node.func.attr == "model_rebuild"
                    and isinstance(node.func.value, ast.Name)):
                rebuilt.add(node.func.value.id)
            elif isinstance(node.func, ast.Name) and node.func.id == "Field":
                calls.extend((node, kw) for kw in node.keywords
                             if kw.arg == "alias" and isinstance(kw.value, ast.Constant))
        found.append(calls)
    aliases = _root_aliases(tree, rebuilt)
    kept = [node for i, node in enumerate(tree.body) if i not in aliases]
    spots: list[tuple[int, int, str]] = []
    for i, calls in enumerate(found):
        if i in aliases:
            continue  # the class becomes one alias line, split on its own below
        for call, kw in calls:
            spots.append((kw.lineno - 1, kw.col_offset, ast.unparse(kw.value)))
            # The tree now reads as split_aliases writes the source, for the index below.
            at = call.keywords.index(kw)
            call.keywords[at:at + 1] = [ast.keyword("validation_alias", kw.value),
                                        ast.keyword("serialization_alias", kw.value)]
    _split_at(lines, spots)
    _configure_at(lines, kept)  # before the alias lines below change the line numbers
    for i in sorted(aliases, reverse=True):
        text = aliases[i]
        lines[first_line(tree.body[i]):tree.body[i].end_lineno or tree.body[i].lineno] = [
            split_aliases(text) if "alias" in text else text]
    return Models("".join(lines), _index(tree.body, aliases))


_TYPING_NAMES = frozenset({"Annotated", "Literal", "Any", "Field", "None", "str", "int", "float",
                           "bool", "bytes", "list", "dict", "set", "tuple", "AwareDatetime",
                           "datetime", "date", "time", "timedelta", "UUID", "Decimal", "AnyUrl",
                           "EmailStr", "NaiveDatetime", "AnyHttpUrl", "Base64Str", "SecretStr"})


def alias_root_models(source: str) -> str:
    """Turn ``class X(RootModel[T]): root: Annotated[T, ...]`` into ``X = Annotated[T, ...]``.

    Users then pass and receive plain values (``"DURING"``, ``[...]``, a variant model) instead
    of wrapper objects, and mypy sees the real type. Only done when every name the alias uses
    is already defined above it: an alias, unlike an annotation, is evaluated at import.
    """
    tree = ast.parse(source)
    lines = lines_of(source)
    # Classes datamodel-code-generator rebuilds (recursive ones) must stay classes.
    rebuilt = {n.func.value.id for n in ast.walk(tree) if isinstance(n, ast.Call)
               and isinstance(n.func, ast.Attribute) and n.func.attr == "model_rebuild"
               and isinstance(n.func.value, ast.Name)}
    aliases = _root_aliases(tree, rebuilt)
    for i in sorted(aliases, reverse=True):
        lines[first_line(tree.body[i]):tree.body[i].end_lineno or tree.body[i].lineno] = [aliases[i]]
    return "".join(lines)


def _root_aliases(tree: ast.Module, rebuilt: set[str]) -> dict[int, str]:
    """Which top-level root model classes become aliases: statement index → the alias line."""
    defined: set[str] = set()
    models: set[str] = set()  # BaseModel classes that stay classes
    aliases: dict[int, str] = {}
    for i, node in enumerate(tree.body):
        if isinstance(node, ast.ClassDef):
            root = next((s for s in node.body if isinstance(s, ast.AnnAssign)
                         and isinstance(s.target, ast.Name) and s.target.id == "root"), None)
            is_root = any(ast.unparse(b).startswith("RootModel[") for b in node.bases)
            if is_root and root is not None and node.name not in rebuilt and (
                node.name not in used_names(root.annotation)
            ) and (
                used_names(root.annotation) <= defined | _TYPING_NAMES
            ):
                alias = _union_in_order(_without_field_only(root.annotation), classes=models)
                aliases[i] = f"{node.name} = {ast.unparse(alias)}\n"
            elif not is_root:
                models.add(node.name)
            defined.add(node.name)
        elif isinstance(node, ast.ImportFrom):
            defined.update(a.asname or a.name for a in node.names)
        elif isinstance(node, ast.Assign):
            defined.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return aliases


def first_line(node: ast.stmt) -> int:
    """The 0-based line a statement starts on, its decorators included."""
    decorators = node.decorator_list if isinstance(node, ast.ClassDef) else []
    return (decorators[0].lineno if decorators else node.lineno) - 1


def split_aliases(source: str) -> str:
    """``Field(alias='from')`` → ``Field(validation_alias='from', serialization_alias='from')``.

    The wire name still reads and writes JSON, but type checkers (which take ``alias`` as the
    constructor's parameter name) let users write ``SmsConfig(from_=...)``.
    """
    lines = lines_of(source)
    spots: list[tuple[int, int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Field":
            for kw in node.keywords:
                if kw.arg == "alias" and isinstance(kw.value, ast.Constant):
                    spots.append((kw.lineno - 1, kw.col_offset, ast.unparse(kw.value)))
    _split_at(lines, spots)
    return "".join(lines)


def _split_at(lines: list[str], spots: list[tuple[int, int, str]]) -> None:
    """Write ``validation_alias=<value>, serialization_`` before each ``alias=`` keyword."""
    for line, col, value in sorted(spots, reverse=True):
        text = lines[line]
        encoded = text.encode()  # col_offset counts UTF-8 bytes
        head, tail = encoded[:col].decode(), encoded[col:].decode()
        lines[line] = head + f"validation_alias={value}, serialization_" + tail


# Field() arguments that only mean something on a model field, not inside a type alias.
_FIELD_ONLY = frozenset({"default", "default_factory", "validate_default", "alias",
                         "validation_alias", "serialization_alias"})


def _without_field_only(annotation: ast.expr) -> ast.expr:
    """Drop field-only ``Field()`` arguments from a root annotation that becomes an alias."""
    if not (isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name)
            and annotation.value.id == "Annotated" and isinstance(annotation.slice, ast.Tuple)):
        return annotation
    kept: list[ast.expr] = [annotation.slice.elts[0]]
    for extra in annotation.slice.elts[1:]:
        if isinstance(extra, ast.Call) and isinstance(extra.func, ast.Name) and extra.func.id == "Field":
            keywords = [k for k in extra.keywords if k.arg not in _FIELD_ONLY]
            if not keywords and not extra.args:
                continue
            extra = ast.Call(func=extra.func, args=extra.args, keywords=keywords)
        kept.append(extra)
    if len(kept) == 1:
        return kept[0]
    return ast.Subscript(value=annotation.value, slice=ast.Tuple(elts=kept, ctx=ast.Load()),
                         ctx=ast.Load())


def _union_in_order(annotation: ast.expr, classes: set[str]) -> ast.expr:
    """Read an undiscriminated union of models left to right, in the spec's order.

    pydantic's default ("smart") mode prefers the member that sets the most declared fields,
    so a catch-all model with many optional fields would win over the precise variant listed
    before it (an SMS action read back as ``UnknownAction``). ``anyOf``/``oneOf`` members are
    tried in the order the spec gives them instead.
    """
    inner, extras = annotation, []
    if (isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name)
            and annotation.value.id == "Annotated" and isinstance(annotation.slice, ast.Tuple)):
        inner, extras = annotation.slice.elts[0], list(annotation.slice.elts[1:])
    members = _union_members(inner)
    if len(members) < 2 or not all(isinstance(m, ast.Name) and m.id in classes for m in members):
        return annotation
    field = next((e for e in extras if isinstance(e, ast.Call) and isinstance(e.func, ast.Name)
                  and e.func.id == "Field"), None)
    if field is not None and any(k.arg == "discriminator" for k in field.keywords):
        return annotation
    mode = ast.keyword(arg="union_mode", value=ast.Constant("left_to_right"))
    if field is None:
        extras.append(ast.Call(func=ast.Name("Field", ast.Load()), args=[], keywords=[mode]))
    else:
        extras[extras.index(field)] = ast.Call(func=field.func, args=field.args,
                                               keywords=[*field.keywords, mode])
    return ast.Subscript(value=ast.Name("Annotated", ast.Load()),
                         slice=ast.Tuple(elts=[inner, *extras], ctx=ast.Load()), ctx=ast.Load())


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_union_members(node.left), *_union_members(node.right)]
    return [node]


def used_names(node: ast.expr) -> set[str]:
    """Names an annotation uses, including quoted forward references (``list["B"]``)."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Literal":
        return {"Literal"}  # its strings are values, not references
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            return used_names(ast.parse(node.value, mode="eval").body)
        except SyntaxError:
            return set()
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Field":
        return {"Field"}  # descriptions, patterns and examples are values
    names: set[str] = set()
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.expr):
            names |= used_names(child)
        elif isinstance(child, ast.keyword):
            names |= used_names(child.value)
    return names


def index_classes(source: str) -> dict[str, ModelClass]:
    """Read the classes, fields, annotations and defaults out of generated model source."""
    return _index(ast.parse(source).body, {})


def _index(statements: list[ast.stmt], aliases: Mapping[int, str]) -> dict[str, ModelClass]:
    """The index of a module's top-level statements; those in ``aliases`` are read as aliases."""
    classes: dict[str, ModelClass] = {}
    for i, node in enumerate(statements):
        if i in aliases and isinstance(node, ast.ClassDef):
            classes[node.name] = ModelClass(node.name, (), None, is_alias=True)
            continue
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            name = node.targets[0].id
            classes[name] = ModelClass(name, (), None, is_alias=True)
            continue
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [ast.unparse(b) for b in node.bases]
        root = next((b[len("RootModel["):-1] for b in bases if b.startswith("RootModel[")), None)
        fields: list[Field] = []
        body = node.body
        for i, stmt in enumerate(body):
            if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
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
                if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant)
                and isinstance(doc.value.value, str) else ""
            )
            fields.append(Field(name, alias or name, annotation, default, description))
        is_enum = any(b in ("Enum", "StrEnum", "IntEnum") for b in bases)
        classes[node.name] = ModelClass(node.name, tuple(fields), root, is_enum)
    return classes


def _strip_annotated(annotation: ast.expr) -> tuple[str, str | None]:
    """``Annotated[T, Field(alias='x')]`` → (``T`` with inner Annotated stripped too, ``'x'``)."""
    alias: str | None = None
    if (isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name)
            and annotation.value.id == "Annotated" and isinstance(annotation.slice, ast.Tuple)):
        for extra in annotation.slice.elts[1:]:
            if isinstance(extra, ast.Call):
                for kw in extra.keywords:
                    if kw.arg in ("alias", "serialization_alias") and isinstance(kw.value, ast.Constant):
                        alias = str(kw.value.value)
    return ast.unparse(_Unannotate().visit(annotation)), alias


class _Unannotate(ast.NodeTransformer):
    """Replace every ``Annotated[T, ...]`` with ``T``: signatures need the type, not constraints."""

    def visit_Subscript(self, node: ast.Subscript) -> ast.expr:
        if (isinstance(node.value, ast.Name) and node.value.id == "Annotated"
                and isinstance(node.slice, ast.Tuple) and node.slice.elts):
            return self.visit(node.slice.elts[0])  # type: ignore[no-any-return]
        self.generic_visit(node)
        return node


def lines_of(source: str) -> list[str]:
    """Source lines as the parser counts them: \\r\\n, \\r and \\n end a line; U+2028 does not."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", source)
