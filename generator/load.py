"""Read a spec safely and bundle its relative ``$ref`` files into one document.

The result is a single JSON-shaped document whose every ``$ref`` is local (``#/...``).
Files referenced from the root are confined to the root file's folder; remote and
``file://`` references are refused before anything could follow them. Schemas from other
files are hoisted into ``components/schemas`` under their ``title`` (or the last pointer
segment), so each becomes one named model; other referenced objects are inlined.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.digest import spec_digest
from generator.errors import Problem, Severity, SpecError
from generator.sourcemap import SourceMap, escape, resolve, split_pointer

# Nesting deeper than this is refused with a located error instead of a RecursionError.
MAX_DEPTH = 128
# Aliases make a small YAML file describe a huge tree; refuse trees larger than this.
MAX_NODES = 1_000_000

_SCHEMA_KEYS = frozenset(
    {"schema", "items", "additionalProperties", "not", "contains", "propertyNames", "if",
     "then", "else", "unevaluatedItems", "unevaluatedProperties", "additionalItems"}
)
_SCHEMA_MAP_KEYS = frozenset({"properties", "patternProperties", "$defs", "definitions",
                              "dependentSchemas"})
_SCHEMA_LIST_KEYS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


# Larger files are refused before parsing: real specs are a few MB (Twilio's is 1.9 MB).
MAX_BYTES = 64 * 1024 * 1024

_SafeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~10x


class _Loader(_SafeBase):  # type: ignore[misc]
    """A safe loader that keeps dates as strings: OpenAPI is JSON-shaped, YAML 1.1 is not."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True, slots=True)
class Spec:
    """A loaded spec: the bundled document, where each part came from, and a content hash."""

    root: Path
    document: dict[str, Any]
    sources: SourceMap
    sha256: str
    files: tuple[Path, ...]


def problem(spec: Spec, pointer: str, message: str, hint: str,
            severity: Severity = Severity.ERROR) -> Problem:
    """A problem at a bundled-document pointer, located in the file it came from."""
    file, line, column, file_pointer = spec.sources.locate(pointer)
    return Problem(file, line, column, "#" + file_pointer if file_pointer else "#",
                   message, hint, severity)


def load_spec(path: Path) -> Spec:
    """Read ``path`` and every file it references, and bundle them into one document."""
    root = path.resolve()
    sources = SourceMap(display=_display_name)
    if not root.is_file():
        raise SpecError([Problem(_display_name(path), 1, 1, "", "the spec file does not exist",
                                 "pass --spec with the path of your OpenAPI document")])
    bundler = _Bundler(root, sources)
    document = bundler.bundle()
    digest = spec_digest((f.relative_to(root.parent).as_posix(), bundler.raw[f]) for f in bundler.files)
    return Spec(root, document, sources, digest,
                tuple(sorted(bundler.files, key=lambda p: p.as_posix())))


