"""The rows an edit changed, captured before and after, and putting them back.

Temporary triggers on a connection copy every row an edit inserts, updates or
deletes in :data:`CAPTURED` into ``edit_rows``, as JSON images. Undo puts the
before-images back in reverse order, redo the after-images in order; either
first checks that every row is as the edit left (or found) it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlite_utils import Database

from ..errors import ArchiveError
from ..models import Changes, Doc
from ..records.reading import articles_of_captions

# Tables whose rows an edit's undo puts back; derived ones (the index) are
# recomputed, and files (sources) are only ever added by imports.
CAPTURED = (
    "publications",
    "articles",
    "article_bodies",
    "captions",
    "people",
    "credits",
    "tags",
    "taggings",
    "notes",
    "note_versions",
    "note_links",
    "leftovers",
    "saved_searches",
    "compare_sets",
    "pictures",
    "person_aliases",
    "figure_curations",
    "settings",
)
# Of these, the rows that are the archive's data rather than its bookkeeping
# (the search index's state, the generation): of settings, the indicator
# dictionary an editor made.
CAPTURED_ONLY = {"settings": "key = 'indicator_dictionary'"}


class UndoConflict(ArchiveError):
    """The edit's records changed since, by something else: undoing it would
    overwrite that change."""

    code = "undo_conflict"


def install_triggers(db: Database) -> None:
    """Temporary triggers on this connection copying each changed row of
    :data:`CAPTURED` into ``edit_rows`` while ``capturing.edit`` is set."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS capturing (edit INTEGER)")
    if not db.execute("SELECT 1 FROM capturing").fetchone():
        db.execute("INSERT INTO capturing VALUES (NULL)")
    for table in CAPTURED:
        image = {side: _image(db, table, side) for side in ("old", "new")}
        for event, before, after, row in (
            ("INSERT", "NULL", image["new"], "new"),
            ("UPDATE", image["old"], image["new"], "new"),
            ("DELETE", image["old"], "NULL", "old"),
        ):
            only = CAPTURED_ONLY.get(table)
            also = f"AND {row}.{only}" if only else ""
            db.execute(
                f"""CREATE TEMP TRIGGER IF NOT EXISTS capture_{table}_{event}
                AFTER {event} ON main.{table}
                WHEN (SELECT edit FROM capturing) IS NOT NULL {also} BEGIN
                INSERT INTO edit_rows (edit_id, tbl, row_id, before, after)
                VALUES ((SELECT edit FROM capturing), '{table}', {row}.rowid,
                    {before}, {after});
                END"""
            )


@contextmanager
def bulk_insert(db: Database, table: str) -> Iterator[None]:
    """Rows inserted into ``table`` in the block (inserts alone) are captured
    after it, in one INSERT … SELECT, the triggers paused meanwhile: the same
    images in the same order, without a trigger run per row."""
    row = db.execute("SELECT edit FROM capturing").fetchone()
    edit = row[0] if row else None
    if edit is None:
        yield
        return
    first = db.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
    db.execute("UPDATE capturing SET edit = NULL")
    try:
        yield
    finally:
        db.execute("UPDATE capturing SET edit = ?", [edit])
    db.execute(
        f"""INSERT INTO edit_rows (edit_id, tbl, row_id, before, after)
        SELECT ?, '{table}', rowid, NULL, {_image(db, table, table)} FROM {table}
        WHERE rowid > ? ORDER BY rowid""",
        [edit, first],
    )


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA main.table_info({table})")]


def _image(db: Database, table: str, side: str) -> str:
    """SQL building a row's JSON image from a trigger's ``old`` or ``new``."""
    pairs = ", ".join(f"'{c}', {side}.\"{c}\"" for c in _columns(db, table))
    return f"json_object({pairs})"


@dataclass(frozen=True)
class CapturedRow:
    """One row an edit changed: its JSON images before and after (None:
    inserted, deleted), read into dicts only where they are needed."""

    table: str
    row_id: int
    before_json: str | None
    after_json: str | None

    @property
    def before(self) -> dict | None:
        return json.loads(self.before_json) if self.before_json else None

    @property
    def after(self) -> dict | None:
        return json.loads(self.after_json) if self.after_json else None


def captured_rows(db: Database, edit_id: int) -> list[CapturedRow]:
    """The rows an edit changed, in the order it changed them."""
    return [
        CapturedRow(*row)
        for row in db.execute(
            "SELECT tbl, row_id, before, after FROM edit_rows WHERE edit_id = ? "
            "ORDER BY id",
            [edit_id],
        )
    ]


def _current(db: Database, table: str, row_ids: list[int]) -> dict[int, str]:
    """The rows ``row_ids`` of ``table`` as they are now, as JSON images (the
    text the capturing triggers make: the same function over the same
    columns, so an unchanged row's image is the same string)."""
    image = _image(db, table, table)
    return dict(
        db.execute(
            f"SELECT rowid, {image} FROM {table} "
            "WHERE rowid IN (SELECT value FROM json_each(?))",
            [json.dumps(row_ids)],
        ).fetchall()
    )


