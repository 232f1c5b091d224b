"""The development corpus: recall of what a careful reader finds, and no wrong totals."""

from __future__ import annotations

from archive.compare import extract_figures

from .corpus import CORPUS


def read(entry: dict) -> list[tuple]:
    found = extract_figures(
        entry["text"],
        date=entry.get("date", "2023-07-10"),
        city=entry.get("city", "焦作"),
        county=entry.get("county"),
    )
    return [(f.indicator, f.value, f.unit, f.kind) for f in found]


def score() -> tuple[int, int, list, list]:
    """(labelled, found, misses, extras) over the whole corpus."""
    labelled = found = 0
    misses, extras = [], []
    for entry in CORPUS:
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


def test_recall_of_the_corpus_is_at_least_95_percent():
    labelled, found, misses, _ = score()
    assert found / labelled >= 0.95, misses


def test_no_wrong_total_in_the_corpus():
    _, _, _, extras = score()
    assert [e for e in extras if e[0][3] == "total"] == []


def test_no_other_extra_figure_in_the_corpus():
    _, _, _, extras = score()
    assert extras == []
