"""The package's metadata from the spec: its license and its project URLs.

- License: ``[tool.generator] license`` (an SPDX expression, the publisher's choice) wins;
  else the spec's ``info.license``: its SPDX ``identifier``, or the identifier its ``name``
  spells ("Apache 2.0" is ``Apache-2.0``), else the name as it is. No license is made up.
- Project URLs, each where the spec gives it: ``Documentation`` (``externalDocs.url``),
  ``Contact`` (``info.contact.url``), ``Terms of Service`` (``info.termsOfService``) and
  ``License`` (``info.license.url``, unless the configured license replaced the spec's).

Spec text lands in ``pyproject.toml`` and from there in the wheel's metadata headers, so a
license name is cut to one line of printable text and a URL must be an absolute http(s) URL
without spaces or control characters; one that is not is left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from generator import ir, spdx
from generator.parse.text import text

__all__ = ["package_license", "project_urls"]

# A license name is a name, not a license text.
_MAX_NAME = 200


def package_license(
    info: Mapping[str, Any], configured: str | None
) -> ir.License | None:
    """The configured license, else the spec's, else None."""
    if configured:
        return ir.License(expression=configured, name="")
    spec_license = _mapping(info.get("license"))
    name = _one_line(text(spec_license.get("name")))
    identifier = text(spec_license.get("identifier"))
    expression = (spdx.canonical(identifier) if identifier else None) or (
        spdx.from_name(name) if name else None
    )
    if expression is None and not name:
        return None
    return ir.License(expression=expression or "", name=name)


def project_urls(
    document: Mapping[str, Any], info: Mapping[str, Any], configured_license: bool
) -> tuple[ir.ProjectUrl, ...]:
    """The project URLs the spec gives, in a fixed order; bad URLs left out."""
    candidates = [
        ("Documentation", _mapping(document.get("externalDocs")).get("url")),
        ("Contact", _mapping(info.get("contact")).get("url")),
        ("Terms of Service", info.get("termsOfService")),
    ]
    if not configured_license:
        candidates.append(("License", _mapping(info.get("license")).get("url")))
    return tuple(
        ir.ProjectUrl(label, url) for label, raw in candidates if (url := _web_url(raw))
    )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _one_line(name: str) -> str:
    """Printable text on one line: whitespace runs (line breaks too) become one space."""
    words = "".join(c for c in " ".join(name.split()) if c.isprintable())
    return words[:_MAX_NAME]


def _web_url(value: Any) -> str:
    """``value`` when it is an absolute http(s) URL with no space or control character."""
    url = text(value)
    if not url or any(c.isspace() or not c.isprintable() for c in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an invalid IPv6 host
        return ""
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    return url
