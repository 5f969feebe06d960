"""Compare what one operation exchanges: parameters, request body, responses and their media."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._context import Context
from ._errors import error_class, is_success
from ._kinds import ChangeKind, Side
from ._messages import q
from ._notes import compare_notes, notes_of
from ._refs import as_map, join
from ._schema import compare_schema
from ._views import canonical, pair_renames

Parameters = dict[tuple[str, str], tuple[Mapping[str, Any], str]]

_PARAMETER = {
    ChangeKind.PARAMETER_ADDED_REQUIRED: "required {} parameter {} added; calls that omit it will be rejected",
    ChangeKind.PARAMETER_ADDED_OPTIONAL: "optional {} parameter {} added; callers may pass it",
    ChangeKind.PARAMETER_REMOVED: "{} parameter {} removed; code that passes it breaks",
    ChangeKind.PARAMETER_RENAMED: "{} parameter {} renamed to {}; code that passes the old name breaks",
    ChangeKind.PARAMETER_BECAME_REQUIRED: "{} parameter {} is now required; calls that omit it will be rejected",
    ChangeKind.PARAMETER_BECAME_OPTIONAL: "{} parameter {} is now optional; callers may leave it out",
}
_MEDIA = {
    (Side.REQUEST, True): "request media type {} added; callers may send it",
    (Side.REQUEST, False): "request media type {} removed; code sending it breaks",
    (Side.RESPONSE, True): "response media type {} added; a new body shape to handle",
    (Side.RESPONSE, False): "response media type {} removed; code reading it breaks",
}


def compare_parameters(ctx: Context, old: Parameters, new: Parameters) -> None:
    """Report parameters added, removed, renamed, required or not, and their schema changes."""
    removed = {key: old[key] for key in old.keys() - new.keys()}
    added = {key: new[key] for key in new.keys() - old.keys()}
    for location in sorted({where for where, _ in (*removed, *added)}):
        gone = {
            name: _schema(*removed[where, name])[0]
            for where, name in removed
            if where == location
        }
        came = {
            name: _schema(*added[where, name])[0]
            for where, name in added
            if where == location
        }
        for before, after in pair_renames(gone, came):
            _emit(
                ctx,
                ChangeKind.PARAMETER_RENAMED,
                added[location, after][1],
                location,
                before,
                after,
            )
            del removed[location, before], added[location, after]
    for location, name in sorted(removed):
        _emit(
            ctx,
            ChangeKind.PARAMETER_REMOVED,
            removed[location, name][1],
            location,
            name,
        )
    for location, name in sorted(added):
        node, pointer = added[location, name]
        kind = (
            ChangeKind.PARAMETER_ADDED_REQUIRED
            if _required(node)
            else ChangeKind.PARAMETER_ADDED_OPTIONAL
        )
        _emit(ctx, kind, pointer, location, name)
    for location, name in sorted(old.keys() & new.keys()):
        (old_node, old_at), (new_node, new_at) = (
            old[location, name],
            new[location, name],
        )
        if _required(old_node) != _required(new_node):
            kind = (
                ChangeKind.PARAMETER_BECAME_REQUIRED
                if _required(new_node)
                else ChangeKind.PARAMETER_BECAME_OPTIONAL
            )
            _emit(ctx, kind, new_at, location, name)
        compare_notes(ctx, notes_of(old_node, old_at), notes_of(new_node, new_at))
        compare_schema(
            ctx, *_schema(old_node, old_at), *_schema(new_node, new_at), Side.REQUEST
        )


def _emit(
    ctx: Context, kind: ChangeKind, pointer: str, location: str, *names: str
) -> None:
    ctx.emit(kind, pointer, _PARAMETER[kind].format(location, *map(q, names)))


def _required(parameter: Mapping[str, Any]) -> bool:
    return parameter.get("in") == "path" or parameter.get("required") is True


def _schema(parameter: Mapping[str, Any], pointer: str) -> tuple[Any, str]:
    """A parameter's schema: `schema`, else the schema of its first `content` entry."""
    if "schema" in parameter:
        return parameter["schema"], join(pointer, "schema")
    for media_type, media in as_map(parameter.get("content")).items():
        return as_map(media).get("schema", {}), join(
            pointer, "content", str(media_type), "schema"
        )
    return {}, pointer


