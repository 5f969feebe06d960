"""Known failures: every corpus operation that does not pass today, why, and whose defect it is.

One row per cause and spec: the operations it covers, the exact set of reasons the run reports
for each (``calls.Outcome.reasons``), and the cause: a numbered defect of issue 17 (``"17.1"``
... ``"17.9"``), another gap issue 17 asks to close (``"17.serialisation"``, ``"17.auth"``), or
a Prism defect with its upstream issue. The tests are strict both ways: an operation that now
passes fails the run (XPASS) until its row is removed, and one that fails for any other set
of reasons than its row says fails as usual. No failure is hidden without a row here.
"""

from __future__ import annotations

from dataclasses import dataclass


class KnownFailure(Exception):
    """Raised by a test whose operation fails exactly as its row here says (a strict xfail)."""


@dataclass(frozen=True)
class Row:
    """Operations of one spec that fail for one cause, with the same reasons."""

    spec: str
    operations: tuple[str, ...]
    reasons: frozenset[str]
    cause: str
    note: str
    upstream: str = ""

    @property
    def reason(self) -> str:
        """The xfail reason: the cause in words, the note, and the upstream issue if any."""
        cause = DEFECTS.get(self.cause, self.cause)
        upstream = f" ({self.upstream})" if self.upstream else ""
        return f"{self.cause}: {cause}{upstream}: {self.note}"


# Issue 17's numbered defects, in its words (issues show 17, "What was measured").
DEFECTS = {
    "17.1": "every request sends Accept: application/json",
    "17.2": "object query parameters and array headers are sent as Python reprs",
    "17.3": "query arrays ignore style/explode",
    "17.4": "OpenAPI 3.0 nullable: true on a required field is lost",
    "17.5": "response models enforce minLength/pattern/format on server data",
    "17.6": "format: uri values are changed (trailing slash, lower-cased host)",
    "17.7": "an operation whose only documented answer is a redirect always raises",
    "17.8": "security declared on one operation is ignored",
    "17.9": "multipart/form-data and octet-stream bodies, binary answers: unsupported",
    "prism": "a Prism defect: the request is right, the mock refuses it",
}


# Prism 5.16.0 defects that make a correct request fail (see the report in known.md).
PRISM_FORM_ARRAYS = "https://github.com/stoplightio/prism/issues/2473"


def _ops(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _reasons(*reasons: str) -> frozenset[str]:
    return frozenset(reasons)


PETSTORE = "petstore3-swagger.yaml"
MESSAGING = "twilio_messaging_v1.json"

ROWS: tuple[Row, ...] = (
    # 17.5: strict reads. Twilio's own examples break their schemas.
    Row(
        MESSAGING,
        _ops("ListBrandVetting CreateBrandVetting FetchBrandVetting"),
        _reasons("response invalid"),
        "17.5",
        "the spec's example brand_vetting_sid 'VT12445353' breaks its minLength 34",
    ),
    # 17.6: format: uri values changed on the way out.
    Row(
        MESSAGING,
        _ops("UpdateDomainConfig CreateService"),
        _reasons("wire body"),
        "17.6",
        "https://www.example.com is sent as https://www.example.com/",
    ),
    # 17.7: redirect-only operations raise.
    Row(
        MESSAGING,
        _ops("FetchDeactivation"),
        _reasons("http 307"),
        "17.7",
        "its only documented answer, 307, raises",
    ),
    # 17.8: per-operation security.
    Row(
        PETSTORE,
        _ops("getInventory"),
        _reasons("http 401", "wire security"),
        "17.8",
        "sends the client's bearer token; the operation asks for the api_key header",
    ),
    # 17.9: files.
    Row(
        PETSTORE,
        _ops("uploadFile"),
        _reasons("no body argument (application/octet-stream)"),
        "17.9",
        "the octet-stream body cannot be passed",
    ),
    # Prism: repeated form keys are not read as an array.
    Row(
        MESSAGING,
        _ops(
            "UpdateTollfreeVerification CreateTollfreeVerification CreateUsAppToPerson"
            " UpdateUsAppToPerson"
        ),
        _reasons("http 422 UNPROCESSABLE_ENTITY"),
        "prism",
        "a form array sent as repeated names (correct: form, explode) is read as one "
        "string: 'must be array'",
        PRISM_FORM_ARRAYS,
    ),
)

KNOWN: dict[tuple[str, str], Row] = {
    (row.spec, operation): row for row in ROWS for operation in row.operations
}
