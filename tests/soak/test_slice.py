"""A short slice of the soak (``make soak`` runs the long one): every zero-target is zero."""

from __future__ import annotations

import pytest

from .run import soak

SECONDS = 12.0


@pytest.mark.slow
def test_a_short_soak_meets_every_zero_target() -> None:
    report = soak(SECONDS)
    print(report.text())
    assert report.calls > 500, report.text()
    assert report.server.get("restarts", 0) >= 1, report.text()
    assert report.errors_searched > 100, report.text()
    assert report.failures() == {}, report.text()
