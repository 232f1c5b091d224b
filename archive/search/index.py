"""The full-text index: every substring of every record findable, exactly.

The tokens are :mod:`.tokens`'. Headlines (kicker, title, subtitle) of
articles are indexed a second time, alone, in ``search_titles``: a few per
cent of the index, it finds the headline matches that come first in relevance
order without reading every match of the whole text.

The FTS tables are contentless: removing a document needs its old tokens, so
every write removes a record's document before changing it and adds it back
after (the write path, :mod:`archive.journal`, does this for every command).
A digest per document lets ``check`` find a document out of step;
``rebuild`` mends it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import numpy as np
from sqlite_utils import Database

from ..models import Doc
from .tokens import FORMAT, day_number, rowid_of, tokens

# The text of each kind of document: (date, title fields, text fields).
_ARTICLE = """
SELECT a.deleted_at IS NULL, a.date, a.kicker, a.title, a.subtitle, a.summary,
    a.dateline, b.body,
    (SELECT group_concat(p.name, ' ') FROM credits cr JOIN people p
     ON p.id = cr.person_id WHERE cr.article_id = a.id),
    (SELECT group_concat(coalesce(c.label, '') || ' ' || c.text || ' '
        || coalesce(c.credit, ''), char(10)) FROM captions c
     WHERE c.article_id = a.id AND c.deleted_at IS NULL),
    (SELECT group_concat(p.name, ' ') FROM captions c JOIN credits cr
     ON cr.caption_id = c.id JOIN people p ON p.id = cr.person_id
     WHERE c.article_id = a.id AND c.deleted_at IS NULL)
FROM articles a LEFT JOIN article_bodies b ON b.article_id = a.id
WHERE a.id = ?
"""
_CAPTION = """
SELECT c.deleted_at IS NULL, coalesce(c.date, a.date), c.label, NULL, NULL, c.text,
    c.credit,
    (SELECT group_concat(p.name, ' ') FROM credits cr JOIN people p
     ON p.id = cr.person_id WHERE cr.caption_id = c.id), NULL, NULL, NULL
FROM captions c LEFT JOIN articles a ON a.id = c.article_id
WHERE c.id = ?
"""
_NOTE = """
SELECT n.deleted_at IS NULL, coalesce(a.date, substr(n.created_at, 1, 10)), NULL,
    NULL, NULL, n.body, NULL, NULL, NULL, NULL, NULL
