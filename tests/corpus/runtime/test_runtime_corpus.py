"""Protects every generated method's behaviour on real specs: a typed 2xx answer from a Prism
mock of the spec, and a request that is exactly what the spec's serialisation rules say.

One test per operation of each OpenAPI 3.x spec of the shared corpus that generates (the
``opc-err-*`` specs refused on purpose are ``test_real_world``'s). ``make test`` runs the
slice below; ``make corpus`` (``CORPUS=all``) every spec, ``large/`` included. Operations in
``known.KNOWN`` are strict xfails that must fail exactly as their row says.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ..conftest import CORPUS_DIR, INCLUDE_SLOW
from ..test_real_world import EXPECTED, Refused
from .calls import Outcome
from .document import Document
from .known import DEFECTS, KNOWN, ROWS, KnownFailure
from .run import SpecRun, keyed

# Small specs that between them exercise JSON and form bodies, path/query/header parameters,
# api-key, bearer and basic security, a redirect and a response the client rejects.
SLICE = (
    "oai-petstore-expanded.yaml",
    "petstore3-swagger.yaml",
    "twilio_messaging_v1.json",
)
SUFFIXES = (".yaml", ".yml", ".json")


def corpus_specs() -> list[str]:
    """Spec paths relative to the corpus folder: the slice, or every one under CORPUS=all."""
    if not CORPUS_DIR.is_dir():
        return []
    found = sorted(
        p.relative_to(CORPUS_DIR).as_posix()
        for folder in (CORPUS_DIR, CORPUS_DIR / "large")
        if folder.is_dir()
        for p in folder.iterdir()
        if p.suffix in SUFFIXES
    )
    return found if INCLUDE_SLOW else [name for name in found if name in SLICE]


def _refused_on_purpose(name: str) -> bool:
    expected = EXPECTED.get(name)
    return isinstance(expected, Refused) and not expected.generates_when_invalid_allowed


def operation_params() -> list[Any]:
    params = []
    for name in corpus_specs():
        if _refused_on_purpose(name):
            reason = "refused on purpose; test_real_world checks how"
            params.append(
                pytest.param(name, "", id=name, marks=pytest.mark.skip(reason=reason))
            )
            continue
        document = Document.load(CORPUS_DIR / name)
        if not document.is_openapi3:
            reason = f"OpenAPI {document.version or '?'}, not 3.x"
            params.append(
                pytest.param(name, "", id=name, marks=pytest.mark.skip(reason=reason))
            )
            continue
        for key in keyed(list(document.operations())):
            row = KNOWN.get((name, key))
            marks = []
            if row is not None:
                marks.append(
                    pytest.mark.xfail(
                        strict=True, raises=KnownFailure, reason=row.reason
                    )
                )
            params.append(pytest.param(name, key, id=f"{name}::{key}", marks=marks))
    return params


def describe(outcome: Outcome) -> str:
    lines = [
        f"{outcome.method} {outcome.path}: {sorted(outcome.reasons)}",
        f"sent: {outcome.request or 'nothing'} -> {outcome.status}",
        *(f"  {detail}" for detail in outcome.details),
    ]
    return "\n".join(lines)


@pytest.mark.contract
@pytest.mark.parametrize(("spec", "operation"), operation_params())
def test_operation_returns_its_type_and_sends_what_the_spec_says(
    runtime_run: Any, spec: str, operation: str
) -> None:
    run: SpecRun = runtime_run(spec)
    outcome = run.outcomes[operation]
    if outcome.ok:
        return
    row = KNOWN.get((spec, operation))
    if row is not None and outcome.reasons == row.reasons:
        raise KnownFailure(f"{row.cause}: {describe(outcome)}")
    if row is not None:
        pytest.fail(
            f"fails otherwise than its known-failures row says ({sorted(row.reasons)}); "
            f"update the row or fix the regression:\n{describe(outcome)}",
            pytrace=False,
        )
    pytest.fail(describe(outcome), pytrace=False)


def test_every_known_failure_names_an_operation_of_the_corpus() -> None:
    """A row for an operation that is gone would never be checked: refuse it."""
    checked = set(corpus_specs())
    for spec in sorted({spec for spec, _ in KNOWN}):
        path: Path = CORPUS_DIR / spec
        assert path.is_file(), f"known.py names {spec}, which is not in {CORPUS_DIR}"
        if spec in checked:
            operations = keyed(list(Document.load(path).operations()))
            missing = sorted(
                op for s, op in KNOWN if s == spec and op not in operations
            )
            assert not missing, f"known.py names operations {spec} lacks: {missing}"


def test_every_known_failure_has_one_row_and_a_named_cause() -> None:
    """Each operation in one row only (a second would silently win), each cause defined."""
    listed = [(row.spec, operation) for row in ROWS for operation in row.operations]
    assert len(listed) == len(set(listed)), "an operation is in two rows of known.py"
    for row in ROWS:
        assert row.note, row
        for cause in row.cause.split("+"):
            assert cause in DEFECTS, f"{row.spec}: cause {cause!r} is not in DEFECTS"
        if "prism" in row.cause.split("+"):
            assert row.upstream, f"{row.spec}: a Prism row names its upstream issue"
