"""What `make build` and `make publish` refuse, each with a message that says what to do."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from email.message import Message
from pathlib import Path
from typing import Any

import httpx
import pytest
from packaging.version import Version

from generator.cli import main
from generator.config import Options
from generator.errors import ReleaseError
from generator.release.dists import check_dists, find_dists
from generator.release.metadata import metadata_problems
from generator.release.publish import publish, published_versions

ROOT = Path(__file__).resolve().parents[2]
BAD_METADATA = """\
Metadata-Version: 2.4
Name: contactswing
Version: 1.2.2
Summary: A client
Description-Content-Type: text/x-rst
Requires-Dist: httpx
Requires-Dist: requests>=2

Long description.
"""


def _options(tmp_path: Path) -> Options:
    return Options(
        spec=tmp_path / "spec" / "openapi.yaml",
        package_name="contactswing",
        client_version="1.2.3",
        out=tmp_path / "generated",
    )


def _bad_dists(tmp_path: Path) -> Path:
    """A wheel and sdist of 1.2.3 (by file name) whose metadata and contents are wrong."""
    source = tmp_path / "generated" / "src" / "contactswing"
    source.mkdir(parents=True)
    (source / "__init__.py").write_text("VALUE = 2\n")
    dist = tmp_path / "dist"
    dist.mkdir()
    with zipfile.ZipFile(dist / "contactswing-1.2.3-py3-none-any.whl", "w") as wheel:
        wheel.writestr(
            "contactswing/__init__.py", "VALUE = 1\n"
        )  # stale: not what is on disk
        wheel.writestr("contactswing-1.2.3.dist-info/METADATA", BAD_METADATA)
    with tarfile.open(dist / "contactswing-1.2.3.tar.gz", "w:gz") as sdist:
        data = BAD_METADATA.encode()
        info = tarfile.TarInfo("contactswing-1.2.3/PKG-INFO")
        info.size = len(data)
        sdist.addfile(info, io.BytesIO(data))
    return dist


def test_every_failed_check_is_reported_at_once(tmp_path: Path) -> None:
    options = _options(tmp_path)
    dists = find_dists(_bad_dists(tmp_path), options)
    with pytest.raises(ReleaseError) as caught:
        check_dists(dists, options)
    message = str(caught.value)
    for expected in (
        "twine check --strict failed",
        "Version is '1.2.2' but client-version is '1.2.3'",
        "Description-Content-Type is 'text/x-rst', not text/markdown",
        "Requires-Python is None; it needs a lower bound",
        "depends on ['httpx', 'requests'], expected exactly ['httpx', 'pydantic']",
        "httpx (any version) has no lower bound",
        "contactswing/py.typed is missing",
        "1 file(s) differ from",
        "no license; set [tool.generator] license",
        "no 'Typing :: Typed' classifier",
        "no 'Programming Language :: Python :: 3.X' classifiers",
        "cannot read [project] of",
        "`make generate` and `make build`",
    ):
        assert expected in message


# ---- license, classifiers and project URLs (generator.release.metadata) ----

GOOD_PYPROJECT = """\
[project]
name = "contactswing"
license = "MIT"
classifiers = [
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Typing :: Typed",
]

