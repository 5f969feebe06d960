"""Protects the generated package's metadata: license and project URLs from the spec or
``[tool.generator]``, Python classifiers matching Requires-Python, and TOML that spec text
cannot break.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from generator import ir, render
from generator.config import load_options
from generator.errors import ConfigError
from generator.parse.metadata import package_license, project_urls

HOSTILE = 'Evil"\n]\n[tool.x]\r\nkey = "v\u2028"\x00\x1b'


@pytest.mark.parametrize(
    ("info", "configured", "expected"),
    [
        ({"license": {"name": "Apache 2.0"}}, "MIT", ir.License("MIT", "")),
        ({"license": {"name": "x", "identifier": "apache-2.0"}}, None, ir.License("Apache-2.0", "x")),
        ({"license": {"name": "Apache 2.0", "url": "https://a"}}, None, ir.License("Apache-2.0", "Apache 2.0")),
        ({"license": {"name": "The MIT License"}}, None, ir.License("MIT", "The MIT License")),
        ({"license": {"name": "Proprietary"}}, None, ir.License("", "Proprietary")),
        ({"license": {"name": "  Acme\nPublic  License "}}, None, ir.License("", "Acme Public License")),
        ({"license": {"name": "BSD", "identifier": "not spdx"}}, None, ir.License("", "BSD")),
        ({"license": "MIT"}, None, None),
        ({}, None, None),
    ],
)  # fmt: skip
def test_the_license_comes_from_the_setting_else_the_spec(
    info: dict[str, Any], configured: str | None, expected: ir.License | None
) -> None:
    assert package_license(info, configured) == expected


def test_a_hostile_license_name_becomes_one_line_of_printable_text() -> None:
    found = package_license({"license": {"name": HOSTILE}}, None)
    assert found is not None
    assert found.name.isprintable() and "\n" not in found.name


def test_project_urls_come_from_the_spec_in_a_fixed_order() -> None:
    document = {"externalDocs": {"url": "https://docs.example.com"}}
    info = {
        "license": {"name": "Apache 2.0", "url": "https://www.apache.org/licenses/"},
        "contact": {"url": "https://example.com/support", "email": "a@example.com"},
        "termsOfService": "https://example.com/tos",
    }
    assert project_urls(document, info, configured_license=False) == (
        ir.ProjectUrl("Documentation", "https://docs.example.com"),
        ir.ProjectUrl("Contact", "https://example.com/support"),
        ir.ProjectUrl("Terms of Service", "https://example.com/tos"),
        ir.ProjectUrl("License", "https://www.apache.org/licenses/"),
    )
    # The spec's license URL describes the spec's license, not a configured one.
    labels = [u.label for u in project_urls(document, info, configured_license=True)]
    assert "License" not in labels


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "/relative/docs",
        "https://",
        "https://docs.example.com/a b",
        "https://docs.example.com/\n[tool.x]",
        "https://[::1",
        "ftp://example.com",
        42,
        None,
    ],
)
def test_a_url_that_is_not_absolute_http_is_left_out(url: object) -> None:
    assert project_urls({"externalDocs": {"url": url}}, {}, False) == ()


def _api(**changes: Any) -> ir.Api:
    values: dict[str, Any] = {
        "package": "shop",
        "distribution": "shop",
        "client_class": "Shop",
        "async_client_class": "AsyncShop",
        "error_base": "ContactSwingError",
        "title": "Shop API",
        "description": "",
        "api_version": "1.0.0",
        "client_version": "0.1.0",
        "spec_sha256": "0" * 64,
        "server_url": "https://shop.example.com",
        "schemes": (),
        "security": ((),),
        "request_id_field": None,
        "resources": (),
        "model_names": (),
    }
    return ir.Api(**{**values, **changes})


def _pyproject(api: ir.Api) -> dict[str, Any]:
    template = render.environment().get_template("pyproject.toml.jinja")
    text = template.render(api=api, dependencies=("httpx>=0.27,<1",))
    project: dict[str, Any] = tomllib.loads(text)["project"]
    return project


def test_the_pyproject_declares_license_urls_and_classifiers() -> None:
    project = _pyproject(
        _api(
            license=ir.License("MIT", ""),
            project_urls=(ir.ProjectUrl("Documentation", "https://docs.example.com"),),
        )
    )
    assert project["license"] == "MIT"
    assert project["urls"] == {"Documentation": "https://docs.example.com"}
    assert project["requires-python"] == ">=3.11"
    versions = [
        c.rsplit(" :: ", 1)[1]
        for c in project["classifiers"]
        if c.startswith("Programming Language :: Python :: 3.")
    ]
    assert versions == list(ir.PYTHON_VERSIONS)
    assert versions[0] == project["requires-python"].removeprefix(">=")
    assert "Typing :: Typed" in project["classifiers"]
    assert not any(c.startswith("License ::") for c in project["classifiers"])


def test_a_named_license_is_declared_as_text_and_none_is_left_out() -> None:
    named = _pyproject(_api(license=ir.License("", HOSTILE.replace("\n", " "))))
    assert named["license"] == {"text": HOSTILE.replace("\n", " ")}
    bare = _pyproject(_api())
    assert "license" not in bare and "urls" not in bare


def _project(tmp_path: Path, license: str) -> Path:
    (tmp_path / "spec").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.generator]\nlicense = "{license}"\n', encoding="utf-8"
    )
    return tmp_path


def test_the_license_setting_is_read_in_its_canonical_form(tmp_path: Path) -> None:
    options = load_options(cwd=_project(tmp_path, "mit OR apache-2.0"))
    assert options.license == "MIT OR Apache-2.0"


def test_a_license_setting_that_is_not_spdx_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"license 'Apache 2' is not an SPDX"):
        load_options(cwd=_project(tmp_path, "Apache 2"))


def test_the_contactswing_project_licenses_its_client_under_mit() -> None:
    root = Path(__file__).resolve().parents[2]
    assert load_options(cwd=root).license == "MIT"
    generated = tomllib.loads((root / "generated" / "pyproject.toml").read_text())
    assert generated["project"]["license"] == "MIT"
    assert generated["project"]["urls"]["Documentation"].startswith("https://docs.")
