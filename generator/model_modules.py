"""Cut the models module into small modules that load on first use.

pydantic's metaclass runs for every class at import, so one ``models.py`` makes a program that
uses one model pay for all of them (bench rows "import, clients and one model" and "import
every module" in docs/benchmarks.md). Here each group of classes
that refer to each other in a cycle gets a module of its own, which imports the modules it
refers to. A group that only one other group uses (an inline object of one schema) joins that
group's module, as the Stainless-generated SDKs keep nested types beside their parent. Aliases
that use no class (``Literal`` choices, constrained strings) share one cheap module.
``models/__init__.py`` then maps each public name to its module and imports it when the
name is first read, so a program builds the models it uses and what they refer to, no more.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from generator import naming
from generator.model_source import first_line, lines_of, used_names

HEADER = "# Part of the models package: import from it, not from here. Generated; do not edit."
ALIASES = "_aliases"  # the module of the aliases that use no class
WHOLE = (
    "_models"  # the one module when the source holds a statement not understood here
)


@dataclass(frozen=True, slots=True)
class ModelModules:
    """The modules of the models package: module → source, and module → the names it defines."""

    modules: Mapping[str, str]
    names: Mapping[
        str, tuple[str, ...]
    ]  # each tuple sorted, as the package imports them

    @property
    def exports(self) -> dict[str, str]:
        """Public name → its module, sorted by name."""
        return dict(
            sorted(
                (name, module) for module, names in self.names.items() for name in names
            )
        )


@dataclass(slots=True)
class _Unit:
    """Top-level statements that define one name (or one class and its ``model_rebuild()``)."""

    name: str
    statements: list[ast.stmt]
    is_class: bool
    reads: set[str]  # every name its statements read
    uses: set[str] = field(default_factory=set)  # the other units among them


def split_models(source: str, standalone: frozenset[str] = frozenset()) -> ModelModules:
    """The models package for a finished models ``source`` (``model_source.edit``).

    ``standalone`` names models the client's methods use directly: each keeps a module named
    after it even if only one other model refers to it.
    """
    tree = ast.parse(source)
    lines = lines_of(source)
    imports: list[ast.ImportFrom] = []
    units: dict[str, _Unit] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            if node.module != "__future__":
                imports.append(node)
        elif (name := _defined(node)) is not None and name not in units:
            units[name] = _Unit(
                name, [node], isinstance(node, ast.ClassDef), _reads(node)
            )
        elif (target := _rebuilt(node)) in units:
            units[target].statements.append(node)
            units[target].reads |= _reads(node)
        else:  # a statement the tool never wrote before: keep the models whole rather than guess
            return _whole(source, tree)
    for unit in units.values():
        unit.uses = {n for n in unit.reads if n in units and n != unit.name}
    groups = _components(units)
    light = _light(groups, units)
    position = {name: i for i, name in enumerate(units)}
    owned = _join_owned(groups, units, light, standalone)
    members = _modules(sorted(owned, key=lambda g: position[g[0]]), light)
    exports = {name: module for module, names in members.items() for name in names}
    texts = {
        module: _module_text(lines, imports, [units[n] for n in names], exports, module)
        for module, names in members.items()
    }
    return ModelModules(
        dict(sorted(texts.items())),
        {module: tuple(sorted(members[module])) for module in sorted(members)},
    )


def _defined(node: ast.stmt) -> str | None:
    """The one name a class, ``X = ...`` or ``X: T = ...`` statement defines."""
    if isinstance(node, ast.ClassDef):
        return node.name
    if (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
    ):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def _rebuilt(node: ast.stmt) -> str | None:
    """``X`` for the statement ``X.model_rebuild()``."""
    if (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr == "model_rebuild"
        and isinstance(node.value.func.value, ast.Name)
    ):
        return node.value.func.value.id
    return None


def _reads(node: ast.stmt) -> set[str]:
    """Every name a statement reads, quoted forward references in annotations included."""
    names: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            names.add(child.id)
        elif isinstance(child, ast.AnnAssign):
            names |= used_names(child.annotation)
        elif isinstance(child, ast.Assign):
            names |= used_names(child.value)
    return names


def _components(units: Mapping[str, _Unit]) -> list[list[str]]:
    """Strongly connected components (Tarjan, iterative), dependencies first, each in source order.

    Classes that refer to each other in a cycle must share a module: Python cannot import two
    modules that each import a name from the other.
    """
    order = {name: i for i, name in enumerate(units)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in units:
        if root in index:
            continue
        work = [(root, iter(sorted(units[root].uses, key=order.__getitem__)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            name, edges = work[-1]
            step = next(edges, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append(
                        (step, iter(sorted(units[step].uses, key=order.__getitem__)))
                    )
                elif step in on_stack:
                    low[name] = min(low[name], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[name])
            if low[name] == index[name]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == name:
                        break
                found.append(sorted(component, key=order.__getitem__))
    return found


def _light(groups: list[list[str]], units: Mapping[str, _Unit]) -> set[str]:
    """Names whose definition, and everything it refers to, holds no class: cheap to import.

    ``groups`` come dependencies first, so one pass decides.
    """
    light: set[str] = set()
    for group in groups:
        if all(not units[n].is_class and units[n].uses <= light for n in group):
            light.update(group)
    return light


def _join_owned(
    groups: list[list[str]],
    units: Mapping[str, _Unit],
    light: set[str],
    standalone: frozenset[str],
) -> list[list[str]]:
    """``groups`` with each group that exactly one other group uses merged into that group.

    Importing the user imports the group anyway, so sharing a module costs nothing there and
    spares a module's header and imports. Merging follows chains (an inline object of an inline
    object joins the outermost). The modules still import each other without a cycle: only the
    owning group is used from outside its module, so a cycle between modules would be a cycle
    between groups, which ``_components`` already merged. ``groups`` come dependencies first.
    """
    group_of = {name: i for i, group in enumerate(groups) for name in group}
    users: list[set[int]] = [set() for _ in groups]
    for i, group in enumerate(groups):
        for name in group:
            for used in units[name].uses:
                if group_of[used] != i:
                    users[group_of[used]].add(i)
    owner = list(range(len(groups)))
    for i in reversed(
        range(len(groups))
    ):  # users before what they use: owners are final
        if (
            len(users[i]) == 1
            and groups[i][0] not in light
            and standalone.isdisjoint(groups[i])
        ):
            owner[i] = owner[next(iter(users[i]))]
    merged: dict[int, list[str]] = {i: list(groups[i]) for i in sorted(set(owner))}
    for i, group in enumerate(groups):
        if owner[i] != i:
            merged[owner[i]].extend(group)
    return list(merged.values())  # each led by its owner's names, which name the module


def _modules(groups: list[list[str]], light: set[str]) -> dict[str, list[str]]:
    """Module → the names it defines; a module is named after its first name (its owner's)."""
    taken = {ALIASES, WHOLE}
    members: dict[str, list[str]] = {}
    for group in groups:  # in source order of their first names: deterministic
        module = (
            ALIASES
            if group[0] in light
            else naming.unique("_" + naming.module_name(group[0]), taken)
        )
        members.setdefault(module, []).extend(group)
    return members


def _module_text(
    lines: list[str],
    imports: Iterable[ast.ImportFrom],
    members: list[_Unit],
    exports: Mapping[str, str],
    module: str,
) -> str:
    """One module: header, the imports its statements use, then the statements as written."""
    uses = set().union(*(unit.reads for unit in members))
    head = [HEADER, "", "from __future__ import annotations", ""]
    for node in imports:
        kept = [a for a in node.names if (a.asname or a.name) in uses]
        if kept:
            listed = ", ".join(
                a.name if a.asname is None else f"{a.name} as {a.asname}" for a in kept
            )
            head.append(f"from {'.' * node.level}{node.module or ''} import {listed}")
    siblings: dict[str, list[str]] = {}
    defined = {unit.name for unit in members}
    for name in sorted(uses - defined):
        if name in exports and exports[name] != module:
            siblings.setdefault(exports[name], []).append(name)
    if siblings:
        head.append("")
    for sibling, names in sorted(siblings.items()):
        head.append(f"from .{sibling} import {', '.join(names)}")
    # Definitions first, then the ``model_rebuild()`` calls: a rebuild needs every class of
    # its cycle defined.
    statements = sorted(
        (s for unit in members for s in unit.statements),
        key=lambda s: (_rebuilt(s) is not None, s.lineno),
    )
    body = [
        "".join(lines[first_line(s) : s.end_lineno or s.lineno]) for s in statements
    ]
    return "\n".join(head) + "\n\n\n" + "\n\n".join(body)


def _whole(source: str, tree: ast.Module) -> ModelModules:
    """Everything in one module: the fallback for a statement this module does not know."""
    names = {name for node in tree.body if (name := _defined(node)) is not None}
    return ModelModules({WHOLE: source}, {WHOLE: tuple(sorted(names))})
