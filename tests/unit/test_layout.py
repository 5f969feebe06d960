"""``generator.layout`` guesses black's layout of signatures and calls; black must agree.

A wrong guess would not change the output (black still formats it) but would cost the speed
the layout exists for, so the guesses are checked against black itself.
"""

from __future__ import annotations

import keyword as _keyword
from pathlib import Path

import black
from black.mode import TargetVersion
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import filters, render
from generator.layout import Nested, layout

REPO = Path(__file__).resolve().parents[2]
_MODE = black.Mode(target_versions={TargetVersion.PY311})
# Identifiers, as the generator writes them (``ident`` never lets a keyword through).
_names = st.from_regex(r"[a-z][a-z_]{0,24}", fullmatch=True).filter(
    lambda name: not _keyword.iskeyword(name) and not _keyword.issoftkeyword(name))


def _is_black(source: str) -> bool:
    return black.format_str(source, mode=_MODE) == source


@settings(max_examples=150, deadline=None)
@given(name=_names, params=st.lists(st.tuples(_names, _names), min_size=0, max_size=8),
       returns=_names)
def test_signatures_are_laid_out_as_black_does(name: str, params: list[tuple[str, str]],
                                               returns: str) -> None:
    items = ["self", *(f"{p}_{i}: {t}" for i, (p, t) in enumerate(params)),
             "**options: Unpack[_RequestOptions]"]
    signature = layout(f"def {name}", items, f" -> {returns}:", 4)
    assert _is_black(f"class C:\n    {signature}\n        pass\n")


@settings(max_examples=150, deadline=None)
@given(path=st.lists(_names, max_size=4), query=st.lists(_names, max_size=9), body=st.booleans())
def test_calls_with_nested_dicts_are_laid_out_as_black_does(path: list[str], query: list[str],
                                                            body: bool) -> None:
    items: list[str | Nested] = ["_LIST"]
    for keyword, names in (("path", path), ("query", query)):
        if names:
            items.append(Nested(f"{keyword}=", tuple(f"{filters.py_str(n.title())}: {n}_{i}"
                                                     for i, n in enumerate(names))))
    if body:
        items.append("body=body")
    items.append("options=options")
    call = layout("return self._client.call", items, "", 8)
    assert _is_black(f"class C:\n    def f(self):\n        {call}\n")


def test_every_resource_module_of_our_spec_is_already_black_clean() -> None:
    from generator.load import load_spec
    from generator.models import build_models
    from generator.parse import Naming, parse
    from generator.plan import plan_models

    spec = load_spec(REPO / "spec" / "openapi.yaml")
    plan = plan_models(spec.document, drop_defaults={})
    models = build_models(plan.document)
    files = render.render(parse(plan.document, models, Naming("contactswing", "0.1.0", "x")), models)
    resources = {path: text for path, text in files.items() if "/resources/" in path}
    assert resources
    assert [path for path, text in resources.items() if not _is_black(text)] == []