def compare_request_bodies(
    ctx: Context,
    old_op: Mapping[str, Any],
    old_pointer: str,
    new_op: Mapping[str, Any],
    new_pointer: str,
) -> None:
    """Report a request body added, removed, now required or optional, or changed inside."""
    if "requestBody" not in old_op and "requestBody" not in new_op:
        return
    old, old_at = ctx.old.resolve(
        old_op.get("requestBody"), join(old_pointer, "requestBody")
    )
    new, new_at = ctx.new.resolve(
        new_op.get("requestBody"), join(new_pointer, "requestBody")
    )
    was, now = old.get("required") is True, new.get("required") is True
    if "requestBody" not in old_op:
        kind = (
            ChangeKind.REQUEST_BODY_ADDED_REQUIRED
            if now
            else ChangeKind.REQUEST_BODY_ADDED_OPTIONAL
        )
        effect = "calls without one will be rejected" if now else "callers may send one"
        ctx.emit(
            kind,
            new_at,
            f"{'required' if now else 'optional'} request body added; {effect}",
        )
    elif "requestBody" not in new_op:
        ctx.emit(
            ChangeKind.REQUEST_BODY_REMOVED,
            old_at,
            "request body removed; code that sends one breaks",
        )
    else:
        if was != now:
            kind = (
                ChangeKind.REQUEST_BODY_BECAME_REQUIRED
                if now
                else ChangeKind.REQUEST_BODY_BECAME_OPTIONAL
            )
            effect = (
                "calls without one will be rejected"
                if now
                else "callers may leave it out"
            )
            ctx.emit(
                kind,
                new_at,
                f"request body is now {'required' if now else 'optional'}; {effect}",
            )
        compare_notes(ctx, notes_of(old, old_at), notes_of(new, new_at))
        _compare_content(ctx, old, old_at, new, new_at, Side.REQUEST)


def compare_responses(
    ctx: Context,
    old_op: Mapping[str, Any],
    old_pointer: str,
    new_op: Mapping[str, Any],
    new_pointer: str,
) -> None:
    """Report response statuses added or removed, and changes inside the ones kept.

    Only 2xx responses reach code as typed return values; error responses are documentation
    for this client (see `_errors`).
    """
    old = {str(code): node for code, node in as_map(old_op.get("responses")).items()}
    new = {str(code): node for code, node in as_map(new_op.get("responses")).items()}
    old_base, new_base = join(old_pointer, "responses"), join(new_pointer, "responses")
    for code in sorted(new.keys() - old.keys()):
        if is_success(code):
            message = f"response {code} added; a newly documented outcome to handle"
            ctx.emit(ChangeKind.RESPONSE_STATUS_ADDED, join(new_base, code), message)
        else:
            message = f"error response {code} documented; {_raised(code)}"
            ctx.emit(ChangeKind.ERROR_RESPONSE_ADDED, join(new_base, code), message)
    for code in sorted(old.keys() - new.keys()):
        if is_success(code):
            message = f"response {code} removed; code relying on its body breaks"
            ctx.emit(ChangeKind.RESPONSE_STATUS_REMOVED, join(old_base, code), message)
        else:
            message = f"error response {code} no longer documented; {_raised(code)}"
            ctx.emit(ChangeKind.ERROR_RESPONSE_REMOVED, join(old_base, code), message)
    for code in sorted(old.keys() & new.keys()):
        before, before_at = ctx.old.resolve(old[code], join(old_base, code))
        after, after_at = ctx.new.resolve(new[code], join(new_base, code))
        compare_notes(ctx, notes_of(before, before_at), notes_of(after, after_at))
        if is_success(code):
            _compare_content(ctx, before, before_at, after, after_at, Side.RESPONSE)
        elif canonical(before.get("content")) != canonical(after.get("content")):
            ctx.emit(
                ChangeKind.DOCS_CHANGED,
                join(after_at, "content") if "content" in after else after_at,
                f"error response {code}: body changed; the client does not type error "
                "bodies (code reads them untyped, as err.body)",
            )


def _raised(code: str) -> str:
    return (
        f"the client raises {error_class(code)} for it either way: error classes come "
        "from a fixed status table and error bodies are not typed"
    )


def _compare_content(
    ctx: Context,
    old: Mapping[str, Any],
    old_at: str,
    new: Mapping[str, Any],
    new_at: str,
    side: Side,
) -> None:
    """Media types added or removed; the schema of each media type kept."""
    old_content, new_content = as_map(old.get("content")), as_map(new.get("content"))
    for media_type in sorted(new_content.keys() - old_content.keys()):
        pointer = join(new_at, "content", media_type)
        ctx.emit(
            ChangeKind.for_side(side, "MEDIA_TYPE_ADDED"),
            pointer,
            _MEDIA[side, True].format(media_type),
        )
    for media_type in sorted(old_content.keys() - new_content.keys()):
        pointer = join(old_at, "content", media_type)
        ctx.emit(
            ChangeKind.for_side(side, "MEDIA_TYPE_REMOVED"),
            pointer,
            _MEDIA[side, False].format(media_type),
        )
    for media_type in sorted(old_content.keys() & new_content.keys()):
        before, after = as_map(old_content[media_type]), as_map(new_content[media_type])
        before_at, after_at = join(old_at, "content", media_type), join(
            new_at, "content", media_type
        )
        compare_notes(ctx, notes_of(before, before_at), notes_of(after, after_at))
        old_schema, new_schema = before.get("schema", {}), after.get("schema", {})
        compare_schema(
            ctx,
            old_schema,
            join(before_at, "schema"),
            new_schema,
            join(after_at, "schema"),
            side,
        )
