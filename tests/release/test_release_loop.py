"""The README's release walk-through, end to end, against local servers only.

A scratch git copy of the repository is released as it stands (tag, `make build`,
`make publish` to a private pypiserver on 127.0.0.1), installed into a fresh virtual
environment from that index alone, and used against a Prism mock of its spec. Then the API
changes (a new optional field on the SMS action) and the loop runs again: `make release-notes`
proposes the minor bump and the changelog entry, `make publish` refuses the stale tree, then
`make generate`, `make build`, `make publish`; publishing the same version twice is refused, and
`pip install --upgrade` brings the new field.

Nothing leaves the machine: pip (ours, the fresh environment's, and the one `python -m build`
runs in its isolated environment) sees only the private index, which serves the build backend
and the client's dependencies from wheels downloaded once per machine into
``.cache/release-index/`` (the only step that uses pip's configured index).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from generator.spec import load_spec
from tests.prism_server import free_port

from .support import git_env, serving
from .wheels import wheel_folder

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
INDEX_REQUIREMENTS = Path(__file__).with_name("index-requirements.txt")
# What a release needs from the repository; the rest (tests, docs, tools) stays behind.
COPIED = (
    "CHANGELOG.md",
    "Makefile",
    "README.md",
    "pyproject.toml",
    "requirements.lock",
    "generator",
    "spec",
    "templates",
    "generated",
)
NEW_FIELD = "external_reference"

CREATE_SMS = """\
import sys
from contactswing import ContactSwing
from contactswing.models import SmsAction, SmsConfig, SmsRecipients

extra = {"external_reference": "crm-42"} if sys.argv[2] == "with-new-field" else {}
with ContactSwing(token="test-token", base_url=sys.argv[1]) as client:
    created = client.actions.create_sms(
        name="My SMS Action",
        description="Trigger SMS when user requests messaging",
        action_timing="DURING",
        sms=SmsConfig(to=SmsRecipients(value=["+13465507166"]), from_="+13465507166"),
        **extra,
    )
