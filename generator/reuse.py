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
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from generator import cachefile, prose
from generator.errors import Problem

if TYPE_CHECKING:
    from generator.load import Spec  # YAML and the bundler: not needed to import this module

T = TypeVar("T")
_UNTOKENISABLE = "# placeholders were not all in docstrings: run on the real document\n"


def models_source(document: Mapping[str, Any], folder: Path | None, environment: str,
                  tool: Callable[[Mapping[str, Any]], str]) -> str:
    """``tool(document)``, computed from (or stored as) the output for placeholder prose."""
    split = prose.tokenise(document)
    if split is None:
        return tool(document)  # text that looks like a placeholder: no reuse
    tokenised, texts = split
    entry = _entry(folder, environment, prose.digest(tokenised), ".py")
    cached = cachefile.read(entry)
    source = tool(tokenised) if cached is None else cached
    restored = None if source == _UNTOKENISABLE else prose.restore(source, texts)
    if cached is None:
        cachefile.write(entry, source if restored is not None else _UNTOKENISABLE)
    return tool(document) if restored is None else restored


def validation(spec: Spec, structure: str, folder: Path | None, environment: str,
               validate: Callable[[Spec], tuple[Problem, ...]]) -> tuple[Problem, ...]:
    """``validate(spec)``, or the warnings of a run on the same ``structure``
    (``prose.structure_digest`` of the document), located anew.

    Only a valid result is kept: errors are raised and never cached.
    """
    entry = _entry(folder, environment, f"{structure}|{spec.sources.layout()!r}", ".json")
    return _through_json(
        entry, lambda: validate(spec), lambda warnings: [w.to_json() for w in warnings],
        lambda stored: tuple(sorted((_relocate(spec, Problem.from_json(item)) for item in stored),
                                    key=Problem.sort_key)))


def invalid_defaults(document: Mapping[str, Any], structure: str, folder: Path | None,
                     environment: str, find: Callable[[Mapping[str, Any]], dict[str, list[str]]],
                     ) -> dict[str, list[str]]:
    """``find(document)`` (the defaults their schemas reject), or a run's on the same
    ``structure``: an ``--allow-invalid`` run whose structure is unchanged needs no validator."""
    return _through_json(_defaults_entry(structure, folder, environment), lambda: find(document),
                         lambda found: found,
                         lambda stored: {str(k): [str(m) for m in v] for k, v in stored.items()})


def invalid_defaults_cached(structure: str, folder: Path | None, environment: str) -> bool:
    """Whether ``invalid_defaults`` for this ``structure`` would be read from the cache."""
    return cachefile.read(_defaults_entry(structure, folder, environment)) is not None


def _defaults_entry(structure: str, folder: Path | None, environment: str) -> Path | None:
    return _entry(folder, environment, f"defaults|{structure}", ".json")


def _through_json(entry: Path | None, compute: Callable[[], T], dump: Callable[[T], Any],
                  load: Callable[[Any], T]) -> T:
    """``load`` of the JSON stored at ``entry``, or ``compute()``, stored there as ``dump`` of it.

    An entry ``load`` cannot read (``ValueError``, ``TypeError``, ``KeyError``, ``AttributeError``)
    is recomputed.
    """
    text = cachefile.read(entry)
    if text is not None:
        try:
            return load(json.loads(text))
        except (ValueError, TypeError, KeyError, AttributeError):
            pass
    result = compute()
    cachefile.write(entry, json.dumps(dump(result)))
    return result


def _relocate(spec: Spec, problem: Problem) -> Problem:
    line, column = spec.sources.position_in(problem.file, problem.pointer.removeprefix("#"))
    return replace(problem, line=line, column=column)


def _entry(folder: Path | None, environment: str, key: str, suffix: str) -> Path | None:
    if folder is None:
        return None
    name = hashlib.sha256(f"{environment}|{key}".encode()).hexdigest()
    return folder / f"{name}{suffix}"