FROM notes n LEFT JOIN articles a ON a.id = n.article_id
WHERE n.id = ?
"""
_SOURCES = {"a": _ARTICLE, "c": _CAPTION, "n": _NOTE}


def folds_traditional(db: Database) -> bool:
    """Whether this archive treats traditional and simplified characters alike."""
    row = db.execute(
        "SELECT value FROM settings WHERE key = 'fold_traditional'"
    ).fetchone()
    return bool(row and row[0] == "1")


@cache
def _converter() -> Any:
    import opencc  # noqa: PLC0415 (only archives that ask for it need it)

    return opencc.OpenCC("t2s")


def to_simplified(text: str | None) -> str | None:
    """Traditional characters as simplified ones (臺灣 → 台湾), by OpenCC."""
    return _converter().convert(text) if text else text


def document(
    db: Database, doc: Doc, *, live: bool = True, traditional: bool | None = None
) -> tuple[int, str, str] | None:
    """(day, title tokens, text tokens) of a record (a live one, unless ``live``
    is False), or None. ``traditional``: fold traditional characters (by
    default as the archive says)."""
    row = db.execute(_SOURCES[doc.kind], [doc.record_id]).fetchone()
    if row is None or (live and not row[0]):
        return None
    if traditional is None:
        traditional = folds_traditional(db)
    fields = [to_simplified(f) for f in row[2:]] if traditional else row[2:]
    return day_number(row[1]), tokens(*fields[:3]), tokens(*fields[3:])


def indexed(db: Database) -> bool:
    return not Index(db).stale


def _digest(title: str, text: str) -> bytes:
    return hashlib.blake2b(f"{title}\x00{text}".encode(), digest_size=12).digest()


class Index:
    """Keeps ``search_fts`` and ``search_titles`` in step with the records,
    through ``search_docs``."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.traditional = folds_traditional(db)

    def remove(self, docs: Iterable[Doc]) -> None:
        """Take documents out, with the tokens of their text as it is now."""
        for doc in docs:
            row = self.db.execute(
                "SELECT rowid, digest FROM search_docs "
                "WHERE kind = ? AND record_id = ?",
                [doc.kind, doc.record_id],
            ).fetchone()
            if row is None:
                continue
            rowid, digest = row
            found = document(self.db, doc, live=False, traditional=self.traditional)
            current = found[1:] if found else None
            if current is None or _digest(*current) != digest:
                self._mark_stale()  # the text changed behind the index's back
            else:
                self.db.execute(
                    "INSERT INTO search_fts(search_fts, rowid, title, text) "
                    "VALUES ('delete', ?, ?, ?)",
                    [rowid, *current],
                )
                if doc.kind == "a" and current[0]:
                    self.db.execute(
                        "INSERT INTO search_titles(search_titles, rowid, title) "
                        "VALUES ('delete', ?, ?)",
                        [rowid, current[0]],
                    )
            self.db.execute("DELETE FROM search_docs WHERE rowid = ?", [rowid])

    def add(self, docs: Iterable[Doc], *, new: bool = False) -> None:
        """Put documents in for live records (trashed or missing ones are skipped).

        With ``new`` the caller vouches that none is indexed yet (fresh records).
        """
        ready = []
        for doc in docs:
            if (
                not new
                and self.db.execute(
                    "SELECT 1 FROM search_docs WHERE kind = ? AND record_id = ?",
                    [doc.kind, doc.record_id],
                ).fetchone()
            ):
                continue
            found = document(self.db, doc, traditional=self.traditional)
            if found is not None:
                ready.append((rowid_of(found[0], doc.kind, doc.record_id), doc, found))
        # In rowid order: FTS5 writes out what it holds in memory as a new
        # segment whenever a rowid comes lower than the one before, and an
        # import's pages come in no date order (a segment per document made
        # an import's index inserts five times slower, and its merging too).
        ready.sort(key=lambda entry: entry[0])
        for _, doc, found in ready:
            self._insert(doc, *found)

    def _insert(self, doc: Doc, day: int, title: str, text: str) -> None:
        rowid = rowid_of(day, doc.kind, doc.record_id)
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO search_docs (rowid, kind, record_id, digest) "
            "VALUES (?, ?, ?, ?)",
            [rowid, doc.kind, doc.record_id, _digest(title, text)],
        )
        if cursor.rowcount == 0:
            return  # indexed meanwhile by another connection
        self.db.execute(
            "INSERT INTO search_fts (rowid, title, text) VALUES (?, ?, ?)",
            [rowid, title, text],
        )
        if doc.kind == "a" and title:
            self.db.execute(
                "INSERT INTO search_titles (rowid, title) VALUES (?, ?)",
                [rowid, title],
            )

    def check_format(self) -> None:
        """Mark the index out of step if it was built by another tokenizer or
        rowid scheme (an empty index just takes the current format)."""
        row = self.db.execute(
            "SELECT value FROM settings WHERE key = 'index_format'"
        ).fetchone()
        if row and row[0] == FORMAT:
            return
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM search_docs LIMIT 1").fetchone():
                self._mark_stale()
            else:
                self._set_format()

    def _set_format(self) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('index_format', ?)",
            [FORMAT],
        )

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Many documents coming (an import, a rebuild): let FTS5 keep up to 16
        segments a level before merging them (4 by default). Its merging grew
        with the index and cost a fifth of a 40,000-article import; afterwards
        the default holds again and later writes merge as usual."""
        self._merging(automerge=16, crisismerge=64)
        try:
            yield
        finally:
            self._merging(automerge=4, crisismerge=16)

    def _merging(self, **settings: int) -> None:
        with self.db.atomic():
            for table in ("search_fts", "search_titles"):
                for name, value in settings.items():
                    self.db.execute(
                        f"INSERT INTO {table}({table}, rank) VALUES (?, ?)",
                        [name, value],
                    )

    def _mark_stale(self) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO settings (key, value) "
            "VALUES ('search_index_stale', '1')"
        )

    @property
    def stale(self) -> bool:
        row = self.db.execute(
            "SELECT value FROM settings WHERE key = 'search_index_stale'"
        ).fetchone()
        return bool(row and row[0] == "1")

    def rebuild(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Index every live record afresh; returns how many documents."""
        with self.bulk():
            return self._rebuild(progress)

    def _rebuild(self, progress: Callable[[int, int], None] | None) -> int:
        db = self.db
        db.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
        db.execute("INSERT INTO search_titles(search_titles) VALUES ('delete-all')")
        db.execute("DELETE FROM search_docs")

        docs = [
            Doc("a", i)
            for (i,) in db.execute(
                "SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY date, id"
            )
        ]
        # each kind in date order, as its rowids go (see add); one out of
        # order costs time, never a wrong entry
        docs += [
            Doc("c", i)
            for (i,) in db.execute(
                "SELECT c.id FROM captions c LEFT JOIN articles a "
                "ON a.id = c.article_id WHERE c.deleted_at IS NULL "
                "ORDER BY coalesce(c.date, a.date), c.id"
            )
        ]
        docs += [
            Doc("n", i)
            for (i,) in db.execute(
                "SELECT n.id FROM notes n LEFT JOIN articles a ON a.id = n.article_id "
                "WHERE n.deleted_at IS NULL "
                "ORDER BY coalesce(a.date, substr(n.created_at, 1, 10)), n.id"
            )
        ]
        for done, doc in enumerate(docs, start=1):
            found = document(db, doc, traditional=self.traditional)
            if found is not None:
                self._insert(doc, *found)
            if progress and (done % 1000 == 0 or done == len(docs)):
                progress(done, len(docs))
        db.execute("DELETE FROM settings WHERE key = 'search_index_stale'")
        self._set_format()
        return len(docs)

    def problems(self, *, deep: bool = False) -> list[str]:
        """Documents missing, extra or out of step with their records; with
        ``deep``, FTS5's own check of its tables too (a write: not on a
        read-only file).

        Each kind's live records and index entries are walked side by side in
        id order, so memory stays small at a million articles.
        """
        found = ["the search index is out of step; rebuild it"] if self.stale else []
        if deep:
            found += self._fts_problems()
        missing: list[str] = []
        extra: list[str] = []
        changed: list[str] = []
        titled = array("q")  # the rowids the headline index should hold
        for kind, live_sql in _LIVE.items():
            live = (i for (i,) in self.db.execute(live_sql))
            entries = self.db.execute(
                "SELECT record_id, rowid, digest FROM search_docs WHERE kind = ? "
                "ORDER BY record_id",
                [kind],
            )
            for record, is_live, entry in _side_by_side(live, entries):
                name = f"{_NAMES[kind]} {record}"
                if entry is None:
                    _note(missing, f"{name} is not in the search index")
                    continue
                if not is_live:
                    _note(extra, f"the search index holds {name}, which is gone")
                    continue
                current = document(
                    self.db, Doc(kind, record), traditional=self.traditional
                )
                if current is None:
                    continue
                rowid, digest = entry
                if _digest(*current[1:]) != digest:
                    _note(changed, f"{name} changed but its index entry did not")
                if kind == "a" and current[1]:
                    titled.append(rowid)
        found += missing + extra + changed
        found += self._headline_problems(np.frombuffer(titled, dtype=np.int64))
        return found

    def _fts_problems(self) -> list[str]:
        """FTS5's integrity check of its own tables (for contentless tables,
        that their segments are whole and consistent)."""
        found = []
        for table in ("search_fts", "search_titles"):
            try:
                self.db.execute(
                    f"INSERT INTO {table}({table}) VALUES ('integrity-check')"
                )
            except sqlite3.DatabaseError as error:
                found.append(f"{table} is damaged ({error}); rebuild the index")
        return found

    def _headline_problems(self, titled: np.ndarray) -> list[str]:
        """Whether the headline index holds exactly the rowids ``titled``."""
        held = np.fromiter(
            (r for (r,) in self.db.execute("SELECT rowid FROM search_titles")),
            dtype=np.int64,
        )
        extra = np.setdiff1d(held, titled).size
        missing = np.setdiff1d(titled, held).size
        if not extra and not missing:
            return []
        return [
            f"the headline index holds {extra} entries too many and lacks "
            f"{missing}; rebuild it"
        ]


