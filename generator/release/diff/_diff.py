"""The composing function: two loaded documents in, one report out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import DiffError

from ._context import Context
from ._document import compare_info, compare_models, compare_servers
from ._operations import compare_operations
from ._refs import Resolver
from ._report import DiffReport
from ._security import compare_security


def diff_documents(old: Mapping[str, Any], new: Mapping[str, Any]) -> DiffReport:
    """Classify every change from `old` to `new` (bundled OpenAPI 3.0/3.1 documents)."""
    for label, document in (("old", old), ("new", new)):
        _check(label, document)
    ctx = Context(Resolver(old, "old"), Resolver(new, "new"))
    ctx.old.check_refs()
    ctx.new.check_refs()
    try:
        # Models first: unions and fields recognise a renamed model as the same one.
        compare_models(ctx)
        compare_operations(ctx)
        compare_security(ctx)
        compare_servers(ctx)
        compare_info(ctx)
    except RecursionError as err:
        # $ref cycles are followed once; only inline nesting without end gets here.
        raise DiffError(
            "a schema nests inline without end (a recursive YAML alias?); use a $ref for recursion"
        ) from err
    return DiffReport(tuple(ctx.changes))


def _check(label: str, document: Any) -> None:
    if not isinstance(document, Mapping):
        raise DiffError(
            f"{label} document: is a {type(document).__name__}, not a mapping; pass the loaded document"
        )
    version = document.get("openapi")
    if not (isinstance(version, str) and version.startswith("3.")):
        raise DiffError(
            f"{label} document: /openapi: {version!r} is not an OpenAPI 3.0 or 3.1 version; "
            "convert Swagger 2.0 specs first"
        )
