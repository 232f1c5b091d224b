"""The Compare view at scale (issue 14): four places' columns under a shared
filter (first rows, counts, every row, years) and the tag × place matrix for
30 tags by 6 places, each against the naive way in the same run.

    python -m tests.bench.bench_compare --archive BIG.sqlite
    python -m tests.bench.bench_compare --archive BIG.sqlite --copy KEPT.sqlite
    python -m tests.bench.bench_compare --articles 100000

The archive is copied (SQLite's backup API; with ``--copy`` to that file,
kept, and used again by the next run with the same ``--copy``) and the copy
gets 30 tags under 专题, each on about 2% of the articles, a tenth of them
as passages. Before every timed run the index's kept matches are dropped,
so each run is a filter just changed (the disk cache stays warm). The naive
way is what one would write first: per place an SQL scan with LIKE for the
filter's words ordered by date, and per matrix cell a COUNT joining taggings
to articles. Targets (issue 14): first rows ≤ 200 ms, every count ≤ 1 s, the
matrix ≤ 1 s. Times are CPU seconds of this process and wall-clock seconds
both, as medians of ``--runs``; the machine is shared.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILTERS = ("", "科技", "人才 OR 创新", "企业 -招聘")
TAGS = 30


def ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"{statistics.median(ordered) * 1000:,.0f} / {p95 * 1000:,.0f}"


def forget_matches() -> None:
    """Drop the index's kept matches (a filter just changed), where kept."""
    try:
        from archive.search import match_cache
    except ImportError:  # code from before the matches were kept
        return
    match_cache.forget()


def forget_tags() -> None:
    """Drop the matrix's kept taggings (as after an edit), where kept."""
    try:
        from archive.compare.side_by_side import matrix_cells
    except ImportError:  # code from before they were kept
        return
    matrix_cells.forget()


def timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        forget_matches()
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def add_tags(path: Path, rng: random.Random) -> None:
    """30 tags under 专题, each on ~2% of the articles (a tenth as passages)."""
    db = sqlite3.connect(path, isolation_level=None)
    top = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    now = "2026-12-01T00:00:00+00:00"
    db.execute("BEGIN")
    db.execute(
        "INSERT INTO tags (uuid, name, created_at) VALUES ('bench-root', '专题', ?)",
        [now],
    )
    root = db.execute("SELECT id FROM tags WHERE uuid = 'bench-root'").fetchone()[0]
    for t in range(TAGS):
        db.execute(
            "INSERT INTO tags (uuid, parent_id, name, color, created_at) "
            "VALUES (?, ?, ?, '#c0392b', ?)",
            [f"bench-{t}", root, f"议题{t:02d}", now],
        )
        tag = db.execute(
            "SELECT id FROM tags WHERE uuid = ?", [f"bench-{t}"]
        ).fetchone()[0]
        chosen = rng.sample(range(1, top + 1), top // 50)
        db.executemany(
            "INSERT OR IGNORE INTO taggings (tag_id, article_id, field, start, "
            '"end", created_at) VALUES (?, ?, ?, ?, ?, ?)',
            [
                (tag, a, "body", 10, 30, now)
                if i % 10 == 0
                else (tag, a, None, None, None, now)
                for i, a in enumerate(chosen)
            ],
        )
    db.execute("COMMIT")
    db.close()


def tagged(path: Path) -> bool:
    """Whether the bench tagged the archive at ``path`` already."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return bool(
            db.execute("SELECT 1 FROM tags WHERE uuid = 'bench-root'").fetchone()
        )
    finally:
        db.close()


def naive_column(db: sqlite3.Connection, city: str, query: str) -> list[int]:
    words = [w for w in query.replace("OR", " ").split() if not w.startswith("-")]
    like = " OR ".join("b.body LIKE ?" for _ in words) or "1"
    sql = (
        "SELECT a.id FROM articles a JOIN article_bodies b ON b.article_id = a.id "
        f"WHERE a.city = ? AND a.deleted_at IS NULL AND ({like}) "
        "ORDER BY a.date DESC, a.id DESC"
    )
    return [r[0] for r in db.execute(sql, [city, *(f"%{w}%" for w in words)])]


def naive_matrix(db: sqlite3.Connection, cities: list[str], query: str) -> list:
    tags = [
        r[0]
        for r in db.execute(
            "SELECT t.id FROM tags t JOIN tags p ON p.id = t.parent_id "
            "WHERE p.name = '专题' ORDER BY t.name"
        )
    ]
    words = [w for w in query.replace("OR", " ").split() if not w.startswith("-")]
    like = " OR ".join("b.body LIKE ?" for _ in words) or "1"
    cells = []
    for tag in tags:
        for city in cities:
            cells.append(
                db.execute(
                    "SELECT count(DISTINCT g.article_id) FROM taggings g "
                    "JOIN articles a ON a.id = g.article_id "
                    "JOIN article_bodies b ON b.article_id = a.id "
                    f"WHERE g.tag_id = ? AND a.city = ? AND a.deleted_at IS NULL "
                    f"AND ({like})",
                    [tag, city, *(f"%{w}%" for w in words)],
                ).fetchone()[0]
            )
    return cells


def prepare(args: argparse.Namespace, write_demo) -> tuple[Path, float]:
    """The tagged archive to measure (made, or the kept ``--copy``) and the
    seconds it took to make."""
    if args.copy:
        path = args.copy
    else:
        path = Path(tempfile.mkdtemp(prefix="clipfile-compare-bench-")) / "cmp.sqlite"
    started = time.time()
    if args.copy and args.copy.exists():
        if not tagged(path):
            add_tags(path, random.Random(1))
        return path, time.time() - started
    if args.archive:
        source = sqlite3.connect(f"file:{args.archive}?mode=ro", uri=True)
        target = sqlite3.connect(path)
        source.backup(target)
        target.close()
        source.close()
    else:
        write_demo(path, articles=args.articles).close()
    add_tags(path, random.Random(1))
    return path, time.time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--copy",
        type=Path,
        help="the tagged copy of --archive, kept and used again (made if "
        "missing, tagged if not yet: never the archive itself)",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from archive import Archive, Filters, write_demo

    path, prepared = prepare(args, write_demo)
    archive = Archive.open(path, editor="bench")
    cities = [
        c
        for (c,) in archive.db.execute(
            "SELECT city FROM articles WHERE city IS NOT NULL GROUP BY city "
            "ORDER BY count(*) DESC LIMIT 6"
        )
    ]
    places = archive.compare_places(cities[:4])
    six = archive.compare_places(cities[:6])
    # the facet arrays in memory, as the window has them from the Browse view
    archive.facets(Filters())
    archive.compare_column(places[0], "科技")
    plain = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = []
    for query in FILTERS:
        label = f"“{query}”" if query else "no filter"
        alone = timed(
            lambda q=query: [
                archive.compare_column(p, q, counts=False) for p in places
            ],
            args.runs,
        )
        first = timed(
            lambda q=query: [archive.compare_column(p, q) for p in places], args.runs
        )
        counted = timed(
            lambda q=query: [archive.compare_column(p, q, limit=None) for p in places],
            args.runs,
        )
        years = timed(
            lambda q=query: [archive.compare_years(p, q) for p in places], args.runs
        )
        naive = timed(
            lambda q=query: [naive_column(plain, p.city, q) for p in places],
            max(1, args.runs // 2),
        )
        total = sum(archive.compare_column(p, query, limit=1).total for p in places)
        rows.append((f"4 columns' first rows, {label}", alone, naive, "200"))
        rows.append((f"4 columns' first rows + counts, {label}", first, naive, "1000"))
        rows.append(
            (f"4 columns, every row, {label} ({total:,})", counted, naive, "1000")
        )
        rows.append((f"4 columns' years, {label}", years, naive, "1000"))
    for query in ("", "科技"):
        label = f"“{query}”" if query else "no filter"
        made = timed(
            lambda q=query: archive.compare_matrix(six, q, parent="专题"), args.runs
        )
        naive = timed(
            lambda q=query: naive_matrix(plain, cities[:6], q), max(1, args.runs // 3)
        )
        rows.append((f"matrix {TAGS} tags × 6 places, {label}", made, naive, "1000"))
        if query:
            again = timed(
                lambda q=query: (
                    forget_tags() or archive.compare_matrix(six, q, parent="专题")
                ),
                args.runs,
            )
            rows.append(
                ("  the same, its tags read again (an edit)", again, naive, "1000")
            )
    articles = archive.count()
    archive.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nClipfile Compare: {articles:,} articles, places {'、'.join(cities[:6])} "
        f"(prepared in {prepared:.0f} s; peak memory {rss:,.0f} MB)"
    )
    print(f"{'':56}{'ms, median / p95':>18}{'naive way':>18}{'target':>8}")
    for label, ours, naive, target in rows:
        ratio = statistics.median(naive) / max(statistics.median(ours), 1e-6)
        print(f"{label:56}{ms(ours):>18}{ms(naive):>18}{target:>8}  ×{ratio:,.1f}")


if __name__ == "__main__":
    main()
