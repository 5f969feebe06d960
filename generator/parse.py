"""The only reader of raw spec keys: a planned document plus its models → ``ir.Api``."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from generator import ir, naming
from generator.models import Models
from generator.plan import component_of, is_form, is_json
from generator.walk import deref, iter_operations

_IDEMPOTENCY_HEADERS = frozenset({"idempotency-key", "x-idempotency-key"})


@dataclass(frozen=True, slots=True)
class Naming:
    """Names of the generated package, chosen by the user (CLI or pyproject.toml)."""

    package: str
    client_version: str
    spec_sha256: str


def parse(document: Mapping[str, Any], models: Models, names: Naming) -> ir.Api:
    """Decide everything the templates will render."""
    info = document.get("info") if isinstance(document.get("info"), Mapping) else {}
    assert isinstance(info, Mapping)
    title = _text(info.get("title")) or names.package
    class_base = naming.pascal(title.removesuffix(" API").removesuffix(" Api"), fallback="Api")
    resources = _resources(document, models)
    return ir.Api(
        package=names.package,
        distribution=names.package.replace("_", "-"),
        client_class=class_base,
        async_client_class=f"Async{class_base}",
        error_base="ContactSwingError",  # the static runtime's base error class
        title=title,
        description=_text(info.get("description")),
        api_version=_text(info.get("version")),
        client_version=names.client_version,
        spec_sha256=names.spec_sha256,
        server_url=_server_url(document),
        auth=_auth(document),
        resources=resources,
        model_names=tuple(sorted(models.classes)),
    )


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else "" if value is None else str(value)


def _server_url(document: Mapping[str, Any]) -> str:
    servers = document.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], Mapping):
        return ""
    server = servers[0]
    url = _text(server.get("url"))
    variables = server.get("variables")
    if isinstance(variables, Mapping):
        for name, variable in variables.items():
            if isinstance(variable, Mapping) and "default" in variable:
                url = url.replace("{" + str(name) + "}", _text(variable["default"]))
    return url.rstrip("/") if url.startswith(("http://", "https://")) else ""


def _auth(document: Mapping[str, Any]) -> ir.Auth:
    components = document.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, Mapping) else None
    requirements = document.get("security")
    if not isinstance(requirements, list):
        requirements = next((op.operation.get("security") for op in iter_operations(document)
                             if isinstance(op.operation.get("security"), list)), [])
    if not isinstance(schemes, Mapping):
        return ir.Auth("none")
    for requirement in requirements if isinstance(requirements, list) else []:
        for name in requirement if isinstance(requirement, Mapping) else ():
            scheme = deref(document, schemes.get(name))
            if not isinstance(scheme, Mapping):
                continue
            kind, where = str(scheme.get("type", "")).lower(), str(scheme.get("in", "")).lower()
            if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                return ir.Auth("basic")
            if kind in ("http", "oauth2", "openidconnect"):
                return ir.Auth("bearer")
            if kind == "apikey" and where in ("header", "query"):
                return ir.Auth(where, _text(scheme.get("name")))
    return ir.Auth("none")


def _resources(document: Mapping[str, Any], models: Models) -> tuple[ir.Resource, ...]:
    tag_docs: dict[str, str] = {}
    for tag in document.get("tags") or []:
        if isinstance(tag, Mapping) and isinstance(tag.get("name"), str):
            tag_docs[tag["name"]] = _text(tag.get("description"))
    grouped: dict[str, list[Any]] = {}
    for op in iter_operations(document):
        tags = op.operation.get("tags")
        tag = str(tags[0]) if isinstance(tags, list) and tags else "default"
        grouped.setdefault(tag, []).append(op)
    taken_attrs: set[str] = {"with_raw_response", "close", "request", "aclose"}
    # A resource class must not shadow a model its module imports (petstore's `user` tag vs `User`).
    taken_classes: set[str] = set(models.classes)
    resources = []
    for tag in sorted(grouped, key=lambda t: naming.snake(t)):
        attribute = naming.unique(naming.snake(tag, fallback="default"), taken_attrs)
        class_name = naming.pascal(tag, fallback="Default")
        if {class_name, f"Async{class_name}"} & taken_classes or any(
            n.startswith(class_name) and n.endswith("WithRawResponse") for n in taken_classes
        ):
            class_name += "Resource"
        class_name = naming.unique(class_name, taken_classes)
        taken_classes.update({f"Async{class_name}", f"{class_name}WithRawResponse",
                              f"Async{class_name}WithRawResponse"})
        taken_methods: set[str] = {"with_raw_response"}
        operations = _guard_builtins(
            tuple(_operation(document, models, op, tag, taken_methods) for op in grouped[tag]))
        resources.append(ir.Resource(attribute, class_name, naming.module_name(tag),
                                     tag_docs.get(tag, ""), operations))
    return tuple(resources)


_SHADOWABLE = frozenset({"list", "dict", "set", "type", "str", "int", "float", "bool", "bytes",
                         "tuple", "object"})
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _guard_builtins(operations: tuple[ir.Operation, ...]) -> tuple[ir.Operation, ...]:
    """Say ``builtins.list`` where a method named ``list`` would shadow the type in the class."""
    names = {op.name for op in operations}
    names |= {v.method_name for op in operations if op.body for v in op.body.variants}
    shadowed = names & _SHADOWABLE
    if not shadowed:
        return operations
    word = re.compile(rf"(?<![\w.])({'|'.join(sorted(shadowed))})\b")

    def fix(text: str) -> str:
        parts = re.split(f"({_STRING.pattern})", text)
        return "".join(p if i % 2 else word.sub(r"builtins.\1", p) for i, p in enumerate(parts))

    fixed = []
    for op in operations:
        params = tuple(replace(p, annotation=fix(p.annotation)) for p in op.parameters)
        body = op.body
        if body is not None:
            variants = tuple(replace(v, fields=tuple(replace(f, annotation=fix(f.annotation))
                                                     for f in v.fields)) for v in body.variants)
            body = replace(body, annotation=fix(body.annotation), variants=variants)
        fixed.append(replace(op, parameters=params, body=body, returns=fix(op.returns),
                             response_model=fix(op.response_model)))
    return tuple(fixed)


def _operation(document: Mapping[str, Any], models: Models, op: Any, tag: str,
               taken: set[str]) -> ir.Operation:
    operation: Mapping[str, Any] = op.operation
    op_id = _text(operation.get("operationId")) or f"{op.method} {op.path}"
    name = naming.unique(naming.method_name(op_id, tag), taken)
    parameters, idempotency = _parameters(document, models, op)
    body = _body(document, models, operation.get("requestBody"), name, tag, taken, parameters)
    returns, response_model = _response(document, models, operation.get("responses"))
    return ir.Operation(
        name=name, operation_id=op_id, http_method=op.method.upper(), path=op.path,
        summary=_text(operation.get("summary")), description=_text(operation.get("description")),
        parameters=parameters, body=body, returns=returns, response_model=response_model,
        idempotency_header=idempotency, deprecated=operation.get("deprecated") is True,
    )


def _parameters(document: Mapping[str, Any], models: Models,
                op: Any) -> tuple[tuple[ir.Parameter, ...], str | None]:
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    for holder in (op.path_item, op.operation):
        for param in holder.get("parameters") or []:
            param = deref(document, param)
            if isinstance(param, Mapping) and isinstance(param.get("name"), str):
                merged[(str(param.get("in")), param["name"])] = param
    taken: set[str] = set()
    idempotency: str | None = None
    result = []
    order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
    for (where, wire), param in sorted(merged.items(), key=lambda kv: order.get(kv[0][0], 9)):
        if where not in order or where == "cookie":
            continue  # cookies are set on the user's http_client, not per call
        if where == "header" and wire.lower() in _IDEMPOTENCY_HEADERS:
            idempotency = wire
            continue
        if where == "header" and wire.lower() in ("authorization", "content-type", "accept"):
            continue  # the runtime owns these
        required = where == "path" or param.get("required") is True
        result.append(ir.Parameter(
            name=naming.unique(naming.parameter_name(wire), taken), wire_name=wire,
            location=ir.Location(where), annotation=annotation(document, models, param.get("schema")),
            required=required, description=_text(param.get("description")),
        ))
    result.sort(key=lambda p: (not p.required, order[p.location.value]))
    return tuple(result), idempotency


def _body(document: Mapping[str, Any], models: Models, raw: Any, op_name: str, tag: str,
          taken: set[str], parameters: tuple[ir.Parameter, ...]) -> ir.Body | None:
    body = deref(document, raw)
    if not isinstance(body, Mapping) or not isinstance(body.get("content"), Mapping):
        return None
    media_types = sorted(body["content"], key=lambda m: not is_json(str(m)))  # JSON first
    for media_type in media_types:
        media = body["content"][media_type]
        form = is_form(str(media_type))
        if not ((is_json(str(media_type)) or form) and isinstance(media, Mapping)):
            continue
        schema = media.get("schema")
        cls = component_of(schema.get("$ref", "")) if isinstance(schema, Mapping) else None
        if cls is None or cls not in models.classes:
            return ir.Body("Any", "Any", body.get("required") is True,
                           _text(body.get("description")), encoding="form" if form else "json")
        variants = _variants(document, models, cls, op_name, tag, taken, parameters)
        return ir.Body(cls, cls, body.get("required") is True,
                       _text(body.get("description")), variants, "form" if form else "json")
    return None


def _variants(document: Mapping[str, Any], models: Models, cls: str, op_name: str, tag: str,
              taken: set[str], parameters: tuple[ir.Parameter, ...]) -> tuple[ir.Variant, ...]:
    """One typed method per member of a discriminated ``oneOf`` body."""
    schema = deref(document, {"$ref": f"#/components/schemas/{cls}"})
    if not isinstance(schema, Mapping):
        return ()
    members = schema.get("oneOf") or schema.get("anyOf")
    discriminator = schema.get("discriminator")
    if not isinstance(members, list) or not isinstance(discriminator, Mapping):
        return ()
    prop = _text(discriminator.get("propertyName"))
    mapping = discriminator.get("mapping") if isinstance(discriminator.get("mapping"), Mapping) else {}
    assert isinstance(mapping, Mapping)
    by_ref = {str(v): str(k) for k, v in mapping.items()}
    suffix = {naming.singular(w) for w in naming.words(tag)} | set(naming.words(tag))
    variants = []
    for member in members:
        ref = member.get("$ref", "") if isinstance(member, Mapping) else ""
        model_name = component_of(ref)
        model = models.classes.get(model_name or "")
        if model is None or model.is_alias or model.root is not None:
            continue
        field = next((f for f in model.fields if f.alias == prop), None)
        value = by_ref.get(ref) or (_literal_value(field.annotation) if field else None)
        if field is None or value is None:
            continue
        stem = naming.words(model.name)
        while len(stem) > 1 and stem[-1] in suffix:
            stem = stem[:-1]
        method = naming.unique(naming.snake(f"{op_name}_{'_'.join(stem)}"), taken)
        # Parameters the method already has (and `self`, `options`) cannot be field names too.
        taken_args = {"self", "options", *(p.name for p in parameters)}
        fields = []
        target = deref(document, member)
        properties = target.get("properties") if isinstance(target, Mapping) else None
        for f in sorted(model.fields, key=lambda f: f.default is not None):
            if f.alias == prop:
                continue
            argument = naming.unique(f.name, taken_args)
            schema = properties.get(f.alias) if isinstance(properties, Mapping) else None
            # An optional argument is left out when not given; None would send a null the
            # schema forbids, so the type admits None only where the schema does.
            annotation = f.annotation if _nullable(document, schema) else _without_none(f.annotation)
            fields.append(ir.VariantField(f.name, annotation, f.default, f.description,
                                          "" if argument == f.name else argument))
        description = _text(target.get("description")) if isinstance(target, Mapping) else ""
        variants.append(ir.Variant(method, model.name, field.name, value, tuple(fields),
                                   description))
    return tuple(variants)


def _nullable(document: Mapping[str, Any], schema: Any, depth: int = 0) -> bool:
    """Whether a schema admits null (3.1 type lists, 3.0 ``nullable``, a null union member)."""
    schema = deref(document, schema)
    if not isinstance(schema, Mapping) or depth > 8:
        return True  # unknown: stay permissive
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds) or schema.get("nullable") is True:
        return True
    if "type" not in schema and not any(k in schema for k in ("anyOf", "oneOf", "allOf", "$ref",
                                                               "properties", "enum", "const")):
        return True  # an empty schema admits anything
    members = [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    return any(_nullable(document, m, depth + 1) for m in members)


def _without_none(annotation: str) -> str:
    """``X | None`` → ``X`` (only a top-level ``None`` member is removed)."""
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return annotation
    members: list[ast.expr] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, ast.BinOp) and isinstance(current.op, ast.BitOr):
            stack.extend((current.right, current.left))
        else:
            members.append(current)
    kept = [m for m in members if not (isinstance(m, ast.Constant) and m.value is None)]
    if not kept or len(kept) == len(members):
        return annotation
    return " | ".join(ast.unparse(m) for m in kept)


def _literal_value(annotation: str) -> str | None:
    """``Literal['SEND_SMS']`` → ``SEND_SMS``."""
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return None
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
            and node.value.id == "Literal" and isinstance(node.slice, ast.Constant)):
        return str(node.slice.value)
    return None


def _response(document: Mapping[str, Any], models: Models, responses: Any) -> tuple[str, str]:
    """The return annotation and the runtime's parse target of the success responses."""
    if not isinstance(responses, Mapping):
        return "None", "None"
    found: list[str] = []
    bodiless = False
    for status in sorted(str(s) for s in responses):
        if not status.startswith("2"):
            continue
        response = deref(document, responses.get(status))
        content = response.get("content") if isinstance(response, Mapping) else None
        json_media = [m for t, m in (content.items() if isinstance(content, Mapping) else ())
                      if is_json(str(t)) and isinstance(m, Mapping)]
        if json_media:
            found.append(annotation(document, models, json_media[0].get("schema")))
        elif not content:
            bodiless = True  # e.g. 204 beside a 200 with a body: the call may return None
    unique = list(dict.fromkeys(found))
    if not unique:
        return "None", "None"
    if bodiless and "None" not in unique:
        unique.append("None")
    joined = " | ".join(unique)
    return joined, joined


