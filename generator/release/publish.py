"""`make publish`: upload the checked sdist and wheel with twine, or refuse and say why.

Refusals, in the order they are checked: no repository URL; a tree where
``python -m generator check --strict`` fails (the spec has problems, or generated/ is stale);
no sdist and wheel of client-version in dist/, or ones that fail the build checks; the version
already on the index. The index is asked through its simple API (PEP 503 HTML or PEP 691
JSON): ``<simple-url>/<name>/``, where the simple URL defaults to ``<repository-url>/simple/``
(right for pypiserver, devpi and most private indexes; PyPI needs ``https://pypi.org/simple/``).
"""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from generator import pipeline
from generator.config import Options
from generator.errors import ReleaseError, SpecError

from .dists import check_dists, find_dists, package_of
from .tools import tail, twine

_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"
TIMEOUT = 30.0


def publish(
    options: Options,
    dist_dir: Path,
    repository_url: str | None,
    *,
    simple_url: str | None = None,
    credentials: tuple[str, str] | None = None,
) -> tuple[str, ...]:
    """Check everything, then ``twine upload``; return what was done, line by line."""
    if not repository_url:
        raise ReleaseError(
            "PUBLISH_REPOSITORY_URL is not set; set it to the index's upload URL "
            "(https://upload.pypi.org/legacy/ for PyPI), with TWINE_USERNAME and "
            "TWINE_PASSWORD for its credentials"
        )
    check_tree(options)
    dists = find_dists(dist_dir, options)
    checked = check_dists(dists, options)
    index = simple_url or repository_url.rstrip("/") + "/simple/"
    # Credentials go only where twine would send them: the repository's own origin.
    auth = credentials if _origin(index) == _origin(repository_url) else None
    version = Version(options.client_version)
    if version in published_versions(index, package_of(options), auth=auth):
        raise ReleaseError(
            f"{package_of(options)} {version} is already on {index}; an index takes "
            "each version once. Run `make release-notes` for the next version (or "
            "raise client-version by hand), `make generate`, `make build`, then publish"
        )
    result = twine(
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--repository-url",
        repository_url,
        *map(str, dists.paths),
    )
    if result.returncode != 0:
        raise ReleaseError(
            f"twine upload to {repository_url} failed (exit {result.returncode}):\n"
            f"{tail(result.stdout)}"
        )
    return (
        *checked,
        *(f"uploaded {path} to {repository_url}" for path in dists.paths),
        f"next: git tag v{options.client_version} && git push origin v{options.client_version}",
    )


def check_tree(options: Options) -> None:
    """Refuse unless ``python -m generator check --strict`` would pass."""
    try:
        _, diffs = pipeline.check(dataclasses.replace(options, strict=True))
    except SpecError as err:
        raise ReleaseError(
            f"`python -m generator check --strict` fails: the spec has "
            f"{len(err.problems)} problem(s); run it to see them, fix the spec, "
            "`make generate`, `make build`"
        ) from err
    if diffs:
        raise ReleaseError(
            f"`python -m generator check --strict` fails: {len(diffs)} file(s) in "
            f"{options.out} are not what the spec, templates and pyproject.toml "
            "generate; run `make generate`, review and commit, then `make build`"
        )


def published_versions(
    index_url: str,
    package: str,
    *,
    auth: tuple[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> frozenset[Version]:
    """Every version of `package` with a file on the index (none when the index has no such project)."""
    name = canonicalize_name(package)
    url = f"{index_url.rstrip('/')}/{name}/"
    try:
        # httpx drops the credentials if a redirect leaves the index's origin.
        with httpx.Client(
            transport=transport, auth=auth, follow_redirects=True, timeout=TIMEOUT
        ) as client:
            response = client.get(url, headers={"Accept": _ACCEPT})
    except httpx.HTTPError as err:
        raise ReleaseError(
            f"{url}: cannot ask the index which versions it has ({err}); refusing "
            "to publish without knowing; check PUBLISH_SIMPLE_URL"
        ) from err
    if response.status_code == 404:
        return frozenset()
    if response.status_code != 200:
        raise ReleaseError(
            f"{url}: the index answered HTTP {response.status_code}, so it is unknown "
            "whether this version is there; check PUBLISH_SIMPLE_URL and credentials"
        )
    try:
        if "json" in response.headers.get("content-type", ""):
            filenames = [
                str(f.get("filename", "")) for f in response.json().get("files", [])
            ]
        else:
            filenames = _LinkNames.of(response.text)
    except (ValueError, AttributeError) as err:
        raise ReleaseError(
            f"{url}: the answer is not a simple-API project page ({err}); "
            "check PUBLISH_SIMPLE_URL"
        ) from err
    return frozenset(v for f in filenames if (v := _version_of(f, name)) is not None)


def _version_of(filename: str, name: str) -> Version | None:
    try:
        if filename.endswith(".whl"):
            found, version, _, _ = parse_wheel_filename(filename)
        else:
            found, version = parse_sdist_filename(filename)
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None  # eggs and other files say nothing reliable here
    return version if found == name else None


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return (parts.scheme, parts.netloc)


class _LinkNames(HTMLParser):
    """The file names a PEP 503 page links to (the last path segment of each ``<a href>``)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if href:
            self.names.append(unquote(urlsplit(href).path.rsplit("/", 1)[-1]))

    @classmethod
    def of(cls, html: str) -> list[str]:
        parser = cls()
        parser.feed(html)
        return parser.names
