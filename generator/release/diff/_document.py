"""Document-wide changes: models (component schemas), info, servers, root tags and docs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._context import Context
from ._kinds import ChangeKind
from ._messages import q
from ._refs import Resolver, as_list, as_map, join
from ._views import canonical, pair_renames

_MODELS = "/components/schemas"


def compare_models(ctx: Context) -> None:
    """Report models added, removed or renamed, by the class name users import.

    Component keys are named as the generator names them (`plan.component_classes`), so a key
    renamed to one that gives the same class (`pet_owner` to `PetOwner`) changes nothing.
    """
    old, new = _models(ctx.old), _models(ctx.new)
    removed = {name: old[name][1] for name in old.keys() - new.keys()}
    added = {name: new[name][1] for name in new.keys() - old.keys()}
    for before, after in pair_renames(removed, added):
        ctx.model_renames[before] = after
        message = f"model {q(before)} renamed to {q(after)}; code importing the old class name breaks"
        ctx.emit(ChangeKind.MODEL_RENAMED, join(_MODELS, new[after][0]), message)
        del removed[before], added[after]
    for name in sorted(removed):
        message = f"model {q(name)} removed; code importing it breaks"
        ctx.emit(ChangeKind.MODEL_REMOVED, join(_MODELS, old[name][0]), message)
    for name in sorted(added):
        ctx.emit(
            ChangeKind.MODEL_ADDED,
            join(_MODELS, new[name][0]),
            f"model {q(name)} added",
        )


def _models(resolver: Resolver) -> dict[str, tuple[str, Any]]:
    """Class name → (component key, schema)."""
    schemas = as_map(as_map(resolver.document.get("components")).get("schemas"))
    return {
        resolver.names.classes[str(key)]: (str(key), schema)
        for key, schema in schemas.items()
    }


def compare_info(ctx: Context) -> None:
    """Report the API version, info, root tags and externalDocs changing (documentation)."""
    old, new = as_map(ctx.old.document.get("info")), as_map(
        ctx.new.document.get("info")
    )
    for key in sorted(old.keys() | new.keys(), key=str):
        if canonical(old.get(key)) == canonical(new.get(key)):
            continue
        if key == "version":
            message = (
                f"info.version changed from {q(old.get(key))} to {q(new.get(key))}; "
                "the client's __api_version__ follows"
            )
            ctx.emit(ChangeKind.API_VERSION_CHANGED, "/info/version", message)
        else:
            ctx.emit(
                ChangeKind.DOCS_CHANGED,
                join("/info", str(key)),
                f"info.{key} {_verb(old, new, key)}",
            )
    for key in ("tags", "externalDocs"):
        if canonical(ctx.old.document.get(key)) != canonical(ctx.new.document.get(key)):
            verb = _verb(ctx.old.document, ctx.new.document, key)
            ctx.emit(ChangeKind.DOCS_CHANGED, f"/{key}", f"root {key} {verb}")


def _verb(old: Mapping[str, Any], new: Mapping[str, Any], key: str) -> str:
    return "added" if key not in old else "removed" if key not in new else "changed"


def compare_servers(ctx: Context) -> None:
    """Report the default server URL (the client's default base URL) or the server list changing."""
    old_servers = as_list(ctx.old.document.get("servers"))
    new_servers = as_list(ctx.new.document.get("servers"))
    before, after = _default_url(old_servers), _default_url(new_servers)
    if before != after:
        ctx.emit(
            ChangeKind.DEFAULT_SERVER_CHANGED,
            "/servers/0/url" if new_servers else "/servers/0",
            f"default server URL changed from {q(before)} to {q(after)}; "
            "code relying on the default base URL now talks to the new one",
        )
    elif canonical(old_servers) != canonical(new_servers):
        ctx.emit(
            ChangeKind.DOCS_CHANGED,
            "/servers",
            "servers changed; the default base URL is the same",
        )


def _default_url(servers: list[Any]) -> str | None:
    """The first server's URL with its variables set to their defaults."""
    if not servers:
        return None
    first = as_map(servers[0])
    url = str(first.get("url", ""))
    for name, variable in as_map(first.get("variables")).items():
        url = url.replace(
            "{" + str(name) + "}", str(as_map(variable).get("default", ""))
        )
    return url
