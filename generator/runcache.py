"""Skip a run whose inputs and output are exactly as the last run left them.

The fingerprint covers every input that shapes the output: the spec and every file it refers to, the
changelog, the generator's own code and templates, the versions of the tools that write code,
and the options. The record (under the cache folder, outside the output) also keeps the hash of
each file written, so an output folder edited by hand is never mistaken for an up-to-date one.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from generator.config import Options
from generator.errors import Problem, Severity

_GENERATOR = Path(__file__).resolve().parent
_TOOLS = ("datamodel-code-generator", "black", "jinja2", "openapi-spec-validator", "pydantic")


def fingerprint(options: Options, spec_sha256: str) -> str:
    """A hash of everything that decides what ``generate`` writes."""
    digest = hashlib.sha256(spec_sha256.encode())
    settings = {k: str(v) for k, v in sorted(asdict(options).items()) if k != "cache_dir"}
    digest.update(json.dumps(settings, sort_keys=True).encode())
    for tool in _TOOLS:
        try:
            digest.update(f"{tool}={version(tool)}".encode())
        except PackageNotFoundError:
            digest.update(tool.encode())
    from generator.render import TEMPLATES  # read at call time: tests point it elsewhere

    for root in (_GENERATOR, TEMPLATES):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    if options.changelog is not None and options.changelog.is_file():
        digest.update(options.changelog.read_bytes())
    return digest.hexdigest()


def _record_path(options: Options) -> Path | None:
    if options.cache_dir is None:
        return None
    key = hashlib.sha256(str(options.out.resolve()).encode()).hexdigest()[:16]
    return options.cache_dir.parent / "runs" / f"{key}.json"


def up_to_date(options: Options, print_: str) -> tuple[Problem, ...] | None:
    """The recorded warnings if the last run had this fingerprint and the output is intact."""
    path = _record_path(options)
    if path is None or not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["fingerprint"] != print_ or record["files"] != _hash_tree(options.out):
            return None
        return tuple(Problem(**{**w, "severity": Severity(w["severity"])}) for w in record["warnings"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # an unreadable record only costs a full run


def remember(options: Options, print_: str, warnings: tuple[Problem, ...]) -> None:
    """Record a finished run; failures to write the cache are ignored."""
    path = _record_path(options)
    if path is None:
        return
    record = {
        "fingerprint": print_,
        "files": _hash_tree(options.out),
        "warnings": [{**asdict(w), "severity": w.severity.value} for w in warnings],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(record, sort_keys=True), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass


def _hash_tree(out: Path) -> Mapping[str, str]:
    if not out.is_dir():
        return {}
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}
