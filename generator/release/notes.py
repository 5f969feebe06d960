"""Release notes: the API diff since the last release, as a client version and a changelog entry.

    notes = plan_release_notes(Path.cwd(), options)   # git tag, spec diff, proposed version, entry
    write_release_notes(notes, Path("pyproject.toml"), changelog)   # skipped by --dry-run
    print(format_summary(notes, dry_run=False))

The last release is the highest tag matching ``v*`` that names a version (``v0.1.0``) and is
reachable from HEAD; its spec is read from git (``spec_at_ref``). Without such a tag there is
nothing to compare with: every operation and model is new and the version stays.

Version rule (the bump is `DiffReport.bump`, applied to the last released version):

    change                 1.x and later       0.x (initial development)
    breaking               major  2.0.0        minor  0.2.0   (the common 0.x convention)
    potentially breaking   minor  1.1.0        minor  0.2.0   (flagged in the entry)
    feature                minor  1.1.0        minor  0.2.0
    docs                   patch  1.0.1        patch  0.1.1
    none                   unchanged           unchanged

Leaving 0.x is a decision for people, not for a diff: set ``client-version = "1.0.0"`` by hand.
The bump starts from the version in the tag, not from the current ``client-version``, so running
release notes twice before releasing proposes the same version again instead of bumping twice;
a ``client-version`` already beyond the proposal (raised by hand) is kept. A changelog that
already has an entry for the version keeps it untouched.

This module never prints; ``python -m generator release-notes`` does.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from generator.config import Options
from generator.errors import ReleaseError
from generator.release.diff import Bump, Change, DiffReport, Severity, diff_documents
from generator.release.git import spec_at_ref
from generator.spec import load_spec

TAG_PATTERN = "v*"
_PLAIN = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
# Entry sections, most severe first, with the heading each gets in CHANGELOG.md.
SECTIONS = (
    (Severity.BREAKING, "Breaking"),
    (
        Severity.POTENTIALLY_BREAKING,
        "Potentially breaking (flagged: only some code breaks; review it)",
    ),
    (Severity.FEATURE, "Features"),
    (Severity.DOCS, "Documentation"),
)


@dataclass(frozen=True, slots=True)
class ReleaseNotes:
    """What `make release-notes` proposes; computed without writing anything."""

    tag: str | None  # the last release's tag, None when there is none
    current_version: str  # client-version in pyproject.toml now
    version: str  # the version to write
    report: DiffReport  # the API changes since the tag (everything, without one)
    entry: str  # the CHANGELOG.md entry for `version`
    entry_exists: bool  # CHANGELOG.md already has an entry for `version`
    api_versions: tuple[str, str]  # info.version at the tag and now


def plan_release_notes(repo: Path, options: Options) -> ReleaseNotes:
    """Diff the working spec against the last release's and propose the version and entry."""
    new = load_spec(options.spec).document
    tag = last_release_tag(repo)
    if tag is None:
        old: dict[str, Any] = _nothing_like(new)
    else:
        with tempfile.TemporaryDirectory(prefix="spec-at-tag-") as tmp:
            old = load_spec(spec_at_ref(repo, tag, options.spec, Path(tmp))).document
    report = diff_documents(old, new)
    version = options.client_version
    if tag is not None:
        try:
            proposed = bump_version(tag[1:], report.bump)
        except ReleaseError as err:
            raise ReleaseError(f"last release {tag}: {err}") from err
        version = max(proposed, version, key=_version)
    api_versions = (_info_version(old), _info_version(new))
    if options.changelog is None:
        raise ReleaseError(
            "[tool.generator] sets no changelog; release notes need one to write to"
        )
    log = (
        options.changelog.read_text(encoding="utf-8")
        if options.changelog.is_file()
        else ""
    )
    return ReleaseNotes(
        tag,
        options.client_version,
        version,
        report,
        render_entry(version, report, tag, api_versions),
        has_entry(log, version),
        api_versions,
    )


