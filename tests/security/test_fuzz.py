"""Protects the contract under arbitrary input: the pipeline either produces a package that
imports, or raises ``GeneratorError``; never any other exception, never a hang.

Hypothesis builds small OpenAPI documents (random names from ``st.text()``, enums, defaults,
nesting, refs) and damages some of them (keys deleted, types swapped, garbage inserted). Runs are
derandomized and bounded (25 examples each, 60 s per example) so CI sees the same examples every
time. Shrinking is off: shrinking these documents takes minutes, so a failure shows the example
as found (its JSON is printed through ``note``).

Known generator bugs are not fuzzed around silently: the strategies avoid two of them (braces in
path keys, ``format: email``) and ``known_bug``/``known_import_bug`` recognise the others; each
points at the strict xfail that tracks it. Remove the allowance when that xfail starts passing.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
import signal
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.config import Options
from generator.errors import GeneratorError, SpecError

from .support import imported

EXAMPLE_SECONDS = 60  # hard bound on one example (generate + import)
_counter = itertools.count()

characters = st.characters()
text = st.text(characters, max_size=20)
names = st.text(characters, min_size=1, max_size=12)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-1000, 1000),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(characters, max_size=8),
)


@st.composite
def primitive_schemas(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean"]))
    schema: dict[str, Any] = {"type": kind}
    values = {
        "string": st.text(characters, max_size=10),
        "integer": st.integers(-100, 100),
        "number": st.integers(-100, 100),
        "boolean": st.booleans(),
    }[kind]
    if kind != "boolean" and draw(st.booleans()):
        schema["enum"] = draw(st.lists(values, max_size=4, unique=True))
    if draw(st.booleans()):
        schema["default"] = draw(
            st.one_of(values, scalars)
        )  # sometimes invalid on purpose
    if kind == "string" and draw(st.booleans()):
        # Not "email": test_odd_constructs.test_email_format covers it (a known bug).
        schema["format"] = draw(
            st.sampled_from(["date-time", "uuid", "date", "byte", "weird"])
        )
    if draw(st.booleans()):
        schema["description"] = draw(text)
    return schema


def schemas(refs: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    leaves = primitive_schemas()
    if refs:
        leaves = st.one_of(leaves, st.sampled_from(refs).map(lambda r: {"$ref": r}))

    def extend(
        children: st.SearchStrategy[dict[str, Any]],
    ) -> st.SearchStrategy[dict[str, Any]]:
        return st.one_of(
            st.builds(
                lambda props, req: {
                    "type": "object",
                    "properties": props,
                    "required": [k for k in props if req],
                },
                st.dictionaries(names, children, max_size=4),
                st.booleans(),
            ),
            st.builds(lambda item: {"type": "array", "items": item}, children),
            st.builds(
                lambda members: {"oneOf": members},
                st.lists(children, min_size=1, max_size=3),
            ),
            st.builds(
                lambda extra: {"type": "object", "additionalProperties": extra},
                children,
            ),
            st.builds(lambda c, t: {**c, "title": t}, children, names),
        )

    return st.recursive(leaves, extend, max_leaves=8)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    component_names = draw(st.lists(names, max_size=4, unique=True))
    refs = [
        f"#/components/schemas/{n.replace('~', '~0').replace('/', '~1')}"
        for n in component_names
    ]
    components = {n: draw(schemas(refs)) for n in component_names}
    paths: dict[str, Any] = {}
    for _ in range(draw(st.integers(1, 3))):
        segment = draw(names)
        # Braces and brackets outside a parameter crash the spec validator: a known bug,
        # test_bad_input.test_structurally_broken_document_is_located covers it.
        param = draw(
            st.one_of(st.none(), names.filter(lambda s: not set(s) & set("{}[]/!:")))
        )
        path = (
            "/"
            + "".join(c for c in segment if c not in "{}")
            + (f"/{{{param}}}" if param else "")
        )
        item: dict[str, Any] = {}
        for method in draw(
            st.lists(
                st.sampled_from(["get", "post", "put", "delete", "patch"]),
                min_size=1,
                max_size=3,
                unique=True,
            )
        ):
            op: dict[str, Any] = {"operationId": draw(names), "responses": {}}
            if draw(st.booleans()):
                op["tags"] = [draw(names)]
            parameters = [
                {
                    "name": draw(names),
                    "in": draw(st.sampled_from(["query", "header"])),
                    "required": draw(st.booleans()),
                    "schema": draw(primitive_schemas()),
                }
                for _ in range(draw(st.integers(0, 2)))
            ]
            if param:
                parameters.append(
                    {
                        "name": param,
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                )
            if parameters:
                op["parameters"] = parameters
            if method in ("post", "put", "patch") and draw(st.booleans()):
                op["requestBody"] = {
                    "required": draw(st.booleans()),
                    "content": {"application/json": {"schema": draw(schemas(refs))}},
                }
            status = draw(st.sampled_from(["200", "201", "204", "default", "2XX"]))
            response: dict[str, Any] = {"description": draw(text)}
            if status != "204" and draw(st.booleans()):
                response["content"] = {
                    "application/json": {"schema": draw(schemas(refs))}
                }
            op["responses"][status] = response
            item[method] = op
        paths[path] = item
    document: dict[str, Any] = {
        "openapi": draw(st.sampled_from(["3.1.0", "3.0.3"])),
        "info": {"title": draw(names), "version": draw(text)},
        "paths": paths,
    }
    if components:
        document["components"] = {"schemas": components}
    return document


def _containers(
    node: Any, path: tuple[Any, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _containers(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _containers(value, (*path, index))


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[dict[str, Any]]) -> dict[str, Any]:
    document = copy.deepcopy(draw(base))
    for _ in range(draw(st.integers(1, 4))):
        spots = [
            (p, n)
            for p, n in _containers(document)
            if isinstance(n, (dict, list)) and n
        ]
        if not spots:
            break
        _, node = draw(st.sampled_from(spots))
        key = draw(
            st.sampled_from(list(node) if isinstance(node, dict) else range(len(node)))
        )
        action = draw(st.sampled_from(["delete", "swap", "garbage", "ref"]))
        if action == "delete":
            del node[key]
        elif action == "swap":
            node[key] = draw(
                st.one_of(
                    scalars,
                    st.lists(scalars, max_size=2),
                    st.dictionaries(names, scalars, max_size=2),
                )
            )
        elif action == "garbage" and isinstance(node, dict):
            node[draw(names)] = draw(
                st.one_of(scalars, st.dictionaries(names, scalars, max_size=2))
            )
        elif action == "ref":
            node[key] = {
                "$ref": draw(
                    st.sampled_from(
                        [
                            "#/components/schemas/Nope",
                            "#",
                            "#/paths",
                            "other.yaml#/X",
                            "#/info/title",
                        ]
                    )
                )
            }
    return document


def known_bug(err: BaseException) -> str | None:
    """The known bug an exception is, or None. Each has its own strict xfail test; add an entry
    here only while such a test exists, so fuzzing guards every fix. (None are open today.)
    """
    del err
    return None


def known_import_bug(err: BaseException, out: Path, package: str) -> str | None:
    """Like ``known_bug``, for a generated package that does not import. (None open today.)"""
    del err, out, package
    return None


class Hang(Exception):
    """An example ran past EXAMPLE_SECONDS."""


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise Hang(f"one example ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _check_one(document: dict[str, Any], root: Path, cache: Path) -> str:
    """Generate ``document`` and import the result: "generated", "refused" or "known bug";
    anything else fails the example."""
    n = next(_counter)
    spec = root / f"spec{n}" / "openapi.json"
    spec.parent.mkdir(parents=True)
    spec.write_text(json.dumps(document, indent=1), encoding="utf-8")
    package = f"fuzz_pkg_{n}"
    out = root / f"out{n}"
    note(json.dumps(document, indent=1)[:4000])
    with time_limit(EXAMPLE_SECONDS):
        return _generate_and_import(spec, out, package, cache)


def _generate_and_import(spec: Path, out: Path, package: str, cache: Path) -> str:
    try:
        pipeline.generate(
            Options(
                spec=spec,
                out=out,
                package_name=package,
                allow_invalid=True,
                cache_dir=cache,
            )
        )
    except SpecError as err:
        assert err.problems
        for problem in err.problems:
            assert problem.line >= 1 and problem.column >= 1, problem
            assert problem.pointer.startswith("#"), problem
        return "refused"
    except GeneratorError as err:
        assert str(err)
        note(f"GeneratorError: {err}")
        return "refused"
    except Exception as err:
        if bug := known_bug(err):
            note(f"known bug: {bug}")
            return "known bug"
        raise
    try:
        with imported(out, package) as modules:
            assert f"{package}.models" in modules
    except Exception as err:
        if bug := known_import_bug(err, out, package):
            note(f"known bug: {bug}")
            return "known bug"
        raise
    return "generated"


FUZZ_SETTINGS = settings(
    max_examples=25,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    deadline=timedelta(seconds=EXAMPLE_SECONDS),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        HealthCheck.filter_too_much,
    ],
)


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def outcomes() -> dict[str, Counter[str]]:
    """Per test: how many examples generated, were refused, or hit a known bug."""
    return {"valid-ish": Counter(), "damaged": Counter()}


@FUZZ_SETTINGS
@given(document=documents())
def test_valid_ish_specs_generate_or_fail_cleanly(
    document: dict[str, Any],
    fuzz_root: Path,
    black_cache: Path,
    outcomes: dict[str, Counter[str]],
) -> None:
    outcomes["valid-ish"][_check_one(document, fuzz_root, black_cache)] += 1


@FUZZ_SETTINGS
@given(document=mutated(documents()))
def test_damaged_specs_generate_or_fail_cleanly(
    document: dict[str, Any],
    fuzz_root: Path,
    black_cache: Path,
    outcomes: dict[str, Counter[str]],
) -> None:
    outcomes["damaged"][_check_one(document, fuzz_root, black_cache)] += 1


def test_fuzzing_reached_generation(outcomes: dict[str, Counter[str]]) -> None:
    """The valid-ish strategy must mostly produce specs that generate, or it tests nothing."""
    if not outcomes["valid-ish"]:
        pytest.skip("run with test_valid_ish_specs_generate_or_fail_cleanly")
    assert outcomes["valid-ish"]["generated"] >= 15, outcomes
