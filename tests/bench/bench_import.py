"""Benchmark for importing pages (issue 3): speed, progress cadence, memory.

    python -m tests.bench.bench_import --pages 10000 [--folder DIR] [--no-figures]

Writes demo articles out as page files (4 to a page, a folder per year), then
imports the folder into a fresh archive on one core, timing it (wall clock and
the process's CPU time: on a shared machine other work moves the wall clock),
noting how often progress was reported and the process's memory as files go
by. The reference in the same run is the floor: the same files' text inserted
as-is with sqlite-utils, without reading pages into articles.

``--folder`` keeps the pages there and reuses them on the next run (so runs
with and without ``--no-figures``, or of older code, import the same pages);
``--no-figures`` makes the writer's figures hook a no-op, so that two runs
show what reading and storing figures adds (issue 15 allows 15%).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, help="keep (and reuse) the pages here")
    parser.add_argument(
        "--no-figures", action="store_true", help="import without storing figures"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from sqlite_utils import Database

    from archive import Archive
    from archive.importing.importer import expand, import_paths

    folder = args.folder or Path(tempfile.mkdtemp(prefix="clipfile-import-bench-"))
    t = time.time()
    paths, made = pages(folder, args.pages)
    written = time.time() - t
    size = sum(p.stat().st_size for p in paths) / 2**20
    if args.no_figures:
        from archive.importing import writer

        writer.figure_rows.store_article = lambda db, article_id, **_: 0

    target = folder / "imported.sqlite"
    for leftover in folder.glob("imported.sqlite*"):
        leftover.unlink()
    archive = Archive.open(target, create=True)
    ticks, memory = [], []

    def progress(done: int, total: int, report) -> None:
        ticks.append(time.monotonic())
        if done in (total // 10, total // 2, total):
            memory.append((done, rss_mb()))

    started, cpu = time.monotonic(), time.process_time()
    report = import_paths(archive, [folder / "pages"], progress=progress)
    elapsed, cpu = time.monotonic() - started, time.process_time() - cpu
    load = os.getloadavg()
    archive.close()
    document = report.as_json()
    gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]

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
    figures = "without figures" if args.no_figures else "with figures"
    print(
        f"\nClipfile import ({figures}): {len(paths):,} page files ({size:,.0f} MB), "
        f"{made} in {written:.0f} s from a demo archive; load {load[0]:.1f} "
        f"{load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores"
    )
    print(f"{'':44}{'seconds':>9}{'articles/s':>12}{'files/s':>10}")
    print(
        f"{'import (read pages, write records, sources)':44}{elapsed:>9.1f}"
        f"{articles / elapsed:>12,.0f}{len(paths) / elapsed:>10,.0f}"
    )
    print(
        f"{'  the same, CPU time of the process':44}{cpu:>9.1f}"
        f"{articles / cpu:>12,.0f}{len(paths) / cpu:>10,.0f}"
    )
    print(
        f"{'floor: raw text inserted, no reading':44}{naive_elapsed:>9.1f}"
        f"{'':>12}{len(paths) / naive_elapsed:>10,.0f}"
    )
    print(
        f"articles {articles:,}, captions {document['captions_added']:,}, "
        f"errors {len(document['errors'])}, leftovers "
        f"{sum(s['leftovers'] for s in document['sources'])}"
    )
    print(f"progress reported {len(ticks):,} times; longest gap {max(gaps):.3f} s")
    print(
        "memory (RSS) as files go by: "
        + ", ".join(f"{done:,} files {mb:.0f} MB" for done, mb in memory)
    )


if __name__ == "__main__":
    main()