[project.urls]
"Documentation" = "https://docs.example.com"
"Terms of Service" = "https://example.com/tos"
"""
GOOD_HEADERS = [
    ("Requires-Python", ">=3.11"),
    ("License-Expression", "MIT"),
    ("Classifier", "Programming Language :: Python :: 3 :: Only"),
    ("Classifier", "Programming Language :: Python :: 3.11"),
    ("Classifier", "Programming Language :: Python :: 3.12"),
    ("Classifier", "Typing :: Typed"),
    ("Project-URL", "Documentation, https://docs.example.com"),
    ("Project-URL", "Terms of Service, https://example.com/tos"),
]


def _metadata(headers: list[tuple[str, str]]) -> Message:
    meta = Message()
    for name, value in headers:
        meta[name] = value
    return meta


def _problems(
    tmp_path: Path,
    *,
    drop: tuple[str, ...] = (),
    add: tuple[tuple[str, str], ...] = (),
    pyproject: str = GOOD_PYPROJECT,
    license: str | None = "MIT",
) -> list[str]:
    out = tmp_path / "generated"
    out.mkdir(exist_ok=True)
    (out / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    headers = [h for h in GOOD_HEADERS if f"{h[0]}: {h[1]}" not in drop] + list(add)
    options = Options(
        spec=tmp_path / "openapi.yaml",
        package_name="contactswing",
        out=out,
        license=license,
    )
    return metadata_problems("w.whl", _metadata(headers), options)


def test_good_metadata_has_no_problem(tmp_path: Path) -> None:
    assert _problems(tmp_path) == []
    # A license the spec only names (no SPDX expression) is a license too.
    named = GOOD_PYPROJECT.replace('license = "MIT"', 'license = { text = "Acme" }')
    assert (
        _problems(
            tmp_path,
            drop=("License-Expression: MIT",),
            add=(("License", "Acme"),),
            pyproject=named,
            license=None,
        )
        == []
    )


METADATA_CASES: list[tuple[str, dict[str, Any], str]] = [
    (
        "configured license not built",
        {
            "drop": ("License-Expression: MIT",),
            "add": (("License-Expression", "Apache-2.0"),),
        },
        "License-Expression is 'Apache-2.0' but [tool.generator] license is 'MIT'",
    ),
    (
        "not SPDX",
        {
            "drop": ("License-Expression: MIT",),
            "add": (("License-Expression", "Apache 2"),),
            "license": None,
        },
        "License-Expression 'Apache 2' is not an SPDX expression",
    ),
    (
        "license classifier beside an expression",
        {"add": (("Classifier", "License :: OSI Approved :: MIT License"),)},
        "License :: classifiers beside License-Expression are refused by PEP 639",
    ),
    (
        "a version Requires-Python excludes",
        {"add": (("Classifier", "Programming Language :: Python :: 3.10"),)},
        "classifiers name Python 3.10, which Requires-Python '>=3.11' excludes",
    ),
    (
        "the lowest version unlisted",
        {"drop": ("Classifier: Programming Language :: Python :: 3.11",)},
        "Requires-Python '>=3.11' allows Python 3.11, which has no classifier",
    ),
    (
        "a version skipped",
        {"add": (("Classifier", "Programming Language :: Python :: 3.14"),)},
        "the Python classifiers skip 3.13",
    ),
    (
        "not typed",
        {"drop": ("Classifier: Typing :: Typed",)},
        "no 'Typing :: Typed' classifier",
    ),
    (
        "a URL that is no URL",
        {"add": (("Project-URL", "Source, git@example.com:x.git"),)},
        "Project-URL 'Source, git@example.com:x.git' is not 'label, http(s) URL'",
    ),
    (
        "a label twice",
        {"add": (("Project-URL", "documentation, https://other.example.com"),)},
        "Project-URL label 'documentation' appears twice",
    ),
    (
        "built before the last generate",
        {"pyproject": GOOD_PYPROJECT.replace("docs.example.com", "docs.example.org")},
        "its project URLs differ from",
    ),
    (
        "license changed since the build",
        {"pyproject": GOOD_PYPROJECT.replace('"MIT"', '"Apache-2.0"'), "license": None},
        "its license differ from",
    ),
]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [(c, e) for _, c, e in METADATA_CASES],
    ids=[name for name, _, _ in METADATA_CASES],
)
def test_each_metadata_problem_is_named(
    tmp_path: Path, changes: dict[str, Any], expected: str
) -> None:
    problems = _problems(tmp_path, **changes)
    assert any(expected in p for p in problems), problems


def test_missing_dists_say_to_build(tmp_path: Path) -> None:
    with pytest.raises(
        ReleaseError,
        match=r"found 0 sdist\(s\) and 0 wheel\(s\) of contactswing "
        r"1.2.3, expected one of each; run `make build`",
    ):
        find_dists(tmp_path, _options(tmp_path))


def test_publish_refuses_without_a_repository_url(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match="PUBLISH_REPOSITORY_URL is not set"):
        publish(_options(tmp_path), tmp_path, None)


def test_make_publish_without_a_url_exits_non_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("PUBLISH_REPOSITORY_URL", raising=False)
    assert main(["publish"]) == 1
    assert "error: PUBLISH_REPOSITORY_URL is not set" in capsys.readouterr().err


HTML = """<!DOCTYPE html><html><body>
<a href="/packages/contactswing-0.1.0.tar.gz#sha256=00">contactswing-0.1.0.tar.gz</a><br>
<a href="../../packages/contactswing-0.2.0-py3-none-any.whl#sha256=11">contactswing-0.2.0-py3-none-any.whl</a>
<a href="/packages/contactswing_extras-9.0.0.tar.gz">contactswing_extras-9.0.0.tar.gz</a>
<a href="/packages/contactswing-0.0.1-py3.11.egg">contactswing-0.0.1-py3.11.egg</a>
</body></html>"""


def _index(
    status: int, body: str, content_type: str, seen: list[httpx.Request]
) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, text=body, headers={"content-type": content_type})

    return httpx.MockTransport(answer)


def test_versions_come_from_the_simple_api_html_page() -> None:
    seen: list[httpx.Request] = []
    versions = published_versions(
        "http://index.test/simple",
        "ContactSwing",
        auth=("u", "p"),
        transport=_index(200, HTML, "text/html", seen),
    )
    assert versions == {Version("0.1.0"), Version("0.2.0")}
    assert str(seen[0].url) == "http://index.test/simple/contactswing/"
    assert seen[0].headers["authorization"].startswith("Basic ")


def test_versions_come_from_the_simple_api_json_page() -> None:
    body = json.dumps(
        {
            "meta": {"api-version": "1.1"},
            "name": "contactswing",
            "files": [{"filename": "contactswing-1.0.0-py3-none-any.whl"}],
        }
    )
    versions = published_versions(
        "http://index.test/simple/",
        "contactswing",
        transport=_index(200, body, "application/vnd.pypi.simple.v1+json", []),
    )
    assert versions == {Version("1.0.0")}


def test_an_unknown_project_has_no_versions() -> None:
    assert (
        published_versions(
            "http://index.test/simple/",
            "contactswing",
            transport=_index(404, "Not Found", "text/html", []),
        )
        == frozenset()
    )


def test_an_index_that_cannot_answer_blocks_publishing() -> None:
    with pytest.raises(
        ReleaseError, match="HTTP 503, so it is unknown whether this version is there"
    ):
        published_versions(
            "http://index.test/simple/",
            "contactswing",
            transport=_index(503, "busy", "text/plain", []),
        )