def annotation(document: Mapping[str, Any], models: Models, schema: Any, depth: int = 0) -> str:
    """Python source for the type of a schema (parameters and responses)."""
    if not isinstance(schema, Mapping) or depth > 20:
        return "Any"
    cls = component_of(schema.get("$ref", "")) if isinstance(schema.get("$ref"), str) else None
    if cls is not None and cls in models.classes:
        return cls  # a class, or an alias of a plain type: its own name either way
    schema = deref(document, schema)
    if not isinstance(schema, Mapping):
        return "Any"
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(v, (str, int)) and not isinstance(v, bool)
                                               for v in enum):
        return f"Literal[{', '.join(repr(v) for v in dict.fromkeys(enum))}]"
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    parts = [_primitive(document, models, schema, str(k), depth) for k in kinds if k is not None]
    parts = list(dict.fromkeys(p for p in parts if p))
    return " | ".join(parts) if parts else "Any"


def _primitive(document: Mapping[str, Any], models: Models, schema: Mapping[str, Any], kind: str,
               depth: int) -> str:
    if kind == "array":
        return f"list[{annotation(document, models, schema.get('items'), depth + 1)}]"
    return {"string": "str", "integer": "int", "number": "float", "boolean": "bool",
            "object": "dict[str, Any]", "null": "None"}.get(kind, "Any")


def unsupported(document: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(pointer, what, what to do) for each construct the client will not cover."""
    found: list[tuple[str, str, str]] = []
    for op in iter_operations(document):
        body = deref(document, op.operation.get("requestBody"))
        content = body.get("content") if isinstance(body, Mapping) else None
        if isinstance(content, Mapping) and content and not any(
            is_json(str(m)) or is_form(str(m)) for m in content
        ):
            kinds = ", ".join(sorted(str(m) for m in content))
            found.append((f"{op.pointer}/requestBody", f"request bodies of type {kinds} are not "
                          "supported; the method has no body parameter",
                          "send such requests with client.request(...)"))
        for holder, base in ((op.path_item, op.pointer.rsplit("/", 1)[0]), (op.operation, op.pointer)):
            for i, param in enumerate(holder.get("parameters") or []):
                param = deref(document, param)
                if isinstance(param, Mapping) and param.get("in") == "cookie":
                    found.append((f"{base}/parameters/{i}", f"cookie parameter "
                                  f"{param.get('name')!r} is not a method argument",
                                  "set the cookie on your own http_client="))
    return list(dict.fromkeys(found))
