"""Read one spec file safely: YAML or JSON bytes into plain data, every failure located.

Files over 64 MiB, non-UTF-8 or binary files, empty files and nesting deeper than 128 levels
are refused before or while parsing; YAML goes through a safe loader that keeps dates as
strings (OpenAPI is JSON-shaped, YAML 1.1 is not).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problem, SpecError
from generator.spec.sourcemap import SourceMap

__all__ = ["MAX_BYTES", "MAX_DEPTH", "display_name", "parse_text"]

# Nesting deeper than this is refused with a located error instead of a RecursionError.
MAX_DEPTH = 128
# Larger files are refused before parsing: real specs are a few MB (Twilio's is 1.9 MB).
MAX_BYTES = 64 * 1024 * 1024

# libyaml's loader when it is installed (PyYAML's C extension), with the same safe rules.
_SafeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[misc]
    """A safe loader that keeps dates as strings: OpenAPI is JSON-shaped, YAML 1.1 is not."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_text(raw: bytes, path: Path, sources: SourceMap) -> Any:
    """Parse YAML or JSON bytes into plain data; syntax errors become located problems."""
    name = display_name(path)
    if len(raw) > MAX_BYTES:
        raise SpecError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "#",
                    f"the file is larger than {MAX_BYTES >> 20} MiB",
                    "split it into files referenced with $ref",
                )
            ]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SpecError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "#",
                    f"the file is not UTF-8 text ({err.reason})",
                    "save the spec as UTF-8 YAML or JSON",
                )
            ]
        ) from err
    if not text.strip():
        raise SpecError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "#",
                    "the file is empty",
                    "write an OpenAPI 3.1 document into it",
                )
            ]
        )
    too_deep = _too_deep_at(text)
    if too_deep is not None:
        line = text.count("\n", 0, too_deep) + 1
        column = too_deep - (text.rfind("\n", 0, too_deep) + 1) + 1
        raise SpecError(
            [
                Problem(
                    name,
                    line,
                    column,
                    "#",
                    f"nesting deeper than {MAX_DEPTH} " "levels",
                    "flatten the schema with named components",
                )
            ]
        )
    if "\0" in text:
        raise SpecError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "#",
                    "the file holds binary data, not text",
                    "point --spec at a YAML or JSON OpenAPI document",
                )
            ]
        )
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise SpecError(
                [
                    Problem(
                        name,
                        err.lineno,
                        err.colno,
                        "#",
                        f"invalid JSON: {err.msg}",
                        "fix the syntax at this place",
                    )
                ]
            ) from err
        except RecursionError as err:
            raise SpecError(
                [
                    Problem(
                        name,
                        1,
                        1,
                        "#",
                        "the JSON is nested too deeply to read",
                        f"keep nesting under {MAX_DEPTH} levels",
                    )
                ]
            ) from err
    else:
        try:
            data = yaml.load(text, Loader=_Loader)
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            what = (err.problem or "invalid YAML").strip()
            if (
                err.context
                and err.context_mark
                and err.problem_mark
                and (err.context_mark.line, err.context_mark.column)
                != (err.problem_mark.line, err.problem_mark.column)
            ):
                # "while parsing a flow sequence ... started at 3:7": where to look for the cause.
                what += (
                    f" ({err.context.strip()} that starts at "
                    f"{err.context_mark.line + 1}:{err.context_mark.column + 1})"
                )
            if "could not determine a constructor" in what:
                hint = "remove the tag: only plain YAML is read, language-specific tags are refused"
            else:
                hint = "fix the syntax at this place"
            raise SpecError(
                [Problem(name, line, col, "#", f"invalid YAML: {what}", hint)]
            ) from err
        except yaml.YAMLError as err:
            raise SpecError(
                [Problem(name, 1, 1, "#", f"invalid YAML: {err}", "fix the syntax")]
            ) from err
        except RecursionError as err:
            raise SpecError(
                [
                    Problem(
                        name,
                        1,
                        1,
                        "#",
                        "the YAML is nested too deeply to read",
                        f"keep nesting under {MAX_DEPTH} levels",
                    )
                ]
            ) from err
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


def display_name(path: Path) -> str:
    """A path as users typed it: relative to the working directory when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()
