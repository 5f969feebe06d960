"""The run cache: skip a run whose inputs and output are exactly as the last run left them.

The fingerprint covers every input that shapes the output: the spec and every file it refers
to, the changelog, the generator's own code and templates, the versions of the tools that
write code, and the options. The record (in the cache folder, outside the output) also keeps
the hash of each file written, so an output folder edited by hand is never mistaken for an
up-to-date one. The record names the spec files the last run read, so an unchanged run
re-hashes those files without parsing them: a new ``$ref`` to another file needs an edit to
one of them, which changes the hash and sends the run down the full path.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from pathlib import Path

from generator.cache import store
from generator.config import Options
from generator.errors import Problem
from generator.spec.digest import spec_digest

_GENERATOR = Path(__file__).resolve().parents[1]
_TEMPLATES = _GENERATOR.parent / "templates"
# The tools whose version can change what a run writes.
_TOOLS = (
    "datamodel-code-generator",
    "black",
    "jinja2",
    "openapi-spec-validator",
    "jsonschema-rs",
    "pydantic",
)


def recorded(options: Options) -> tuple[Problem, ...] | None:
    """The last run's warnings if nothing that shapes the output changed since; else None."""
    record = _read(options)
    if record is None:
        return None
    try:
        base = options.spec.parent
        relatives = record["spec_files"]
        if record.get("spec_base") != str(base) or not (
            isinstance(relatives, list) and all(_inside(r) for r in relatives)
        ):
            return None
        spec_sha256 = spec_digest((r, (base / r).read_bytes()) for r in relatives)
        if record["fingerprint"] != _fingerprint(options, spec_sha256):
            return None
        if record["files"] != _hash_tree(options.out):
            return None
        warnings = record["warnings"]
        return (
            tuple(Problem.from_json(w) for w in warnings)
            if isinstance(warnings, list)
            else None
        )
    except (OSError, KeyError, TypeError, ValueError):
        return None  # an unreadable record only costs a full run


def remember(
    options: Options,
    spec_sha256: str,
    spec_files: Iterable[Path],
    warnings: tuple[Problem, ...],
) -> None:
    """Record a finished run (its output is on disk); failures to write are ignored."""
    base = options.spec.parent
    record = {
        "fingerprint": _fingerprint(options, spec_sha256),
        "files": _hash_tree(options.out),
        "spec_base": str(base),
        "spec_files": sorted(p.relative_to(base).as_posix() for p in spec_files),
        "warnings": [w.to_json() for w in warnings],
    }
    store.write(_path(options), json.dumps(record, sort_keys=True))


def _fingerprint(options: Options, spec_sha256: str) -> str:
    """A hash of everything but the output that decides what ``generate`` writes."""
    digest = hashlib.sha256(spec_sha256.encode())
    settings = {
        k: str(v)
        for k, v in sorted(asdict(options).items())
        if k not in ("cache", "cache_dir")
    }
    digest.update(json.dumps(settings, sort_keys=True).encode())
    versions = tool_versions()
    for tool in _TOOLS:
        digest.update(f"{tool}={versions.get(tool, '')}".encode())
    for root in (_GENERATOR, _TEMPLATES):
        for path in sorted(
            p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ):
            digest.update(
                path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes()
            )
    if options.changelog is not None and options.changelog.is_file():
        digest.update(options.changelog.read_bytes())
    return digest.hexdigest()


@functools.cache  # read once per process
def tool_versions() -> dict[str, str]:
    """The installed version of each code-writing tool, read from the ``*.dist-info`` names.

    The first distribution found along ``sys.path`` is the one Python imports, as with
    ``importlib.metadata.version``, which costs far more on an otherwise instant run.
    """
    wanted = {_normalise(tool): tool for tool in _TOOLS}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                project, _, version = name[: -len(".dist-info")].partition("-")
                tool = wanted.get(_normalise(project))
                if tool is not None and tool not in found:
                    found[tool] = version
    return found


def _normalise(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _inside(relative: object) -> bool:
    """A recorded spec file is a relative path below the spec's folder (the loader's rule)."""
    return (
        isinstance(relative, str)
        and not relative.startswith("/")
        and ".." not in relative.split("/")
    )


def _path(options: Options) -> Path:
    key = hashlib.sha256(str(options.out.resolve()).encode()).hexdigest()[:16]
    return options.cache_dir / "runs" / f"{key}.json"


def _read(options: Options) -> dict[str, object] | None:
    text = store.read(_path(options))
    if text is None:
        return None
    try:
        record = json.loads(text)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def _hash_tree(out: Path) -> Mapping[str, str]:
    if not out.is_dir():
        return {}
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }
