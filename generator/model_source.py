"""Our edits to datamodel-code-generator's output, made on the lines of its ``ast`` tree."""

from __future__ import annotations

import ast
import re

from generator.model_index import Models, index
from generator.model_unions import (
    TAGGED_IMPORTS,
    literal_fields,
    tagged_union,
    union_in_order,
)

# Fields named model_* are renamed by the tool (model_dump → model_dump_); pydantic would still
# warn about its protected namespace on every import. defer_build: pydantic builds a model's
# validator when the model is first used, not at import (as openai-python's BaseModel does), so
# importing the models of a large API costs less and a program pays only for what it uses.
_CONFIG = "model_config = ConfigDict("
_CONFIG_NEW = "model_config = ConfigDict(protected_namespaces=(), defer_build=True, "


def _base_model_from_runtime(lines: list[str], tree: ast.Module) -> None:
    """Import ``BaseModel`` from the runtime (``.._models``) instead of from pydantic."""
    for node in tree.body:
        if (
            isinstance(node, ast.ImportFrom)
            and node.module == "pydantic"
            and not node.level
        ):
            names = [
                a for a in node.names if a.name == "BaseModel" and a.asname is None
            ]
            if not names or node.lineno != node.end_lineno:
                continue
            rest = [a.name for a in node.names if a.name != "BaseModel"]
            line = node.lineno - 1
            kept = f"from pydantic import {', '.join(rest)}\n" if rest else ""
            lines[line] = kept + "from .._models import BaseModel\n"


def _configure_at(lines: list[str], statements: list[ast.stmt]) -> None:
    """Add our settings on the line of each class's ``model_config = ConfigDict(...)``."""
    for node in statements:
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                if _is_config(statement):
                    at = statement.lineno - 1
                    lines[at] = lines[at].replace(_CONFIG, _CONFIG_NEW, 1)


def _is_config(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Name)
        and statement.targets[0].id == "model_config"
        and isinstance(statement.value, ast.Call)
        and isinstance(statement.value.func, ast.Name)
        and statement.value.func.id == "ConfigDict"
    )


