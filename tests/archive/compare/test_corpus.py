"""The two labelled corpora: recall of what a careful reader finds, no wrong totals."""

from __future__ import annotations

import pytest

from archive.compare import extract_figures

from .corpus import CORPUS
from .heldout import HELDOUT
from .heldout2 import HELDOUT2
from .heldout3 import HELDOUT3
from .heldout4 import HELDOUT4
from .heldout5 import HELDOUT5

CORPORA = {
    "development": CORPUS,
    "held out": HELDOUT,
    "held out, second": HELDOUT2,
    "held out, third": HELDOUT3,
    "held out, fourth": HELDOUT4,
    "held out, fifth": HELDOUT5,
}


def read(entry: dict) -> list[tuple]:
    found = extract_figures(
        entry["text"],
        date=entry.get("date", "2023-07-10"),
        city=entry.get("city", "焦作"),
        county=entry.get("county"),
    )
    return [(f.indicator, f.value, f.unit, f.kind) for f in found]


def _same(got: tuple, label: tuple) -> bool:
    """The same figure, the value to a millionth (占…的三分之一 is 33.333333%)."""
    return got[0] == label[0] and abs(got[1] - label[1]) < 1e-4 and got[2:] == label[2:]


def score(corpus: list[dict]) -> tuple[int, int, list, list]:
    """(labelled, found, misses, extras) over a whole corpus."""
    labelled = found = 0
    misses, extras = [], []
    for entry in corpus:
        got = read(entry)
        labelled += len(entry["figures"])
        for figure in entry["figures"]:
            hit = next((g for g in got if _same(g, figure)), None)
            if hit:
                found += 1
                got.remove(hit)
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


@pytest.mark.parametrize("name", CORPORA)
def test_each_figure_is_given_the_place_its_clause_names(name):
    # ``places``: two places in one clause must not both be the article's
    wrong = []
    for entry in CORPORA[name]:
        if "places" not in entry:
            continue
        found = extract_figures(
            entry["text"],
            date=entry.get("date", "2023-07-10"),
            city=entry.get("city", "焦作"),
            county=entry.get("county"),
        )
        for label, place in zip(entry["figures"], entry["places"], strict=True):
            hit = [
                f for f in found if _same((f.indicator, f.value, f.unit, f.kind), label)
            ]
            if not hit or hit[0].place != place:
                wrong.append((label, place, [f.place for f in hit], entry["text"]))
    assert wrong == []
