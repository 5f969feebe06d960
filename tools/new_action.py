"""Scaffold the spec file of a new ContactSwing action type and register it in the root spec.

ContactSwing-only tooling (it knows the spec's action registry by name), kept out of the
generic generator: ``python -m tools.new_action END_CALL`` (``make new-action TYPE=END_CALL``).

The root spec is edited as text: new lines are inserted beside the existing entries, so the
user's comments, quoting and layout survive untouched. PyYAML's composer is used only to find
where those entries are (its nodes carry line and column marks); nothing is dumped.

A type has two schemas: its create body, ``actions/<name>.yaml``, and (when the spec has the
read-back union) its read variant, ``actions/read/<name>.yaml``, which is the create body plus
the server-added fields (``allOf`` with ``common.yaml#/ActionReadFields``). Registering them
means entries in ``components.schemas``: a ``$ref`` in ``CreateActionRequest.oneOf`` and a
``TYPE_NAME: ref`` pair in its ``discriminator.mapping``; and, when the spec has it, a ``$ref``
to the read variant in the read-back ``Action.anyOf``, before ``UnknownAction`` so the fallback
stays last, with its pair in ``Action.discriminator.mapping`` (``UnknownAction`` stays unmapped).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator import naming
from generator.errors import ConfigError

__all__ = ["scaffold_action"]

_TYPE_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_REQUEST, _READ_BACK, _FALLBACK = "CreateActionRequest", "Action", "UnknownAction"
_READ_FIELDS = "ActionReadFields"  # the server-added fields, in common.yaml


@dataclass(frozen=True, slots=True)
class _Insert:
    """One line to add before the 0-based line ``index`` of the original text."""

    index: int
    line: str


def scaffold_action(spec: Path, type_name: str, name: str | None = None) -> Path:
    """Write ``actions/<name>.yaml`` (and its read variant) beside ``spec``, register
    ``type_name`` in ``spec``; return the create schema's file.

    Raises ``ConfigError`` (and changes nothing) when the names are malformed, the type or the
    file already exists, or the spec lacks the entries a new type is registered in.
    """
    if not _TYPE_NAME.match(type_name):
        raise ConfigError(
            f"action type {type_name!r} is not UPPER_SNAKE_CASE; use capital letters, "
            "digits and single underscores, starting with a letter (e.g. SEND_FAX)"
        )
    name = type_name.lower() if name is None else name
    if not _NAME.match(name):
        raise ConfigError(
            f"action name {name!r} is not snake_case; use lower-case letters, digits "
            "and single underscores, starting with a letter (e.g. send_fax)"
        )
    text = _read(spec)
    root = _compose(spec, text)
    schemas = _child(root, "components", "schemas")
    if not isinstance(schemas, yaml.MappingNode):
        raise ConfigError(
            f"{spec}: there is no components.schemas mapping to register {type_name} in"
        )
    request = _child(schemas, _REQUEST)
    members = _child(request, "oneOf")
    mapping = _child(request, "discriminator", "mapping")
    where = f"{spec}: components.schemas.{_REQUEST}"
    if not isinstance(members, yaml.SequenceNode) or not isinstance(
        mapping, yaml.MappingNode
    ):
        raise ConfigError(
            f"{where} needs a oneOf list and a discriminator mapping to register "
            f"{type_name} in; add them, or register the new file by hand"
        )

    ref = f"./actions/{name}.yaml"
    target = spec.parent / "actions" / f"{name}.yaml"
    title = f"{naming.pascal(name)}Action"
    if type_name in _keys(mapping):
        raise ConfigError(
            f"{where}.discriminator.mapping already has {type_name}; "
            "choose another type name or edit the existing action"
        )
    if target.exists():
        raise ConfigError(
            f"{target} already exists; pass --name to choose another file name"
        )
    if ref in _refs(members):
        raise ConfigError(
            f"{where}.oneOf already refers to {ref}; pass --name to choose another"
        )
    read_back = _child(_child(schemas, _READ_BACK), "anyOf")
    read_mapping = _child(_child(schemas, _READ_BACK), "discriminator", "mapping")
    read_where = f"{spec}: components.schemas.{_READ_BACK}"
    has_read = isinstance(read_back, yaml.SequenceNode)
    read_ref = f"./actions/read/{name}.yaml"
    read_target = spec.parent / "actions" / "read" / f"{name}.yaml"
    read_title = f"{title}Read"
    existing = _keys(schemas) | _titles(target.parent) | _titles(read_target.parent)
    for new_title in (title, read_title) if has_read else (title,):
        if new_title in existing:
            raise ConfigError(
                f"a schema titled {new_title} already exists, so the new model's class "
                "name would clash; pass --name to choose another"
            )
    if has_read and read_target.exists():
        raise ConfigError(
            f"{read_target} already exists; pass --name to choose another file name"
        )
    if isinstance(read_back, yaml.SequenceNode) and read_ref in _refs(read_back):
        raise ConfigError(
            f"{read_where}.anyOf already refers to {read_ref}; pass --name to choose "
            "another"
        )
    if isinstance(read_mapping, yaml.MappingNode) and type_name in _keys(read_mapping):
        raise ConfigError(
            f"{read_where}.discriminator.mapping already has {type_name}; "
            "choose another type name or edit the existing action"
        )
    _check_common(spec.parent / "common.yaml", with_read_fields=has_read)

    lines = text.splitlines(keepends=True)
    inserts = [
        _append(lines, members, f"$ref: {ref}", f"{where}.oneOf"),
        _add_pair(
            lines,
            mapping,
            f"{_scalar(type_name)}: {ref}",
            f"{where}.discriminator.mapping",
        ),
    ]
    if isinstance(read_back, yaml.SequenceNode):
        inserts.append(
            _before_fallback(
                lines, read_back, f"$ref: {read_ref}", f"{read_where}.anyOf"
            )
        )
    if has_read and isinstance(read_mapping, yaml.MappingNode):
        inserts.append(
            _add_pair(
                lines,
                read_mapping,
                f"{_scalar(type_name)}: {read_ref}",
                f"{read_where}.discriminator.mapping",
            )
        )
    edited = _apply(lines, inserts, _newline(text))

    written: list[Path] = []
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8", newline="") as handle:
            written.append(target)
            handle.write(_variant_file(type_name, name, title))
        if has_read:
            read_target.parent.mkdir(parents=True, exist_ok=True)
            with read_target.open("x", encoding="utf-8", newline="") as handle:
                written.append(read_target)
                handle.write(_read_variant_file(type_name, name, read_title))
        _replace(spec, edited)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return target


def _variant_file(type_name: str, name: str, title: str) -> str:
    """The new action's schema: the shared fields, room for its own, and an example."""
    label = " ".join(w.capitalize() for w in naming.words(name))
    kind = _scalar(type_name)
    return f"""\
title: {title}
description: >-
  TODO: say what a {type_name} action makes the assistant do, and when.
type: object
required:
  - name
  - description
  - action_timing
  - type
properties:
  name:
    description: Human-readable label shown for the action.
    type: string
    examples:
      - My {label} Action
  description:
    description: What the action is for; the assistant uses it to decide when to run it.
    type: string
  action_timing:
    description: When in the conversation the action may run.
    $ref: ../common.yaml#/ActionTiming
  type:
    description: Discriminator value selecting the {type_name} action kind.
    type: string
    const: {kind}
  # TODO: the fields of a {type_name} action go here, each with a description, e.g.
  #
  # webhook:
  #   title: {naming.pascal(name)}Webhook
  #   description: Settings of the {type_name} action.
  #   type: object
  #   required:
  #     - url
  #   properties:
  #     url:
  #       description: Address the action calls.
  #       type: string
examples:
  - name: My {label} Action
    description: Run this action when the caller asks for it.
    action_timing: DURING
    type: {kind}
x-note: >-
  Scaffolded by `python -m tools.new_action {type_name}`. Replace the TODOs, add the
  type's own fields and extend the example, then run `make generate`.
"""


