"""Checks of the package metadata beyond name, version and dependencies: license, classifiers
and project URLs, each on its own and against what the generated ``pyproject.toml`` declares.

A wheel built before the last ``make generate`` can hold the right package files and still
carry an old license or old URLs (they live in ``pyproject.toml``, not in the package), so the
built metadata is compared with the project's declaration as well as checked for sense:

- a license: ``License-Expression`` (a valid SPDX expression, equal to ``[tool.generator]
  license`` when set, and no ``License ::`` classifiers beside it, PEP 639) or a ``License``;
- ``Typing :: Typed``, and Python-version classifiers that match Requires-Python: each
  allowed by it, its lowest allowed version listed, no version skipped;
- every Project-URL a unique label and an absolute http(s) URL.
"""

from __future__ import annotations

import re
import tomllib
from email.message import Message
from pathlib import Path
from typing import Any

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

from generator import spdx
from generator.config import Options

__all__ = ["metadata_problems"]

TYPED = "Typing :: Typed"
_PYTHON_VERSION = re.compile(r"Programming Language :: Python :: (3\.\d+)")


def metadata_problems(label: str, meta: Message, options: Options) -> list[str]:
    """Every problem of the license, classifiers and project URLs in ``meta``."""
    classifiers = meta.get_all("Classifier") or []
    urls = meta.get_all("Project-URL") or []
    problems = _license(label, meta, classifiers, options)
    problems += _classifiers(label, classifiers, meta.get("Requires-Python"))
    problems += _urls(label, urls)
    problems += _declared(label, meta, classifiers, urls, options.out)
    return problems


def _license(
    label: str, meta: Message, classifiers: list[str], options: Options
) -> list[str]:
    expression, text = meta.get("License-Expression"), meta.get("License")
    if expression is None and not text:
        return [
            f"{label}: no license; set [tool.generator] license (an SPDX expression such "
            "as 'MIT') or info.license in the spec, then `make generate`"
        ]
    problems = []
    if expression is not None and spdx.canonical(expression) is None:
        problems.append(
            f"{label}: License-Expression {expression!r} is not an SPDX expression"
        )
    if options.license is not None and expression != options.license:
        problems.append(
            f"{label}: License-Expression is {expression!r} but [tool.generator] "
            f"license is {options.license!r}; run `make generate`, then `make build`"
        )
    if expression is not None and any(c.startswith("License ::") for c in classifiers):
        problems.append(
            f"{label}: License :: classifiers beside License-Expression are refused by "
            "PEP 639; the expression says it all"
        )
    return problems


def _classifiers(label: str, classifiers: list[str], python: str | None) -> list[str]:
    problems = []
    if TYPED not in classifiers:
        problems.append(
            f"{label}: no {TYPED!r} classifier; the package ships py.typed, say so"
        )
    versions = sorted(
        {
            Version(m.group(1))
            for c in classifiers
            if (m := _PYTHON_VERSION.fullmatch(c))
        }
    )
    if not versions:
        return [
            *problems,
            f"{label}: no 'Programming Language :: Python :: 3.X' classifiers; list the "
            "versions Requires-Python allows",
        ]
    if not python:
        return problems  # reported with Requires-Python itself
    try:
        allowed = SpecifierSet(python)
    except InvalidSpecifier:
        return problems  # likewise
    outside = [str(v) for v in versions if v not in allowed]
    if outside:
        problems.append(
            f"{label}: classifiers name Python {', '.join(outside)}, which Requires-Python "
            f"{python!r} excludes"
        )
    older = (Version(f"3.{minor}") for minor in range(versions[0].minor))
    unlisted = next((v for v in older if v in allowed), None)
    if unlisted is not None:
        problems.append(
            f"{label}: Requires-Python {python!r} allows Python {unlisted}, which has no "
            "classifier; list every version from the lowest"
        )
    missing = [
        str(Version(f"3.{minor}"))
        for minor in range(versions[0].minor, versions[-1].minor + 1)
        if Version(f"3.{minor}") not in versions
    ]
    if missing:
        problems.append(
            f"{label}: the Python classifiers skip {', '.join(missing)}; list every "
            "version between the lowest and the newest"
        )
    return problems


def _urls(label: str, urls: list[str]) -> list[str]:
    problems = []
    seen: set[str] = set()
    for entry in urls:
        name, _, url = entry.partition(",")
        name, url = name.strip(), url.strip()
        if not re.fullmatch(r"https?://[^\s/]+\S*", url):
            problems.append(
                f"{label}: Project-URL {entry!r} is not 'label, http(s) URL'"
            )
        if name.lower() in seen:
            problems.append(f"{label}: Project-URL label {name!r} appears twice")
        seen.add(name.lower())
    return problems


def _declared(
    label: str, meta: Message, classifiers: list[str], urls: list[str], out: Path
) -> list[str]:
    """What differs from the generated project's ``pyproject.toml`` (a stale build)."""
    pyproject = out / "pyproject.toml"
    try:
        project: dict[str, Any] = tomllib.loads(pyproject.read_text("utf-8"))["project"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return [f"{label}: cannot read [project] of {pyproject}; run `make generate`"]
    declared_license = project.get("license")
    if isinstance(declared_license, dict):
        built = meta.get("License")
        expected = declared_license.get("text")
    else:
        built = meta.get("License-Expression")
        expected = declared_license
    declared_urls = {
        f"{name}, {url}" for name, url in (project.get("urls") or {}).items()
    }
    stale = [
        field
        for field, differs in (
            ("license", built != expected),
            ("classifiers", set(classifiers) != set(project.get("classifiers", []))),
            ("project URLs", set(urls) != declared_urls),
        )
        if differs
    ]
    if not stale:
        return []
    return [
        f"{label}: its {', '.join(stale)} differ from {pyproject}; the dists were built "
        "before the last `make generate`: run `make build` again"
    ]
