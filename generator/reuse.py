"""Reuse validation and model generation across runs when only descriptions changed.

Both are kept under the cache folder (beside black's cache; safe to delete), keyed by the
run's ``environment`` (options, tool versions, generator code) and by a hash of the document
that does not see the words of descriptions (``generator.prose``):

- validation: the warnings of a document with the same structure, located again in the files
  as they are now (a longer description moves the lines below it);
- models: datamodel-code-generator's output for the document with placeholder descriptions,
  into which the real descriptions are written back.

A cold run takes the same path (placeholders in, texts back), so its output is the same as a
run that reuses the cache, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import prose
from generator.errors import Problem, Severity

if TYPE_CHECKING:
    from generator.load import Spec  # YAML and the bundler: not needed to import this module

_UNTOKENISABLE = "# placeholders were not all in docstrings: run on the real document\n"


def models_source(document: Mapping[str, Any], folder: Path | None, environment: str,
                  tool: Callable[[Mapping[str, Any]], str]) -> str:
    """``tool(document)``, computed from (or stored as) the output for placeholder prose."""
    split = prose.tokenise(document)
    if split is None:
        return tool(document)  # text that looks like a placeholder: no reuse
    tokenised, texts = split
    entry = _entry(folder, environment, prose.digest(tokenised), ".py")
    source = _read(entry)
    if source is None:
        source = tool(tokenised)
        if prose.restore(source, texts) is None:
            source = _UNTOKENISABLE
        _write(entry, source)
    restored = None if source == _UNTOKENISABLE else prose.restore(source, texts)
    return tool(document) if restored is None else restored


def validation(spec: Spec, folder: Path | None, environment: str,
               validate: Callable[[Spec], tuple[Problem, ...]]) -> tuple[Problem, ...]:
    """``validate(spec)``, or the warnings of a run on the same structure, located anew.

    Only a valid result is kept: errors are raised and never cached.
    """
    key = f"{prose.structure_digest(spec.document)}|{spec.sources.layout()!r}"
    entry = _entry(folder, environment, hashlib.sha256(key.encode()).hexdigest(), ".json")
    text = _read(entry)
    if text is not None:
        try:
            return tuple(sorted((_relocate(spec, Problem(**{**item, "severity": Severity(item["severity"])}))
                                 for item in json.loads(text)), key=Problem.sort_key))
        except (ValueError, TypeError, KeyError):
            pass  # an unreadable entry is recomputed
    warnings = validate(spec)
    _write(entry, json.dumps([{**asdict(w), "severity": w.severity.value} for w in warnings]))
    return warnings


def invalid_defaults(document: Mapping[str, Any], folder: Path | None, environment: str,
                     find: Callable[[Mapping[str, Any]], dict[str, list[str]]]) -> dict[str, list[str]]:
    """``find(document)`` (the defaults their schemas reject), or a run's on the same structure.

    Spares the worker of an ``--allow-invalid`` run the validators' ~0.5 s of imports.
    """
    entry = _entry(folder, environment, f"defaults|{prose.structure_digest(document)}", ".json")
    text = _read(entry)
    if text is not None:
        try:
            found = json.loads(text)
            if isinstance(found, dict):
                return {str(k): [str(m) for m in v] for k, v in found.items()}
        except (ValueError, TypeError):
            pass  # an unreadable entry is recomputed
    result = find(document)
    _write(entry, json.dumps(result))
    return result


def _relocate(spec: Spec, problem: Problem) -> Problem:
    line, column = spec.sources.position_in(problem.file, problem.pointer.removeprefix("#"))
    return replace(problem, line=line, column=column)


def _entry(folder: Path | None, environment: str, key: str, suffix: str) -> Path | None:
    if folder is None:
        return None
    name = hashlib.sha256(f"{environment}|{key}".encode()).hexdigest()
    return folder / f"{name}{suffix}"


def _read(entry: Path | None) -> str | None:
    """An entry's text, or None if it is missing or not exactly what was written."""
    try:
        stored = entry.read_text(encoding="utf-8") if entry is not None else None
    except (OSError, UnicodeDecodeError):
        return None
    if stored is None:
        return None
    check, _, text = stored.partition("\n")
    return text if check == _check(text) else None


def _write(entry: Path | None, text: str) -> None:
    """Write atomically, with a hash of the text; a cache that cannot be written is not used."""
    if entry is None:
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(f"{_check(text)}\n{text}", encoding="utf-8")
        tmp.replace(entry)
    except OSError:
        pass


def _check(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