def _read_variant_file(type_name: str, name: str, title: str) -> str:
    """The new action's read-back schema: its create body plus the server-added fields."""
    return f"""\
title: {title}
description: >-
  A {type_name} action as read back from the server: the fields it was created with, plus
  the identifier and status the server keeps with every action.
allOf:
  - $ref: ../{name}.yaml
  - $ref: ../../common.yaml#/{_READ_FIELDS}
"""


# ---- reading ------------------------------------------------------------------------------


def _read(spec: Path) -> str:
    try:
        # newline="": keep \r\n as it is, so the lines we add can match the file's own.
        with spec.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except OSError as err:
        raise ConfigError(
            f"{spec}: cannot read the spec ({err.strerror}); pass --spec"
        ) from err
    except UnicodeDecodeError as err:
        raise ConfigError(f"{spec}: not UTF-8 text ({err.reason})") from err


def _compose(spec: Path, text: str) -> yaml.Node:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = (
            f"{spec}:{mark.line + 1}:{mark.column + 1}"
            if mark is not None
            else str(spec)
        )
        raise ConfigError(
            f"{at}: not valid YAML ({getattr(err, 'problem', err)}); fix it "
            "before scaffolding"
        ) from err
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{spec}: the spec is not a YAML mapping")
    return node


def _child(node: yaml.Node | None, *keys: str) -> yaml.Node | None:
    """The node under ``keys`` in nested mappings, or None."""
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            return None
        node = next(
            (
                v
                for k, v in node.value
                if isinstance(k, yaml.ScalarNode) and k.value == key
            ),
            None,
        )
    return node


