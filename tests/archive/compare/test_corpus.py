"""The two labelled corpora: recall of what a careful reader finds, no wrong totals."""

from __future__ import annotations

import pytest

from archive.compare import extract_figures

from .corpus import CORPUS
from .heldout import HELDOUT

CORPORA = {"development": CORPUS, "held out": HELDOUT}


def read(entry: dict) -> list[tuple]:
    found = extract_figures(
        entry["text"],
        date=entry.get("date", "2023-07-10"),
        city=entry.get("city", "焦作"),
        county=entry.get("county"),
    )
    return [(f.indicator, f.value, f.unit, f.kind) for f in found]


def score(corpus: list[dict]) -> tuple[int, int, list, list]:
    """(labelled, found, misses, extras) over a whole corpus."""
    labelled = found = 0
    misses, extras = [], []
    for entry in corpus:
        got = read(entry)
        labelled += len(entry["figures"])
        for figure in entry["figures"]:
            if figure in got:
                found += 1
                got.remove(figure)
            else:
                misses.append((figure, entry["text"]))
        extras += [(figure, entry["text"]) for figure in got]
    return labelled, found, misses, extras


@pytest.mark.parametrize("name", CORPORA)
def test_recall_is_at_least_95_percent(name):
    labelled, found, misses, _ = score(CORPORA[name])
    assert found / labelled >= 0.95, misses


@pytest.mark.parametrize("name", CORPORA)
def test_no_wrong_total(name):
    _, _, _, extras = score(CORPORA[name])
    assert [e for e in extras if e[0][3] == "total"] == []


@pytest.mark.parametrize("name", CORPORA)
def test_no_figure_too_many(name):
    _, _, _, extras = score(CORPORA[name])
    assert extras == []
