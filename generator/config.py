"""One options record, read from ``[tool.generator]`` in pyproject.toml and the command line."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.errors import ConfigError

_PACKAGE = re.compile(r"^[a-z][a-z0-9_]*$")
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+.][0-9A-Za-z.-]+)?$")


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that shapes a run; passed to every stage that needs a setting."""

    spec: Path = Path("spec/openapi.yaml")
    out: Path = Path("generated")
    package_name: str = "contactswing"
    client_version: str = "0.1.0"
    strict: bool = False
    allow_invalid: bool = False
    cache_dir: Path | None = Path(".cache/black")
    # The client's changelog, kept beside the spec and copied into the package project.
    changelog: Path | None = Path("CHANGELOG.md")

    def cache(self, name: str) -> Path | None:
        """The folder of one of the run's caches, beside black's (none if caching is off)."""
        return None if self.cache_dir is None else self.cache_dir.parent / name


def load_options(pyproject: Path = Path("pyproject.toml"), **overrides: Any) -> Options:
    """Defaults, then ``[tool.generator]``, then the non-None ``overrides`` (command line)."""
    options = Options()
    if pyproject.is_file():
        try:
            table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("generator", {})
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"{pyproject}: {err}; fix the TOML syntax") from err
        options = _apply(options, {k.replace("-", "_"): v for k, v in table.items()}, str(pyproject))
    options = _apply(options, {k: v for k, v in overrides.items() if v is not None}, "command line")
    if not _PACKAGE.match(options.package_name):
        raise ConfigError(f"package name {options.package_name!r} is not a valid import name; use "
                          "lower-case letters, digits and underscores, starting with a letter")
    if not _SEMVER.match(options.client_version):
        raise ConfigError(f"client-version {options.client_version!r} is not a semantic version "
                          "(MAJOR.MINOR.PATCH); fix [tool.generator] in pyproject.toml")
    return options


def _apply(options: Options, values: dict[str, Any], where: str) -> Options:
    known = {f for f in Options.__dataclass_fields__}
    for key in values:
        if key not in known:
            raise ConfigError(f"{where}: unknown generator setting {key!r}; "
                              f"known: {', '.join(sorted(known))}")
    converted = {k: Path(v) if k in ("spec", "out", "cache_dir", "changelog") and isinstance(v, str) else v
                 for k, v in values.items()}
    return replace(options, **converted)  # type: ignore[arg-type]  # checked against the fields