def _keys(node: yaml.MappingNode) -> set[str]:
    return {str(k.value) for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def _refs(node: yaml.SequenceNode) -> list[str]:
    return [
        str(ref.value)
        for item in node.value
        if isinstance(ref := _child(item, "$ref"), yaml.ScalarNode)
    ]


def _titles(folder: Path) -> set[str]:
    """The ``title`` of every action file already in ``folder``."""
    titles = set()
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        match = re.search(
            r"^title:\s*['\"]?([^'\"\n#]+?)['\"]?\s*(?:#.*)?$",
            path.read_text(encoding="utf-8"),
            re.MULTILINE,
        )
        if match:
            titles.add(match.group(1))
    return titles


def _check_common(common: Path, *, with_read_fields: bool) -> None:
    """The scaffold refers to ``common.yaml#/ActionTiming`` (and, for the read variant,
    ``#/ActionReadFields``); they must be there."""
    try:
        document = yaml.safe_load(common.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(
            f"{common}: cannot read it ({err}); the new action's action_timing "
            "refers to its ActionTiming schema"
        ) from err
    if not isinstance(document, dict) or "ActionTiming" not in document:
        raise ConfigError(
            f"{common} has no top-level ActionTiming schema; the new action's "
            "action_timing refers to it"
        )
    if with_read_fields and _READ_FIELDS not in document:
        raise ConfigError(
            f"{common} has no top-level {_READ_FIELDS} schema; the new action's read "
            "variant (the Action union's member) refers to it"
        )


# ---- editing ------------------------------------------------------------------------------


def _last_line(node: yaml.Node) -> int:
    """0-based line of the last character that belongs to ``node``."""
    if isinstance(node, yaml.MappingNode) and node.value and not node.flow_style:
        return _last_line(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        return _last_line(node.value[-1])
    end = node.end_mark
    # Block scalars (| and >) end at the start of the line after their text.
    return (
        int(end.line) - 1
        if end.column == 0 and end.line > node.start_mark.line
        else int(end.line)
    )


def _item_prefix(lines: list[str], item: yaml.Node, where: str) -> str:
    """The ``    - `` in front of a block-list item, reused for the new item."""
    line = lines[item.start_mark.line]
    prefix = line[: item.start_mark.column]
    if not re.fullmatch(r"[ ]*-[ ]+", prefix):
        raise ConfigError(
            f"{where} is not a block list with one item per line; add the new "
            "entry by hand or rewrite the list in block style"
        )
    return prefix


def _append(
    lines: list[str], seq: yaml.SequenceNode, entry: str, where: str
) -> _Insert:
    if seq.flow_style or not seq.value:
        raise ConfigError(
            f"{where} is empty or written inline ([...]); write it as a block list"
        )
    last = seq.value[-1]
    return _Insert(_last_line(last) + 1, _item_prefix(lines, last, where) + entry)


def _before_fallback(
    lines: list[str], seq: yaml.SequenceNode, entry: str, where: str
) -> _Insert:
    """Before the ``UnknownAction`` item (and the comment lines just above it), else at the end."""
    if seq.flow_style or not seq.value:
        raise ConfigError(
            f"{where} is empty or written inline ([...]); write it as a block list"
        )
    for position, item in enumerate(seq.value):
        ref = _child(item, "$ref")
        if isinstance(ref, yaml.ScalarNode) and str(ref.value).endswith(
            f"/{_FALLBACK}"
        ):
            index = item.start_mark.line
            floor = (
                _last_line(seq.value[position - 1]) + 1
                if position
                else seq.start_mark.line
            )
            while index > floor and lines[index - 1].lstrip().startswith("#"):
                index -= 1
            return _Insert(index, _item_prefix(lines, item, where) + entry)
    return _append(lines, seq, entry, where)


def _add_pair(
    lines: list[str], mapping: yaml.MappingNode, entry: str, where: str
) -> _Insert:
    if mapping.flow_style or not mapping.value:
        raise ConfigError(
            f"{where} is empty or written inline ({{...}}); write it as a block mapping"
        )
    key, value = mapping.value[-1]
    prefix = lines[key.start_mark.line][: key.start_mark.column]
    if prefix.strip():
        raise ConfigError(
            f"{where} is not a block mapping with one pair per line; add the new "
            "pair by hand"
        )
    return _Insert(_last_line(value) + 1, prefix + entry)


def _apply(lines: list[str], inserts: list[_Insert], newline: str) -> str:
    edited = list(lines)
    # From the bottom up, so earlier indexes stay valid; equal indexes keep their order.
    for insert in sorted(inserts, key=lambda i: i.index, reverse=True):
        if insert.index > 0 and not edited[insert.index - 1].endswith(("\n", "\r")):
            edited[insert.index - 1] += newline
        edited.insert(insert.index, insert.line + newline)
    return "".join(edited)


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _scalar(value: str) -> str:
    """``value`` as a YAML scalar that reads back as that string (YES, NO, ON... get quotes)."""
    if yaml.safe_load(f"k: {value}") == {"k": value}:
        return value
    return json.dumps(value)


def _replace(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, keeping its permissions."""
    mode = path.stat().st_mode & 0o7777
    fd, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    """``python -m tools.new_action TYPE_NAME [--name NAME] [--spec SPEC]``."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="python -m tools.new_action",
        description="Scaffold spec/actions/<name>.yaml for a new ContactSwing action type and "
        "register it in the spec.",
    )
    parser.add_argument(
        "type_name", metavar="TYPE_NAME", help="the action's type value, UPPER_SNAKE"
    )
    parser.add_argument(
        "--name",
        help="snake_case file and method name (default: TYPE_NAME lower-cased)",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml",
        help="the root spec to register the type in (default: the project's)",
    )
    args = parser.parse_args(argv)
    try:
        path = scaffold_action(args.spec, args.type_name, args.name)
    except ConfigError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(
        f"wrote {path} (and its read variant, when the spec has the read-back union) and "
        f"registered {args.type_name} in {args.spec}; fill in its TODOs, then run "
        "`make generate`",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
