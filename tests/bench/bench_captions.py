"""Captions, pictures and people at scale (issue 16): the Captions view's
first screen (every caption listed, counted and faceted, the first rows
read), the picture grid's, and a person's page, each against the naive way
in the same run.

    python -m tests.bench.bench_captions --captions 200000 --pictures 20000

A demo of ``--articles`` is written, then captions are added by SQL up to
``--captions`` (each with a photographer), ``--pictures`` of them naming a
picture file.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path


def ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    return f"{statistics.median(ordered) * 1000:,.1f}"


def timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def grow(path: Path, captions: int, pictures: int, rng: random.Random) -> None:
    from archive import Archive
    from archive.text import caption_kind

    with Archive.open(path) as archive:
        db = archive.db
        have = db.execute("SELECT count(*) FROM captions").fetchone()[0]
        articles = list(
            db.execute(
                "SELECT id, date, city, county FROM articles WHERE deleted_at IS NULL"
            )
        )
        photographers = [
            i
            for (i,) in db.execute(
                "SELECT DISTINCT person_id FROM credits WHERE role = 'photographer'"
            )
        ]
        texts = [t for (t,) in db.execute("SELECT text FROM captions LIMIT 500")]
        stamp = "2024-01-01T00:00:00"
        next_id = db.execute("SELECT max(id) FROM captions").fetchone()[0] + 1
        caption_rows, credit_rows = [], []
        for n in range(captions - have):
            article, date, city, county = rng.choice(articles)
            label = rng.choice((None, None, "图①", "图②", "资料图"))
            credit = rng.choice((None,) * 8 + ("（本栏图片均由某单位提供）",))
            text = rng.choice(texts)
            caption_rows.append(
                (
                    next_id + n,
                    str(uuid.uuid4()),
                    article,
                    label,
                    text,
                    date,
                    city,
                    county,
                    credit,
                    caption_kind(label, text, credit),
                    stamp,
                    stamp,
                )
            )
            credit_rows.append((rng.choice(photographers), next_id + n))
        with db.conn:
            db.conn.executemany(
                """INSERT INTO captions (id, uuid, article_id, label, text, date, city,
                county, credit, kind, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                caption_rows,
            )
            db.conn.executemany(
                "INSERT INTO credits (person_id, role, caption_id) "
                "VALUES (?, 'photographer', ?)",
                credit_rows,
            )
            ids = [i for (i,) in db.execute("SELECT id FROM captions")]
            for n, cid in enumerate(rng.sample(ids, min(pictures, len(ids)))):
                sha = f"{n:064x}"
                file = f"{sha[:2]}/{sha}.jpg"
                db.execute(
                    "INSERT INTO pictures (sha256, file, format, width, height, "
                    "bytes, added_at) VALUES (?, ?, 'JPEG', 800, 600, 1000, ?)",
                    [sha, file, stamp],
                )
                db.execute(
                    "UPDATE captions SET image_path = ? WHERE id = ?", [file, cid]
                )
        db.execute("ANALYZE")


def first_screen(archive, chosen) -> None:
    ids = archive.caption_ids(chosen)
    archive.caption_facets(chosen)
    archive.caption_rows(ids[:60])


def naive_first_screen(archive, pictured: bool) -> None:
    """Every caption read with its article and photographers, record by
    record, then sorted and counted in Python."""
    rows = []
    for (cid,) in archive.db.execute(
        "SELECT id FROM captions WHERE deleted_at IS NULL"
    ):
        caption = archive.caption(cid)
        if pictured and not caption.image_path:
            continue
        rows.append(caption)
    rows.sort(key=lambda c: (c.date or "", c.id), reverse=True)
    Counter(p for c in rows for p in c.photographers)
    Counter(c.county for c in rows)
    Counter((c.date or "")[:4] for c in rows)


def naive_person(archive, name: str) -> None:
    """The person's records found by reading every credit and record."""
    records = []
    for _role, article, caption, person in archive.db.execute(
        "SELECT cr.role, cr.article_id, cr.caption_id, p.name FROM credits cr "
        "JOIN people p ON p.id = cr.person_id"
    ):
        if person.replace(" ", "") != name:
            continue
        records.append(
            archive.article(article) if article else archive.caption(caption)
        )
    Counter((r.date or "")[:4] for r in records)
    Counter(r.county for r in records)


def sql_first_screen(archive, pictured: bool) -> None:
    """The plain SQL way: the list sorted, counted and grouped by each facet
    by SQLite on every screen."""
    from archive.search import captions as search

    where = "c.deleted_at IS NULL"
    if pictured:
        where += " AND c.image_path IS NOT NULL"
    db = archive.db
    ids = [
        i
        for (i,) in db.execute(
            f"SELECT c.id {search.FROM} WHERE {where} "
            f"ORDER BY {search.DATE_SQL} DESC, c.id DESC"
        )
    ]
    db.execute(f"SELECT count(*) {search.FROM} WHERE {where}").fetchone()
    for value in (search.COUNTY_SQL, search.YEAR_SQL, search.KIND_SQL):
        db.execute(
            f"SELECT {value} v, count(*) {search.FROM} WHERE {where} GROUP BY v"
        ).fetchall()
    db.execute(
        "SELECT p.name, count(*) FROM credits cr JOIN people p ON p.id = cr.person_id "
        "WHERE cr.role = 'photographer' AND cr.caption_id IN (SELECT c.id "
        f"{search.FROM} WHERE {where}) GROUP BY p.name"
    ).fetchall()
    archive.caption_rows(ids[:60])


def main() -> None:  # noqa: PLR0915 (a bench: its steps read in order)
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--captions", type=int, default=200_000)
    parser.add_argument("--pictures", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--per-record", action="store_true", help="also the record-by-record way"
    )
    parser.add_argument("--archive", type=Path, help="a bench archive made before")
    parser.add_argument(
        "--grid", action="store_true", help="also scroll the picture grid (a window)"
    )
    parser.add_argument(
        "--grid-files", type=int, default=600, help="real JPEGs at the grid's top"
    )
    parser.add_argument(
        "--stacks",
        type=float,
        default=0.0,
        metavar="MS",
        help="with --grid: the GUI thread's stack for every gap over MS",
    )
    parser.add_argument(
        "--grid-only", action="store_true", help="only the grid and the person page"
    )
    args = parser.parse_args()
    if args.grid_only:
        from tests.bench import bench_grid

        bench_grid.table(bench_grid.run(args.archive, args.grid_files, args.stacks))
        return
    from archive import Archive, CaptionFilter, UpdateCaption, write_demo
    from archive.search import caption_table

    path = args.archive
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="bench-captions-")) / "bench.sqlite"
        started = time.perf_counter()
        write_demo(path, articles=args.articles, seed=16).close()
        grow(path, args.captions, args.pictures, random.Random(16))
        print(f"archive ready in {time.perf_counter() - started:,.0f} s: {path}")
    with Archive.open(path) as archive:
        total = archive.count_captions(CaptionFilter())
        pictured = archive.count_captions(CaptionFilter(pictured=True))
        name = archive.caption_facets(CaptionFilter())["photographer"][0].value
        page = archive.person_page(name)
        print(
            f"{total:,} captions, {pictured:,} with pictures; {name}: "
            f"{len(page.records):,} records"
        )

        def opening() -> None:
            caption_table._TABLES.clear()  # as a process opening the archive
            first_screen(archive, CaptionFilter())

        def afresh() -> None:
            caption_table._TABLES.clear()  # a new file, or the cache gone
            caption_table.cache_file(path).unlink(missing_ok=True)
            first_screen(archive, CaptionFilter())

        def by_sql_alone() -> None:
            caption_table._TABLES.clear()
            caption_table.cache_file(path).unlink(missing_ok=True)
            assert not archive.captions_ready
            archive.caption_rows(archive.first_captions(CaptionFilter(), limit=120))

        def previous_sql() -> None:
            """The SQL of the read before this one, alone: the credits joined
            to their names with DISTINCT."""
            archive.db.execute(caption_table._ROWS).fetchall()
            archive.db.execute(caption_table._CREDITS).fetchall()

        edited = iter(archive.caption_ids(CaptionFilter()))

        def edit_then_screen() -> None:
            archive.execute(UpdateCaption(next(edited), county="修武县"))
            first_screen(archive, CaptionFilter())

        def screen(**chosen):
            return lambda: first_screen(archive, CaptionFilter(**chosen))

        rows = [
            (
                "first screen, on opening the archive",
                timed(opening, args.runs),
                timed(lambda: sql_first_screen(archive, False), args.runs),
            ),
            (
                "first screen, cache gone (arrays read)",
                timed(afresh, 3),
                None,
            ),
            (
                "first screen by SQL, cache gone",
                timed(by_sql_alone, args.runs),
                None,
            ),
            ("first screen, all captions", timed(screen(), args.runs), None),
            (
                "picture grid, first screen",
                timed(screen(pictured=True), args.runs),
                timed(lambda: sql_first_screen(archive, True), args.runs),
            ),
            (
                "first screen, one photographer",
                timed(screen(photographer=name), args.runs),
                None,
            ),
            (
                "first screen, text 工作人员",
                timed(screen(text="工作人员"), args.runs),
                None,
            ),
            (
                "an edit, then the first screen",
                timed(edit_then_screen, args.runs),
                None,
            ),
            (
                "arrays read again (a new file)",
                timed(lambda: caption_table.CaptionTable.read(archive.db), 3),
                timed(previous_sql, 3),
            ),
            (
                "person page",
                timed(lambda: archive.person_page(name), args.runs),
                timed(lambda: naive_person(archive, name), 1),
            ),
        ]
        if args.per_record:
            rows.append(
                (
                    "first screen, record by record",
                    [float("nan")],
                    timed(lambda: naive_first_screen(archive, False), 1),
                )
            )
    print(f"\n{'what':38} {'ms (median)':>12} {'plain SQL / naive ms':>21}")
    for what, fast, naive in rows:
        print(f"{what:38} {ms(fast):>12} {ms(naive) if naive else '—':>21}")
    if args.grid:
        from tests.bench import bench_grid

        bench_grid.table(bench_grid.run(path, args.grid_files, args.stacks))


if __name__ == "__main__":
    main()
