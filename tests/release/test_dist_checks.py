"""What `make build` and `make publish` refuse, each with a message that says what to do."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import httpx
import pytest
from packaging.version import Version

from generator.cli import main
from generator.config import Options
from generator.errors import ReleaseError
from generator.release.dists import check_dists, find_dists
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
        "`make generate` and `make build`",
    ):
        assert expected in message


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
