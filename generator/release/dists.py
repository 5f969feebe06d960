"""`make build`: the sdist and wheel of the generated project, and the checks they must pass.

Checks, all reported at once: ``twine check --strict`` (metadata, and that the README renders as
the long description), Description-Content-Type ``text/markdown``, name and version equal to
``[tool.generator]`` package-name and client-version, Requires-Python with a lower bound,
exactly the runtime dependencies with lower bounds, a license, Python-version classifiers that
match Requires-Python, ``Typing :: Typed`` and well-formed project URLs, all as the generated
``pyproject.toml`` declares them (``metadata``), ``py.typed`` in the wheel, and the wheel's
package files byte for byte equal to ``generated/src/<package>`` (so a stale build from before
the last ``make generate`` cannot be published).
"""

from __future__ import annotations

import tarfile
import zipfile
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

from generator.config import Options
from generator.errors import ReleaseError

from .metadata import metadata_problems
from .tools import python_build, tail, twine

# What the generated runtime imports; the package must declare exactly these.
RUNTIME_DEPENDENCIES = frozenset({"httpx", "pydantic"})
# What some specs' models import beyond the runtime (generator.render.dependencies).
MODEL_DEPENDENCIES = frozenset({"typing-extensions"})
_LOWER = frozenset({">=", ">", "~=", "==", "==="})


@dataclass(frozen=True, slots=True)
class Dists:
    """The sdist and the wheel of one version."""

    sdist: Path
    wheel: Path

    @property
    def paths(self) -> tuple[Path, Path]:
        """Both files, sdist first (the order twine uploads them in)."""
        return (self.sdist, self.wheel)


def package_of(options: Options) -> str:
    """The configured package name; releasing a package needs one."""
    if options.package_name is None:
        raise ReleaseError(
            "no package-name in [tool.generator]; releasing needs the package's name"
        )
    return options.package_name


def build_dists(options: Options, dist_dir: Path) -> tuple[Dists, tuple[str, ...]]:
    """Build ``options.out`` into `dist_dir`, then check both files; return them and what passed."""
    python_build(options.out, dist_dir)
    dists = find_dists(dist_dir, options)
    return dists, check_dists(dists, options)


def find_dists(dist_dir: Path, options: Options) -> Dists:
    """The one sdist and one wheel of the package at client-version in `dist_dir`."""
    name, version = canonicalize_name(package_of(options)), Version(
        options.client_version
    )
    sdists: list[Path] = []
    wheels: list[Path] = []
    for path in sorted(dist_dir.iterdir()) if dist_dir.is_dir() else ():
        try:
            if path.name.endswith(".whl"):
                found_name, found_version, _, _ = parse_wheel_filename(path.name)
                target = wheels
            else:
                found_name, found_version = parse_sdist_filename(path.name)
                target = sdists
        except (InvalidWheelFilename, InvalidSdistFilename):
            continue  # not a distribution of anything
        if found_name == name and found_version == version:
            target.append(path)
    if len(sdists) != 1 or len(wheels) != 1:
        raise ReleaseError(
            f"{dist_dir}: found {len(sdists)} sdist(s) and {len(wheels)} wheel(s) of "
            f"{name} {version}, expected one of each; run `make build`"
        )
    return Dists(sdists[0], wheels[0])


def check_dists(dists: Dists, options: Options) -> tuple[str, ...]:
    """Raise a ReleaseError listing every failed check; return one line per file that passed."""
    problems: list[str] = []
    result = twine("check", "--strict", *map(str, dists.paths))
    if result.returncode != 0:
        problems.append(f"twine check --strict failed:\n{tail(result.stdout)}")
    package = package_of(options)
    with zipfile.ZipFile(dists.wheel) as wheel:
        names = wheel.namelist()
        metadata = next(
            (
                n
                for n in names
                if n.endswith(".dist-info/METADATA") and n.count("/") == 1
            ),
            None,
        )
        if metadata is None:
            problems.append(
                f"{dists.wheel.name}: no .dist-info/METADATA; the wheel is broken"
            )
        else:
            problems += _metadata_problems(
                dists.wheel.name, _parse(wheel.read(metadata)), options
            )
        if f"{package}/py.typed" not in names:
            problems.append(
                f"{dists.wheel.name}: {package}/py.typed is missing, so type checkers "
                "would ignore the package's annotations; keep it in templates/package"
            )
        problems += _stale(
            dists.wheel.name, wheel, options.out / "src" / package, package
        )
    with tarfile.open(dists.sdist) as sdist:
        info = next(
            (
                m
                for m in sdist.getmembers()
                if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")
            ),
            None,
        )
        handle = sdist.extractfile(info) if info is not None else None
        if handle is None:
            problems.append(
                f"{dists.sdist.name}: no PKG-INFO at the top; the sdist is broken"
            )
        else:
            problems += _metadata_problems(
                dists.sdist.name, _parse(handle.read()), options
            )
    if problems:
        raise ReleaseError(
            "the built distributions fail their checks:\n- "
            + "\n- ".join(problems)
            + "\nfix the generated project (templates, [tool.generator]), then "
            "`make generate` and `make build`"
        )
    return tuple(
        f"checked {path}: twine check --strict, README as text/markdown, version "
        f"{options.client_version}, Requires-Python and dependency bounds, license, "
        "classifiers and project URLs"
        + (
            ", py.typed, files equal to the generated package"
            if path == dists.wheel
            else ""
        )
        for path in dists.paths
    )


