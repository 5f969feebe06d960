"""A runnable call of each operation, written from the spec's own examples, for the README.

The arguments are the documented example values: a parameter's ``example`` (or its schema's),
the request body's example as the model it is (``models.X.model_validate({...})``, the
member of a union its discriminator names), a file part as a small ``(name, bytes, type)``
tuple. An operation whose required values have no example gets no example call: the README
shows nothing rather than something that does not run.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir, naming
from generator.filters import ident, py_str
from generator.models import Models
from generator.spec.traverse import OperationRef, deref, iter_parameters

__all__ = ["example_call", "literal"]

_MISSING = object()
_WIDTH = 72  # longer literals are written one item per line
_FILE = '("faq.txt", b"Q: Opening hours?|A: 9 to 5.", "text/plain")'


def example_call(
    document: Mapping[str, Any],
    models: Models,
    op: OperationRef,
    built: ir.Operation,
    attribute: str,
) -> ir.Example | None:
    """The example's arguments and code (the call, then a use of what it gives back);
    None when a required value has no example."""
    values = _parameter_examples(document, op)
    arguments: list[str] = []
    for param in built.path_parameters:
        value = values.get(("path", param.wire_name), _MISSING)
        if value is _MISSING:
            return None
        arguments.append(literal(value))
    found = _body_arguments(document, models, op.operation.get("requestBody"), built)
    if found is None:
        return None
    body, method = found
    arguments += body
    for param in built.keyword_parameters:
        value = values.get((param.location.value, param.wire_name), _MISSING)
        if value is not _MISSING:
            arguments.append(f"{ident(param.name)}={literal(value)}")
        elif param.required:
            return None
    call = f"client.{attribute}.{ident(method)}({', '.join(arguments)})"
    if len(call) > _WIDTH or "\n" in call:
        inner = "".join(f"\n    {_indented(a)}," for a in arguments)
        call = f"client.{attribute}.{ident(method)}({inner}\n)"
    answer, status = _answer(document, op.operation)
    code = _with_result(models, built, call, attribute)
    shown = "" if answer is _MISSING else literal(answer, 8)
    ends = _last_page(answer, built.pagination)
    return ir.Example(tuple(arguments), code, shown, status, ends)


def _answer(
    document: Mapping[str, Any], operation: Mapping[str, Any]
) -> tuple[Any, int]:
    """The first documented 2xx JSON answer's example, and its status."""
    responses = operation.get("responses")
    for status, raw in (responses.items() if isinstance(responses, Mapping) else ()):
        response = deref(document, raw)[0]
        if not str(status).startswith("2") or not isinstance(response, Mapping):
            continue
        content = response.get("content")
        for media in content.values() if isinstance(content, Mapping) else ():
            if isinstance(media, Mapping):
                value = _example_of(document, media)
                if value is not _MISSING:
                    return value, int(status)
    return _MISSING, 200


def _last_page(answer: Any, pages: ir.Pagination | None) -> bool:
    """Whether a list's documented answer says no page follows it."""
    if pages is None or not isinstance(answer, Mapping):
        return False

    def at(pointer: str) -> Any:
        found: Any = answer
        for segment in pointer.strip("/").split("/") if pointer else ():
            found = found.get(segment) if isinstance(found, Mapping) else None
        return found if pointer else None

    if isinstance(at(pages.has_next), bool):
        return at(pages.has_next) is False
    items = at(pages.items) if pages.items else answer
    count = len(items) if isinstance(items, list) else 0
    current = at(pages.current_page) or 1
    total_pages, total_items = at(pages.total_pages), at(pages.total_items)
    if isinstance(total_pages, int) and isinstance(current, int):
        return current >= total_pages
    return isinstance(total_items, int) and count >= total_items


def _with_result(models: Models, built: ir.Operation, call: str, attribute: str) -> str:
    """The call, and a use of what it returns: the items of a page, a model's identifier.

    Each result is named after its type (``created_action``, ``calls_page``), so the README's
    examples, run one after another, never give one name two types."""
    item = naming.singular(attribute)
    if built.pagination:
        page = f"{attribute}_page"
        return f"{page} = {call}\nfor {item} in {page}.items:\n    print({item})"
    if built.returns in ("None", "") or built.returns_kind == "none":
        return call
    kind = built.returns.split(" | ")[0]
    name = naming.snake(kind) if kind in models.classes else f"{item}_result"
    optional = "None" in built.returns.split(" | ")
    shown = "" if optional else _identifier(models, kind)
    return f"{name} = {call}\nprint({name}{'.' + shown if shown else ''})"


def _identifier(models: Models, returns: str) -> str:
    """A field worth printing of the returned model: its identifier, else its first field."""
    model = models.classes.get(returns)
    if model is None or not model.fields:
        return ""
    names = [f.name for f in model.fields]
    for name in names:
        if name == "id" or name.endswith("_id"):
            return ident(name)
    return ident(names[0])


def _parameter_examples(
    document: Mapping[str, Any], op: OperationRef
) -> dict[tuple[str, str], Any]:
    """(location, wire name) → the documented example of each parameter that has one."""
    found: dict[tuple[str, str], Any] = {}
    for param in iter_parameters(document, op):
        value = _example_of(document, param.parameter)
        if value is _MISSING:
            schema = deref(document, param.parameter.get("schema"))[0]
            value = (
                _example_of(document, schema)
                if isinstance(schema, Mapping)
                else _MISSING
            )
        if value is not _MISSING:
            found[(param.location, param.name)] = value
    return found


