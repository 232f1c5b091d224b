"""Notes at scale (issue 12): the Notes view's first page, a note search,
backlinks, and what an autosave costs the GUI thread, each against the naive
way in the same run.

    python -m tests.bench.bench_notes --archive BIG.sqlite --notes 100000 \
        --copy /work/bench/notes1m.sqlite

The archive is copied (SQLite's backup API; to ``--copy``, kept, or a
temporary folder; a ``--copy`` that exists is used as it is) and the copy
gets notes up to ``--notes``: on articles, captions, cities and the journal, some linking
articles. Without ``--archive`` a demo of ``--articles`` is written first.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDS = "核实 数字 口径 统计 公报 采访 补充 待查 来源 对照 人才 科技 政策 企业 年度 同比 增长".split()
HOLDER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
while True:  # an import committing four times a second
    db.execute("BEGIN IMMEDIATE"); time.sleep(0.2); db.execute("COMMIT"); time.sleep(0.05)
"""


def ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"{statistics.median(ordered) * 1000:,.1f} / {p95 * 1000:,.1f}"


def timed(fn, runs: int) -> list[float]:
    samples = []
    for i in range(runs):
        started = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - started)
    return samples


def add_notes(path: Path, count: int, rng: random.Random) -> int:
    """Notes up to ``count`` in the archive at ``path``; returns how many it has."""
    from archive import Archive
    from archive.models import Doc
    from archive.notes.links import links_in
    from archive.search.index import Index

    with Archive.open(path) as archive:
        db = archive.db
        have = db.execute("SELECT count(*) FROM notes").fetchone()[0]
        top = db.execute("SELECT max(id) FROM articles").fetchone()[0]
        cities = [
            c for (c,) in db.execute("SELECT DISTINCT city FROM articles LIMIT 20") if c
        ]
        authors = ["王编辑", "李编辑", "张编辑", "陈编辑"]
        first = (db.execute("SELECT max(id) FROM notes").fetchone()[0] or 0) + 1
        with Index(db).bulk(), db.atomic():
            for i in range(count - have):
                words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 30)))
                if rng.random() < 0.2:
                    words += f" 另见 [[article:{rng.randint(1, top)}]]"
                kind = rng.choices(["article", "city", "journal"], [8, 1, 1])[0]
                when = f"20{rng.randint(19, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:00:00+00:00"
                article = rng.randint(1, top) if kind == "article" else None
                subject = rng.choice(cities) if kind == "city" else None
                note_id = first + i
                db.execute(
                    "INSERT INTO notes (id, uuid, target, article_id, subject, body, "
                    "created_at, created_by, updated_at, updated_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        note_id,
                        f"bench-{note_id}",
                        kind,
                        article,
                        subject,
                        words,
                        when,
                        rng.choice(authors),
                        when,
                        rng.choice(authors),
                    ],
                )
                for link_kind, record in links_in(words):
                    db.execute(
                        "INSERT OR IGNORE INTO note_links (note_id, kind, record_id) "
                        "VALUES (?, ?, ?)",
                        [note_id, link_kind, record],
                    )
            Index(db).add(
                [Doc("n", i) for i in range(first, first + count - have)], new=True
            )
        return db.execute("SELECT count(*) FROM notes").fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--copy", type=Path, help="where the copy goes (kept)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from archive import Archive, write_demo

    rng = random.Random(1)
    path = args.copy or (
        Path(tempfile.mkdtemp(prefix="clipfile-notes-bench-")) / "notes.sqlite"
    )
    t = time.time()
    if path.exists():
        print(f"using {path} as it is", file=sys.stderr)
    elif args.archive:
        with sqlite3.connect(f"file:{args.archive}?mode=ro", uri=True) as source:
            target = sqlite3.connect(path)
            source.backup(target)
            target.close()
    else:
        write_demo(path, articles=args.articles).close()
    notes = add_notes(path, args.notes, rng)
    prepared = time.time() - t
    archive = Archive.open(path, editor="bench")
    articles = archive.count()
    rows = measure(archive, rng, args.runs)
    archive.close()
    rows.append(autosave(path, args.runs))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"\nClipfile notes: {notes:,} notes beside {articles:,} articles "
        f"(prepared in {prepared:.0f} s); load {load}"
    )
    print(f"{'':44}{'ms, median / p95':>22}{'naive way':>22}{'target':>9}")
    for label, ours, naive, target in rows:
        print(f"{label:44}{ms(ours):>22}{ms(naive):>22}{target:>9}")


