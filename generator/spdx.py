"""SPDX license expressions: the one wrapper around ``packaging.licenses``.

The generated package's ``license`` is an SPDX expression (PEP 639) whenever one is known: from
``[tool.generator] license``, from the spec's ``info.license.identifier``, or spelled out by
its ``info.license.name`` ("Apache 2.0", "MIT License").
"""

from __future__ import annotations

import re

from packaging.licenses import (
    InvalidLicenseExpression,
    canonicalize_license_expression,
)

__all__ = ["canonical", "from_name"]

# Words license names add around an SPDX identifier: "The MIT License", "Apache License,
# Version 2.0".
_NOISE = re.compile(r"\b(?:the|license|licence|version)\b|,", re.IGNORECASE)


def canonical(expression: str) -> str | None:
    """The canonical form of an SPDX license expression (``mit`` → ``MIT``), or None."""
    try:
        return str(canonicalize_license_expression(expression))
    except InvalidLicenseExpression:
        return None


def from_name(name: str) -> str | None:
    """The SPDX identifier a license *name* spells exactly, or None when it spells none.

    Only spacing, capitals and the words around an identifier are forgiven ("Apache 2.0" is
    ``Apache-2.0``, "The MIT License" is ``MIT``); nothing is guessed ("BSD", "GPL" and
    "Proprietary" name no single identifier and stay names).
    """
    for candidate in (name, _NOISE.sub(" ", name)):
        words = candidate.split()
        for form in (" ".join(words), "-".join(words)):
            found = canonical(form) if form else None
            if found is not None:
                return found
    return None