_NAMES = {"a": "article", "c": "caption", "n": "note"}
_LIVE = {
    kind: f"SELECT id FROM {table} WHERE deleted_at IS NULL ORDER BY id"
    for kind, table in (("a", "articles"), ("c", "captions"), ("n", "notes"))
}


def _note(problems: list[str], problem: str, *, most: int = 20) -> None:
    """Keep the first ``most`` problems of a kind: an index missing a million
    entries needs rebuilding, not a million lines."""
    if len(problems) < most:
        problems.append(problem)


def _side_by_side(
    live: Iterator[int], entries: Iterable[tuple[int, int, bytes]]
) -> Iterator[tuple[int, bool, tuple[int, bytes] | None]]:
    """(record id, whether it is live, its index entry's (rowid, digest) or
    None) for every id in either, in order; both come sorted by id."""
    entries = iter(entries)
    record = next(live, None)
    entry = next(entries, None)
    while record is not None or entry is not None:
        if record is not None and (entry is None or record < entry[0]):
            yield record, True, None
            record = next(live, None)
        elif entry is not None and (record is None or entry[0] < record):
            yield entry[0], False, (entry[1], entry[2])
            entry = next(entries, None)
        else:
            assert record is not None
            assert entry is not None
            yield record, True, (entry[1], entry[2])
            record, entry = next(live, None), next(entries, None)
