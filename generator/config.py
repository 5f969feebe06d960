"""One options record, from the project's ``[tool.generator]`` table and the command line.

The project is found the way black and ruff find theirs: walking up from the spec (or, with
no ``--spec``, from the working directory) to the nearest ``pyproject.toml`` that has a
``[tool.generator]`` table. Paths in that table are relative to its folder, so a run from any
working directory reads the same settings and writes the same bytes. The table describes
one generation job (its spec, output folder, package, version, license and changelog): it
applies to that spec only. Another spec (a third-party one, a test case) gets the defaults and what the
command line says, and never the project's changelog.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import spdx
from generator.errors import ConfigError

__all__ = ["Options", "find_project", "load_options"]

_PACKAGE = re.compile(r"^[a-z][a-z0-9_]*$")
_SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+.][0-9A-Za-z.-]+)?$"
)
_SETTINGS = ("spec", "out", "package-name", "client-version", "license", "changelog")
# Settings that are true or false rather than text.
_SWITCHES = ("testing",)


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that shapes a run; passed to every stage that needs a setting."""

    spec: Path
    out: Path = Path("generated")
    # The import name of the generated package; None derives it from the spec's title.
    package_name: str | None = None
    client_version: str = "0.1.0"
    # The generated package's license, an SPDX expression (canonical form); None takes the
    # spec's info.license. The client code's license is the publisher's to choose, not the API's.
    license: str | None = None
    strict: bool = False
    allow_invalid: bool = False
    # The client's changelog, copied into the package project (the configured spec's only).
    changelog: Path | None = None
    # The speed layer (generator.cache): on unless --no-cache; its files live in cache_dir.
    cache: bool = True
    cache_dir: Path = field(default_factory=lambda: _user_cache())
    # The folder of the pyproject.toml whose [tool.generator] table applied, if one did.
    project: Path | None = None
    # Whether the package gets its `testing` module (the fake); `testing = false` opts out.
    testing: bool = True


def find_project(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` whose pyproject.toml has ``[tool.generator]``."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "generator" in _read_tool_tables(candidate):
            return folder
    return None


def load_options(
    *, spec: Path | None = None, cwd: Path | None = None, **overrides: Any
) -> Options:
    """The project's settings when they apply to ``spec``, then the non-None ``overrides``."""
    cwd = (cwd or Path.cwd()).resolve()
    spec_path = (cwd / spec).resolve() if spec is not None else None
    project = find_project(spec_path.parent if spec_path is not None else cwd)
    values: dict[str, Any] = {}
    if project is not None:
        table = _read_tool_tables(project / "pyproject.toml")["generator"]
        values = _project_settings(table, project)
        values["cache_dir"] = project / ".cache"
        configured = values.get("spec", project / "spec" / "openapi.yaml")
        if spec_path is None or spec_path == configured:
            values.setdefault("spec", configured)
            values.setdefault("out", project / "generated")
            if "changelog" not in values and (project / "CHANGELOG.md").is_file():
                values["changelog"] = project / "CHANGELOG.md"
            values["project"] = project
        else:  # another spec inside the project: only where caches live is shared
            values = {"cache_dir": project / ".cache"}
    if spec_path is not None:
        values["spec"] = spec_path
    if "spec" not in values:
        raise ConfigError(
            "no spec: pass --spec, or run inside a project whose pyproject.toml has "
            "a [tool.generator] table"
        )
    for key, value in overrides.items():
        if value is not None:
            values[key] = (cwd / value).resolve() if key == "out" else value
    if values.get("project") is None and "out" not in values:
        values["out"] = cwd / "generated"
    options = Options(**values)
    if options.package_name is not None and not _PACKAGE.match(options.package_name):
        raise ConfigError(
            f"package name {options.package_name!r} is not a valid import name; use "
            "lower-case letters, digits and underscores, starting with a letter"
        )
    if not _SEMVER.match(options.client_version):
        raise ConfigError(
            f"client-version {options.client_version!r} is not a semantic version "
            "(MAJOR.MINOR.PATCH); fix [tool.generator] in pyproject.toml"
        )
    return options


def _project_settings(table: Any, project: Path) -> dict[str, Any]:
    where = project / "pyproject.toml"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [tool.generator] is not a table")
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key in _SWITCHES:
            if not isinstance(value, bool):
                raise ConfigError(
                    f"{where}: [tool.generator] {key} must be true or false"
                )
            values[key] = value
            continue
        if key not in _SETTINGS:
            raise ConfigError(
                f"{where}: unknown [tool.generator] setting {key!r}; "
                f"known: {', '.join(_SETTINGS)}"
            )
        if not isinstance(value, str):
            raise ConfigError(f"{where}: [tool.generator] {key} must be a string")
        name = key.replace("-", "_")
        if name == "license":
            values[name] = _license(value, where)
            continue
        values[name] = (
            (project / value).resolve()
            if name in ("spec", "out", "changelog")
            else value
        )
    return values


def _license(value: str, where: Path) -> str:
    expression = spdx.canonical(value)
    if expression is None:
        raise ConfigError(
            f"{where}: [tool.generator] license {value!r} is not an SPDX license "
            "expression; use an identifier from https://spdx.org/licenses/ such as "
            "'MIT' or 'Apache-2.0' (or 'LicenseRef-...' for your own)"
        )
    return expression


def _read_tool_tables(pyproject: Path) -> dict[str, Any]:
    try:
        tool = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(
            f"{pyproject}: cannot read it ({err}); fix or remove it"
        ) from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{pyproject}: {err}; fix the TOML syntax") from err
    return tool if isinstance(tool, dict) else {}


def _user_cache() -> Path:
    """Where the speed layer keeps its files when no project is found (as black does)."""
    from platformdirs import (
        user_cache_dir,
    )  # black's own dependency, so always installed

    return Path(user_cache_dir("openapi-client-generator"))
