"""Bundle a spec's relative ``$ref`` files into one document whose every ``$ref`` is local.

Files referenced from the root are confined to the root file's folder; remote and
``file://`` references are refused before anything could follow them. Schemas from other
files are hoisted into ``components/schemas`` under their ``title`` (or the last pointer
segment), so each becomes one named model; other referenced objects are inlined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Problem, SpecError
from generator.spec import pointer as jp
from generator.spec.keywords import Kind, Many, entry
from generator.spec.read import MAX_BYTES, MAX_DEPTH, display_name, parse_text
from generator.spec.sourcemap import SourceMap

__all__ = ["MAX_NODES", "Bundler"]

# Aliases make a small YAML file describe a huge tree; refuse trees larger than this.
MAX_NODES = 1_000_000


@dataclass
class Bundler:
    """Walks the root document, following relative file refs and rebuilding every node.

    Each node is walked knowing what kind of object it is (``keywords.STRUCTURE``), so a
    ``$ref`` standing where a schema goes hoists that file's schema into a component, any
    other file reference is inlined, and data (examples, defaults) is copied as it is.
    """

    root: Path
    sources: SourceMap
    files: set[Path] = field(default_factory=set)
    raw: dict[Path, bytes] = field(default_factory=dict)
    _data: dict[Path, Any] = field(default_factory=dict)
    _hoisted: dict[tuple[Path, str], str] = field(default_factory=dict)
    _schemas: dict[str, Any] = field(default_factory=dict)
    _inlining: list[tuple[Path, str]] = field(default_factory=list)
    _nodes: int = 0
    problems: list[Problem] = field(default_factory=list)

    def bundle(self) -> dict[str, Any]:
        data = self._read(self.root, self.root, "")
        if not isinstance(data, dict):
            raise SpecError(
                [
                    Problem(
                        display_name(self.root),
                        1,
                        1,
                        "#",
                        "the document is not a mapping",
                        "an OpenAPI document starts with `openapi: 3.1.0`",
                    )
                ]
            )
        document = self._walk(data, self.root, "", Kind.DOCUMENT, 0)
        if self._schemas:
            components = document.setdefault("components", {})
            schemas = (
                components.setdefault("schemas", {})
                if isinstance(components, dict)
                else {}
            )
            if isinstance(schemas, dict):
                for name, schema in self._schemas.items():
                    if name in schemas:
                        self._problem(
                            self.root,
                            jp.join("/components/schemas", name),
                            f"a schema from another file is also named {name!r}",
                            "give one of them a different `title`",
                        )
                    else:
                        schemas[name] = schema
        if self.problems:
            raise SpecError(self.problems)
        assert isinstance(document, dict)
        return document

    def _read(self, path: Path, referrer: Path, pointer: str) -> Any:
        if path not in self._data:
            try:
                if path.stat().st_size > MAX_BYTES:  # refused before a byte is read
                    raise SpecError(
                        [
                            self._make(
                                path,
                                "",
                                f"the file is larger than " f"{MAX_BYTES >> 20} MiB",
                                "split it into files " "referenced with $ref",
                            )
                        ]
                    )
                raw = path.read_bytes()
            except OSError as err:
                raise SpecError(
                    [
                        self._make(
                            referrer,
                            pointer,
                            f"cannot read {path.name}: {err.strerror}",
                            "check that the referenced file exists",
                        )
                    ]
                ) from err
            self.raw[path] = raw
            self.files.add(path)
            self._data[path] = parse_text(raw, path, self.sources)
        return self._data[path]

    def _count(self, file: Path, pointer: str, depth: int) -> None:
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise SpecError(
                [
                    self._make(
                        file,
                        pointer,
                        f"the document expands to more than "
                        f"{MAX_NODES:,} nodes (YAML aliases?)",
                        "remove alias chains; write the spec out plainly",
                    )
                ]
            )
        if depth > MAX_DEPTH:
            raise SpecError(
                [
                    self._make(
                        file,
                        pointer,
                        f"nesting deeper than {MAX_DEPTH} levels",
                        "flatten the schema with named components",
                    )
                ]
            )

    def _walk(self, node: Any, file: Path, pointer: str, kind: Kind, depth: int) -> Any:
        """A copy of ``node``, an object of ``kind``, with its file references resolved."""
        self._count(file, pointer, depth)
        if isinstance(node, list):
            return [
                self._walk(v, file, jp.join(pointer, i), kind, depth + 1)
                for i, v in enumerate(node)
            ]
        if not isinstance(node, dict):
            return self._data_copy(node, file, pointer, depth)
        for dynamic in ("$dynamicRef", "$recursiveRef"):
            target = node.get(dynamic)
            if isinstance(target, str) and not target.startswith("#"):
                self._problem(
                    file,
                    jp.join(pointer, dynamic),
                    f"{dynamic} {target!r} points outside the document",
                    "only local (#...) dynamic references are allowed",
                )
        ref = node.get("$ref")
        if isinstance(ref, str):
            resolved = self._ref(ref, file, pointer, kind, depth)
            rest = {_key(k): v for k, v in node.items() if k != "$ref"}
            if not rest:
                return resolved
            rest = self._members(rest, file, pointer, kind, depth)
            if isinstance(resolved, dict) and "$ref" in resolved:
                return {"$ref": resolved["$ref"], **rest}
            return {**resolved, **rest} if isinstance(resolved, dict) else resolved
        return self._members(node, file, pointer, kind, depth)

    def _members(
        self, node: dict[Any, Any], file: Path, pointer: str, kind: Kind, depth: int
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in node.items():
            name = _key(key)
            child = jp.join(pointer, name)
            how = entry(kind, name)
            if (
                kind is Kind.DISCRIMINATOR
                and name == "mapping"
                and isinstance(value, dict)
            ):
                out[name] = {
                    _key(k): self._mapping(v, file, jp.join(child, _key(k)))
                    for k, v in value.items()
                }
            elif isinstance(
                how, str
            ):  # data: examples, defaults, enum values, extensions
                out[name] = self._data_copy(value, file, child, depth + 1)
            elif how[0] is Many.MAP and isinstance(value, dict):
                self._count(file, child, depth + 1)
                out[name] = {
                    _key(k): self._walk(
                        v, file, jp.join(child, _key(k)), how[1], depth + 2
                    )
                    for k, v in value.items()
                }
            else:
                out[name] = self._walk(value, file, child, how[1], depth + 1)
        return out

    def _data_copy(self, node: Any, file: Path, pointer: str, depth: int) -> Any:
        """Plain data, where "$ref" is just a key."""
        self._count(file, pointer, depth)
        if isinstance(node, dict):
            return {
                _key(k): self._data_copy(v, file, jp.join(pointer, _key(k)), depth + 1)
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [
                self._data_copy(v, file, jp.join(pointer, i), depth + 1)
                for i, v in enumerate(node)
            ]
        if isinstance(node, str) and _SURROGATE.search(node):
            # A lone UTF-16 surrogate (JSON "\\ud800") cannot be written as UTF-8.
            return _SURROGATE.sub("\ufffd", node)
        return node

    def _mapping(self, value: Any, file: Path, pointer: str) -> Any:
        """Rewrite a discriminator mapping value that names another file, like a $ref."""
        if not isinstance(value, str) or (value.startswith("#") and file == self.root):
            return value
        if "/" not in value and "." not in value:
            return value  # a bare schema name: OpenAPI resolves it against components/schemas
        resolved = self._ref(value, file, pointer, Kind.SCHEMA, 0)
        return (
            resolved["$ref"]
            if isinstance(resolved, dict) and "$ref" in resolved
            else value
        )

    def _ref(self, ref: str, file: Path, pointer: str, kind: Kind, depth: int) -> Any:
        where = jp.join(pointer, "$ref")
        if _SCHEME.match(ref):
            self._problem(
                file,
                where,
                f"the reference {ref!r} leaves the spec",
                "only local (#/...) and relative file references inside the spec "
                "folder are allowed; copy the schema into the spec folder",
            )
            return {}
        target_part, _, fragment = ref.partition("#")
        if target_part:
            target = (file.parent / target_part).resolve()
            if not target.is_relative_to(self.root.parent):
                self._problem(
                    file,
                    where,
                    f"the reference {ref!r} points outside the spec folder",
                    f"keep referenced files inside {display_name(self.root.parent)}/",
                )
                return {}
            if not target.is_file():
                self._problem(
                    file,
                    where,
                    f"the referenced file {target_part!r} does not exist",
                    "fix the path, relative to the file that holds the $ref",
                )
                return {}
        else:
            target = file
        if target == self.root:
            return {"$ref": "#" + fragment}
        data = self._read(target, file, where)
        inside = jp.ref_pointer("#" + fragment) or ""
        value = jp.resolve(data, inside)
        if value is jp.MISSING:
            self._problem(
                file,
                where,
                f"the reference {ref!r} names nothing in {target.name}",
                "fix the JSON pointer after '#'",
            )
            return {}
        if kind is Kind.SCHEMA:
            return {
                "$ref": jp.ref_to(
                    jp.join("/components/schemas", self._hoist(target, inside, value))
                )
            }
        key = (target, inside)
        if key in self._inlining:
            self._problem(
                file,
                where,
                f"the reference {ref!r} refers back to itself",
                "break the cycle; only schemas may be recursive",
            )
            return {}
        self._inlining.append(key)
        try:
            return self._walk(value, target, inside, kind, depth + 1)
        finally:
            self._inlining.pop()

    def _hoist(self, target: Path, inside: str, value: Any) -> str:
        key = (target, inside)
        if key in self._hoisted:
            return self._hoisted[key]
        title = value.get("title") if isinstance(value, dict) else None
        name = (
            title
            if isinstance(title, str) and title
            else (jp.last(inside) or target.stem)
        )
        taken = {n for k, n in self._hoisted.items() if k != key}
        if name in taken:
            self._problem(
                target,
                inside,
                f"two schemas from different places are both named {name!r}",
                "give one of them a different `title`",
            )
        self._hoisted[key] = name
        self.sources.add_origin(jp.join("/components/schemas", name), target, inside)
        self._schemas[name] = self._walk(value, target, inside, Kind.SCHEMA, 1)
        return name

    def _make(self, file: Path, pointer: str, message: str, hint: str) -> Problem:
        line, col = self.sources.position(file, pointer)
        return Problem(display_name(file), line, col, "#" + pointer, message, hint)

    def _problem(self, file: Path, pointer: str, message: str, hint: str) -> None:
        self.problems.append(self._make(file, pointer, message, hint))


_SURROGATE = re.compile("[\ud800-\udfff]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _key(key: Any) -> str:
    """Mapping keys as JSON has them: YAML's `200:` or `true:` become strings."""
    if isinstance(key, bool):
        return "true" if key else "false"
    return key if isinstance(key, str) else "null" if key is None else str(key)
