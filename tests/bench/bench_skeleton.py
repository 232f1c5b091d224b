"""Benchmark for the walking skeleton (issue 2): demo size, first rows, memory.

    python -m tests.bench.bench_skeleton --articles 200000

Writes a demo archive of N articles (timed), then starts the window in a fresh
process and reports the time from launch to the first rows on screen, and the
process's peak memory after scrolling the list from top to bottom. The naive
way, loading every row into memory at once, is measured in the same run as
the reference.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_WINDOW = r"""
import json, os, resource, sys, time
started = float(sys.argv[2])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[3])
from PySide6.QtWidgets import QApplication
from gui.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.resize(1400, 900)
window.show()
shown = {}
loads = []
load = window.browse.list_model._load
window.browse.list_model._load = lambda page: loads.append(page) or load(page)
model = window.browse.list_model
model.modelReset.connect(lambda: model.rowCount() and shown.setdefault("rows", time.time()))
window.browse.results_changed.connect(lambda: shown.setdefault("all", time.time()))
window.open_archive(__import__("pathlib").Path(sys.argv[1]))
while "rows" not in shown:
    app.processEvents()
    window.browse.results.wait(5)
app.processEvents()
first_rows = shown["rows"] - started
while window.browse.results.busy:
    app.processEvents()
    window.browse.results.wait(5)
facets = time.time() - started
all_ids = shown["all"] - started
bar = window.browse.table.verticalScrollBar()
step = max(1, window.browse.table.viewport().height() // window.browse.table.rowHeight(0))
t = time.time()
for value in range(0, bar.maximum() + step if sys.argv[4] == "scroll" else 0, step):
    bar.setValue(value)
    window.browse.table.viewport().repaint()
scroll = time.time() - t
print(json.dumps({"first_rows_s": first_rows, "facets_s": facets, "all_ids_s": all_ids,
                  "rows": window.browse.list_model.rowCount(), "scroll_s": scroll,
                  "pages": len(set(loads)), "cached": len(window.browse.list_model._pages),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_NAIVE = r"""
import json, resource, sqlite3, sys, time
started = float(sys.argv[2])
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT a.date, a.city, p.name, a.section, a.title FROM articles a "
    "LEFT JOIN publications p ON p.id = a.publication_id "
    "WHERE a.deleted_at IS NULL ORDER BY a.date DESC, a.id DESC").fetchall()
model = QStandardItemModel()
for row in rows:
    model.appendRow([QStandardItem(str(v)) for v in row])
view = QTableView()
view.setModel(model)
view.resize(1400, 900)
view.show()
app.processEvents()
print(json.dumps({"first_rows_s": time.time() - started, "rows": len(rows),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(code: str, path: Path, *, scroll: bool = True) -> dict:
    started = time.time()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            str(path),
            str(started),
            str(ROOT),
            "scroll" if scroll else "no",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--archive", type=Path, help="reuse this demo archive")
    parser.add_argument(
        "--no-scroll",
        action="store_true",
        help="skip scrolling the list (minutes at a million rows)",
    )
    parser.add_argument(
        "--no-naive",
        action="store_true",
        help="skip the naive reference (GBs of memory at a million)",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from archive.demo import write_demo

    folder = Path(tempfile.mkdtemp(prefix="clipfile-bench-"))
    path = args.archive or folder / "demo.sqlite"
    generate = None
    if args.archive is None:
        t = time.time()
        write_demo(path, articles=args.articles).close()
        generate = time.time() - t
    size_mb = path.stat().st_size / 2**20
    window = child(_WINDOW, path, scroll=not args.no_scroll)
    naive = None if args.no_naive else child(_NAIVE, path)
    rows = window["rows"]
    print(
        f"\nClipfile walking skeleton: {rows:,} articles, archive {size_mb:,.0f} MB, "
        f"{os.cpu_count()} cores"
    )
    if generate is not None:
        rate = args.articles / generate
        print(f"demo generator: {generate:.1f} s ({rate:,.0f} articles/s)")
    print(f"{'list':40}{'launch to rows, s':>18}{'peak MB':>10}")
    for name, run in (
        ("paged model over ids (Clipfile)", window),
        ("naive: every row in a QStandardItemModel", naive),
    ):
        if run is not None:
            print(f"{name:40}{run['first_rows_s']:>18.2f}{run['peak_mb']:>10.0f}")
    print(
        f"Clipfile: all ids {window['all_ids_s']:.2f} s and facet counts "
        f"{window['facets_s']:.2f} s after launch; "
        f"scrolled top to bottom in {window['scroll_s']:.1f} s, fetching "
        f"{window['pages']:,} pages of rows, {window['cached']} held at the end"
    )


if __name__ == "__main__":
    main()
