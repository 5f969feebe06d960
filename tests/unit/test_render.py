"""Protects ``generator.render``: the filters keep spec text data wherever it lands, and a
template rendered from a hand-built ``ir`` model is the code the model describes.
"""

from __future__ import annotations

import ast
import string
import tomllib

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from generator import ir, render
from generator.errors import InternalError

# Text as hostile as a spec can make it: quotes, backslashes, every kind of line break.
hostile = st.lists(
    st.one_of(
        st.characters(exclude_categories=["Cs"]),
        st.sampled_from(
            [
                '"',
                "'",
                '"""',
                "\\",
                "\n",
                "\r",
                "\t",
                "\x0c",
                "\x85",
                "\u2028",
                "{{",
                "#",
                " ",
            ]
        ),
    ),
    max_size=40,
).map("".join)
_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_EDGE_CASES = [
    '"""',
    "'''",
    "\\",
    'a\\" b',
    "\\N{BULLET}",
    "\\u00e9",
    "x\\",
    "café 日本 🚀",
    "line\r\nbreak\u2028and\x85more",
    "{{ jinja }} {% raw %}",
    "'\"'\"\"\"'''",
]


# --- py_str: a Python string literal --------------------------------------------------


@given(hostile)
def test_py_str_round_trips_through_literal_eval(text: str) -> None:
    assert ast.literal_eval(render.py_str(text)) == text


@pytest.mark.parametrize("text", [*_EDGE_CASES, "nul\x00byte", "\x7f"])
def test_py_str_round_trips_edge_cases(text: str) -> None:
    literal = render.py_str(text)
    assert ast.literal_eval(literal) == text
    assert "\n" not in literal and "\r" not in literal


# --- docstring: text inside """...""" -------------------------------------------------


def _ends_with_bare_quote(text: str) -> bool:
    return text.rstrip(string.whitespace + "\x1c\x1d\x1e\x1f\x85\u2028\u2029").endswith(
        '"'
    )


def _as_docstring(text: str, indent: int = 0) -> str:
    value = ast.literal_eval('"""' + render.docstring(text, indent) + '"""')
    assert isinstance(value, str)
    return value


@given(hostile, st.sampled_from([0, 4, 8]))
@example('"""', 0)
@example("\\", 8)
@example("a " * 80 + '\\"""', 4)
def test_docstring_parses_and_keeps_every_word(text: str, indent: int) -> None:
    assert _as_docstring(text, indent).split() == text.split()


@pytest.mark.parametrize("text", _EDGE_CASES)
def test_docstring_keeps_edge_cases(text: str) -> None:
    if set(text) & set(_LINE_ENDS):
        assert _as_docstring(text) == "line\nbreak\nand\nmore"  # every break becomes \n
    else:
        assert _as_docstring(text) == text


def test_docstring_wraps_long_prose_and_indents_continuation_lines() -> None:
    text = "word " * 40
    lines = render.docstring(text, 8).split("\n")
    assert len(lines) > 1
    assert all(line.startswith(" " * 8) for line in lines[1:])
    assert all(len(line) <= 100 for line in lines)


def test_docstring_keeps_lists_and_indented_blocks_as_they_are() -> None:
    text = "Intro:\n- " + "item " * 30 + "\n    indented " + "code " * 30
    assert render.docstring(text).split("\n")[1:] == [
        "- " + ("item " * 30).rstrip(),
        "    indented " + ("code " * 30).rstrip(),
    ]


@pytest.mark.parametrize(
    "text", ['Things, "quoted"', 'ends with "', 'two lines\nthe "last"']
)
def test_docstring_survives_text_that_ends_with_a_quote(text: str) -> None:
    assert _as_docstring(text, 4).split() == text.split()


def test_docstring_survives_a_nul_character() -> None:
    assert _as_docstring("null \x00 byte").split() == ["null", "\x00", "byte"]


# --- comment: one # line ---------------------------------------------------------------


@given(hostile)
@example("a\r\nb\rc\nd\u2028e")
def test_comment_is_one_line_whatever_the_text(text: str) -> None:
    line = render.comment(text)
    assert not set(line) & set(_LINE_ENDS)
    assume("\x00" not in text)  # see test_comment_survives_control_characters
    module = ast.parse(f"# {line}\nx = 1\n")
    assert [type(node) for node in module.body] == [ast.Assign]


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1f", "\x7f"])
def test_comment_survives_control_characters(char: str) -> None:
    line = render.comment("evil " + char + " title")
    assert char not in line and line.split() == [
        "evil",
        "title",
    ]  # the words stay, the char goes
    assert tomllib.loads(f"# {line}\nx = 1\n") == {"x": 1}