def refuse_conflicts(
    db: Database, rows: list[CapturedRow], *, action: str, undo: bool
) -> None:
    """Raise :class:`UndoConflict` if a row the edit left (undo) or found
    (redo) is not as it left or found it."""
    expected: dict[tuple[str, int], str | None] = {}
    for row in rows if undo else reversed(rows):
        expected[row.table, row.row_id] = row.after_json if undo else row.before_json
    by_table: dict[str, list[int]] = {}
    for table, row_id in expected:
        by_table.setdefault(table, []).append(row_id)
    changed = 0
    for table, ids in by_table.items():
        now_ = _current(db, table, ids)
        changed += sum(not _same(now_.get(i), expected[table, i]) for i in ids)
    if changed:
        word = "undone" if undo else "redone"
        raise UndoConflict(
            f"“{action}” cannot be {word}: {changed} of the records it changed "
            "have been changed since"
        )


def _same(now_: str | None, expected: str | None) -> bool:
    """Whether two JSON images are of the same row: the same text, or (an
    image captured by an older layout of the table) the same values."""
    if now_ == expected:
        return True
    if now_ is None or expected is None:
        return False
    return json.loads(now_) == json.loads(expected)


def apply(db: Database, rows: list[CapturedRow], *, undo: bool) -> None:
    """Put the rows' before-images back (undo) or their after-images (redo),
    a run of rows of one table going back the same way in one statement (ten
    thousand taggings undone at once: one DELETE, not ten thousand)."""
    db.execute("PRAGMA defer_foreign_keys = ON")  # checked at the commit
    ordered = reversed(rows) if undo else rows
    run: list[CapturedRow] = []
    for row in ordered:
        if run and not _same_run(run[0], row, undo=undo):
            _apply_run(db, run, undo=undo)
            run = []
        run.append(row)
    if run:
        _apply_run(db, run, undo=undo)


def _same_run(first: CapturedRow, row: CapturedRow, *, undo: bool) -> bool:
    wanted = (row.before_json if undo else row.after_json) is None
    return (
        row.table == first.table
        and wanted == ((first.before_json if undo else first.after_json) is None)
        and row.row_id != first.row_id
    )


def _apply_run(db: Database, run: list[CapturedRow], *, undo: bool) -> None:
    table = run[0].table
    if (run[0].before_json if undo else run[0].after_json) is None:
        db.execute(
            f"DELETE FROM {table} WHERE rowid IN (SELECT value FROM json_each(?))",
            [json.dumps([r.row_id for r in run])],
        )
        return
    for row in run:
        wanted = row.before if undo else row.after
        assert wanted is not None
        columns = list(wanted)
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns)
        db.execute(
            f"INSERT INTO {table} (rowid, {names}) VALUES (?, {marks}) "
            f"ON CONFLICT DO UPDATE SET {updates}",
            [row.row_id, *(wanted[c] for c in columns)],
        )


def documents_of(changes: Changes) -> set[Doc]:
    """The indexed records a :class:`Changes` names."""
    return (
        {Doc("a", i) for i in changes.articles}
        | {Doc("c", i) for i in changes.captions}
        | {Doc("n", i) for i in changes.note_ids}
    )


_TEXT_TABLES = {"articles", "article_bodies", "captions", "credits", "notes", "people"}


def documents_of_rows(db: Database, rows: list[CapturedRow]) -> set[Doc]:
    """The indexed records whose text the captured rows are part of."""
    articles: set[int | None] = set()
    captions: set[int | None] = set()
    notes: set[int] = set()
    for row in rows:
        if row.table not in _TEXT_TABLES:
            continue
        images = [i for i in (row.before, row.after) if i]
        if row.table in ("articles", "article_bodies"):
            articles.add(images[0].get("id", images[0].get("article_id")))
        elif row.table == "captions":
            captions.add(row.row_id)
            articles |= {i.get("article_id") for i in images}
        elif row.table == "credits":
            articles |= {i.get("article_id") for i in images}
            captions |= {i.get("caption_id") for i in images}
        elif row.table == "notes":
            notes.add(row.row_id)
        elif row.table == "people":
            articles |= _credited(db, "article_id", row.row_id)
            captions |= _credited(db, "caption_id", row.row_id)
    found_captions = {i for i in captions if i is not None}
    found_articles = {i for i in articles if i is not None}
    found_articles |= articles_of_captions(db, found_captions)
    return (
        {Doc("a", i) for i in found_articles}
        | {Doc("c", i) for i in found_captions}
        | {Doc("n", i) for i in notes}
    )


def _credited(db: Database, column: str, person_id: int) -> set[int]:
    return {
        i
        for (i,) in db.execute(
            f"SELECT {column} FROM credits WHERE person_id = ? "
            f"AND {column} IS NOT NULL",
            [person_id],
        )
    }
