"""How well the extractor reads the shared sample pages (issue 15's quality bar).

    python -m tests.bench.figures_quality [-v]

Imports each page of ../shared/samples/pages into an archive in memory, runs
the extractor over every article it made, and checks each ``figures_examples``
entry of ../shared/samples/expected/<page>.json: *found* when a figure has
its indicator, value and unit and its sentence holds the entry's
``sentence_starts`` (the labels quote the figure's phrase, sometimes from the
middle of a sentence); *wrong* when a figure of that indicator stands in that
sentence with another value or unit; *missed* otherwise. *other* counts the
figures found that the labels do not list (-v prints them). Skips cleanly
when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "samples"


@dataclass
class PageResult:
    """What the extractor made of one page, against its labels."""

    page: str
    found: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    wrong: list[tuple[dict, object]] = field(default_factory=list)
    other: list[object] = field(default_factory=list)
    figures: list[object] = field(default_factory=list)


def page_figures(path: Path) -> list:
    """Every figure of every article imported from the page at ``path``."""
    sys.path.insert(0, str(ROOT))
    from archive import Archive
    from archive.compare import article_text, extract_figures

    archive = Archive.memory()
    try:
        report = archive.import_files([path])
        figures = []
        for article_id in report.files[0].articles:
            article = archive.article(article_id)
            text = article_text(article.title, article.body)
            figures += extract_figures(
                text, date=article.date, city=article.city, county=article.county
            )
        return figures
    finally:
        archive.close()


def expected_of(page: Path) -> list[dict]:
    """The page's ``figures_examples`` (none for a page without labels)."""
    stem = page.name.removesuffix(".txt").removesuffix(".gb18030")
    labels = SAMPLES / "expected" / f"{stem}.json"
    if not labels.exists():
        return []
    return json.loads(labels.read_text("utf-8")).get("figures_examples", [])


def matches(figure, entry: dict) -> bool:
    """Whether ``figure`` is the labelled ``entry``: indicator, value, unit, sentence."""
    return (
        figure.indicator == entry["indicator"]
        and figure.value == entry["value"]
        and figure.unit == entry["unit"]
        and entry["sentence_starts"] in figure.sentence
    )


def check_page(page: Path) -> PageResult:
    """The page's figures sorted into found, missed, wrong and other."""
    result = PageResult(page.name, figures=page_figures(page))
    claimed = set()
    for entry in expected_of(page):
        hits = [f for f in result.figures if matches(f, entry)]
        if hits:
            result.found.append(entry)
            claimed.update(id(f) for f in hits)
            continue
        near = [
            f
            for f in result.figures
            if f.indicator == entry["indicator"]
            and entry["sentence_starts"] in f.sentence
        ]
        if near:
            result.wrong.append((entry, near[0]))
            claimed.update(id(f) for f in near)
        else:
            result.missed.append(entry)
    result.other = [f for f in result.figures if id(f) not in claimed]
    return result


def pages() -> list[Path]:
    return sorted((SAMPLES / "pages").glob("*.txt"))


def describe(figure) -> str:
    qualifiers = "".join(f"[{q}]" for q in figure.qualifiers)
    earlier = f" (from {figure.earlier:g})" if figure.earlier is not None else ""
    return (
        f"{figure.indicator} {figure.kind} {figure.value:g}{figure.unit}{earlier}"
        f"{qualifiers} {figure.year} {figure.place} | {figure.sentence[:40]}"
    )


_WIDTHS = (9, 7, 8, 7, 7)


def row(label: str, numbers: list[int]) -> str:
    return f"{label:40}" + "".join(
        f"{n:>{w}}" for n, w in zip(numbers, _WIDTHS, strict=True)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not SAMPLES.is_dir():
        print(f"skipped: {SAMPLES} is not beside this checkout")
        return
    print(
        f"{'page':40}{'labelled':>9}{'found':>7}{'missed':>8}{'wrong':>7}{'other':>7}"
    )
    totals = [0] * 5
    for page in pages():
        result = check_page(page)
        counts = [len(result.found), len(result.missed), len(result.wrong)]
        numbers = [sum(counts), *counts, len(result.other)]
        totals = [a + b for a, b in zip(totals, numbers, strict=True)]
        print(row(page.name, numbers))
        for entry in result.missed:
            print(f"    missed: {entry['indicator']} {entry['value']}{entry['unit']}")
        for entry, figure in result.wrong:
            print(
                f"    wrong: {entry['indicator']} {entry['value']}{entry['unit']}: {describe(figure)}"
            )
        for figure in result.other if args.verbose else []:
            print(f"    other: {describe(figure)}")
    print(row("all pages", totals))
    corpora()


def corpora() -> None:
    """The same counts over the labelled corpora of tests/archive/compare."""
    sys.path.insert(0, str(ROOT))
    from tests.archive.compare.test_corpus import ALL, score

    head = ("labelled", "found", "missed", "extra", "totals")
    print("\n" + f"{'own corpus (extra: figures not labelled; totals: of them)':40}")
    print(f"{'':40}" + "".join(f"{h:>{w}}" for h, w in zip(head, _WIDTHS, strict=True)))
    for name, corpus in ALL.items():
        labelled, found, misses, extras = score(corpus)
        wrong_totals = sum(1 for e in extras if e[0][3] == "total")
        print(row(name, [labelled, found, len(misses), len(extras), wrong_totals]))


if __name__ == "__main__":
    main()
