"""Security: the schemes a client can authenticate with, and which ones each operation accepts."""

from __future__ import annotations

from typing import Any

from ._context import Context
from ._kinds import ChangeKind
from ._messages import q
from ._notes import compare_notes, notes_of
from ._refs import as_list, as_map, join
from ._views import canonical

# What decides the credential a user configures and how the client sends it.
_SCHEME_KEYS = ("type", "scheme", "in", "name", "flows", "openIdConnectUrl")

Alternatives = frozenset[frozenset[tuple[str, tuple[str, ...]]]]


def compare_security(ctx: Context) -> None:
    """Report security schemes added, removed or changed, and root requirement changes."""
    base = "/components/securitySchemes"
    old = as_map(as_map(ctx.old.document.get("components")).get("securitySchemes"))
    new = as_map(as_map(ctx.new.document.get("components")).get("securitySchemes"))
    for name in sorted(new.keys() - old.keys()):
        message = f"security scheme {q(name)} added; a new way to authenticate"
        ctx.emit(ChangeKind.SECURITY_SCHEME_ADDED, join(base, name), message)
    for name in sorted(old.keys() - new.keys()):
        message = f"security scheme {q(name)} removed; code configuring it breaks"
        ctx.emit(ChangeKind.SECURITY_SCHEME_REMOVED, join(base, name), message)
    for name in sorted(old.keys() & new.keys()):
        before, before_at = ctx.old.resolve(old[name], join(base, name))
        after, after_at = ctx.new.resolve(new[name], join(base, name))
        changed = [
            k
            for k in _SCHEME_KEYS
            if _normal(k, before.get(k)) != _normal(k, after.get(k))
        ]
        if changed:
            ctx.emit(
                ChangeKind.SECURITY_SCHEME_CHANGED,
                after_at,
                f"security scheme {q(name)}: {', '.join(changed)} changed; "
                "credentials may have to be set up differently",
            )
        compare_notes(ctx, notes_of(before, before_at), notes_of(after, after_at))
    compare_requirements(
        ctx,
        ctx.old.document.get("security"),
        ctx.new.document.get("security"),
        "/security",
        "operations without their own security",
    )


def _normal(key: str, value: Any) -> str:
    # HTTP auth scheme names are case-insensitive (RFC 7235): "Bearer" is "bearer".
    return canonical(
        value.lower() if key == "scheme" and isinstance(value, str) else value
    )


def compare_requirements(
    ctx: Context, old: Any, new: Any, pointer: str, subject: str
) -> None:
    """Report a security requirement list that drops (breaking) or only adds alternatives."""
    before, after = _alternatives(old), _alternatives(new)
    if before == after:
        return
    was, now = _describe(before), _describe(after)
    if before - after:
        message = f"{subject}: accepted credentials changed from {was} to {now}; ones that worked may be rejected"
        ctx.emit(ChangeKind.OPERATION_SECURITY_TIGHTENED, pointer, message)
    else:
        message = f"{subject}: accepted credentials widened from {was} to {now}"
        ctx.emit(ChangeKind.OPERATION_SECURITY_RELAXED, pointer, message)


def _alternatives(requirements: Any) -> Alternatives:
    """Each alternative is the set of (scheme, scopes) it needs; none at all means anonymous."""
    listed = as_list(requirements)
    if not listed:
        return frozenset({frozenset()})
    return frozenset(
        frozenset(
            (str(name), tuple(sorted(map(str, as_list(scopes)))))
            for name, scopes in as_map(r).items()
        )
        for r in listed
    )


def _describe(alternatives: Alternatives) -> str:
    def one(alternative: frozenset[tuple[str, tuple[str, ...]]]) -> str:
        """`oauth[read, write] + apiKey`, or "anonymous" for the empty alternative."""
        parts = [
            name + (f"[{', '.join(scopes)}]" if scopes else "")
            for name, scopes in sorted(alternative)
        ]
        return " + ".join(parts) or "anonymous"

    return " or ".join(sorted(one(a) for a in alternatives))
