"""Protects the reference serialiser: it must reproduce the specification's own examples.

The table is OpenAPI 3.1.1, Parameter Object, "Style Examples"
(https://spec.openapis.org/oas/v3.1.1#style-examples): a parameter ``color`` with the value
``"blue"``, ``["blue", "black", "brown"]`` or ``{"R": 100, "G": 200, "B": 150}``. Query rows
are written there as ``?name=value&...``; here as the pairs that make them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from . import styles

STRING = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}
VALUES = {"string": STRING, "array": ARRAY, "object": OBJECT}
# The table's "undefined" column, by style (explode makes no difference there).
UNDEFINED = {"matrix": ";color", "label": ".", "simple": ""}

# (style, explode) → the string, array and object columns of the table.
PATH_TABLE = {
    ("matrix", False): (
        ";color=blue",
        ";color=blue,black,brown",
        ";color=R,100,G,200,B,150",
    ),
    ("matrix", True): (
        ";color=blue",
        ";color=blue;color=black;color=brown",
        ";R=100;G=200;B=150",
    ),
    ("label", False): (".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    ("label", True): (".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    ("simple", False): ("blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("simple", True): ("blue", "blue,black,brown", "R=100,G=200,B=150"),
}
QUERY_TABLE: dict[tuple[str, bool], tuple[str | None, str | None, str | None]] = {
    ("form", False): (
        "color=blue",
        "color=blue,black,brown",
        "color=R,100,G,200,B,150",
    ),
    ("form", True): (
        "color=blue",
        "color=blue&color=black&color=brown",
        "R=100&G=200&B=150",
    ),
    ("spaceDelimited", False): (
        None,
        "color=blue%20black%20brown",
        "color=R%20100%20G%20200%20B%20150",
    ),
    ("pipeDelimited", False): (
        None,
        "color=blue%7Cblack%7Cbrown",
        "color=R%7C100%7CG%7C200%7CB%7C150",
    ),
    ("deepObject", True): (
        None,
        None,
        "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
    ),
}
# n/a in the table: the serialiser refuses them rather than invent a wire form.
NOT_APPLICABLE = [
    ("spaceDelimited", True, "array"),
    ("pipeDelimited", True, "object"),
    ("spaceDelimited", False, "string"),
    ("deepObject", True, "string"),
]


def _cases(table: Mapping[tuple[str, bool], tuple[str | None, ...]]) -> list[Any]:
    return [
        pytest.param(style, explode, column, expected, id=f"{style}-{explode}-{column}")
        for (style, explode), row in table.items()
        for column, expected in zip(VALUES, row, strict=True)
        if expected is not None
    ]


@pytest.mark.parametrize(("style", "explode", "column", "expected"), _cases(PATH_TABLE))
def test_path_styles_match_the_examples_table(
    style: str, explode: bool, column: str, expected: str
) -> None:
    assert styles.path_value("color", VALUES[column], style, explode) == expected


@pytest.mark.parametrize(
    ("style", "explode", "column", "expected"), _cases(QUERY_TABLE)
)
def test_query_styles_match_the_examples_table(
    style: str, explode: bool, column: str, expected: str
) -> None:
    pairs = styles.query_pairs("color", VALUES[column], style, explode)
    assert "&".join(f"{k}={v}" for k, v in pairs) == expected


@pytest.mark.parametrize(("style", "expected"), sorted(UNDEFINED.items()))
def test_undefined_path_values_match_the_table(style: str, expected: str) -> None:
    assert styles.path_value("color", None, style, False) == expected
    assert styles.path_value("color", None, style, True) == expected


def test_undefined_query_values_match_the_table() -> None:
    assert styles.query_pairs("color", None, "form", False) == [("color", "")]
    assert styles.query_pairs("color", None, "form", True) == [("color", "")]
    with pytest.raises(ValueError, match="n/a"):
        styles.query_pairs("color", None, "pipeDelimited", False)


@pytest.mark.parametrize(("style", "explode", "column"), NOT_APPLICABLE)
def test_combinations_the_table_marks_n_a_are_refused(
    style: str, explode: bool, column: str
) -> None:
    with pytest.raises(ValueError, match="n/a"):
        styles.query_pairs("color", VALUES[column], style, explode)


def test_header_simple_style_matches_the_table_without_percent_encoding() -> None:
    """Headers take ``simple`` (the path rows), unencoded (Appendix D)."""
    assert styles.header_value(STRING, False) == "blue"
    assert styles.header_value(ARRAY, False) == "blue,black,brown"
    assert styles.header_value(ARRAY, True) == "blue,black,brown"
    assert styles.header_value(OBJECT, False) == "R,100,G,200,B,150"
    assert styles.header_value(OBJECT, True) == "R=100,G=200,B=150"
    assert styles.header_value("a b", False) == "a b"


def test_cookie_form_style_as_cookie_pairs() -> None:
    """Cookies take ``form`` without the ``?``; several values are RFC 6265 pairs."""
    assert styles.cookie_pairs("color", STRING, True) == [("color", "blue")]
    assert styles.cookie_pairs("color", ARRAY, False) == [("color", "blue,black,brown")]
    assert styles.cookie_pairs("color", ARRAY, True) == [
        ("color", "blue"),
        ("color", "black"),
        ("color", "brown"),
    ]
    assert styles.cookie_pairs("color", OBJECT, True) == [
        ("R", "100"),
        ("G", "200"),
        ("B", "150"),
    ]


def test_primitives_are_spelled_as_json_and_reserved_characters_encoded() -> None:
    assert styles.query_pairs("on", True, "form", True) == [("on", "true")]
    assert styles.query_pairs("n", 1.5, "form", True) == [("n", "1.5")]
    assert styles.query_pairs("q", "a b,c/d&e", "form", True) == [
        ("q", "a%20b%2Cc%2Fd%26e")
    ]
    # allowReserved passes the reserved characters a query may hold, never & = + [ ] #
    assert styles.query_pairs("q", "a/b,c&d=e+f[g]#", "form", True, True) == [
        ("q", "a/b,c%26d%3De%2Bf%5Bg%5D%23")
    ]
    assert styles.path_value("id", "a/b", "simple", False) == "a%2Fb"


def test_deep_object_nesting_uses_the_bracket_convention() -> None:
    """Undefined by the specification; the common convention (Stripe's, qs's) is used."""
    value = {"a": {"b": 1}, "c": ["x", "y"]}
    assert styles.query_pairs("f", value, "deepObject", True) == [
        ("f%5Ba%5D%5Bb%5D", "1"),
        ("f%5Bc%5D%5B0%5D", "x"),
        ("f%5Bc%5D%5B1%5D", "y"),
    ]
    assert styles.query_pairs("expand", ["p", "q"], "deepObject", True) == [
        ("expand%5B0%5D", "p"),
        ("expand%5B1%5D", "q"),
    ]