def bump_version(version: str, bump: Bump) -> str:
    """The version after `version` for a change of size `bump`, by the table in the docstring."""
    if bump == "none":
        return version
    match = _PLAIN.match(version)
    if match is None:
        raise ReleaseError(
            f"version {version!r} is not plain MAJOR.MINOR.PATCH, so there is no rule "
            "to bump it; set client-version in [tool.generator] by hand"
        )
    major, minor, patch = (int(part) for part in match.groups())
    if bump == "major" and major > 0:
        return f"{major + 1}.0.0"
    if bump in ("major", "minor"):  # in 0.x a breaking change bumps the minor
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def last_release_tag(repo: Path) -> str | None:
    """The highest ``v<version>`` tag reachable from HEAD, or None; other ``v*`` tags are ignored."""
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}
    try:
        found = subprocess.run(
            ["git", "tag", "--list", TAG_PATTERN, "--merged", "HEAD"],
            cwd=repo,
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
    except FileNotFoundError as err:
        raise ReleaseError(
            "git: not found on PATH; release notes compare with the last tagged "
            "release, so they need git"
        ) from err
    if found.returncode != 0:
        raise ReleaseError(
            f"{repo}: git cannot list tags ({found.stderr.strip()}); release notes "
            "need the repository with its history and tags"
        )
    versions = {}
    for tag in found.stdout.split():
        try:
            versions[tag] = Version(tag[1:])
        except InvalidVersion:
            continue  # `v*` tags that name no version (`vnext`) are not releases
    return max(versions, key=versions.__getitem__) if versions else None


def render_entry(
    version: str, report: DiffReport, tag: str | None, api_versions: tuple[str, str]
) -> str:
    """The Markdown entry: a heading, where the changes come from, then one section per kind."""
    if tag is None:
        origin = (
            f"First release: no `{TAG_PATTERN}` tag to compare with, so everything in the API "
            f"(version {api_versions[1]}) is new."
        )
    else:
        before, after = api_versions
        moved = f"{before} → {after}" if before != after else f"{after}, unchanged"
        origin = f"API changes since {tag} (API version {moved})."
    lines = [f"## {version}", "", origin, ""]
    for severity, heading in SECTIONS:
        changes = [c for c in report.changes if c.severity is severity]
        if changes:
            lines += [f"### {heading}", "", *(_line(c) for c in changes), ""]
    return "\n".join(lines)


def _line(change: Change) -> str:
    # One change per line even when a spec key holds a newline; the pointer is RFC 6901.
    message = " ".join(change.message.split())
    return f"- {message} (`{change.pointer}`)"


def write_release_notes(notes: ReleaseNotes, pyproject: Path, changelog: Path) -> None:
    """Write the version into pyproject.toml and prepend the entry to CHANGELOG.md, as needed."""
    if not notes.report.changes:
        return
    if notes.version != notes.current_version:
        _replace(
            pyproject,
            set_client_version(pyproject.read_bytes().decode("utf-8"), notes.version),
        )
    if not notes.entry_exists:
        log = changelog.read_bytes().decode("utf-8") if changelog.is_file() else ""
        _replace(changelog, prepend_entry(log, notes.entry))


_TABLE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_KEY = re.compile(r"""^(\s*client-version\s*=\s*)(["'])([^"'\r\n]*)\2""")


def set_client_version(text: str, version: str) -> str:
    """`text` (a pyproject.toml) with the ``[tool.generator]`` client-version replaced, all else kept."""
    lines = text.splitlines(keepends=True)
    table = ""
    for index, line in enumerate(lines):
        header = _TABLE.match(line)
        if header is not None and not line.lstrip().startswith("[["):
            table = header.group(1).replace(" ", "")
            continue
        key = _KEY.match(line) if table == "tool.generator" else None
        if key is not None:
            lines[index] = line[: key.start(3)] + version + line[key.end(3) :]
            edited = "".join(lines)
            _same_but_version(text, edited, version)
            return edited
    raise ReleaseError(
        'pyproject.toml: no `client-version = "..."` line in [tool.generator]; '
        "add one so release notes can edit it"
    )


def _same_but_version(before: str, after: str, version: str) -> None:
    # The edit is textual; reading both back proves it changed that one value and nothing else.
    old, new = tomllib.loads(before), tomllib.loads(after)
    old["tool"]["generator"]["client-version"] = version
    if old != new:
        raise ReleaseError(
            "pyproject.toml: editing the client-version line changed other settings; "
            "set client-version in [tool.generator] by hand"
        )


def has_entry(changelog: str, version: str) -> bool:
    """Whether CHANGELOG.md already has a ``## <version>`` heading."""
    return (
        re.search(rf"^## {re.escape(version)}(?:\s|$)", changelog, re.MULTILINE)
        is not None
    )


def prepend_entry(changelog: str, entry: str) -> str:
    """`changelog` with `entry` before the first ``## `` heading (after the intro), or at the end."""
    first = re.search(r"^## ", changelog, re.MULTILINE)
    if first is None:
        intro = changelog.rstrip("\n")
        return f"{intro}\n\n{entry}" if intro else entry
    return f"{changelog[:first.start()]}{entry}\n{changelog[first.start():]}"


def _replace(path: Path, text: str) -> None:
    # Bytes as computed (no newline translation), swapped in by one rename.
    staging = path.with_name(f".{path.name}.release-notes")
    staging.write_bytes(text.encode("utf-8"))
    staging.replace(path)


def _nothing_like(new: dict[str, Any]) -> dict[str, Any]:
    # "Nothing" keeps the new document's header (OpenAPI version, info, servers, root security),
    # so the diff reports every operation and model as added and no artefacts of the header
    # appearing (a server URL "changing" from none, credentials "tightened" from anonymous).
    header = ("openapi", "info", "servers", "security")
    return {**{key: new[key] for key in header if key in new}, "paths": {}}


def format_summary(notes: ReleaseNotes, *, dry_run: bool) -> str:
    """What release notes found and did (or would do), then the entry."""
    changes = notes.report.changes
    counts = ", ".join(
        f"{s.value.replace('_', ' ')}: {n}"
        for s, _ in SECTIONS
        if (n := sum(c.severity is s for c in changes))
    )
    lines = [
        (
            f"last release: {notes.tag}"
            if notes.tag
            else f"last release: none (no {TAG_PATTERN} tag); compared with an empty API, so "
            "everything is new and the version stays"
        ),
        f"API changes: {counts or 'none'}; semver bump: {notes.report.bump}"
        + ("" if notes.tag else " (not applied to a first release)"),
    ]
    if not changes:
        lines.append(
            f"nothing to release: client-version stays {notes.current_version}, "
            "CHANGELOG.md unchanged"
        )
        return "\n".join(lines) + "\n"
    if notes.version == notes.current_version:
        lines.append(f"client-version: stays {notes.version}")
    else:
        lines.append(
            f"client-version: {'would change' if dry_run else 'changed'} "
            f"{notes.current_version} → {notes.version} (the one line in pyproject.toml)"
        )
    if notes.entry_exists:
        lines.append(
            f"CHANGELOG.md: already has a {notes.version} entry, left as it is "
            "(delete it and run again to rewrite it)"
        )
    else:
        lines += [
            f"CHANGELOG.md: {'would prepend' if dry_run else 'prepended'} this entry:",
            "",
            notes.entry.rstrip("\n"),
        ]
    lines += [
        "",
        (
            "dry run: nothing was written"
            if dry_run
            else f"next: make generate, review and commit, make build, make publish, git tag v{notes.version}"
        ),
    ]
    return "\n".join(lines) + "\n"


def _version(text: str) -> Version:
    try:
        return Version(text)
    except InvalidVersion as err:
        raise ReleaseError(
            f"version {text!r} cannot be compared with others (PEP 440); "
            "set client-version in [tool.generator] to MAJOR.MINOR.PATCH"
        ) from err


def _info_version(document: dict[str, Any]) -> str:
    info = document.get("info")
    return str(info.get("version", "?")) if isinstance(info, dict) else "?"
