"""Benchmark for search (issue 4): the index against a plain substring scan.

    python -m tests.bench.bench_search --articles 100000
    python -m tests.bench.bench_search --archive big.sqlite

Query classes: 1, 2, 4 and 8 characters, common and rare, a term less a
common character (an exclusion that reads most of the index), and two terms
with a facet filter. For each: the first page of 50 by date and by relevance, the
exact count, every id (what the list holds) and the facet counts, as the window
asks for them. The references, in the same run: a LIKE scan's first page by
date, its first page by relevance (headline matches first), its count, and a
GROUP BY per facet. "x" columns say how many times faster the index is, by
the medians: "x page" compares the search as the window first answers it with
the scan that answers it plainly (the slower of the two first pages against the
quicker of the scan's two full passes, count and relevance); the others compare
like with like. Also the index's size against the text's.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(function) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return (time.perf_counter() - start) * 1000, result


def quantiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[
        min(len(ordered) - 1, int(len(ordered) * 0.95))
    ]


def query_classes(archive, rng: random.Random) -> dict[str, list[tuple[str, dict]]]:
    bodies = [
        b
        for (b,) in archive.db.execute(
            "SELECT body FROM article_bodies ORDER BY random() LIMIT 400"
        )
    ]
    han = [c for b in bodies for c in b if "\u4e00" <= c <= "\u9fff"]
    counts: dict[str, int] = {}
    for c in han:
        counts[c] = counts.get(c, 0) + 1
    by_frequency = sorted(counts, key=counts.get, reverse=True)
    spans = []
    for _ in range(200):
        body = rng.choice(bodies)
        at = rng.randrange(0, max(1, len(body) - 8))
        span = body[at : at + 8]
        if all("\u4e00" <= c <= "\u9fff" for c in span):
            spans.append(span)
    pairs: dict[str, int] = {}
    for body in bodies:
        for i in range(len(body) - 1):
            pair = body[i : i + 2]
            if all("\u4e00" <= c <= "\u9fff" for c in pair):
                pairs[pair] = pairs.get(pair, 0) + 1
    common_pairs = sorted(pairs, key=pairs.get, reverse=True)[:20]
    rare_pairs = [p for p, n in pairs.items() if n == 1][:20]
    cities = [
        c
        for (c,) in archive.db.execute(
            "SELECT DISTINCT city FROM articles WHERE city IS NOT NULL LIMIT 6"
        )
    ]
    return {
        "1 char, common": [(c, {}) for c in by_frequency[:10]],
        "1 char, rare": [(c, {}) for c in by_frequency[-10:]],
        "2 chars, common": [(p, {}) for p in common_pairs[:10]],
        "2 chars, rare": [(p, {}) for p in rare_pairs[:10]],
        "4 chars": [(s[:4], {}) for s in spans[:10]],
        "8 chars": [(s, {}) for s in spans[10:20]],
        "term -character": [
            (f"{a} -{b}", {})
            for a, b in zip(common_pairs[10:20], by_frequency[:10], strict=False)
        ],
        "2 terms + city": [
            (f"{a} {b}", {"city": rng.choice(cities)})
            for a, b in zip(common_pairs[:10], spans[20:30], strict=False)
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--archive", type=Path, help="reuse this demo archive")
    parser.add_argument(
        "--scan-queries",
        type=int,
        default=4,
        help="queries per class for the (slow) scan reference",
    )
    parser.add_argument(
        "--facet-queries",
        type=int,
        default=1,
        help="queries per class for the (slower) GROUP BY facet reference",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from archive import Archive, Filters
    from archive.demo import write_demo
    from archive.search import facets_sql

    path = args.archive
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="clipfile-search-bench-")) / "demo.sqlite"
        t = time.time()
        write_demo(path, articles=args.articles).close()
        print(
            f"demo archive of {args.articles:,} articles written and indexed in "
            f"{time.time() - t:.0f} s"
        )
    archive = Archive.open(path)
    rng = random.Random(4)
    classes = query_classes(archive, rng)
    sizes = dict(
        archive.db.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name"
        ).fetchall()
    )
    index = sum(
        v
        for k, v in sizes.items()
        if k.startswith(("search_", "sqlite_autoindex_search"))
    )
    text = sum(
        sizes.get(k, 0) for k in ("article_bodies", "articles", "captions", "notes")
    )
    print(
        f"\n{archive.count():,} articles; index {index / 2**20:,.0f} MB, text tables "
        f"{text / 2**20:,.0f} MB: {index / text:.2f}x"
    )
    started = time.perf_counter()
    archive.facets()
    print(
        f"facet arrays read in {time.perf_counter() - started:.2f} s (once per change)"
    )
    started = time.perf_counter()
    facets_sql.facets_by_sql(archive.db, Filters())
    print(
        f"facet counts by a GROUP BY per facet: {time.perf_counter() - started:.2f} s"
    )
    print_table(archive, classes, args)


def print_table(archive, classes, args) -> None:
    from archive import Filters
    from archive.search import facets_sql

    header = (
        f"{'query class':18}{'first 50 ms':>12}{'p95':>7}{'rank 50':>9}{'p95':>7}"
        f"{'count ms':>10}{'p95':>7}{'all ids':>9}{'p95':>7}{'facets':>8}{'p95':>7}"
        f"{'scan 50':>9}{'scan rank':>10}{'scan count':>11}{'GROUP BY':>10}"
        f"{'x page':>8}{'x first':>9}{'x rank':>8}{'x count':>9}{'x facets':>9}"
    )
    print(header)
    for name, queries in classes.items():
        first, ranked, count, listed, facets = [], [], [], [], []
        scan_first, scan_rank, scan_count, scan_facets = [], [], [], []
        for n, (query, facet_filters) in enumerate(queries):
            filters = Filters(text=query, **facet_filters)
            timed(lambda f=filters: archive.article_ids(f, limit=50))  # warm
            first.append(timed(lambda f=filters: archive.article_ids(f, limit=50))[0])
            by_rank = replace(filters, order="rank")
            ranked.append(timed(lambda f=by_rank: archive.article_ids(f, limit=50))[0])
            count.append(timed(lambda f=filters: archive.count(f))[0])
            took, ids = timed(lambda f=filters: archive.article_ids(f))
            listed.append(took)
            # as the window asks, after the list: with its ids when no facet
            # is chosen, else running the text again
            matches = None if facet_filters else ids
            facets.append(
                timed(lambda f=filters, m=matches: archive.facets(f, matches=m))[0]
            )
            if n < args.scan_queries:
                first_sql, rank_sql, count_sql = scan_queries(filters, query)
                for into, (sql, params) in (
                    (scan_first, first_sql),
                    (scan_rank, rank_sql),
                    (scan_count, count_sql),
                ):
                    into.append(
                        timed(
                            lambda s=sql, p=params: archive.db.execute(s, p).fetchall()
                        )[0]
                    )
            if n < args.facet_queries:
                scan_facets.append(
                    timed(lambda f=filters: facets_sql.facets_by_sql(archive.db, f))[0]
                )
        f50, f95 = quantiles(first)
        c50, c95 = quantiles(count)
        l50, l95 = quantiles(listed)
        r50, r95 = quantiles(ranked)
        g50, g95 = quantiles(facets)
        s50, sr50, sc50 = (
            statistics.median(scan_first),
            statistics.median(scan_rank),
            statistics.median(scan_count),
        )
        sg50 = statistics.median(scan_facets) if scan_facets else float("nan")
        print(
            f"{name:18}{f50:>12.1f}{f95:>7.1f}{r50:>9.1f}{r95:>7.1f}{c50:>10.1f}"
            f"{c95:>7.1f}{l50:>9.0f}{l95:>7.0f}{g50:>8.0f}{g95:>7.0f}{s50:>9.1f}"
            f"{sr50:>10.0f}{sc50:>11.0f}{sg50:>10.0f}"
            f"{ratio(min(sc50, sr50), max(f50, r50)):>8}{ratio(s50, f50):>9}"
            f"{ratio(sr50, r50):>8}{ratio(sc50, c50):>9}{ratio(sg50, g50):>9}"
        )


def ratio(reference: float, ours: float) -> str:
    """How many times faster than the reference (below 1: slower)."""
    times = reference / max(ours, 0.001)
    return f"{times:.0f}x" if times >= 10 else f"{times:.1f}x"


def scan_queries(filters, query: str) -> list[tuple[str, list]]:
    """The scan's way to the same answers: the first page by date, the first
    page by relevance (headline matches first), and the count, by LIKE."""
    from archive.search import plan
    from archive.search import sql as search

    sql, params = plan.where(filters, use_index=False)
    headline = [
        search.like_condition(t, headline=True)
        for t in query.split()
        if not t.startswith("-")  # an exclusion is no headline hit
    ]
    headline_sql = " AND ".join(s for s, _ in headline)
    headline_params = [p for _, ps in headline for p in ps]
    newest = "a.date DESC, a.id DESC"
    return [
        (f"SELECT a.id FROM articles a WHERE {sql} ORDER BY {newest} LIMIT 50", params),
        (
            f"SELECT a.id FROM articles a WHERE {sql} "
            f"ORDER BY ({headline_sql}) DESC, {newest} LIMIT 50",
            [*params, *headline_params],
        ),
        (f"SELECT count(*) FROM articles a WHERE {sql}", params),
    ]


if __name__ == "__main__":
    main()
