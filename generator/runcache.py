"""Skip a run whose inputs and output are exactly as the last run left them.

The fingerprint covers every input that shapes the output: the spec and every file it refers to, the
changelog, the generator's own code and templates, the versions of the tools that write code,
and the options. The record (under the cache folder, outside the output) also keeps the hash of
each file written, so an output folder edited by hand is never mistaken for an up-to-date one.

The record names the spec files the last run read, so an unchanged run re-hashes those files
without parsing them (``quick_check``): a new ``$ref`` to another file needs an edit to one of
them, which changes the hash and sends the run down the full path.
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

from generator import cachefile
from generator.config import Options
from generator.digest import spec_digest
from generator.errors import Problem

_GENERATOR = Path(__file__).resolve().parent
_TOOLS = ("datamodel-code-generator", "black", "ruff", "jinja2", "openapi-spec-validator",
          "jsonschema-rs", "pydantic")


def environment(options: Options) -> str:
    """A hash of every input but the spec: options, tool versions, generator code, templates,
    changelog. Computed once per run and combined with the spec's hash by ``fingerprint``."""
    digest = hashlib.sha256()
    settings = {k: str(v) for k, v in sorted(asdict(options).items()) if k != "cache_dir"}
    digest.update(json.dumps(settings, sort_keys=True).encode())
    versions = tool_versions()
    for tool in _TOOLS:
        digest.update(f"{tool}={versions[tool]}".encode() if tool in versions else tool.encode())
    for root in (_GENERATOR, _templates()):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    if options.changelog is not None and options.changelog.is_file():
        digest.update(options.changelog.read_bytes())
    return digest.hexdigest()


def fingerprint(environment: str, spec_sha256: str) -> str:
    """A hash of everything that decides what ``generate`` writes."""
    return hashlib.sha256(f"{spec_sha256}|{environment}".encode()).hexdigest()


def _templates() -> Path:
    """The templates folder: ``generator.render`` owns it (tests point it elsewhere), but
    importing that module would load the build's imports, so it is read only if loaded."""
    render = sys.modules.get("generator.render")
    folder = getattr(render, "TEMPLATES", None)
    return folder if isinstance(folder, Path) else _GENERATOR.parent / "templates"


@functools.cache  # read once per process: the run's fingerprint and black's cache key both use it
def tool_versions() -> dict[str, str]:
    """The installed version of each code-writing tool, read from the ``*.dist-info`` names.

    The first distribution found along ``sys.path`` is the one Python imports, as with
    ``importlib.metadata.version``, which costs far more (~40 ms) on an otherwise instant run.
    """
    wanted = {_normalise(tool): tool for tool in _TOOLS}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if not name.endswith(".dist-info"):
                continue
            project, _, version = name[: -len(".dist-info")].partition("-")
            tool = wanted.get(_normalise(project))
            if tool is not None and tool not in found:
                found[tool] = version
    return found


def _normalise(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def quick_check(options: Options, environment: str) -> tuple[Problem, ...] | None:
    """The recorded warnings if the spec files the last run read are byte for byte unchanged
    and everything else is as ``up_to_date`` requires; ``None`` sends the run the full way."""
    record = _read_record(options)
    if record is None:
        return None
    try:
        base = options.spec.resolve().parent
        if record.get("spec_base") != str(base):
            return None
        relatives = record["spec_files"]
        if not (isinstance(relatives, list) and all(_inside(r) for r in relatives)):
            return None
        spec_sha256 = spec_digest((r, (base / r).read_bytes()) for r in relatives)
    except (OSError, KeyError, TypeError, ValueError):
        return None
    return _matching(options, record, fingerprint(environment, spec_sha256))


def _inside(relative: object) -> bool:
    """A recorded spec file is a relative path below the spec's folder (the loader's rule)."""
    return isinstance(relative, str) and not relative.startswith("/") and ".." not in relative.split("/")


def up_to_date(options: Options, print_: str) -> tuple[Problem, ...] | None:
    """The recorded warnings if the last run had this fingerprint and the output is intact."""
    record = _read_record(options)
    return None if record is None else _matching(options, record, print_)


def remember(options: Options, print_: str, warnings: tuple[Problem, ...],
             spec_files: Iterable[Path]) -> None:
    """Record a finished run; failures to write the cache are ignored."""
    path = _record_path(options)
    if path is None:
        return
    base = options.spec.resolve().parent
    record = {
        "fingerprint": print_,
        "files": _hash_tree(options.out),
        "spec_base": str(base),
        "spec_files": sorted(p.relative_to(base).as_posix() for p in spec_files),
        "warnings": [w.to_json() for w in warnings],
    }
    cachefile.write(path, json.dumps(record, sort_keys=True))


def _record_path(options: Options) -> Path | None:
    folder = options.cache("runs")
    if folder is None:
        return None
    key = hashlib.sha256(str(options.out.resolve()).encode()).hexdigest()[:16]
    return folder / f"{key}.json"


def _read_record(options: Options) -> dict[str, object] | None:
    text = cachefile.read(_record_path(options))
    if text is None:
        return None
    try:
        record = json.loads(text)
    except ValueError:
        return None  # an unreadable record only costs a full run
    return record if isinstance(record, dict) else None


def _matching(options: Options, record: Mapping[str, object],
              print_: str) -> tuple[Problem, ...] | None:
    try:
        if record["fingerprint"] != print_ or record["files"] != _hash_tree(options.out):
            return None
        warnings = record["warnings"]
        if not isinstance(warnings, list):
            return None
        return tuple(Problem.from_json(w) for w in warnings)
    except (KeyError, TypeError, ValueError):
        return None


def _hash_tree(out: Path) -> Mapping[str, str]:
    if not out.is_dir():
        return {}
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}
