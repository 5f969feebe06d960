"""Requests built from a spec, the same bytes sent to Prism and to a package's fake server.

For every operation of a generated package's fake (its ``_fake_spec.json``): one valid
request (the spec's parameter and body examples where it has them, values made from the
schemas otherwise, the credentials its security asks for) and the invalid variants that
apply to it: no credentials, a body without a property it requires, a query parameter of
the wrong type. A request for an item of a collection names an item the test seeds first.
"""

from __future__ import annotations

import base64
import importlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import httpx

from generator.spec import load_spec
from generator.spec import pointer as jp
from generator.spec.traverse import deref, iter_operations, iter_parameters

_ITEM_ROLES = ("get", "replace", "update", "delete")
# Prism reads a repeated key of a form body as one string, so it refuses every array there
# (https://github.com/stoplightio/prism/issues/2473); OpenAPI's form style repeats the key.
_FORM_ARRAYS = "Prism reads no array from a form body (stoplightio/prism#2473)"


@dataclass(frozen=True)
class Exchange:
    """One request to send to both servers, and the item it needs to exist."""

    name: str  # "<operation>" or "<operation>: <what is wrong>"
    operation: str
    method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    content: bytes = b""
    # (collection, parents, item) to seed in the fake before the request, if any
    seed: tuple[str, dict[str, str], dict[str, Any]] | None = None
    # Why Prism's verdict on this request says nothing about the spec ("" when it does)
    prism_blind: str = ""

    def send(self, client: httpx.Client) -> httpx.Response:
        """Send through ``client`` (its base URL prepended)."""
        return client.request(
            self.method,
            self.path,
            params=list(self.query),
            headers=dict(self.headers),
            content=self.content or None,
        )


@dataclass(frozen=True)
class FakeData:
    """A generated package's fake: its data, its sampler and checker, its spec document."""

    package: str
    data: Mapping[str, Any]
    document: Mapping[str, Any]

    @classmethod
    def of(cls, src: Path, package: str, spec: Path) -> FakeData:
        text = (src / package / "_fake_spec.json").read_text(encoding="utf-8")
        return cls(package, json.loads(text), load_spec(spec).document)

    def sample(self, schema: Any) -> Any:
        module = importlib.import_module(f"{self.package}._fake._sample")
        return module.sample(schema, self.data["schemas"])

    def item(self, collection: str, key: Any) -> dict[str, Any]:
        """An item of ``collection`` with id ``key``, made from the item schema."""
        spec = self.data["collections"][collection]
        made = self.sample(spec["item_schema"]) if spec["item_schema"] else {}
        item = made if isinstance(made, dict) else {}
        return {**item, spec["id_field"]: key} if spec["id_field"] else item

    def problems(self, value: Any, schema: Any) -> list[str]:
        module = importlib.import_module(f"{self.package}._fake._schema")
        checker = module.Checker(self.data["schemas"], reading=False)
        found: list[str] = checker.problems(value, schema, "body")
        return found


def exchanges(fake: FakeData) -> Iterator[Exchange]:
    """A valid request for every operation, then its invalid variants."""
    raw = {(op.path, op.method.upper()): op for op in iter_operations(fake.document)}
    for op in fake.data["operations"]:
        ref = raw[op["path"], op["method"]]
        valid = _valid(fake, op, ref)
        yield valid
        yield from _invalid(fake, op, valid)


def _valid(fake: FakeData, op: Mapping[str, Any], ref: Any) -> Exchange:
    examples = {
        (p.location, p.name): p.parameter.get("example")
        for p in iter_parameters(fake.document, ref)
    }
    path, query, headers = op["path"], [], _credentials(fake, op)
    values: dict[str, Any] = {}
    for param in op["parameters"]:
        where, name = param["in"], param["name"]
        if where != "path" and not param["required"]:
            continue
        value = examples.get((where, name))
        if op.get("role") in _ITEM_ROLES and where == "path":
            value = _item_id(fake, op, name, value)
        if value is None:
            value = fake.sample(param["schema"])
        values[name] = value
        if where == "path":
            path = path.replace("{" + name + "}", _text(value))
        elif where == "query":
            listed = value if isinstance(value, list) else [value]
            query += [(name, _text(v)) for v in listed]
        elif where == "header":
            headers[name] = _text(value)
    exchange = Exchange(op["key"], op["key"], op["method"], path, tuple(query), headers)
    exchange = _with_body(fake, op, ref, exchange)
    return replace(exchange, seed=_seed(fake, op, values))


def _with_body(
    fake: FakeData, op: Mapping[str, Any], ref: Any, exchange: Exchange
) -> Exchange:
    body = op.get("body")
    if body is None:
        return exchange
    kinds = {entry["kind"]: media for media, entry in body["content"].items()}
    media = next((kinds[k] for k in ("json", "form", "multipart") if k in kinds), None)
    if media is None:
        return exchange
    value = _documented(fake.document, ref.operation, media)
    if value is jp.MISSING:
        value = fake.sample(body["content"][media]["schema"])
    return _encoded(exchange, body["content"][media]["kind"], media, value)


