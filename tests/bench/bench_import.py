"""Benchmark for importing pages (issues 3, 13, 15): speed, what figures
add, progress cadence, memory.

    python -m tests.bench.bench_import --pages 10000 [--folder DIR]
        [--readers N] [--runs serial,workers,workers-plain,serial-plain]

Writes demo articles out as page files (4 to a page, a folder per year), then
imports the folder into a fresh archive once per run, in the same process:

- ``serial``: read in the importer's process alone (the reference: every
  import before issue 13);
- ``workers``: read ahead by worker processes while the importer writes
  (``--readers``, by default as an import does: one fewer than the cores);
- ``workers-plain``, ``serial-plain``: the same without figures (the
  writer's figures hook a no-op and the workers sent no indicator
  dictionary, so nobody reads any): what reading and storing figures adds
  to the import (issue 15 allows 15%).

Each is timed by the wall clock and by the CPU time of the importer's
process and of its workers (on a shared machine other work moves the wall
clock), noting how often progress was reported and the process's memory as
files go by. The floor is the same files' text inserted as-is with
sqlite-utils, without reading pages into articles. ``--folder`` keeps the
pages there and reuses them on the next run (so runs of older code import
the same pages).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def pages(folder: Path, count: int) -> tuple[list[Path], str]:
    """The demo's pages under ``folder``: those written before, else new ones."""
    from archive.demo import write_demo, write_pages
    from archive.importing.importer import expand

    if (folder / "pages").is_dir():
        return list(expand([folder / "pages"])), "reused"
    source = write_demo(folder / "source.sqlite", articles=int(count * 4 / 0.7))
    paths = write_pages(source, folder / "pages", limit=count * 4)
    source.close()
    return paths, "written"


RUNS = {  # name: (what the table calls it, workers?, figures?)
    "serial": ("read in the importer's process", False, True),
    "workers": ("read ahead by workers", True, True),
    "serial-plain": ("read in the importer's process, no figures", False, False),
    "workers-plain": ("read ahead by workers, no figures", True, False),
}


