"""Every query the window runs on its GUI thread reads rows by an index, never
the whole of taggings, credits, captions or notes (issue 17), at the sizes the
tag and notes work reaches: 5,000 tags and 100,000 notes.

The statements are not listed by hand: SQLite's trace hook records each one
the archive's own connection (the GUI thread's; workers open their own) runs
while the window is driven through its views, and each is explained."""

from __future__ import annotations

import random
import re
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow

from .conftest import settle, type_text

# the grown archive's first list and facets (100,000 notes) take a while on a
# loaded machine: the test is about which queries run, not how fast
GROWN = 60_000

TAGS = 5_000
NOTES = 100_000
WATCHED = ("taggings", "credits", "captions", "notes")
NOW = "2026-12-01T00:00:00+00:00"


def grow(path: Path, *, analyse: bool) -> None:
    """5,000 tags (50 under each of 100), 30,000 taggings on articles,
    100,000 notes on articles, captions, places and none; then, with
    ``analyse``, ANALYZE, as the demo is analysed when written. Without it
    SQLite plans by the demo's statistics: its few notes, all on articles,
    as in an archive whose notes and tags grew after it was analysed."""
    rng = random.Random(17)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    articles = [i for (i,) in db.execute("SELECT id FROM articles")]
    captions = [i for (i,) in db.execute("SELECT id FROM captions")]
    top = [
        db.execute(
            "INSERT INTO tags (uuid, name, created_at) VALUES (?, ?, ?)",
            [f"grow-{t}", f"专题{t:03d}", NOW],
        ).lastrowid
        for t in range(TAGS // 50)
    ]
    tags = []
    for parent in top:
        for c in range(49):
            tags.append(
                db.execute(
                    "INSERT INTO tags (uuid, parent_id, name, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    [f"grow-{parent}-{c}", parent, f"议题{c:02d}", NOW],
                ).lastrowid
            )
    db.executemany(
        "INSERT OR IGNORE INTO taggings (tag_id, article_id, caption_id, "
        "created_at) VALUES (?, ?, ?, ?)",
        [
            # none on a caption, as in the demo: SQLite's statistics then say
            # a caption's taggings are all of them (ANALYZE counts NULLs alike)
            (rng.choice(tags), rng.choice(articles), None, NOW)
            for _ in range(30_000)
        ],
    )
    rows = []
    for i in range(NOTES):
        kind = i % 10
        article = rng.choice(articles) if kind < 5 else None
        caption = rng.choice(captions) if kind == 5 else None
        target = (
            "article"
            if article
            else "caption"
            if caption
            else ("journal", "city", "county", "search")[kind % 4]
        )
        subject = None if target in ("article", "caption", "journal") else "焦作"
        rows.append(
            (f"grow-note-{i}", target, article, caption, subject, f"笔记 {i}", NOW, NOW)
        )
    db.executemany(
        "INSERT INTO notes (uuid, target, article_id, caption_id, subject, body, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.execute("COMMIT")
    if analyse:
        db.execute("ANALYZE")
    db.close()


@pytest.fixture(params=["analysed again", "the demo's statistics"])
def grown_window(request, qtbot, demo_path):
    grow(demo_path, analyse=request.param == "analysed again")
    window = MainWindow()
    window.warnings = []
    window.warn = window.warnings.append
    qtbot.addWidget(window)
    statements: list[str] = []
    gui_thread = threading.get_ident()

    def heard(sql: str) -> None:
        if threading.get_ident() == gui_thread:
            statements.append(sql)

    assert window.open_archive(demo_path)
    window.session.archive.db.conn.set_trace_callback(heard)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window, GROWN)
    window.statements = statements
    yield window
    window.browse.results.cancel()
    window.browse.results.wait(5000)


def drive(qtbot, window: MainWindow) -> None:
    """What an editor does in a session: read, search, filter, switch views."""
    browse = window.browse
    with sqlite3.connect(window.session.archive.path) as db:  # not the GUI's
        captioned = db.execute(
            "SELECT article_id FROM captions WHERE article_id IS NOT NULL LIMIT 1"
        ).fetchone()[0]
    browse.open_link(f"article/{captioned}")
    for row in (0, 5, 150):
        browse.select_row(row)
    type_text(browse.search_edit, "焦作")
    settle(qtbot, window, GROWN)
    browse.select_row(1)
    browse.toggle_facet("city", "开封")
    settle(qtbot, window, GROWN)
    browse.clear_filters()
    settle(qtbot, window, GROWN)
    for view in (window.notes, window.tag_manager, window.history, window.captions):
        window.show_view(view)
        settle(qtbot, window, GROWN)
        QApplication.processEvents()
    window.compare_places(["焦作", "开封"])
    settle(qtbot, window, GROWN)
    window.show_view(browse)
    settle(qtbot, window, GROWN)


_KEYWORDS = {
    "where",
    "on",
    "join",
    "left",
    "inner",
    "cross",
    "indexed",
    "using",
    "group",
    "order",
    "limit",
    "union",
    "natural",
    "not",
    "and",
}


def watched_names(sql: str) -> set[str]:
    """The watched tables ``sql`` reads, by name and by alias (a plan says
    ``SCAN g`` for ``taggings g``)."""
    names = set()
    for table, alias in re.findall(
        r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", sql, re.IGNORECASE
    ):
        if table.lower() in WATCHED:
            names.add(table.lower())
            if alias and alias.lower() not in _KEYWORDS:
                names.add(alias.lower())
    return names


def ids_named(sql: str) -> int:
    """How many ids the statement's ``IN (1, 2, …)`` lists name."""
    lists = re.findall(r"\bIN\s*\(([\d,\s]+)\)", sql, re.IGNORECASE)
    return sum(len(found.split(",")) for found in lists)


def full_scans(db: sqlite3.Connection, sql: str) -> list[str]:
    """The lines of ``sql``'s plan that read a watched table whole (a scan,
    by its rows or along an index, rather than a search). A statement naming
    a tenth of a small table's rows by id may read it whole: the demo's 300
    articles have a few hundred captions, a list's page names 200 of them."""
    names = watched_names(sql)
    plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}")]
    scans = [
        line
        for line in plan
        if line.startswith("SCAN ") and line.split()[1].lower() in names
    ]
    if scans and ids_named(sql):
        table = next(t for t in WATCHED if t in watched_names(sql))
        rows = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if ids_named(sql) * 10 >= rows:
            return []
    return scans


def test_no_query_on_the_gui_thread_reads_a_big_table_whole(qtbot, grown_window):
    window = grown_window
    drive(qtbot, window)
    statements = {
        s.strip()
        for s in window.statements
        if re.match(r"\s*(SELECT|WITH)\b", s, re.IGNORECASE)
    }
    assert len(statements) > 20  # the window did read on its GUI thread
    db = sqlite3.connect(window.session.archive.path)
    scanning = {}
    for sql in statements:
        found = full_scans(db, sql)
        if found:
            scanning[" ".join(sql.split())[:300]] = found
    db.close()
    assert not scanning, "\n".join(f"{q}\n  {p}" for q, p in scanning.items())
