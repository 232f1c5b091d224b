"""Benchmark for the figure extractor (issue 15): µs per article, against the naive way.

    python -m tests.bench.bench_figures --articles 5000

Writes demo articles out as pages and imports them, as the import benchmark
does (bench_import), timing the import; then runs the extractor over the
articles the import made and, when ../shared is beside the checkout, over
the real sample pages' articles, each set split into articles that name no
indicator and those that name one. The naive reference in the same run is
one regular expression per alias (the alias, a few connecting words, a
number and a unit) run over the whole text. The last line sets extraction
against the import measured in the same run (the issue allows 15%), which
holds however busy the machine is. Times are the process's CPU time
(time.process_time), not the wall clock: on a shared machine other
processes' load moved wall-clock timings by half from run to run, and the
import's waits on the disk are left out, which makes its share larger, not
smaller.

``--against CHECKOUT`` times another checkout's extractor (main's, say) on
the same demo articles in the same process: its ``archive/`` is copied under
another package name and the two are run chunk by chunk in turn, so that the
machine's load falls on both alike (separate runs moved by 10-30% here).
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "samples" / "pages"

README_IMPORT = 35.6e6 / 40_000  # µs an article, bench_import --pages 10000
Article = tuple[str, str | None, str | None, str | None]  # text, date, city, county


def demo_articles(count: int) -> tuple[list[Article], float]:
    """The articles of ``count`` demo articles written as pages and imported,
    and the import's µs an article."""
    from archive import Archive
    from archive.compare import article_text
    from archive.demo import write_demo, write_pages

    folder = Path(tempfile.mkdtemp(prefix="clipfile-figures-bench-"))
    source = write_demo(folder / "source.sqlite", articles=int(count / 0.7), seed=11)
    write_pages(source, folder / "pages", limit=count)
    source.close()
    archive = Archive.open(folder / "imported.sqlite", create=True)
    try:
        started = time.process_time()
        report = archive.import_files([folder / "pages"])
        elapsed = time.process_time() - started
        ids = [i for f in report.files for i in f.articles]
        articles = [_article(archive.article(i), article_text) for i in ids]
        return articles, elapsed / len(ids) * 1e6
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
        started = time.process_time()
        for article in articles:
            extract(article)
        passes.append((time.process_time() - started) / len(articles) * 1e6)
    return min(passes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument(
        "--against", type=Path, help="another checkout whose extractor to time"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from archive.compare import default_dictionary

    started = time.process_time()
    dictionary = default_dictionary()
    built = time.process_time() - started
    ours, naive = extractor(), naive_extractor()
    ours(
        ("院士工作站两个。", None, None, None)
    )  # cn2an's import (0.3 s) out of the way
    demo, importing = demo_articles(args.articles)
    sets = {"demo": demo, "sample pages": sample_articles()}
    print(f"dictionary: {len(dictionary)} indicators, built in {built * 1000:.0f} ms")
    print(
        f"{'articles':34}{'count':>7}{'chars':>7}{'extractor':>11}{'naive':>9}{'x':>6}"
    )
    for name, articles in sets.items():
        _report(name, articles, dictionary, ours, naive)
    _budget(demo, ours, importing)
    if args.against:
        _against(args.against, demo, ours)


def other_extractor(checkout: Path) -> Callable[[Article], list]:
    """``checkout``'s extractor, its ``archive/`` imported as another package."""
    folder = Path(tempfile.mkdtemp(prefix="clipfile-figures-against-"))
    shutil.copytree(checkout / "archive", folder / "archive_against")
    sys.path.insert(0, str(folder))
    extract_figures = importlib.import_module("archive_against.compare").extract_figures

    def extract(article: Article) -> list:
        text, date, city, county = article
        return extract_figures(text, date=date, city=city, county=county)

    return extract


def _against(checkout: Path, articles: list[Article], ours) -> None:
    theirs = other_extractor(checkout)
    for article in articles[:200]:
        theirs(article)  # caches and imports out of the way
    spent = {"ours": 0.0, "theirs": 0.0}
    found = {"ours": 0, "theirs": 0}
    chunks = [articles[i : i + 250] for i in range(0, len(articles), 250)]
    for turn in range(3):
        for k, chunk in enumerate(chunks):
            order = ("ours", "theirs") if (k + turn) % 2 else ("theirs", "ours")
            for name in order:
                extract = ours if name == "ours" else theirs
                started = time.process_time()
                found[name] += sum(len(extract(article)) for article in chunk)
                spent[name] += time.process_time() - started
    per = {name: spent[name] / (3 * len(articles)) * 1e6 for name in spent}
    print(
        f"against {checkout}, interleaved: {per['theirs']:.1f} µs an article there, "
        f"{per['ours']:.1f} here ({per['ours'] / per['theirs'] - 1:+.1%}); "
        f"figures {found['theirs'] // 3} there, {found['ours'] // 3} here"
    )


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
            f"{label:34}{len(group):>7,}{chars:>7,.0f}{fast:>9.1f}µs{slow:>7.0f}µs{slow / fast:>6.1f}"
        )


def _budget(articles: list[Article], ours, importing: float) -> None:
    average = per_article(ours, articles)
    figures = sum(len(ours(a)) for a in articles) / len(articles)
    print(
        f"demo: {figures:.2f} figures an article; extraction {average:.1f} µs an "
        f"article against the import's {importing:.0f} µs in this run: "
        f"{average / importing:.1%} of the import time (budget 15%); against the "
        f"README's 10,000-page import ({README_IMPORT:.0f} µs an article): "
        f"{average / README_IMPORT:.1%}"
    )


if __name__ == "__main__":
    main()