def _example_of(document: Mapping[str, Any], holder: Mapping[str, Any]) -> Any:
    """``example``, else the first of ``examples`` (a list, or named Example objects)."""
    if "example" in holder:
        return holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    if isinstance(examples, Mapping):
        for raw in examples.values():
            example = deref(document, raw)[0]
            if isinstance(example, Mapping) and "value" in example:
                return example["value"]
    return _MISSING


def _body_arguments(
    document: Mapping[str, Any], models: Models, raw: Any, built: ir.Operation
) -> tuple[list[str], str] | None:
    """The body's arguments and the method that takes them (a per-variant method, for a
    body of one kind); None when a required body has no example."""
    body = built.body
    if body is None:
        return [], built.name
    request = deref(document, raw)[0]
    content = request.get("content") if isinstance(request, Mapping) else None
    value: Any = _MISSING
    for media in content.values() if isinstance(content, Mapping) else ():
        if isinstance(media, Mapping):
            value = _example_of(document, media)
            schema = deref(document, media.get("schema"))[0]
            if value is _MISSING and isinstance(schema, Mapping):
                value = _example_of(document, schema)
            break
    if value is _MISSING:
        return None if body.required else ([], built.name)
    if body.as_arguments:
        fields = _field_arguments(body, value)
        return None if fields is None else (fields, built.name)
    if body.encoding == "binary":
        return (['b"..."'] if body.required else []), built.name
    for variant in body.variants:
        if (
            isinstance(value, Mapping)
            and value.get(variant.discriminator_field) == variant.discriminator_value
        ):
            return _variant_arguments(models, variant, value), variant.method_name
    return [_model_argument(body, value)], built.name


def _variant_arguments(
    models: Models, variant: ir.Variant, value: Mapping[str, Any]
) -> list[str]:
    """The per-variant method's keyword arguments: the example's fields, typed."""
    model = models.classes.get(variant.model)
    wire = {f.name: f.alias for f in model.fields} if model else {}
    found = []
    for field in variant.fields:
        given = value.get(wire.get(field.name, field.name), _MISSING)
        if given is not _MISSING:
            typed = _typed(models, field.annotation, given)
            found.append(f"{ident(field.argument)}={typed}")
    return found


def _typed(models: Models, annotation: str, value: Any) -> str:
    """A value for an argument of ``annotation``: a model built from its data, else data."""
    kind = annotation.split(" | ")[0].strip()
    listed = kind.startswith("list[") and kind.endswith("]")
    name = kind[5:-1] if listed else kind
    model = models.classes.get(name)
    if model is None or model.is_alias or model.root is not None:
        return literal(value)
    if listed and isinstance(value, list):
        built = [_typed(models, name, item) for item in value]
        return "[" + ", ".join(built) + "]"
    if isinstance(value, Mapping):
        return f"models.{ident(name)}.model_validate({literal(value)})"
    return literal(value)


def _field_arguments(body: ir.Body, value: Any) -> list[str] | None:
    """Keyword arguments of a multipart body: its example's fields, files as small tuples."""
    if not isinstance(value, Mapping):
        return None
    found = []
    files = 0  # one file is always shown: an upload is what the example is about
    for field in body.fields:
        is_file = "_FileTypes" in field.annotation
        if field.wire_name not in value and not (
            is_file and (field.required or not files)
        ):
            if field.required:
                return None
            continue
        if is_file:
            files += 1
            given = f"[{_FILE}]" if "Sequence" in field.annotation else _FILE
        else:
            given = literal(value[field.wire_name])
        found.append(f"{ident(field.name)}={given}")
    return found


def _model_argument(body: ir.Body, value: Any) -> str:
    """The body as its model built from the example (the variant its discriminator names)."""
    model = body.model
    for variant in body.variants:
        if (
            isinstance(value, Mapping)
            and value.get(variant.discriminator_field) == variant.discriminator_value
        ):
            model = variant.model
    if model in ("", "Any") or "[" in model or "|" in model:
        return literal(value)
    return f"models.{ident(model)}.model_validate({literal(value)})"


def literal(value: Any, indent: int = 0) -> str:
    """JSON data as a Python literal: one line when short, else one item per line."""
    flat = _flat(value)
    if len(flat) + indent <= _WIDTH or not isinstance(value, (dict, list)):
        return flat
    pad = " " * (indent + 4)
    if isinstance(value, dict):
        items = [
            f"{pad}{py_str(str(k))}: {literal(v, indent + 4)},"
            for k, v in value.items()
        ]
        return "{\n" + "\n".join(items) + "\n" + " " * indent + "}"
    items = [f"{pad}{literal(v, indent + 4)}," for v in value]
    return "[\n" + "\n".join(items) + "\n" + " " * indent + "]"


def _flat(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, dict):
        inner = ", ".join(f"{_text(k)}: {_flat(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flat(v) for v in value) + "]"
    return _text(value)


def _text(value: object) -> str:
    """A string literal that cannot end the README's code fence (backticks escaped)."""
    return py_str(str(value)).replace("`", "\\x60")


def _indented(argument: str) -> str:
    """An argument written inside a call's parentheses: its later lines indented once."""
    return argument.replace("\n", "\n    ")