print(created.action_id)
print("external_reference" in SmsAction.model_fields)
"""


@pytest.fixture(scope="session")
def index_wheels() -> Path:
    """The wheels the private index serves; `make test` downloads them before the suite."""
    folder = wheel_folder()
    if not (folder / ".complete").exists():
        pytest.fail(
            "set-up: the release test's wheels are missing; run `make test` (it runs "
            "`python -m tests.release.wheels` first, as it runs `npm ci` for Prism)",
            pytrace=False,
        )
    return folder


class Loop:
    """The scratch repository, its environment, and the commands the README tells users to run."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.repo = tmp / "repo"
        self.timings: list[tuple[str, float]] = []
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PIP_", "TWINE_", "PUBLISH_", "CONTACTSWING_", "GIT_"))
        }
        self.env.update(
            git_env(tmp),
            PIP_CONFIG_FILE=os.devnull,
            PIP_NO_CACHE_DIR="1",
            PIP_DISABLE_PIP_VERSION_CHECK="1",
            PIP_NO_INPUT="1",
            TWINE_USERNAME="release-test",
            TWINE_PASSWORD="unused",
        )

    def run(
        self, label: str, argv: list[str], *, cwd: Path | None = None, ok: bool = True
    ) -> str:
        started = time.monotonic()
        result = subprocess.run(
            argv,
            cwd=cwd or self.repo,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        self.timings.append((label, time.monotonic() - started))
        output = result.stdout + result.stderr
        if (result.returncode == 0) != ok:
            pytest.fail(
                f"{label}: `{' '.join(argv)}` exited {result.returncode}, expected "
                f"{'success' if ok else 'a refusal'}:\n{output}",
                pytrace=False,
            )
        return output

    def make(self, *args: str, ok: bool = True) -> str:
        return self.run(
            f"make {' '.join(args)}", ["make", "--no-print-directory", *args], ok=ok
        )

    def git(self, *args: str) -> str:
        return self.run(f"git {args[0]}", ["git", *args])

    def client_version(self) -> str:
        return str(
            tomllib.loads((self.repo / "pyproject.toml").read_text())["tool"][
                "generator"
            ]["client-version"]
        )


@pytest.fixture
def loop(tmp_path: Path) -> Iterator[Loop]:
    loop = Loop(tmp_path)
    loop.repo.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, loop.repo / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, loop.repo / name)
    if (
        ROOT / ".cache" / "black"
    ).is_dir():  # black's cache only speeds up `make generate`
        shutil.copytree(ROOT / ".cache" / "black", loop.repo / ".cache" / "black")
    # `make` finds this interpreter as .venv, already set up (its stamp newer than the lock).
    (loop.repo / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    (loop.repo / ".stamps").mkdir()
    (loop.repo / ".stamps" / "venv").touch()
    (loop.repo / ".gitignore").write_text(
        ".venv\n.stamps/\n.cache/\ndist/\n__pycache__/\n"
    )
    yield loop
    print("\n".join(f"{seconds:6.1f} s  {label}" for label, seconds in loop.timings))


@pytest.mark.timeout(600)
def test_the_api_changed_diff_notes_generate_build_publish(
    loop: Loop, index_wheels: Path
) -> None:
    if not PRISM.exists():
        pytest.fail(
            f"{PRISM.relative_to(ROOT)} is missing; run `make test` (it runs npm ci)",
            pytrace=False,
        )
    packages = loop.tmp / "index"
    shutil.copytree(index_wheels, packages, ignore=shutil.ignore_patterns(".complete"))
    port = free_port()
    server = [
        sys.executable,
        "-m",
        "pypiserver",
        "run",
        "-i",
        "127.0.0.1",
        "-p",
        str(port),
        "-a",
        ".",
        "-P",
        ".",
        "--disable-fallback",
        str(packages),
    ]
    with serving(
        server, f"http://127.0.0.1:{port}/", loop.tmp / "pypiserver.log", cwd=loop.tmp
    ) as index:
        loop.env.update(PIP_INDEX_URL=f"{index}simple/", PUBLISH_REPOSITORY_URL=index)
        released = _release_as_it_stands(loop)
        client = _fresh_environment(loop, released)
        _change_the_api_and_release_again(loop, released, client)


def _release_as_it_stands(loop: Loop) -> str:
    """Generate (templates may have changed since generated/ was committed), commit, tag, publish."""
    loop.make("generate")
    loop.git("init", "--quiet")
    loop.git("add", "-A")
    loop.git("commit", "--quiet", "-m", "the last release")
    version = loop.client_version()
    loop.git("tag", f"v{version}")
    assert "nothing to release" in loop.make("release-notes")
    built = loop.make("build")
    assert f"built dist/contactswing-{version}-py3-none-any.whl" in built
    assert "py.typed, files equal to the generated package" in built
    assert f"uploaded dist/contactswing-{version}.tar.gz" in loop.make("publish")
    return version


def _fresh_environment(loop: Loop, version: str) -> Path:
    """Install from the private index into a new virtual environment; check --about; create an SMS."""
    venv = loop.tmp / "client-venv"
    loop.run("python -m venv", [sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    loop.run(
        "pip install", [str(python), "-m", "pip", "install", "--quiet", "contactswing"]
    )
    spec = load_spec(loop.repo / "spec" / "openapi.yaml")
    about = loop.run(
        "--about", [str(python), "-m", "contactswing", "--about"], cwd=loop.tmp
    )
    assert about.splitlines() == [
        f"contactswing {version}",
        f"API version {spec.document['info']['version']}",
        f"spec sha256 {spec.sha256}",
    ]
    attributes = loop.run(
        "import",
        [
            str(python),
            "-c",
            "import contactswing as c; print(c.__version__, "
            "c.__api_version__, c.__spec_sha256__, c.__file__)",
        ],
        cwd=loop.tmp,
    )
    assert attributes.split()[:3] == [
        version,
        spec.document["info"]["version"],
        spec.sha256,
    ]
    assert str(venv) in attributes  # the installed copy, not the repository's
    assert _create_sms(loop, python, with_new_field=False) == "False"
    return python


def _change_the_api_and_release_again(loop: Loop, released: str, python: Path) -> None:
    sms = loop.repo / "spec" / "actions" / "sms.yaml"
    assert (
        sms.is_file()
    ), f"{sms.relative_to(loop.repo)} moved; point this test at the SMS action"
    document = yaml.safe_load(sms.read_text(encoding="utf-8"))
    document["properties"][NEW_FIELD] = {
        "description": "Reference the caller's own system keeps for this action.",
        "type": "string",
        "examples": ["crm-42"],
    }
    sms.write_text(
        yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )

    major, minor, _ = (int(part) for part in released.split("."))
    expected = (
        f"{major}.{minor + 1}.0"  # a feature: minor, in 0.x and after (0.1.0 → 0.2.0)
    )
    pyproject_before = (loop.repo / "pyproject.toml").read_bytes()
    preview = loop.make("release-notes", "DRY_RUN=1")
    assert f"would change {released} → {expected}" in preview
    assert (loop.repo / "pyproject.toml").read_bytes() == pyproject_before
    notes = loop.make("release-notes")
    assert f"client-version: changed {released} → {expected}" in notes
    assert (loop.repo / "pyproject.toml").read_bytes() == pyproject_before.replace(
        f'client-version = "{released}"'.encode(),
        f'client-version = "{expected}"'.encode(),
    )
    changelog = (loop.repo / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = changelog[
        changelog.index(f"## {expected}\n") : changelog.index(f"## {released}\n")
    ]
    pointer = f"/components/schemas/SmsAction/properties/{NEW_FIELD}"
    assert entry.startswith(f"## {expected}\n\nAPI changes since v{released} ")
    assert "### Features" in entry and "### Breaking" not in entry
    assert (
        f'- optional request field "{NEW_FIELD}" added; callers may start sending it (`{pointer}`)'
        in entry
    )
    assert changelog.index("# Changelog") < changelog.index(
        f"## {expected}"
    )  # after the intro

    assert "`python -m generator check --strict` fails" in loop.make(
        "publish", ok=False
    )
    loop.make("generate")
    assert entry in (loop.repo / "generated" / "CHANGELOG.md").read_text(
        encoding="utf-8"
    )
    loop.git("commit", "--quiet", "-am", f"Release {expected}")
    assert f"built dist/contactswing-{expected}.tar.gz" in loop.make("build")
    assert f"uploaded dist/contactswing-{expected}-py3-none-any.whl" in loop.make(
        "publish"
    )
    again = loop.make("publish", ok=False)
    assert (
        f"contactswing {expected} is already on {loop.env['PUBLISH_REPOSITORY_URL']}simple/"
        in again
    )
    loop.git("tag", f"v{expected}")
    assert "nothing to release" in loop.make("release-notes")

    loop.run(
        "pip install --upgrade",
        [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "contactswing"],
    )
    about = loop.run(
        "--about", [str(python), "-m", "contactswing", "--about"], cwd=loop.tmp
    )
    assert about.splitlines()[0] == f"contactswing {expected}"
    assert _create_sms(loop, python, with_new_field=True) == "True"


def _create_sms(loop: Loop, python: Path, *, with_new_field: bool) -> str:
    """Create an SMS action against Prism serving the scratch spec; return whether the model has the field."""
    port = free_port()
    prism = [
        str(PRISM),
        "mock",
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        str(loop.repo / "spec" / "openapi.yaml"),
    ]
    log = loop.tmp / f"prism-{port}.log"
    started = time.monotonic()
    with serving(prism, f"http://127.0.0.1:{port}/", log, cwd=loop.repo) as url:
        loop.timings.append(("prism start", time.monotonic() - started))
        mode = "with-new-field" if with_new_field else "without"
        output = loop.run(
            "create_sms",
            [str(python), "-c", CREATE_SMS, url.rstrip("/"), mode],
            cwd=loop.tmp,
        )
    action_id, has_field = output.split()
    assert action_id
    return has_field
