"""Descriptions set apart from structure, so an edit to prose does not redo structural work.

Most edits to a spec reword a description. Validity does not depend on a description's words
(the OpenAPI schema only asks for a string; our own checks only ask that it is not blank), and
datamodel-code-generator copies a schema description into a docstring without reading it. So:

- ``structure_digest`` hashes a document with every description reduced to blank or not: two
  documents with the same digest validate alike, and the validation of one can be reused.
- ``tokenise`` replaces every description with a placeholder word; ``restore`` writes the
  real texts back into the model generator's output. The output for the placeholders is cached
  by the placeholder document's hash, so rewording a description costs a text substitution
  instead of a model generation.

Only ``description`` keys holding a string, in keyword positions, count as prose: values under
``example``, ``examples``, ``default``, ``const``, ``enum``, a discriminator's ``mapping`` and
``x-`` extensions are data (a property may be called ``description``; its value is a schema).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from generator.walk import DATA_KEYS

# Data, not prose: instances, and a discriminator's mapping (its values are references).
_DATA_KEYS = DATA_KEYS | {"mapping"}
_MARK = "CsProse"
_TOKEN = _MARK + "{:06d}Token"
_TOKEN_RE = re.compile(_MARK + r"(\d{6})Token")


def structure_digest(document: Mapping[str, Any]) -> str:
    """A hash of ``document`` that ignores the words of descriptions, but not their blankness."""
    return digest(_map_prose(document, lambda text: "d" if text.strip() else ""))


def digest(document: Any) -> str:
    """A hash of plain data that tells ``200`` from ``"200"`` and keeps key order (the model
    generator's output follows it)."""
    return hashlib.sha256(repr(document).encode("utf-8", "surrogatepass")).hexdigest()


def tokenise(document: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]] | None:
    """``document`` with each non-blank description replaced by a placeholder word,
    and the texts, in placeholder order. Equal texts get the same placeholder, so schemas equal
    before are equal after; blank descriptions stay (the tool drops them).

    None when the document already contains something that looks like a placeholder.
    """
    numbers: dict[str, int] = {}

    def placeholder(text: str) -> str:
        if not text.strip():
            return text
        # Equal texts share a placeholder: the tool merges schemas that are equal, prose included.
        return _TOKEN.format(numbers.setdefault(text, len(numbers)))

    if _MARK in repr(document):
        return None
    # The whole document, not only its schemas: the tool reads the schemas, but the cache key
    # is the whole placeholder document, and a reworded operation must not change it.
    return _map_prose(document, placeholder), list(numbers)


def restore(source: str, texts: list[str]) -> str | None:
    """The tool's output for the placeholder document, with the real descriptions back in.

    Each placeholder must stand alone on a docstring line, where the tool writes a description
    (escaped, every line indented like the first). Anywhere else (a comment, a string) returns
    None, and the caller runs the tool on the real document instead.
    """
    lines = source.split("\n")
    for i, line in enumerate(lines):
        if _MARK not in line:
            continue
        match = _TOKEN_RE.fullmatch(line.lstrip(" "))
        if (match is None or int(match.group(1)) >= len(texts) or i == 0 or i + 1 == len(lines)
                or not lines[i - 1].endswith('"""') or lines[i + 1].strip() != '"""'):
            return None
        indent = line[: len(line) - len(line.lstrip(" "))]
        escaped = _escape_docstring(texts[int(match.group(1))])
        lines[i] = "\n".join(f"{indent}{part}" if part else "" for part in escaped.split("\n"))
    return "\n".join(lines)


def _escape_docstring(text: str) -> str:
    """As datamodel-code-generator escapes a docstring: backslashes, triple quotes, NUL."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').replace("\0", "\\x00")


def _map_prose(node: Any, change: Any) -> Any:
    """A copy of ``node`` with ``change`` applied to every description string in keyword places.

    Iterative, in an order fixed by the document's shape, so two documents that differ only in
    descriptions get the same placeholders in the same places.
    """
    if not isinstance(node, (dict, list)):
        return node
    root: Any = {} if isinstance(node, dict) else []
    stack: list[tuple[Any, Any]] = [(node, root)]
    while stack:
        source, target = stack.pop()
        if isinstance(source, dict):
            for key, value in source.items():
                if key == "description" and isinstance(value, str):
                    target[key] = change(value)
                elif (isinstance(value, (dict, list)) and key not in _DATA_KEYS
                      and not (isinstance(key, str) and key.startswith("x-"))):
                    target[key] = {} if isinstance(value, dict) else []
                    stack.append((value, target[key]))
                else:
                    target[key] = value
        else:
            for value in source:
                if isinstance(value, (dict, list)):
                    target.append({} if isinstance(value, dict) else [])
                    stack.append((value, target[-1]))
                else:
                    target.append(value)
    return root