@contextlib.contextmanager
def without_figures() -> Iterator[None]:
    """Imports in the block read and store no figures: the writer's hook a
    no-op, and the workers sent no indicator dictionary (they read none)."""
    from archive.importing import workers, writer

    store, start = writer.figure_rows.store_article, workers.Readers.__init__

    def readers(self, files, count, year, dictionary=None) -> None:
        start(self, files, count, year, None)

    writer.figure_rows.store_article = lambda db, article_id, **_: 0
    workers.Readers.__init__ = readers
    try:
        yield
    finally:
        writer.figure_rows.store_article = store
        workers.Readers.__init__ = start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, help="keep (and reuse) the pages here")
    parser.add_argument(
        "--runs",
        default="serial,workers,workers-plain",
        help="imports to time, of " + ", ".join(RUNS),
    )
    parser.add_argument(
        "--readers", type=int, help="worker processes reading ahead (default: cores-1)"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from sqlite_utils import Database

    from archive.importing.importer import expand

    folder = args.folder or Path(tempfile.mkdtemp(prefix="clipfile-import-bench-"))
    t = time.time()
    paths, made = pages(folder, args.pages)
    written = time.time() - t
    size = sum(p.stat().st_size for p in paths) / 2**20
    chosen = [name.strip() for name in args.runs.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in RUNS]
    if unknown or not chosen:
        parser.error(f"--runs: {', '.join(unknown) or 'none'}; choose of {list(RUNS)}")
    runs = {}
    for name in chosen:
        title, ahead, figures = RUNS[name]
        with contextlib.nullcontext() if figures else without_figures():
            runs[name] = _import(folder, title, args.readers if ahead else 0)
    document, memory, ticks, gaps = runs[chosen[-1]][1:]
    for leftover in folder.glob("naive.sqlite*"):
        leftover.unlink()
    naive = Database(folder / "naive.sqlite")
    t = time.monotonic()
    with naive.atomic():
        naive["pages"].insert_all(
            {"path": str(p), "text": p.read_text("utf-8")}
            for p in expand([folder / "pages"])
        )
    naive_elapsed = time.monotonic() - t

    articles = document["articles_added"]
    load = os.getloadavg()
    print(
        f"\nClipfile import: {len(paths):,} page files ({size:,.0f} MB), "
        f"{made} in {written:.0f} s from a demo archive; load {load[0]:.1f} "
        f"{load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores"
    )
    print(f"{'':56}{'seconds':>9}{'articles/s':>12}{'files/s':>10}")
    for timing, *_ in runs.values():
        name, elapsed, cpu, workers_cpu, started_load, _ = timing
        print(
            f"{name + ' (load ' + format(started_load, '.1f') + ')':56}"
            f"{elapsed:>9.1f}{articles / elapsed:>12,.0f}"
            f"{len(paths) / elapsed:>10,.0f}"
        )
        print(
            f"{'  CPU time of the importer process':56}{cpu:>9.1f}"
            f"{articles / cpu:>12,.0f}{len(paths) / cpu:>10,.0f}"
        )
        if workers_cpu:
            print(f"{'  CPU time of its workers':56}{workers_cpu:>9.1f}")
            total = cpu + workers_cpu
            print(
                f"{'  CPU time of both (two cores: half of it is the floor)':56}"
                f"{total:>9.1f}{articles / total:>12,.0f}"
            )
    print(
        f"{'floor: raw text inserted, no reading':56}{naive_elapsed:>9.1f}"
        f"{'':>12}{len(paths) / naive_elapsed:>10,.0f}"
    )
    _figures_share(runs)
    print(
        f"articles {articles:,}, captions {document['captions_added']:,}, "
        f"errors {len(document['errors'])}, leftovers "
        f"{sum(s['leftovers'] for s in document['sources'])}"
    )
    contents = {runs[name][0][-1] for name in runs if RUNS[name][2]}
    print(
        "records written with figures (a digest of every field): "
        + ("the same in each" if len(contents) == 1 else "DIFFERENT: " + str(contents))
    )
    print(f"progress reported {len(ticks):,} times; longest gap {max(gaps):.3f} s")
    print(
        "memory (RSS) as files go by: "
        + ", ".join(f"{done:,} files {mb:.0f} MB" for done, mb in memory)
    )


def _figures_share(runs: dict) -> None:
    """What figures add: each run against its run without them."""
    for kind in ("workers", "serial"):
        if kind in runs and kind + "-plain" in runs:
            _, wall, cpu, workers_cpu, *_ = runs[kind][0]
            _, wall_0, cpu_0, workers_cpu_0, *_ = runs[kind + "-plain"][0]
            both, both_0 = cpu + workers_cpu, cpu_0 + workers_cpu_0
            print(
                f"figures add to the import {RUNS[kind][0]} (issue 15: <= 15%): "
                f"wall {(wall - wall_0) / wall_0 * 100:+.1f}%, CPU of the "
                f"importer {(cpu - cpu_0) / cpu_0 * 100:+.1f}%"
                + (
                    f", CPU of importer and workers "
                    f"{(both - both_0) / both_0 * 100:+.1f}%"
                    if workers_cpu
                    else ""
                )
            )


def _import(folder: Path, name: str, readers: int | None) -> tuple:
    """Import the pages into a fresh archive, timed; its report, memory, ticks."""
    from archive import Archive
    from archive.importing.importer import import_paths

    target = folder / "imported.sqlite"
    for leftover in folder.glob("imported.sqlite*"):
        leftover.unlink()
    archive = Archive.open(target, create=True)
    ticks, memory = [], []

    def progress(done: int, total: int, report) -> None:
        ticks.append(time.monotonic())
        if done in (total // 10, total // 2, total):
            memory.append((done, rss_mb()))

    load = os.getloadavg()[0]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, cpu = time.monotonic(), time.process_time()
    report = import_paths(
        archive, [folder / "pages"], progress=progress, readers=readers
    )
    elapsed, cpu = time.monotonic() - started, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = (
        after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    )
    content = _content(archive)
    archive.close()
    gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]
    timing = (name, elapsed, cpu, workers_cpu, load, content)
    return timing, report.as_json(), memory, ticks, gaps


_READ = {
    "sources": "path, sha256, text_sha256, encoding, format, content, text",
    "articles": "date, city, county, section, kicker, title, subtitle, summary, "
    "dateline, word_count, source_id, source_start, source_end, source_pieces, "
    "import_notes",
    "article_bodies": "article_id, body",
    "captions": "article_id, position, label, text, date, county, credit, kind, "
    "section, "
    "source_start, source_end",
    "credits": "person_id, role, article_id, caption_id, position",
    "people": "name",
    "leftovers": "source_id, start, end",
    "figures": "article_id, indicator, value, sentence, start",
    "search_docs": "rowid, kind, record_id, digest",
}


def _content(archive) -> str:
    """A digest of every record the import made, as a reader sees them."""
    digest = hashlib.sha256()
    for table, names in _READ.items():
        columns = ", ".join(f'"{c.strip()}"' for c in names.split(","))
        for row in archive.db.execute(f"SELECT {columns} FROM {table} ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()[:16]


if __name__ == "__main__":
    main()