def edit(source: str) -> Models:
    """The tool's source with our edits, and its class index, read from one ``ast`` tree.

    The edits, each made on the source lines the tree locates:

    - a root model wrapping a plain type becomes a type alias (``X = Annotated[T, ...]``), so
      users pass and receive plain values and mypy sees the real type;
    - ``Field(alias="from")`` becomes ``validation_alias=``/``serialization_alias=``, so type
      checkers accept the Python name (``from_=``) while JSON keeps the wire name;
    - every model's ``ConfigDict`` gets our settings (``defer_build``: a model's validator is
      built on first use, so importing the models of a large API costs little);
    - an undiscriminated union of models is read left to right, in the spec's order;
    - models derive from the runtime's ``BaseModel`` (``_models``: pydantic's, plus what an
      answer carried beside them), not from pydantic's directly.
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
            if (
                isinstance(node.func, ast.Attribute)
                and node.func.attr == "model_rebuild"
                and isinstance(node.func.value, ast.Name)
            ):
                rebuilt.add(node.func.value.id)
            elif isinstance(node.func, ast.Name) and node.func.id == "Field":
                calls.extend(
                    (node, kw)
                    for kw in node.keywords
                    if kw.arg == "alias" and isinstance(kw.value, ast.Constant)
                )
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
            call.keywords[at : at + 1] = [
                ast.keyword("validation_alias", kw.value),
                ast.keyword("serialization_alias", kw.value),
            ]
    _split_at(lines, spots)
    _configure_at(lines, kept)  # before the alias lines below change the line numbers
    for i in sorted(aliases, reverse=True):
        text = aliases[i]
        lines[
            first_line(tree.body[i]) : tree.body[i].end_lineno or tree.body[i].lineno
        ] = [_split_alias_line(text) if "alias" in text else text]
    if any("Discriminator(tag_by(" in text for text in aliases.values()):
        last_import = max(
            (
                n.end_lineno or n.lineno
                for n in tree.body
                if isinstance(n, ast.ImportFrom)
            ),
            default=0,
        )
        imported = {
            a.asname or a.name
            for n in tree.body
            if isinstance(n, ast.ImportFrom)
            for a in n.names
        }
        needed = [
            line
            for line in TAGGED_IMPORTS
            if line.split(" import ")[1].strip() not in imported
        ]
        lines[last_import:last_import] = needed
    _base_model_from_runtime(lines, tree)
    return Models("".join(lines), index(tree.body, aliases))


_TYPING_NAMES = frozenset(
    {
        "Annotated",
        "Literal",
        "Any",
        "Field",
        "None",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "dict",
        "set",
        "tuple",
        "AwareDatetime",
        "datetime",
        "date",
        "time",
        "timedelta",
        "UUID",
        "Decimal",
        "AnyUrl",
        "EmailStr",
        "NaiveDatetime",
        "AnyHttpUrl",
        "Base64Str",
        "SecretStr",
    }
)


def _root_aliases(tree: ast.Module, rebuilt: set[str]) -> dict[int, str]:
    """Which top-level root model classes become aliases: statement index → the alias line."""
    defined: set[str] = set()
    models: set[str] = set()  # BaseModel classes that stay classes
    literals: dict[str, dict[str, tuple[object, ...]]] = (
        {}
    )  # class → wire field → values
    aliases: dict[int, str] = {}
    for i, node in enumerate(tree.body):
        if isinstance(node, ast.ClassDef):
            inherited: dict[str, tuple[object, ...]] = {}
            for base in reversed(node.bases):  # the first base wins, as in Python's MRO
                if isinstance(base, ast.Name):
                    inherited.update(literals.get(base.id, {}))
            literals[node.name] = {**inherited, **literal_fields(node)}
            root = next(
                (
                    s
                    for s in node.body
                    if isinstance(s, ast.AnnAssign)
                    and isinstance(s.target, ast.Name)
                    and s.target.id == "root"
                ),
                None,
            )
            is_root = any(ast.unparse(b).startswith("RootModel[") for b in node.bases)
            if (
                is_root
                and root is not None
                and node.name not in rebuilt
                and (node.name not in used_names(root.annotation))
                and (used_names(root.annotation) <= defined | _TYPING_NAMES)
            ):
                annotation = _without_field_only(root.annotation)
                alias = tagged_union(annotation, models, literals) or union_in_order(
                    annotation, classes=models
                )
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


def _split_alias_line(source: str) -> str:
    """``Field(alias='x')`` → ``Field(validation_alias='x', serialization_alias='x')`` in one
    alias statement (``edit`` makes the same change in class bodies through the tree).
    """
    lines = lines_of(source)
    spots: list[tuple[int, int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Field"
        ):
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
_FIELD_ONLY = frozenset(
    {
        "default",
        "default_factory",
        "validate_default",
        "alias",
        "validation_alias",
        "serialization_alias",
    }
)


def _without_field_only(annotation: ast.expr) -> ast.expr:
    """Drop field-only ``Field()`` arguments from a root annotation that becomes an alias."""
    if not (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        return annotation
    kept: list[ast.expr] = [annotation.slice.elts[0]]
    for extra in annotation.slice.elts[1:]:
        if (
            isinstance(extra, ast.Call)
            and isinstance(extra.func, ast.Name)
            and extra.func.id == "Field"
        ):
            keywords = [k for k in extra.keywords if k.arg not in _FIELD_ONLY]
            if not keywords and not extra.args:
                continue
            extra = ast.Call(func=extra.func, args=extra.args, keywords=keywords)
        kept.append(extra)
    if len(kept) == 1:
        return kept[0]
    return ast.Subscript(
        value=annotation.value,
        slice=ast.Tuple(elts=kept, ctx=ast.Load()),
        ctx=ast.Load(),
    )


def used_names(node: ast.expr) -> set[str]:
    """Names an annotation uses, including quoted forward references (``list["B"]``)."""
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Literal"
    ):
        return {"Literal"}  # its strings are values, not references
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            return used_names(ast.parse(node.value, mode="eval").body)
        except SyntaxError:
            return set()
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Field"
    ):
        return {"Field"}  # descriptions, patterns and examples are values
    names: set[str] = set()
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.expr):
            names |= used_names(child)
        elif isinstance(child, ast.keyword):
            names |= used_names(child.value)
    return names


def lines_of(source: str) -> list[str]:
    """Source lines as the parser counts them: \\r\\n, \\r and \\n end a line; U+2028 does not."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", source)
