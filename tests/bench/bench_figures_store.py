"""Benchmark for stored figures (issue 15): what storing them adds to an
import, and the figures table and a chart on a million-article archive,
each against the naive way in the same run.

    python -m tests.bench.bench_figures_store --pages 2500 --articles 1000000

1. Import: demo articles written as pages (4 to a page) are imported twice
   into fresh archives, once as shipped and once without figures (the
   writer's hook a no-op, the import's workers sent no dictionary:
   bench_import.without_figures); the difference is what reading and storing
   figures costs (the issue allows 15%). CPU time of the process and of its
   workers, as bench_figures: other sessions' load on a shared machine moves
   the wall clock by half.
2. Table and chart: a demo archive's figure rows are copied until they are
   those of ``--articles`` articles (article ids shifted, indicators spread
   over 20 of the dictionary's, years kept), as an archive that size holds
   them; then the figures table for 4 places × 20 indicators and one
   indicator's chart (4 places across the years) are timed, wall clock,
   best of 5. The naive ways: reading every stored figure of the places and
   choosing in Python (no index, no grouping in SQL), and reading figures
   from the text at display time (timed on the demo's articles of the places,
   scaled to the archive's size). The chart is timed again with an editor's
   decision on one of its figures (written and undone), for 20 indicators
   (those reported, then the dictionary's others: an archive of 7 indicators
   asked the issue's 20), and the first table and chart asked of the archive
   just opened (once each: the process's caches empty, the file's pages
   as the system keeps them). ``--copy ARCHIVE`` times the table and chart
   on a copy of a real archive instead.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLACES = ("焦作", "开封", "洛阳", "平顶山")


def cpu(function) -> tuple[float, object]:
    """CPU seconds of this process and of the children it waited for (an
    import's workers, which read the figures of the pages they read)."""
    import resource

    def spent() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime

    started = spent()
    result = function()
    return spent() - started, result


def best(function, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def once(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def import_overhead(pages: int, folder: Path) -> None:
    import contextlib

    from archive import Archive
    from archive.demo import write_demo, write_pages

    from .bench_import import without_figures

    source = write_demo(folder / "source.sqlite", articles=int(pages * 4 / 0.7))
    write_pages(source, folder / "pages", limit=pages * 4)
    source.close()
    results = {}
    for name, hook in (
        ("without figures", without_figures),
        ("with figures", contextlib.nullcontext),
    ):
        archive = Archive.open(folder / f"{name}.sqlite", create=True)
        try:
            with hook():
                seconds, report = cpu(
                    lambda a=archive: a.import_files([folder / "pages"])
                )
            figures = archive.db.execute("SELECT count(*) FROM figures").fetchone()[0]
        finally:
            archive.close()
        results[name] = (seconds, sum(len(f.articles) for f in report.files), figures)
    print(f"\n1. Import of {pages:,} pages (CPU seconds)")
    print(f"{'':40}{'seconds':>9}{'articles':>10}{'figures':>9}")
    for name, (seconds, articles, figures) in results.items():
        print(f"{name:40}{seconds:>9.1f}{articles:>10,}{figures:>9,}")
    plain, stored = results["without figures"][0], results["with figures"][0]
    print(f"figures add {(stored - plain) / plain * 100:.1f}% to the import (≤ 15%)")


def grown_archive(folder: Path, articles: int, seed_articles: int):
    """A demo archive whose figure rows are those of ``articles`` articles."""
    from archive import Archive
    from archive.compare import default_dictionary
    from archive.demo import write_demo

    path = folder / "million.sqlite"
    write_demo(path, articles=seed_articles, seed=3).close()
    archive = Archive.open(path)
    db = archive.db
    names = [i.name for i in default_dictionary().indicators][:21]
    shipped = [n for (n,) in db.execute("SELECT DISTINCT indicator FROM figures")]
    copies = max(1, articles // seed_articles)
    db.execute("PRAGMA foreign_keys = OFF")  # the copies' articles are not there
    with db.atomic():
        db.execute("CREATE TEMP TABLE seed AS SELECT * FROM figures")
        columns = [r[1] for r in db.execute("PRAGMA table_info(figures)")][1:]
        for copy in range(1, copies):
            mapping = " ".join(
                f"WHEN '{old}' THEN '{names[(i + 7 * (copy % 3)) % len(names)]}'"
                for i, old in enumerate(shipped)
            )
            chosen = [
                f"article_id + {copy * seed_articles}"
                if c == "article_id"
                else f"CASE indicator {mapping} END"
                if c == "indicator"
                else f"key || '{copy}'"
                if c == "key"
                else f'"{c}"'
                for c in columns
            ]
            db.execute(
                f"INSERT INTO figures ({', '.join(chr(34) + c + chr(34) for c in columns)}) "
                f"SELECT {', '.join(chosen)} FROM seed"
            )
        db.execute("DROP TABLE seed")
    db.execute("ANALYZE")
    return archive, copies


def naive_table(archive, places, indicators) -> dict:
    """Every stored figure of the places read, the latest year's values
    chosen in Python."""
    from archive.compare.storage.reading import where_place

    cells = {}
    for place in places:
        condition, values = where_place(place)
        condition = condition.replace("f.", "")
        rows = archive.db.execute(
            "SELECT indicator, year, normalised, date, id FROM figures NOT INDEXED "
            f"WHERE {condition} AND is_level = 1",
            values,
        ).fetchall()
        latest: dict = {}
        for indicator, year, value, date, _ in rows:
            if indicator in indicators and year is not None:
                kept = latest.setdefault(indicator, (year, {}))
                if year > kept[0]:
                    latest[indicator] = kept = (year, {})
                if year == kept[0]:
                    count, newest = kept[1].get(value, (0, ""))
                    kept[1][value] = (count + 1, max(newest, date or ""))
        # the most reported, then the newest report, as the table chooses
        for indicator, (year, counts) in latest.items():
            cells[indicator, place.key] = (year, max(counts, key=counts.get))
    return cells


def extraction_at_display(archive, places, articles: int, seed_articles: int) -> float:
    """Reading the places' figures from their text on display, scaled."""
    from archive.compare import article_text, extract_figures

    marks = ",".join("?" * len(places))
    rows = archive.db.execute(
        "SELECT a.title, b.body, a.date, a.city, a.county FROM articles a "
        f"JOIN article_bodies b ON b.article_id = a.id WHERE a.city IN ({marks})",
        [p.city for p in places],
    ).fetchall()
    started = time.perf_counter()
    for title, body, date, city, county in rows:
        extract_figures(article_text(title, body), date=date, city=city, county=county)
    return (time.perf_counter() - started) * articles / seed_articles


def table_and_chart(folder: Path, articles: int, seed_articles: int, copy=None) -> None:
    from archive import Archive

    if copy is None:
        archive, copies = grown_archive(folder, articles, seed_articles)
        grown = seed_articles * copies
    else:
        archive = Archive.open(copy, editor="bench")
        grown = seed_articles = articles = archive.count()
    try:
        places = archive.compare_places(list(PLACES))
        # the first table and chart asked of a freshly opened archive (the
        # process's caches empty, the file's pages as the system keeps them)
        first_table = once(lambda: archive.figure_table(places))
        first_chart = once(lambda: archive.figure_series(places, "高新技术企业"))
        figures = archive.db.execute("SELECT count(*) FROM figures").fetchone()[0]
        indicators = [
            n for (n,) in archive.db.execute("SELECT DISTINCT indicator FROM figures")
        ][:20]
        # the 20 indicators: those reported, then the dictionary's others
        twenty = list(indicators)
        for indicator in archive.indicators():
            if len(twenty) < 20 and indicator.name not in twenty:
                twenty.append(indicator.name)
        dictionary_table = best(lambda: archive.figure_table(places, twenty))
        table = archive.figure_table(places, indicators)
        naive = naive_table(archive, places, set(indicators))
        agree = all(
            (c.year, c.normalised) == naive.get(key) for key, c in table.cells.items()
        )
        stored = best(lambda: archive.figure_table(places, indicators))
        window = best(lambda: archive.figure_table(places))  # indicators found
        scan = best(lambda: naive_table(archive, places, set(indicators)), runs=2)
        chart = best(lambda: archive.figure_series(places, "高新技术企业"))
        decided = chart_with_a_decision(archive, places)
        at_display = extraction_at_display(archive, places, articles, seed_articles)
    finally:
        archive.close()
    print(
        f"\n2. Figures of {grown:,} articles ({figures:,} figures; "
        f"{len(places)} places × {len(indicators)} indicators, "
        f"{len(table.cells)} cells filled; same values as the naive scan: {agree})"
    )
    print(f"{'':52}{'ms':>9}")
    print(
        f"{'figures table (stored, per-place index, SQL groups)':52}{stored * 1e3:>9.0f}"
    )
    print(
        f"{'  … the indicators reported found first (window)':52}{window * 1e3:>9.0f}"
    )
    print(
        f"{'  … 20 indicators (the reported, then the dictionary)':52}"
        f"{dictionary_table * 1e3:>9.0f}"
    )
    print(
        f"{'  … the first one asked after opening (window)':52}{first_table * 1e3:>9.0f}"
    )
    print(f"{'chart, the first one asked after opening':52}{first_chart * 1e3:>9.0f}")
    print(f"{'chart: one indicator, 4 places, every year':52}{chart * 1e3:>9.0f}")
    print(f"{'  … an editor decided on one of its figures':52}{decided * 1e3:>9.0f}")
    print(f"{'naive: every stored figure read, chosen in Python':52}{scan * 1e3:>9.0f}")
    print(
        f"{'naive: figures read from the text on display':52}{at_display * 1e3:>9.0f}"
    )


def chart_with_a_decision(archive, places) -> float:
    """The chart when an editor rejected one of the indicator's figures (its
    cells then look a decision up for each report); the rejection undone."""
    from archive.compare.storage import RejectFigure

    cell = archive.figure_table(places, ["高新技术企业"]).cell(
        "高新技术企业", places[0].key
    )
    if cell is None:
        return float("nan")
    archive.execute(RejectFigure(cell.figure.id))
    try:
        return best(lambda: archive.figure_series(places, "高新技术企业"))
    finally:
        archive.undo()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2_500)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--seed-articles", type=int, default=20_000)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument(
        "--copy",
        type=Path,
        help="time the table and chart on this archive instead of a grown demo "
        "(a copy: one decision is written and undone)",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    folder = Path(tempfile.mkdtemp(prefix="clipfile-figures-store-bench-"))
    if not args.skip_import:
        import_overhead(args.pages, folder)
    table_and_chart(folder, args.articles, args.seed_articles, args.copy)


if __name__ == "__main__":
    main()