# --- toml_str, markdown, ident ---------------------------------------------------------


@given(hostile)
def test_toml_str_round_trips_through_tomllib(text: str) -> None:
    assume("\x7f" not in text)  # see test_toml_str_escapes_delete
    assert tomllib.loads(f"x = {render.toml_str(text)}")["x"] == text


def test_toml_str_escapes_delete() -> None:
    text = "del \x7f"
    assert tomllib.loads("x = " + render.toml_str(text))["x"] == text


def test_markdown_neutralises_html() -> None:
    assert (
        render.markdown("<script>alert(1)</script>")
        == "&lt;script&gt;alert(1)&lt;/script&gt;"
    )


@pytest.mark.parametrize("name", ["ok", "from_", "_private", "Café"])
def test_ident_passes_identifiers_through(name: str) -> None:
    assert render.ident(name) == name


@pytest.mark.parametrize(
    "text", ["from", "class", "None", "2fa", "a-b", "a b", "", "x\ny"]
)
def test_ident_refuses_anything_that_is_not_an_identifier(text: str) -> None:
    with pytest.raises(InternalError, match="reached a template as an identifier"):
        render.ident(text)


# --- one template from a hand-built model ------------------------------------------------


def _operations() -> tuple[ir.Operation, ...]:
    store = ir.Parameter(
        "store_id", "store-id", ir.Location.PATH, "str", True, "The store."
    )
    widget = ir.Parameter(
        "widget_id", "widgetId", ir.Location.PATH, "int", True, "The widget."
    )
    expand = ir.Parameter(
        "expand", "expand", ir.Location.QUERY, "bool", False, "Expand parts."
    )
    trace = ir.Parameter(
        "x_trace", "X-Trace", ir.Location.HEADER, "str", True, "Trace id."
    )
    from_ = ir.Parameter("from_", "from", ir.Location.QUERY, "str", False, "Sender.")
    get = ir.Operation(
        name="get",
        operation_id="getWidget",
        http_method="GET",
        path="/stores/{store-id}/widgets/{widgetId}",
        summary='Get a "widget"',
        description='Reads one widget.\nSecond line with \\ and """.',
        parameters=(store, widget, trace, expand),
        body=None,
        returns="Widget",
        response_model="Widget",
        idempotency_header=None,
        deprecated=True,
    )
    create = ir.Operation(
        name="create",
        operation_id="createWidget",
        http_method="POST",
        path="/widgets",
        summary="Create a widget",
        description="",
        parameters=(from_,),
        body=ir.Body("WidgetInput", "WidgetInput", True, "The widget."),
        returns="Widget",
        response_model="Widget",
        idempotency_header="Idempotency-Key",
        deprecated=False,
    )
    listing = ir.Operation(
        name="list",
        operation_id="listWidgets",
        http_method="GET",
        path="/widgets",
        summary="",
        description="",
        parameters=(),
        body=None,
        returns="builtins.list[Widget]",
        response_model="builtins.list[Widget]",
        idempotency_header=None,
        deprecated=False,
    )
    return (get, create, listing)


def _api(resource: ir.Resource) -> ir.Api:
    return ir.Api(
        package="shop",
        distribution="shop",
        client_class="Shop",
        async_client_class="AsyncShop",
        error_base="ShopError",
        title="Shop API",
        description="",
        api_version="1.0.0",
        client_version="0.1.0",
        spec_sha256="0" * 64,
        server_url="https://shop.example.com",
        schemes=(ir.SecurityScheme("bearer", "bearer", "Authorization", "token"),),
        security=(("bearer",),),
        request_id_field=None,
        resources=(resource,),
        model_names=("Widget", "WidgetInput"),
    )


def _render_resource(description: str = "Widgets and their parts.") -> str:
    resource = ir.Resource("widgets", "Widgets", "widgets", description, _operations())
    template = render.environment().get_template("resources/resource.py.jinja")
    return template.render(api=_api(resource), resource=resource)


def _class(module: ast.Module, name: str) -> ast.ClassDef:
    return next(
        n for n in module.body if isinstance(n, ast.ClassDef) and n.name == name
    )


