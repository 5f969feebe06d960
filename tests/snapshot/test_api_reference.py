"""Protects ``api.md``: every public method of the generated client is in the reference, with
the signature the code has, and every model it names is described.
"""

from __future__ import annotations

import inspect
import re
import typing
from pathlib import Path

import contactswing
import pytest
from contactswing import models

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = (ROOT / "generated" / "api.md").read_text(encoding="utf-8")
_OPTIONS = {"options"}


def _sections() -> dict[str, str]:
    """``## Title: `client.<attribute>``` section text, by attribute."""
    found: dict[str, str] = {}
    for chunk in REFERENCE.split("\n## ")[1:]:
        match = re.match(r"[^\n]*`client\.(\w+)`", chunk)
        if match:
            found[match.group(1)] = chunk
    return found


def _resources() -> dict[str, object]:
    client = contactswing.ContactSwing(
        token="t0ken-reference", base_url="http://127.0.0.1:9"
    )
    hints = typing.get_type_hints(contactswing.ContactSwing)
    names = [n for n in dir(client) if not n.startswith("_") and n not in hints]
    return {
        name: getattr(client, name)
        for name in names
        if type(getattr(type(client), name, None)).__name__ == "cached_property"
        and name not in ("with_raw_response", "with_streaming_response")
    }


RESOURCES = _resources()


def test_every_resource_has_a_section() -> None:
    assert set(_sections()) == set(RESOURCES)


@pytest.mark.parametrize("attribute", sorted(RESOURCES))
def test_every_method_is_listed_with_its_parameters(attribute: str) -> None:
    section = _sections()[attribute]
    resource = RESOURCES[attribute]
    methods = [
        name
        for name, member in inspect.getmembers(resource, inspect.ismethod)
        if not name.startswith("_")
    ]
    assert methods
    for name in methods:
        parameters = [
            p.name
            for p in inspect.signature(getattr(resource, name)).parameters.values()
            if p.name not in _OPTIONS
        ]
        line = next(
            (row for row in section.splitlines() if row.startswith(f"{name}(")), None
        )
        assert line is not None, f"{attribute}.{name} is missing from api.md"
        shown = re.findall(r"(\w+):", line.split(") -> ")[0])
        assert shown == parameters, f"{attribute}.{name}: {line}"


def test_every_model_a_section_names_is_described() -> None:
    named = set(re.findall(r"\[`(\w+)`\]\(#\w+\)", REFERENCE))
    described = set(re.findall(r"^### (\w+)$", REFERENCE, flags=re.MULTILINE))
    assert named <= described
    assert named <= set(dir(models))
