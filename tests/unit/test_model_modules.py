"""The models package: one module per cycle of classes, loaded when a name is first read."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from generator.model_modules import ALIASES, WHOLE, split_models
from tests.security.support import minimal_spec, run_cli, write_spec

SOURCE = """\
from __future__ import annotations

from typing import Annotated, Literal
from pydantic import BaseModel, Field


Colour = Literal["red", "green"]


Shade = Annotated[Colour, Field(title="Shade")]


class Leaf(BaseModel):
    colour: Colour | None = None


class Branch(BaseModel):
    leaves: list[Leaf]
    tree: Tree | None = None


class Tree(BaseModel):
    branches: list[Branch]


Part = Annotated[Leaf | Branch, Field(union_mode="left_to_right")]


Branch.model_rebuild()
Tree.model_rebuild()
"""


# The names a client method would use directly: each keeps a module of its own.
USED = frozenset({"Part", "Tree"})


def test_a_cycle_shares_a_module_and_its_rebuilds_come_after_every_class() -> None:
    parts = split_models(SOURCE, USED)
    assert parts.exports == {
        "Branch": "_branch",
        "Colour": ALIASES,
        "Leaf": "_leaf",
        "Part": "_part",
        "Shade": ALIASES,
        "Tree": "_branch",
    }
    branch = ast.parse(parts.modules["_branch"]).body
    statements = [ast.unparse(s) for s in branch if not isinstance(s, ast.ImportFrom)]
    assert [s.split("(")[0] for s in statements] == [
        "class Branch",
        "class Tree",
        "Branch.model_rebuild",
        "Tree.model_rebuild",
    ]
    imports = {ast.unparse(s) for s in branch if isinstance(s, ast.ImportFrom)}
    assert imports == {
        "from __future__ import annotations",
        "from pydantic import BaseModel",
        "from ._leaf import Leaf",
    }


def test_aliases_of_no_class_share_one_module_and_import_only_what_they_use() -> None:
    parts = split_models(SOURCE, USED)
    aliases = parts.modules[ALIASES]
    assert "Colour = " in aliases and "Shade = " in aliases
    assert "BaseModel" not in aliases and "from ." not in aliases
    part = parts.modules["_part"]  # uses classes: a module of its own, importing them
    assert "from ._branch import Branch" in part and "from ._leaf import Leaf" in part


def test_a_group_only_one_other_group_uses_joins_its_module() -> None:
    parts = split_models(
        SOURCE
    )  # Branch and Tree: only Part uses them; Leaf: Branch and Part
    assert parts.exports == {
        "Branch": "_part",
        "Colour": ALIASES,
        "Leaf": "_leaf",
        "Part": "_part",
        "Shade": ALIASES,
        "Tree": "_part",
    }
    part = ast.parse(parts.modules["_part"]).body
    statements = [
        ast.unparse(s).split("(")[0].split(" =")[0]
        for s in part
        if not isinstance(s, ast.ImportFrom)
    ]
    assert statements == [
        "class Branch",
        "class Tree",
        "Part",
        "Branch.model_rebuild",
        "Tree.model_rebuild",
    ]  # the source's order: uses after definitions
    imports = {ast.unparse(s) for s in part if isinstance(s, ast.ImportFrom)}
    assert "from ._leaf import Leaf" in imports and not any(
        "_part" in i for i in imports
    )


def test_merging_follows_chains_and_spares_what_the_client_uses() -> None:
    source = "from pydantic import BaseModel\n\n\n" + "\n\n\n".join(
        f"class {name}(BaseModel):\n    x: {used} | None = None"
        for name, used in (
            ("Inner", "int"),
            ("Middle", "Inner"),
            ("Outer", "Middle"),
            ("Other", "Middle"),
        )
    )
    assert split_models(source).exports == {
        "Inner": "_middle",
        "Middle": "_middle",
        "Other": "_other",
        "Outer": "_outer",
    }
    chain = source.rsplit("\n\n\nclass Other", 1)[0]
    assert split_models(chain).exports == {
        "Inner": "_outer",
        "Middle": "_outer",
        "Outer": "_outer",
    }
    assert split_models(chain, frozenset({"Middle"})).exports == {
        "Inner": "_middle",
        "Middle": "_middle",
        "Outer": "_outer",
    }


def test_names_that_make_the_same_module_name_get_distinct_modules() -> None:
    source = (
        "from pydantic import BaseModel\n\n\nclass FooBar(BaseModel):\n    a: int\n\n\n"
        "class Foo_Bar(BaseModel):\n    b: int\n\n\nclass Aliases(BaseModel):\n    c: int\n"
    )
    parts = split_models(source)
    assert parts.exports == {
        "Aliases": "_aliases2",
        "FooBar": "_foo_bar",
        "Foo_Bar": "_foo_bar2",
    }


def test_an_unknown_statement_keeps_the_models_whole() -> None:
    source = SOURCE + "\nprint('a statement the tool never writes')\n"
    parts = split_models(source)
    assert parts.modules == {WHOLE: source}
    assert set(parts.exports.values()) == {WHOLE} and "Tree" in parts.exports


def test_the_same_source_splits_the_same_way() -> None:
    assert split_models(SOURCE) == split_models(SOURCE)


def _recursive_spec() -> dict[str, Any]:
    spec = minimal_spec()
    spec["components"]["schemas"].update(
        {
            "Node": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "children": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Node"},
                    },
                    "owner": {"$ref": "#/components/schemas/Person"},
                },
            },
            "Person": {
                "type": "object",
                "properties": {
                    "nodes": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Node"},
                    },
                    "mood": {"$ref": "#/components/schemas/Mood"},
                },
            },
            "Mood": {"type": "string", "enum": ["calm", "busy"]},
        }
    )
    return spec


def test_a_generated_package_loads_each_model_with_what_it_uses(
    tmp_path: Path, capsys: Any
) -> None:
    spec = write_spec(tmp_path / "spec" / "openapi.yaml", _recursive_spec())
    out = tmp_path / "out"
    run = run_cli(
        capsys,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        "lazy",
    )
    assert run.code == 0, run.err
    probe = textwrap.dedent("""
        import json, sys
        import lazy, lazy.models
        loaded = lambda: sorted(m for m in sys.modules if m.startswith("lazy"))
        report = {"import": loaded(), "heavy": [m for m in ("httpx", "pydantic") if m in sys.modules]}
        node = lazy.models.Node.model_validate(
            {"name": "a", "children": [{"name": "b"}], "owner": {"mood": "calm", "nodes": []}})
        report["node"] = node.children[0].name + node.owner.mood
        report["after_node"] = loaded()
        report["thing"] = lazy.models.Thing(id="x").id
        report["dir"] = "Person" in dir(lazy.models)
        try:
            lazy.models.Nothing
        except AttributeError as err:
            report["missing"] = str(err)
        client = next(name for name, module in lazy._MODULES.items() if module == "_client")
        report["client"] = getattr(lazy, client).__module__, "httpx" in sys.modules
        print(json.dumps(report))
    """)
    proc = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(out / "src")},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    # Importing the package and its models loads neither a model nor httpx and pydantic.
    assert report["import"] == ["lazy", "lazy._version", "lazy.models"]
    assert report["heavy"] == []
    assert report["node"] == "bcalm"
    # Node and Person refer to each other: one module; Mood is an alias of no class.
    assert report["after_node"] == [
        "lazy",
        "lazy._models",
        "lazy._version",
        "lazy.models",
        "lazy.models._aliases",
        "lazy.models._node",
    ]
    assert report["thing"] == "x"
    assert report["dir"] is True
    assert report["missing"] == "module 'lazy.models' has no attribute 'Nothing'"
    assert report["client"] == [
        "lazy._client",
        True,
    ]  # reading a client loads it, and httpx
