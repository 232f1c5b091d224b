"""A careful editor's checks of real pages (../shared) and of the project's own
fixtures, as ``python -m tests.bench.fidelity`` counts them."""

from __future__ import annotations

import pytest

from tests.bench import fidelity


def test_shared_pages_meet_an_editors_checks(shared_samples):
    scores = [fidelity.score(case) for case in fidelity.cases(shared_samples, None)]
    assert len(scores) >= 11
    met = sum(s.met for s in scores)
    total = sum(len(s.checks) for s in scores)
    missed = [(s.page, c) for s in scores for c, ok in s.checks if not ok]
    assert met / total >= 0.98, missed


@pytest.mark.parametrize(
    "case", fidelity.cases(None, fidelity.FIXTURES), ids=lambda c: c.path.name
)
def test_fixture_pages_meet_every_check(case):
    result = fidelity.score(case)
    assert [c for c, ok in result.checks if not ok] == []
