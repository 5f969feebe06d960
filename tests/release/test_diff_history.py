"""The diff on a real API history: Twilio messaging a year apart, with its reviewed verdict.

`twilio_messaging_v1-2025-03.json` → `twilio_messaging_v1.json` (../shared/corpus). Every
breaking and flagged change below was read against the two generated clients; the comment on
each group says what a Python user of the client feels. A change to the verdict fails here
and must be reviewed again, by hand.
"""

from __future__ import annotations

import collections
import copy
import functools
import json
import os
import subprocess
import sys
from typing import Any

import pytest

from generator.release.diff import Severity, diff_documents, format_json
from tests.snapshot_support import CORPUS, ROOT

OLD = CORPUS / "twilio_messaging_v1-2025-03.json"
NEW = CORPUS / "twilio_messaging_v1.json"

pytestmark = pytest.mark.skipif(
    not (OLD.is_file() and NEW.is_file()), reason=f"no Twilio history in {CORPUS}"
)

_USA2P = "/paths/~1v1~1Services~1{MessagingServiceSid}~1Compliance~1Usa2p"
_VETTINGS = "/paths/~1v1~1a2p~1BrandRegistrations~1{BrandSid}~1Vettings/get"
_SCHEMAS = "/components/schemas/"
_JSON = "content/application~1json/schema"

REVIEWED = [
    # `CreateTollfreeVerificationRequest.use_case_categories` goes from `list[str]` to
    # `list[Literal["TWO_FACTOR_AUTHENTICATION", ...]]`: a `list[str]` no longer type-checks,
    # and pydantic rejects values outside the enum when the request is built.
    (
        "breaking",
        "request_enum_restricted",
        _SCHEMAS + "tollfree_verification_enum_use_case_categories/items/enum",
    ),
    # create/fetch/update and the list's items return `MessagingV1ServiceUsAppToPerson |
    # MessagingV1ServiceUsAppToPersonV2` where they returned the first alone. `result.sid`
    # still type-checks (V2 has every field V1 has), but `x: MessagingV1ServiceUsAppToPerson =
    # result` and passing it to a parameter typed so fail mypy until code narrows.
    (
        "breaking",
        "response_became_union",
        f"{_USA2P}/get/responses/200/{_JSON}/properties/compliance/items",
    ),
    ("breaking", "response_became_union", f"{_USA2P}/post/responses/201/{_JSON}"),
    (
        "breaking",
        "response_became_union",
        f"{_USA2P}~1{{Sid}}/get/responses/200/{_JSON}",
    ),
    (
        "breaking",
        "response_became_union",
        f"{_USA2P}~1{{Sid}}/post/responses/200/{_JSON}",
    ),
    # `brand_vetting.list(...)` loses its `page_size`, `page` and `page_token` arguments:
    # calls passing them raise TypeError.
    ("breaking", "parameter_removed", f"{_VETTINGS}/parameters/2"),
    ("breaking", "parameter_removed", f"{_VETTINGS}/parameters/3"),
    ("breaking", "parameter_removed", f"{_VETTINGS}/parameters/4"),
    # `{type: object}` (or items of it) loses its type: `dict[str, Any]` becomes `Any`. Code
    # keeps running and type-checking (mypy --strict accepts `.get()` and returning it as
    # `dict[str, Any] | None`); only code relying on an object arriving would notice, once
    # the API sent something else: flagged, not major.
    *(
        ("potentially_breaking", "response_type_widened", _SCHEMAS + tail)
        for tail in (
            "messaging.v1.brand_registrations/properties/errors/items",
            "messaging.v1.domain_cert_v4/properties/cert_in_validation",
            "messaging.v1.service.us_app_to_person/properties/errors/items",
            "messaging.v1.service.us_app_to_person/properties/rate_limits",
            "messaging.v1.service.us_app_to_person_usecase/properties/"
            "us_app_to_person_usecases/items",
            "messaging.v1.tollfree_verification/properties/rejection_reasons/items",
            "messaging.v1.tollfree_verification/properties/resource_links",
            "messaging.v1.usecase/properties/usecases/items",
        )
    ),
]
# Everything else, by kind: new operations, fields, arguments and models, and documentation.
OTHERS = {
    "request_field_added_optional": 32,
    "docs_changed": 32,
    "response_field_added": 16,
    "model_added": 10,
    "parameter_added_optional": 3,
    "response_constraint_tightened": 1,
    "request_became_nullable": 1,
    "response_enum_restricted": 1,
    "operation_added": 1,
}


@functools.cache
def _documents() -> tuple[Any, Any]:
    return (
        json.loads(OLD.read_text(encoding="utf-8")),
        json.loads(NEW.read_text(encoding="utf-8")),
    )


def test_the_verdict_is_the_reviewed_one() -> None:
    report = diff_documents(*_documents())
    assert report.bump == "major"
    flagged = [
        (c.severity.value, c.kind.value, c.pointer)
        for c in report.changes
        if c.severity.rank <= Severity.POTENTIALLY_BREAKING.rank
    ]
    assert flagged == REVIEWED
    rest = collections.Counter(
        c.kind.value
        for c in report.changes
        if c.severity.rank > Severity.POTENTIALLY_BREAKING.rank
    )
    assert dict(rest) == OTHERS


def test_the_report_is_sorted_and_does_not_depend_on_key_order() -> None:
    old, new = _documents()
    snapshot = copy.deepcopy((old, new))
    report = diff_documents(old, new)
    assert list(report.changes) == sorted(report.changes, key=lambda c: c.sort_key)
    assert len({(c.kind, c.pointer, c.message) for c in report.changes}) == len(
        report.changes
    )
    assert format_json(diff_documents(_reversed(old), _reversed(new))) == format_json(
        report
    )
    assert (old, new) == snapshot


_JSON_FAIL = ("--format", "json", "--fail-on", "breaking")


def test_the_cli_prints_the_same_bytes_whatever_the_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "diff",
                str(OLD),
                str(NEW),
                *_JSON_FAIL,
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 1, done.stderr  # breaking changes: --fail-on stops
        outputs.add(done.stdout)
    (output,) = outputs
    assert output == format_json(diff_documents(*_documents()))


def _reversed(node: Any) -> Any:
    """The same document with every mapping's keys in reverse order."""
    if isinstance(node, dict):
        return {k: _reversed(node[k]) for k in reversed(list(node))}
    if isinstance(node, list):
        return [_reversed(v) for v in node]
    return node