def _parse(raw: bytes) -> Message:
    return HeaderParser().parsestr(raw.decode("utf-8"))


def _metadata_problems(label: str, meta: Message, options: Options) -> list[str]:
    problems = []
    if canonicalize_name(meta.get("Name", "")) != canonicalize_name(
        package_of(options)
    ):
        problems.append(
            f"{label}: Name is {meta.get('Name')!r}, expected {package_of(options)!r}"
        )
    if not _same_version(meta.get("Version"), options.client_version):
        problems.append(
            f"{label}: Version is {meta.get('Version')!r} but client-version is "
            f"{options.client_version!r}; run `make generate`, then `make build`"
        )
    content_type = meta.get("Description-Content-Type", "")
    if not content_type.startswith("text/markdown"):
        problems.append(
            f"{label}: Description-Content-Type is {content_type!r}, not text/markdown, "
            'so the README would not render on the index; set readme = "README.md"'
        )
    python = meta.get("Requires-Python")
    if python is None or not _has_lower_bound(python):
        problems.append(
            f"{label}: Requires-Python is {python!r}; it needs a lower bound (>=3.11)"
        )
    found: dict[str, str] = {}
    for line in meta.get_all("Requires-Dist") or ():
        try:
            requirement = Requirement(line)
        except InvalidRequirement:
            problems.append(f"{label}: Requires-Dist {line!r} does not parse")
            continue
        found[canonicalize_name(requirement.name)] = str(requirement.specifier)
    if (
        not RUNTIME_DEPENDENCIES
        <= set(found)
        <= RUNTIME_DEPENDENCIES | MODEL_DEPENDENCIES
    ):
        problems.append(
            f"{label}: depends on {sorted(found)}, expected exactly "
            f"{sorted(RUNTIME_DEPENDENCIES)} (what the generated runtime imports), with "
            f"{sorted(MODEL_DEPENDENCIES)} only where the models import it"
        )
    problems += [
        f"{label}: {name} {spec or '(any version)'} has no lower bound; pin the oldest "
        "version the runtime supports"
        for name, spec in sorted(found.items())
        if not _has_lower_bound(spec)
    ]
    return problems + metadata_problems(label, meta, options)


def _same_version(found: str | None, expected: str) -> bool:
    try:
        return found is not None and Version(found) == Version(expected)
    except InvalidVersion:
        return False


def _has_lower_bound(text: str) -> bool:
    try:
        return any(spec.operator in _LOWER for spec in SpecifierSet(text))
    except InvalidSpecifier:
        return False


def _stale(label: str, wheel: zipfile.ZipFile, source: Path, package: str) -> list[str]:
    # The wheel must hold exactly what `make generate` wrote; else it predates the last generate.
    on_disk = {
        p.relative_to(source.parent).as_posix(): p
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    in_wheel = {
        n
        for n in wheel.namelist()
        if n.startswith(f"{package}/") and not n.endswith("/")
    }
    differ = sorted(
        n
        for n in set(on_disk) | in_wheel
        if n not in on_disk
        or n not in in_wheel
        or wheel.read(n) != on_disk[n].read_bytes()
    )
    if not differ:
        return []
    shown = ", ".join(differ[:5]) + (
        f" and {len(differ) - 5} more" if len(differ) > 5 else ""
    )
    return [
        f"{label}: {len(differ)} file(s) differ from {source} ({shown}); the wheel was built "
        "before the last `make generate`: run `make build` again"
    ]