def _method(cls: ast.ClassDef, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    return next(
        n
        for n in cls.body
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == name
    )


def _signature(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    return ast.unparse(function.args)


def _call_mapping(
    function: ast.FunctionDef | ast.AsyncFunctionDef, keyword: str
) -> str | None:
    call = next(
        n
        for n in ast.walk(function)
        if isinstance(n, ast.Call) and ast.unparse(n.func) == "self._client.call"
    )
    value = next((k.value for k in call.keywords if k.arg == keyword), None)
    return None if value is None else ast.unparse(value)


def test_the_resource_template_renders_the_model_as_valid_python() -> None:
    source = _render_resource()
    module = ast.parse(source)

    assert ast.get_docstring(module) == "Widgets and their parts."
    assert (
        "import builtins" in source
    )  # a method named list shadows the type in the class
    imports = next(
        n for n in module.body if isinstance(n, ast.ImportFrom) and n.module == "models"
    )
    assert [a.name for a in imports.names] == ["Widget", "WidgetInput"]
    exported = next(
        n
        for n in module.body
        if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "__all__"
    )
    assert ast.literal_eval(exported.value) == ["AsyncWidgets", "Widgets"]
    classes = [n.name for n in module.body if isinstance(n, ast.ClassDef)]
    assert classes == [
        "Widgets",
        "WidgetsWithRawResponse",
        "WidgetsWithStreamingResponse",
        "AsyncWidgets",
        "AsyncWidgetsWithRawResponse",
        "AsyncWidgetsWithStreamingResponse",
    ]


def test_each_operation_becomes_a_method_with_the_parameters_in_their_places() -> None:
    module = ast.parse(_render_resource())
    sync, async_ = _class(module, "Widgets"), _class(module, "AsyncWidgets")

    get = _method(sync, "get")
    assert _signature(get) == (
        "self, store_id: str, widget_id: int, *, x_trace: str, "
        "expand: bool | None=None, **options: Unpack[_RequestOptions]"
    )
    assert get.returns is not None and ast.unparse(get.returns) == "Widget"
    assert _call_mapping(get, "path") == "{'store-id': store_id, 'widgetId': widget_id}"
    assert _call_mapping(get, "query") == "{'expand': expand}"
    assert _call_mapping(get, "headers") == "{'X-Trace': x_trace}"
    assert _call_mapping(get, "body") is None
    docstring = ast.get_docstring(get) or ""
    assert docstring.startswith(
        'Get a "widget"\n\nReads one widget.\nSecond line with \\ and """.'
    )
    assert "``GET /stores/{store-id}/widgets/{widgetId}``" in docstring
    assert "Deprecated by the API." in docstring

    create = _method(sync, "create")
    assert _signature(create) == (
        "self, body: WidgetInput, *, from_: str | None=None, "
        "**options: Unpack[_RequestOptions]"
    )
    assert _call_mapping(create, "query") == "{'from': from_}"
    assert _call_mapping(create, "body") == "body"
    assert "Idempotency-Key header" in (ast.get_docstring(create) or "")

    listing = _method(sync, "list")
    assert (
        listing.returns is not None
        and ast.unparse(listing.returns) == "builtins.list[Widget]"
    )
    assert isinstance(_method(async_, "list"), ast.AsyncFunctionDef)
    assert [n.name for n in sync.body if isinstance(n, ast.FunctionDef)][2:] == [
        "get",
        "create",
        "list",
    ]


def test_each_operation_gets_one_endpoint_with_its_wire_details() -> None:
    module = ast.parse(_render_resource())
    endpoints = {
        ast.unparse(n.targets[0]): n.value
        for n in module.body
        if isinstance(n, ast.Assign) and not ast.unparse(n.targets[0]).startswith("__")
    }

    assert sorted(endpoints) == ["_CREATE", "_GET", "_LIST"]
    create = endpoints["_CREATE"]
    assert isinstance(create, ast.Call)
    assert ast.unparse(create.func) == "_Endpoint[Widget]"
    values = [ast.unparse(a) for a in create.args] + [
        f"{k.arg}={ast.unparse(k.value)}" for k in create.keywords
    ]
    assert "'POST'" in " ".join(values) and "'/widgets'" in " ".join(values)
    assert "idempotency_header='Idempotency-Key'" in values
    assert "idempotency_header='Idempotency-Key'" not in ast.unparse(endpoints["_GET"])


def test_a_tag_description_ending_in_a_quote_still_renders_valid_python() -> None:
    ast.parse(_render_resource('Widgets, "quoted"'))


def test_a_description_that_repeats_the_summary_is_written_once() -> None:
    get = _operations()[0]
    repeated = ir.Operation(
        **{
            **{f: getattr(get, f) for f in get.__dataclass_fields__},
            "summary": "Fetch a widget",
            "description": "Fetch a widget\n",
        }
    )
    resource = ir.Resource("widgets", "Widgets", "widgets", "", (repeated,))
    template = render.environment().get_template("resources/resource.py.jinja")
    module = ast.parse(template.render(api=_api(resource), resource=resource))
    docstring = ast.get_docstring(_method(_class(module, "Widgets"), "get")) or ""
    assert docstring.count("Fetch a widget") == 1