def _encoded(exchange: Exchange, kind: str, media: str, value: Any) -> Exchange:
    if kind == "json":
        content = json.dumps(value).encode()
        return replace(
            exchange,
            content=content,
            headers={**exchange.headers, "Content-Type": media},
        )
    fields = {
        k: [_text(i) for i in v] if isinstance(v, list) else _text(v)
        for k, v in (value or {}).items()
    }
    if kind == "form":
        request = httpx.Request("POST", "http://x", data=fields)
        if any(isinstance(v, list) for v in fields.values()):
            exchange = replace(exchange, prism_blind=_FORM_ARRAYS)
    else:  # multipart: at least one file part, so the body is multipart at all
        upload = ("faq.txt", b"Q: What is this?|A: A document.\n", "text/plain")
        request = httpx.Request("POST", "http://x", data=fields, files={"_": upload})
    return replace(
        exchange,
        content=request.read(),
        headers={**exchange.headers, "Content-Type": request.headers["content-type"]},
    )


def _documented(document: Mapping[str, Any], operation: Any, media: str) -> Any:
    """The operation's documented request body example for ``media``, or jp.MISSING."""
    body, _ = deref(document, operation.get("requestBody"))
    entry = (body or {}).get("content", {}).get(media) or {}
    if "example" in entry:
        return entry["example"]
    for example in (entry.get("examples") or {}).values():
        found, _ = deref(document, example)
        if isinstance(found, Mapping) and "value" in found:
            return found["value"]
    return jp.MISSING


def _credentials(fake: FakeData, op: Mapping[str, Any]) -> dict[str, str]:
    server = fake.data["server"]
    security = op["security"] if op["security"] is not None else server["security"]
    if not security or not all(security):
        return {}
    headers = {}
    for key in security[0]:
        scheme = server["schemes"][key]
        if scheme["kind"] == "bearer":
            headers["Authorization"] = "Bearer fake-token"
        elif scheme["kind"] == "basic":
            headers["Authorization"] = "Basic " + base64.b64encode(b"ac:pw").decode()
        elif scheme["kind"] == "api_key_header":
            headers[scheme["name"]] = "fake-key"
    return headers


def _item_id(fake: FakeData, op: Mapping[str, Any], name: str, value: Any) -> Any:
    """An item operation's id: one the collection's id schema accepts (Twilio's ``{Sid}``
    is any text, but a stored ``sid`` has a pattern)."""
    spec = fake.data["collections"][op["collection"]]
    if name != spec["param"]:
        return value
    example = spec["id_example"]
    if example is not None and not fake.problems(example, spec["id_schema"] or {}):
        return example
    return fake.sample(spec["id_schema"]) if spec["id_schema"] else value


def _seed(
    fake: FakeData, op: Mapping[str, Any], values: Mapping[str, Any]
) -> tuple[str, dict[str, str], dict[str, Any]] | None:
    """The item a call of an item operation names, to seed before it."""
    if op.get("role") not in _ITEM_ROLES:
        return None
    name = op["collection"]
    spec = fake.data["collections"][name]
    parents = {k: _text(v) for k, v in values.items() if k != spec["param"]}
    return name, parents, fake.item(name, values[spec["param"]])


def _invalid(
    fake: FakeData, op: Mapping[str, Any], valid: Exchange
) -> Iterator[Exchange]:
    """The invalid variants of a valid request that apply to its operation."""
    if _credentials(fake, op):
        headers = {
            k: v
            for k, v in valid.headers.items()
            if k.lower() == "content-type" or k not in _credentials(fake, op)
        }
        yield replace(valid, name=f"{valid.name}: no credentials", headers=headers)
    body = op.get("body")
    if (
        body is not None
        and valid.content
        and "json" in valid.headers.get("Content-Type", "")
    ):
        value = json.loads(valid.content)
        schema = next(iter(body["content"].values()))["schema"]
        for key in list(value) if isinstance(value, dict) else ():
            spoiled = {k: v for k, v in value.items() if k != key}
            if fake.problems(spoiled, schema):
                yield replace(
                    valid,
                    name=f"{valid.name}: no {key} in the body",
                    content=json.dumps(spoiled).encode(),
                )
                break
    for param in op["parameters"]:
        kind = param["schema"].get("type")
        if param["in"] == "query" and kind in ("integer", "boolean"):
            kept = tuple(q for q in valid.query if q[0] != param["name"])
            query = (*kept, (param["name"], "not-a-number"))
            yield replace(
                valid, name=f"{valid.name}: {param['name']} is text", query=query
            )
            break


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value)