def parse_text(raw: bytes, path: Path, sources: SourceMap) -> Any:
    """Parse YAML or JSON bytes into plain data; syntax errors become located problems."""
    name = _display_name(path)
    if len(raw) > MAX_BYTES:
        raise SpecError([Problem(name, 1, 1, "#", f"the file is larger than {MAX_BYTES >> 20} MiB",
                                 "split it into files referenced with $ref")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SpecError([Problem(name, 1, 1, "#", f"the file is not UTF-8 text ({err.reason})",
                                 "save the spec as UTF-8 YAML or JSON")]) from err
    if not text.strip():
        raise SpecError([Problem(name, 1, 1, "#", "the file is empty",
                                 "write an OpenAPI 3.1 document into it")])
    too_deep = _too_deep_at(text)
    if too_deep is not None:
        line = text.count("\n", 0, too_deep) + 1
        column = too_deep - (text.rfind("\n", 0, too_deep) + 1) + 1
        raise SpecError([Problem(name, line, column, "#", f"nesting deeper than {MAX_DEPTH} "
                                 "levels", "flatten the schema with named components")])
    if "\0" in text:
        raise SpecError([Problem(name, 1, 1, "#", "the file holds binary data, not text",
                                 "point --spec at a YAML or JSON OpenAPI document")])
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise SpecError([Problem(name, err.lineno, err.colno, "#",
                                     f"invalid JSON: {err.msg}", "fix the syntax at this place")]) from err
        except RecursionError as err:
            raise SpecError([Problem(name, 1, 1, "#", "the JSON is nested too deeply to read",
                                     f"keep nesting under {MAX_DEPTH} levels")]) from err
    else:
        try:
            data = yaml.load(text, Loader=_Loader)
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            what = (err.problem or "invalid YAML").strip()
            if err.context and err.context_mark and err.problem_mark and (
                err.context_mark.line, err.context_mark.column
            ) != (err.problem_mark.line, err.problem_mark.column):
                # "while parsing a flow sequence ... started at 3:7": where to look for the cause.
                what += (f" ({err.context.strip()} that starts at "
                         f"{err.context_mark.line + 1}:{err.context_mark.column + 1})")
            if "could not determine a constructor" in what:
                hint = "remove the tag: only plain YAML is read, language-specific tags are refused"
            else:
                hint = "fix the syntax at this place"
            raise SpecError([Problem(name, line, col, "#", f"invalid YAML: {what}", hint)]) from err
        except yaml.YAMLError as err:
            raise SpecError([Problem(name, 1, 1, "#", f"invalid YAML: {err}",
                                     "fix the syntax")]) from err
        except RecursionError as err:
            raise SpecError([Problem(name, 1, 1, "#", "the YAML is nested too deeply to read",
                                     f"keep nesting under {MAX_DEPTH} levels")]) from err
    sources.add_text(path, text)
    return data


def _too_deep_at(text: str) -> int | None:
    """Offset of the first ``[``/``{`` nested past the limit (quoted text skipped), or None.

    Checked before any parser runs: libyaml's composer recurses in C and crashes the process
    on ~30,000 levels. Block-style nesting that deep would need gigabytes of indentation,
    which the size limit refuses.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return match.start()
        elif token in "]}":
            depth -= 1
    return None


_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|[\[\]{}]')


def _display_name(path: Path) -> str:
    """A path as users typed it: relative to the working directory when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass
class _Bundler:
    """Walks the root document, following relative file refs and rebuilding every node."""

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
            raise SpecError([Problem(_display_name(self.root), 1, 1, "#",
                                     "the document is not a mapping",
                                     "an OpenAPI document starts with `openapi: 3.1.0`")])
        document = self._walk(data, self.root, "", (), 0)
        if self._schemas:
            components = document.setdefault("components", {})
            schemas = components.setdefault("schemas", {}) if isinstance(components, dict) else {}
            if isinstance(schemas, dict):
                for name, schema in self._schemas.items():
                    if name in schemas:
                        self._problem(self.root, f"/components/schemas/{escape(name)}",
                                      f"a schema from another file is also named {name!r}",
                                      "give one of them a different `title`")
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
                    raise SpecError([self._make(path, "", f"the file is larger than "
                                                f"{MAX_BYTES >> 20} MiB", "split it into files "
                                                "referenced with $ref")])
                raw = path.read_bytes()
            except OSError as err:
                raise SpecError([self._make(referrer, pointer,
                                            f"cannot read {path.name}: {err.strerror}",
                                            "check that the referenced file exists")]) from err
            self.raw[path] = raw
            self.files.add(path)
            self._data[path] = parse_text(raw, path, self.sources)
        return self._data[path]

    def _walk(self, node: Any, file: Path, pointer: str, keys: tuple[str, ...], depth: int) -> Any:
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise SpecError([self._make(file, pointer, f"the document expands to more than "
                                        f"{MAX_NODES:,} nodes (YAML aliases?)",
                                        "remove alias chains; write the spec out plainly")])
        if depth > MAX_DEPTH:
            raise SpecError([self._make(file, pointer, f"nesting deeper than {MAX_DEPTH} levels",
                                        "flatten the schema with named components")])
        if isinstance(node, str):
            # A lone UTF-16 surrogate (JSON "\\ud800") cannot be written as UTF-8.
            return _SURROGATE.sub("\ufffd", node) if _SURROGATE.search(node) else node
        if isinstance(node, dict):
            for dynamic in ("$dynamicRef", "$recursiveRef"):
                target = node.get(dynamic)
                if isinstance(target, str) and not target.startswith("#"):
                    self._problem(file, f"{pointer}/{escape(dynamic)}",
                                  f"{dynamic} {target!r} points outside the document",
                                  "only local (#...) dynamic references are allowed")
            ref = node.get("$ref")
            if isinstance(ref, str):
                resolved = self._ref(ref, file, pointer, keys, depth)
                if len(node) == 1:
                    return resolved
                rest = {k: self._walk(v, file, f"{pointer}/{escape(str(k))}", (*keys, str(k)),
                                      depth + 1) for k, v in node.items() if k != "$ref"}
                if isinstance(resolved, dict) and "$ref" in resolved:
                    return {"$ref": resolved["$ref"], **rest}
                return {**resolved, **rest} if isinstance(resolved, dict) else resolved
            out: dict[str, Any] = {}
            for key, value in node.items():
                name = _key(key)
                child = f"{pointer}/{escape(name)}"
                if name == "mapping" and keys and keys[-1] == "discriminator" and isinstance(value, dict):
                    out[name] = {_key(k): self._mapping(v, file, f"{child}/{escape(_key(k))}")
                                 for k, v in value.items()}
                elif _is_data(name, value, keys):
                    out[name] = self._data_copy(value, file, child, depth + 1)
                else:
                    out[name] = self._walk(value, file, child, (*keys, name), depth + 1)
            return out
        if isinstance(node, list):
            return [self._walk(v, file, f"{pointer}/{i}", (*keys, str(i)), depth + 1)
                    for i, v in enumerate(node)]
        return node

    def _data_copy(self, node: Any, file: Path, pointer: str, depth: int) -> Any:
        """Example, default, const and enum values: plain data, where "$ref" is just a key."""
        self._nodes += 1
        if self._nodes > MAX_NODES or depth > MAX_DEPTH:
            return self._walk(node, file, pointer, ("example",), depth)  # raises the limit error
        if isinstance(node, dict):
            return {_key(k): self._data_copy(v, file, f"{pointer}/{escape(_key(k))}", depth + 1)
                    for k, v in node.items()}
        if isinstance(node, list):
            return [self._data_copy(v, file, f"{pointer}/{i}", depth + 1) for i, v in enumerate(node)]
        if isinstance(node, str) and _SURROGATE.search(node):
            return _SURROGATE.sub("\ufffd", node)
        return node

    def _mapping(self, value: Any, file: Path, pointer: str) -> Any:
        """Rewrite a discriminator mapping value that names another file, like a $ref."""
        if not isinstance(value, str) or (value.startswith("#") and file == self.root):
            return value
        if "/" not in value and "." not in value:
            return value  # a bare schema name: OpenAPI resolves it against components/schemas
        resolved = self._ref(value, file, pointer, ("schema",), 0)
        return resolved["$ref"] if isinstance(resolved, dict) and "$ref" in resolved else value

    def _ref(self, ref: str, file: Path, pointer: str, keys: tuple[str, ...], depth: int) -> Any:
        where = f"{pointer}/$ref"
        if _SCHEME.match(ref):
            self._problem(file, where, f"the reference {ref!r} leaves the spec",
                          "only local (#/...) and relative file references inside the spec "
                          "folder are allowed; copy the schema into the spec folder")
            return {}
        target_part, _, fragment = ref.partition("#")
        fragment = fragment or ""
        if target_part:
            target = (file.parent / target_part).resolve()
            if not target.is_relative_to(self.root.parent):
                self._problem(file, where, f"the reference {ref!r} points outside the spec folder",
                              f"keep referenced files inside {_display_name(self.root.parent)}/")
                return {}
            if not target.is_file():
                self._problem(file, where, f"the referenced file {target_part!r} does not exist",
                              "fix the path, relative to the file that holds the $ref")
                return {}
        else:
            target = file
        if target == self.root:
            return {"$ref": "#" + fragment}
        data = self._read(target, file, where)
        value = resolve(data, fragment, _NOTHING)
        if value is _NOTHING:
            self._problem(file, where, f"the reference {ref!r} names nothing in {target.name}",
                          "fix the JSON pointer after '#'")
            return {}
        if _is_schema_position(keys):
            return {"$ref": f"#/components/schemas/{escape(self._hoist(target, fragment, value))}"}
        key = (target, fragment)
        if key in self._inlining:
            self._problem(file, where, f"the reference {ref!r} refers back to itself",
                          "break the cycle; only schemas may be recursive")
            return {}
        self._inlining.append(key)
        try:
            return self._walk(value, target, fragment, keys, depth + 1)
        finally:
            self._inlining.pop()

    def _hoist(self, target: Path, fragment: str, value: Any) -> str:
        key = (target, fragment)
        if key in self._hoisted:
            return self._hoisted[key]
        title = value.get("title") if isinstance(value, dict) else None
        segments = split_pointer(fragment)
        name = title if isinstance(title, str) and title else (segments[-1] if segments else target.stem)
        taken = {n for k, n in self._hoisted.items() if k != key}
        if name in taken:
            self._problem(target, fragment, f"two schemas from different places are both named {name!r}",
                          "give one of them a different `title`")
        self._hoisted[key] = name
        bundled_pointer = f"/components/schemas/{escape(name)}"
        self.sources.add_origin(bundled_pointer, target, fragment)
        self._schemas[name] = self._walk(value, target, fragment, ("schemas", name), 1)
        return name

    def _make(self, file: Path, pointer: str, message: str, hint: str) -> Problem:
        line, col = self.sources.position(file, pointer)
        return Problem(_display_name(file), line, col, "#" + pointer, message, hint)

    def _problem(self, file: Path, pointer: str, message: str, hint: str) -> None:
        self.problems.append(self._make(file, pointer, message, hint))


_SURROGATE = re.compile("[\ud800-\udfff]")
_DATA_KEYS = frozenset({"example", "default", "const", "enum"})


def _is_data(name: str, value: Any, keys: tuple[str, ...]) -> bool:
    """Whether ``value`` under key ``name`` is data (an example, a default...), not spec."""
    if name in _DATA_KEYS and not (keys and keys[-1] in ("properties", "patternProperties")):
        return True
    if name == "examples" and isinstance(value, list):  # JSON Schema's list of examples
        return True
    return name == "value" and len(keys) >= 2 and keys[-2] == "examples"  # an Example Object


def _key(key: Any) -> str:
    """Mapping keys as JSON has them: YAML's `200:` or `true:` become strings."""
    if isinstance(key, bool):
        return "true" if key else "false"
    return key if isinstance(key, str) else "null" if key is None else str(key)


_NOTHING = object()


def _is_schema_position(keys: tuple[str, ...]) -> bool:
    """Whether a $ref under this chain of keys stands where a schema goes."""
    if not keys:
        return False
    last = keys[-1]
    if last in _SCHEMA_KEYS:
        return True
    if len(keys) >= 2 and keys[-2] in _SCHEMA_MAP_KEYS | _SCHEMA_LIST_KEYS:
        return True
    return len(keys) >= 2 and keys[-2] == "schemas"
