"""Protects the edge-case golden packages as code: every module imports, and the clients work.

Each case package is imported from a copy of its golden tree with the runtime added, and driven
through ``httpx.MockTransport``: wire names (``from``, ``class``, ``X-Request-Id``) must reach
the request even though the Python names differ, and answers must parse into the models.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.snapshot_support import assembled_case, case_names, case_package

TOKEN = "case-token"


@pytest.fixture(scope="module")
def packages(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, ModuleType]]:
    """Every module of every golden package (with the static runtime added), imported."""
    folder = tmp_path_factory.mktemp("golden")
    sources = {name: assembled_case(name, folder) for name in case_names()}
    saved_path = list(sys.path)
    try:
        sys.path[:0] = [str(src) for src in sources.values()]
        loaded = {}
        for name in case_names():
            root = sources[name] / case_package(name)
            for file in sorted(root.rglob("*.py")):
                if file.name == "__main__.py":
                    continue  # runs the --about command on import
                parts = file.relative_to(root.parent).with_suffix("").parts
                module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
                importlib.import_module(module)
            loaded[name] = importlib.import_module(case_package(name))
        yield loaded
    finally:
        sys.path[:] = saved_path


class Recorder:
    """A MockTransport handler answering with one status and JSON body; keeps request copies."""

    def __init__(self, status: int = 200, body: object = None) -> None:
        self.status, self.body = status, body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.read(),
            )
        )
        if self.body is None:
            return httpx.Response(self.status)
        return httpx.Response(self.status, json=self.body)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def _client(
    package: ModuleType,
    class_name: str,
    handler: Callable[[httpx.Request], httpx.Response],
) -> Any:
    cls = getattr(package, class_name)
    return cls(
        token=TOKEN,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


_ERRORS = {
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentTypeError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
}
_CLIENTS = {
    "keyword_names": "KeywordNames",
    "keywords": "Keywords",
    "models": "Models",
    "operations": "Operations",
    "text": "TextQuoted",
    "union": "UnionApi",
}


@pytest.mark.parametrize("name", case_names())
def test_every_module_imports_and_the_public_surface_is_exact(
    name: str, packages: dict[str, ModuleType]
) -> None:
    package = packages[name]
    client = _CLIENTS[name]
    assert set(package.__all__) == {
        client,
        f"Async{client}",
        *_ERRORS,
        f"{client}Error",  # the base error is named after the client
        "APIResponse",
        "models",
        "__version__",
        "__api_version__",
        "__spec_sha256__",
    }
    assert len(set(package.__all__)) == len(package.__all__)
    for exported in package.__all__:
        assert getattr(package, exported) is not None


def test_all_is_sorted_whatever_the_client_is_called(
    packages: dict[str, ModuleType],
) -> None:
    unsorted = [
        name
        for name, package in packages.items()
        if sorted(package.__all__) != package.__all__
    ]
    assert unsorted == []


def test_keyword_names_travel_under_their_wire_names(
    packages: dict[str, ModuleType],
) -> None:
    package = packages["keywords"]
    models = package.models
    echo = {
        "from": "alice",
        "class": "memo",
        "import": True,
        "list": ["a"],
        "async": {"return": "r"},
    }
    recorder = Recorder(200, echo)
    with _client(package, "Keywords", recorder) as client:
        message = models.Message(from_="alice", class_="memo", import_=True)
        answer = client.import_.from_(
            "a/b", message, lambda_=3, from_="bob", self_=False
        )

    request = recorder.last
    assert request.method == "POST"
    assert request.url.raw_path.split(b"?")[0] == b"/api/import/a%2Fb"
    assert dict(request.url.params) == {"lambda": "3", "from": "bob", "self": "false"}
    assert json.loads(request.content) == {
        "from": "alice",
        "class": "memo",
        "import": True,
    }
    assert isinstance(answer, models.Message)
    assert (answer.from_, answer.class_, answer.list_) == ("alice", "memo", ["a"])
    assert answer.async_ is not None and answer.async_.return_ == "r"


def test_names_of_schema_keywords_are_data_at_every_depth(
    packages: dict[str, ModuleType],
) -> None:
    """Properties, parameters and enum values named format, type, items, $ref... are fields
    and values of the generated client, not keywords read by any stage."""
    package = packages["keyword_names"]
    models = package.models
    wire = {
        "format": {"type": "2024-01-31", "format": "f"},
        "type": {"format": "11111111-1111-1111-1111-111111111111"},
        "items": [1, 2],
        "properties": {"a": "b"},
        "enum": "required",
        "default": "d",
        "example": "e",
        "examples": ["x"],
        "required": True,
        "nullable": None,
        "oneOf": 3,
        "$ref": "#/components/schemas/Nowhere",
        "description": {"description": "d", "title": "t"},
        "allOf": {
            "properties": {"items": [{"format": "deep", "$ref": "deeper"}]},
            "patternProperties": "p",
        },
        "additionalProperties": False,
        "const": "const",
        "discriminator": "x",
        "schema": "s",
    }
    record = models.Record.model_validate(wire)
    assert (
        record.format.type.isoformat() == "2024-01-31"
    )  # a date: the nested `type` is a field
    assert str(record.type.format) == "11111111-1111-1111-1111-111111111111"  # a UUID
    assert record.field_ref == "#/components/schemas/Nowhere"
    assert record.all_of.properties.items[0].field_ref == "deeper"
    assert record.default == "d" and record.enum == "required"
    assert (
        models.Record(type=models.Type(), properties={}).default == "default"
    )  # its own default
    recorder = Recorder(200, wire)
    with _client(package, "KeywordNames", recorder) as client:
        answer = client.schemas.put(
            "a/$ref", record, type=7, format="items", items=["p", "q"], default="h"
        )
    request = recorder.last
    assert request.url.raw_path.split(b"?")[0] == b"/schemas/a%2F%24ref"
    assert request.url.params.multi_items() == [
        ("type", "7"),
        ("format", "items"),
        ("items", "p"),
        ("items", "q"),
    ]
    assert request.headers["default"] == "h"
    assert json.loads(request.content) == wire
    assert answer == record


def test_every_parameter_location_reaches_the_request(
    packages: dict[str, ModuleType],
) -> None:
    package = packages["operations"]
    widget = {"id": 7, "name": "w"}
    recorder = Recorder(200, widget)
    with _client(package, "Operations", recorder) as client:
        got = client.widgets.get(
            "s 1", 7, x_request_id="req-1", expand=True, x_trace="on"
        )

    request = recorder.last
    assert (request.method, request.url.host) == ("GET", "eu.operations.example.com")
    assert request.url.raw_path == b"/v1/stores/s%201/widgets/7?expand=true"
    assert request.headers["X-Request-Id"] == "req-1"
    assert request.headers["X-Trace"] == "on"
    assert got == package.models.Widget(id=7, name="w")


def test_a_method_named_list_returns_the_array_response(
    packages: dict[str, ModuleType],
) -> None:
    package = packages["operations"]
    recorder = Recorder(
        200, [{"id": 1, "name": "a"}, {"id": 2, "name": "b", "tags": ["x"]}]
    )
    with _client(package, "Operations", recorder) as client:
        widgets = client.widgets.list(page=2, sort="-name", tag=["x", "y"])

    assert recorder.last.url.params.multi_items() == [
        ("page", "2"),
        ("sort", "-name"),
        ("tag", "x"),
        ("tag", "y"),
    ]
    assert [w.id for w in widgets] == [1, 2]
    assert all(isinstance(w, package.models.Widget) for w in widgets)


def test_the_idempotency_key_is_sent_and_no_content_returns_none(
    packages: dict[str, ModuleType],
) -> None:
    package = packages["operations"]
    recorder = Recorder(201, {"id": 3, "name": "new"})
    with _client(package, "Operations", recorder) as client:
        created = client.widgets.create(package.models.WidgetInput(name="new"))
        recorder.status, recorder.body = 204, None
        deleted = client.widgets.delete("s", 3)

    create, delete = recorder.requests
    assert create.headers.get("Idempotency-Key")
    assert created.id == 3
    assert (delete.method, delete.url.path) == ("DELETE", "/v1/stores/s/widgets/3")
    assert deleted is None


def test_a_variant_method_fills_the_discriminator(
    packages: dict[str, ModuleType],
) -> None:
    package = packages["union"]
    models = package.models
    recorder = Recorder(201, {"pet_type": "dog", "name": "Rex", "good_boy": True})
    with _client(package, "UnionApi", recorder) as client:
        pet = client.pets.create_dog(name="Rex", good_boy=True)

    assert json.loads(recorder.last.content) == {
        "pet_type": "dog",
        "name": "Rex",
        "good_boy": True,
    }
    assert isinstance(pet, models.Dog)
    with _client(
        package, "UnionApi", Recorder(201, {"pet_type": "cat", "name": "Tom"})
    ) as client:
        assert isinstance(
            client.pets.create(models.Cat(pet_type="cat", name="Tom")), models.Cat
        )


def test_hostile_text_stays_data(packages: dict[str, ModuleType]) -> None:
    package = packages["text"]
    models = package.models
    body = {
        "body": 'He said "hi" \\ then',
        "mood": '"quoted"',
        "naïve field": "é",
        "kebab-case": 1,
    }
    recorder = Recorder(200, body)
    with _client(package, "TextQuoted", recorder) as client:
        note = client.notes.get("n1", x_lang='say "hi"')

    assert recorder.last.headers["x-lang"] == 'say "hi"'
    assert note.mood == '"quoted"'
    assert note.kebab_case == 1
    assert note.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
    assert models.Note(body="b").title == 'Untitled "note" \\ ünïcödé'
    assert models.Note.__doc__ is not None and '"""hello"""' in models.Note.__doc__
    assert package.__api_version__ == '1.0.0-"beta"'


def test_nested_models_validate_and_serialise(packages: dict[str, ModuleType]) -> None:
    models = packages["models"].models
    wire = {
        "id": "6f439f98-32f6-4b44-928c-6e890e298d51",
        "status": "in-progress",
        "lines": [
            {"sku": "A", "quantity": 2, "price": {"amount": "1.50", "currency": "EUR"}}
        ],
        "total": {"amount": "3.00", "currency": "EUR"},
        "shipping": {
            "address": {"lines": ["1 Road"], "country": "FR", "geo": {"lat": 1.5}}
        },
        "notes": None,
        "matrix": [[1, 2], []],
    }
    order = models.Order.model_validate(wire)

    assert order.shipping.address.geo.lat == 1.5
    assert order.channel == "web"  # the default, not sent
    assert order.model_dump(mode="json", by_alias=True, exclude_unset=True) == wire
    with pytest.raises(ValueError):
        models.Order.model_validate({**wire, "lines": []})  # minItems: 1
    with pytest.raises(ValueError):
        models.Order.model_validate({**wire, "status": "lost"})  # not in the enum
    missing_total = {k: v for k, v in wire.items() if k != "total"}
    with pytest.raises(ValueError):
        models.Order.model_validate(missing_total)  # required
