"""Parameter serialisation (``_serialize``) against the OpenAPI specification's style table.

The table (OpenAPI 3.1, 4.8.12.4 "Style Examples") serialises ``color`` set to the string
``blue``, the array ``[blue, black, brown]`` and the object ``{R: 100, G: 200, B: 150}``.
"""

from __future__ import annotations

import datetime
import enum

import pytest
from contactswing._serialize import cookie_pairs, header_value, path_value, query_string

STRING, ARRAY, OBJECT = (
    "blue",
    ["blue", "black", "brown"],
    {"R": 100, "G": 200, "B": 150},
)

PATH_TABLE = [
    (
        "matrix",
        False,
        ";color=blue",
        ";color=blue,black,brown",
        ";color=R,100,G,200,B,150",
    ),
    (
        "matrix",
        True,
        ";color=blue",
        ";color=blue;color=black;color=brown",
        ";R=100;G=200;B=150",
    ),
    ("label", False, ".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    ("label", True, ".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    ("simple", False, "blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("simple", True, "blue", "blue,black,brown", "R=100,G=200,B=150"),
]
QUERY_TABLE = [
    ("form", False, "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    (
        "form",
        True,
        "color=blue",
        "color=blue&color=black&color=brown",
        "R=100&G=200&B=150",
    ),
    (
        "spaceDelimited",
        False,
        None,
        "color=blue%20black%20brown",
        "color=R%20100%20G%20200%20B%20150",
    ),
    ("pipeDelimited", False, None, "color=blue|black|brown", "color=R|100|G|200|B|150"),
    ("deepObject", True, None, None, "color[R]=100&color[G]=200&color[B]=150"),
]


@pytest.mark.parametrize(("style", "explode", "string", "array", "object_"), PATH_TABLE)
def test_path_styles(
    style: str, explode: bool, string: str, array: str, object_: str
) -> None:
    assert path_value("color", STRING, style, explode) == string
    assert path_value("color", ARRAY, style, explode) == array
    assert path_value("color", OBJECT, style, explode) == object_


@pytest.mark.parametrize(
    ("style", "explode", "string", "array", "object_"), QUERY_TABLE
)
def test_query_styles(
    style: str, explode: bool, string: str | None, array: str | None, object_: str
) -> None:
    for value, expected in ((STRING, string), (ARRAY, array), (OBJECT, object_)):
        if expected is not None:
            assert query_string([("color", value, style, explode)]) == expected


def test_header_and_cookie_styles() -> None:
    assert header_value(STRING) == "blue"
    assert header_value(ARRAY) == "blue,black,brown"
    assert header_value(OBJECT) == "R,100,G,200,B,150"
    assert header_value(OBJECT, explode=True) == "R=100,G=200,B=150"
    assert cookie_pairs("color", ARRAY) == [
        ("color", "blue"),
        ("color", "black"),
        ("color", "brown"),
    ]
    assert cookie_pairs("color", ARRAY, explode=False) == [
        ("color", "blue,black,brown")
    ]
    assert cookie_pairs("color", OBJECT) == [("R", "100"), ("G", "200"), ("B", "150")]


class Colour(enum.Enum):
    RED = "red"


def test_values_become_wire_text_and_data_is_encoded_but_delimiters_are_not() -> None:
    when = datetime.datetime(2024, 1, 31, 12, 0, tzinfo=datetime.UTC)
    assert query_string(
        [
            ("to", "+13465507166", "form", True),  # '+' would read as a space
            ("q", "a,b&c=d", "form", True),
            ("flags", [True, False], "form", False),
            ("at", when, "form", True),
            ("colour", Colour.RED, "form", True),
            ("skipped", None, "form", True),
            ("filter", {"status": "open now"}, "deepObject", True),
        ]
    ) == (
        "to=%2B13465507166&q=a%2Cb%26c%3Dd&flags=true,false&at=2024-01-31T12:00:00+00:00"
        "&colour=red&filter[status]=open%20now"
    ).replace(
        "T12:00:00+00:00", "T12:00:00%2B00:00"
    )
    assert path_value("id", "a/b c") == "a%2Fb%20c"
    assert path_value("id", "..") == "%2E%2E"
    assert path_value("ids", ["a,b", "c"]) == "a%2Cb,c"


def test_deep_objects_nest_in_brackets_as_servers_read_them() -> None:
    """Nested objects and arrays under deepObject (undefined by OpenAPI) in the bracket
    convention Stripe, Rails and qs read: never a Python repr, never comma-joined."""
    assert query_string(
        [
            ("expand", ["customer", "invoice.lines"], "deepObject", True),
            (
                "shipping",
                {"address": {"city": "Paris", "line": ["1 rue", "2e"]}, "name": "A"},
                "deepObject",
                True,
            ),
        ]
    ) == (
        "expand[0]=customer&expand[1]=invoice.lines"
        "&shipping[address][city]=Paris&shipping[address][line][0]=1%20rue"
        "&shipping[address][line][1]=2e&shipping[name]=A"
    )