def measure(archive, rng: random.Random, runs: int) -> list[tuple]:
    """The three reads, each against the naive way."""
    from archive import NoteFilter

    db = archive.db
    linked = [
        r
        for (r,) in db.execute(
            "SELECT record_id FROM note_links WHERE kind = 'article' LIMIT ?",
            [runs],
        )
    ]
    terms = [rng.choice(WORDS) + rng.choice(WORDS)[:1] for _ in range(runs)]
    rows = []

    def first_page(i: int) -> None:
        chosen = [
            NoteFilter(),
            NoteFilter(targets=("article",)),
            NoteFilter(author="王编辑"),
        ][i % 3]
        archive.notes_by_id(archive.note_ids(chosen, limit=200))

    def naive_first_page(i: int) -> None:
        every = db.execute(
            "SELECT id, updated_at, body FROM notes WHERE deleted_at IS NULL"
        ).fetchall()
        sorted(every, key=lambda r: r[1], reverse=True)[:200]

    rows.append(
        (
            "Notes view, first page (200 notes)",
            timed(first_page, runs),
            timed(naive_first_page, max(3, runs // 4)),
            "100",
        )
    )

    def search(i: int) -> None:
        chosen = NoteFilter(text=terms[i % len(terms)])
        archive.notes_by_id(archive.note_ids(chosen, limit=200))
        archive.count_notes(chosen)

    def naive_search(i: int) -> None:
        db.execute(
            "SELECT id FROM notes WHERE body LIKE ? ORDER BY updated_at DESC",
            [f"%{terms[i % len(terms)]}%"],
        ).fetchall()

    rows.append(
        (
            "note search (first page and count)",
            timed(search, runs),
            timed(naive_search, max(3, runs // 4)),
            "200",
        )
    )

    def backlinks(i: int) -> None:
        archive.backlinks("article", linked[i % len(linked)])

    def naive_backlinks(i: int) -> None:
        db.execute(
            "SELECT id FROM notes WHERE body LIKE ?",
            [f"%[[article:{linked[i % len(linked)]}]]%"],
        ).fetchall()

    rows.append(
        (
            "backlinks of an article",
            timed(backlinks, runs),
            timed(naive_backlinks, max(3, runs // 4)),
            "50",
        )
    )
    return rows


def autosave(path: Path, runs: int) -> tuple:
    """The GUI thread's wait for one autosave while another process commits
    four times a second: the window's saver (off the GUI thread) against
    saving on the GUI thread."""

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from archive import AddNote, Archive, NoteTarget, SaveNote
    from gui.notes.saving import Draft, NoteSaver
    from gui.session import Session

    app = QApplication.instance() or QApplication([])
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)])
    try:
        session = Session()
        session.set_archive(Archive.open(path, editor="bench"))
        add = AddNote(NoteTarget(article_id=1), "自动保存")
        session.archive.execute(add)
        saver = NoteSaver(session)
        ours = []
        for i in range(runs):
            draft = Draft(
                body=f"自动保存 {i}", target=NoteTarget(), note_id=add.note_id
            )
            started = time.perf_counter()
            saver.save(lambda d=draft: d)
            ours.append(time.perf_counter() - started)
            while saver.busy:
                app.processEvents()
                time.sleep(0.005)
        naive = []
        for i in range(max(3, runs // 2)):
            started = time.perf_counter()
            session.perform(SaveNote(add.note_id, f"在界面线程保存 {i}"))
            naive.append(time.perf_counter() - started)
        session.set_archive(None)
    finally:
        holder.kill()
    return ("autosave: the GUI thread waits", ours, naive, "16")


if __name__ == "__main__":
    main()
