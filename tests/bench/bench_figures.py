"""Benchmark for the figure extractor (issue 15): µs per article, against the naive way.

    python -m tests.bench.bench_figures --articles 5000

Runs over demo articles (those the import benchmark's pages hold) and, when
../shared is beside the checkout, the real sample pages' articles; each set
split into articles that name no indicator and those that name one. The
naive reference in the same run is one regular expression per alias (the
alias, a few connecting words, a number and a unit) run over the whole text.
The last lines put the extractor's total beside the import benchmark's
35.6 s for 40,000 articles (README), the issue's budget being 15% of it.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "samples" / "pages"
IMPORT_SECONDS, IMPORT_ARTICLES = 35.6, 40_000  # README, bench_import --pages 10000

Article = tuple[str, str | None, str | None, str | None]  # text, date, city, county


def demo_articles(count: int) -> list[Article]:
    from archive.compare import article_text
    from archive.demo import write_demo

    path = Path(tempfile.mkdtemp(prefix="clipfile-figures-bench-")) / "demo.sqlite"
    archive = write_demo(path, articles=count, seed=11)
    try:
        return [
            _article(archive.article(i), article_text) for i in archive.article_ids()
        ]
    finally:
        archive.close()


def sample_articles() -> list[Article]:
    from archive import Archive
    from archive.compare import article_text

    if not SAMPLES.is_dir():
        return []
    archive = Archive.memory()
    try:
        report = archive.import_files(sorted(SAMPLES.glob("*.txt")))
        ids = [i for f in report.files for i in f.articles]
        return [_article(archive.article(i), article_text) for i in ids]
    finally:
        archive.close()


def _article(article, article_text) -> Article:
    text = article_text(article.title, article.body)
    return text, article.date, article.city, article.county


def naive_extractor() -> Callable[[Article], list]:
    """One pattern per alias over the whole text: the way without a prefilter."""
    from archive.compare import default_dictionary
    from archive.compare.numerals import NUMBER
    from archive.compare.units import UNIT_PATTERN

    link = r"(?:总量|总数|数量|共有|拥有|累计|新增|达到|达|为|有)*"
    patterns = [
        re.compile(re.escape(alias) + link + rf"({NUMBER})({UNIT_PATTERN})")
        for indicator in default_dictionary().indicators
        for alias in indicator.aliases
    ]

    def extract(article: Article) -> list:
        return [m.groups() for p in patterns for m in p.finditer(article[0])]

    return extract


def extractor() -> Callable[[Article], list]:
    from archive.compare import extract_figures

    def extract(article: Article) -> list:
        text, date, city, county = article
        return extract_figures(text, date=date, city=city, county=county)

    return extract


def per_article(extract: Callable[[Article], list], articles: list[Article]) -> float:
    """The fastest of five passes, in µs an article (the least disturbed)."""
    if not articles:
        return float("nan")
    passes = []
    for _ in range(5):
        started = time.perf_counter()
        for article in articles:
            extract(article)
        passes.append((time.perf_counter() - started) / len(articles) * 1e6)
    return min(passes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5_000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from archive.compare import default_dictionary

    started = time.perf_counter()
    dictionary = default_dictionary()
    built = time.perf_counter() - started
    ours, naive = extractor(), naive_extractor()
    ours(
        ("院士工作站两个。", None, None, None)
    )  # cn2an's import (0.3 s) out of the way
    sets = {"demo": demo_articles(args.articles), "sample pages": sample_articles()}
    print(f"dictionary: {len(dictionary)} indicators, built in {built * 1000:.0f} ms")
    print(
        f"{'articles':34}{'count':>7}{'chars':>7}{'extractor':>11}{'naive':>9}{'x':>6}"
    )
    for name, articles in sets.items():
        _report(name, articles, dictionary, ours, naive)
    _budget(sets["demo"], ours)


def _report(name, articles, dictionary, ours, naive) -> None:
    naming = [a for a in articles if dictionary.pattern.search(a[0])]
    silent = [a for a in articles if not dictionary.pattern.search(a[0])]
    for label, group in (
        (f"{name}, no indicator", silent),
        (f"{name}, an indicator", naming),
    ):
        if not group:
            continue
        chars = sum(len(a[0]) for a in group) / len(group)
        fast, slow = per_article(ours, group), per_article(naive, group)
        print(
            f"{label:34}{len(group):>7,}{chars:>7,.0f}{fast:>9.1f}µs{slow:>7.0f}µs{slow / fast:>6.0f}"
        )


def _budget(articles: list[Article], ours) -> None:
    average = per_article(ours, articles)
    figures = sum(len(ours(a)) for a in articles) / len(articles)
    extra = average * IMPORT_ARTICLES / 1e6
    print(
        f"demo average {average:.1f} µs an article ({figures:.2f} figures each): "
        f"{extra:.1f} s for {IMPORT_ARTICLES:,} articles, "
        f"{extra / IMPORT_SECONDS:.1%} of the import's {IMPORT_SECONDS} s (budget 15%)"
    )


if __name__ == "__main__":
    main()
