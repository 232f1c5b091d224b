"""The rows an edit changed, captured before and after, and putting them back.

Temporary triggers on a connection copy every row an edit inserts, updates or
deletes in :data:`CAPTURED` into ``edit_rows``, as JSON images. Undo puts the
before-images back in reverse order, redo the after-images in order; either
first checks that every row is as the edit left (or found) it.
"""

from __future__ import annotations

import json
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


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA main.table_info({table})")]


def _image(db: Database, table: str, side: str) -> str:
    """SQL building a row's JSON image from a trigger's ``old`` or ``new``."""
    pairs = ", ".join(f"'{c}', {side}.\"{c}\"" for c in _columns(db, table))
    return f"json_object({pairs})"


@dataclass(frozen=True)
class CapturedRow:
    table: str
    row_id: int
    before: dict | None
    after: dict | None


def captured_rows(db: Database, edit_id: int) -> list[CapturedRow]:
    """The rows an edit changed, in the order it changed them."""
    return [
        CapturedRow(
            table,
            row_id,
            json.loads(before) if before else None,
            json.loads(after) if after else None,
        )
        for table, row_id, before, after in db.execute(
            "SELECT tbl, row_id, before, after FROM edit_rows WHERE edit_id = ? "
            "ORDER BY id",
            [edit_id],
        )
    ]


def _current(db: Database, table: str, row_ids: list[int]) -> dict[int, dict]:
    """The rows ``row_ids`` of ``table`` as they are now, as JSON images."""
    image = _image(db, table, table)
    found = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row_id, value in db.execute(
            f"SELECT rowid, {image} FROM {table} WHERE rowid IN ({marks})", chunk
        ):
            found[row_id] = json.loads(value)
    return found


def refuse_conflicts(
    db: Database, rows: list[CapturedRow], *, action: str, undo: bool
) -> None:
    """Raise :class:`UndoConflict` if a row the edit left (undo) or found
    (redo) is not as it left or found it."""
    expected: dict[tuple[str, int], dict | None] = {}
    for row in rows if undo else reversed(rows):
        expected[row.table, row.row_id] = row.after if undo else row.before
    by_table: dict[str, list[int]] = {}
    for table, row_id in expected:
        by_table.setdefault(table, []).append(row_id)
    changed = 0
    for table, ids in by_table.items():
        now_ = _current(db, table, ids)
        changed += sum(now_.get(i) != expected[table, i] for i in ids)
    if changed:
        word = "undone" if undo else "redone"
        raise UndoConflict(
            f"“{action}” cannot be {word}: {changed} of the records it changed "
            "have been changed since"
        )


def apply(db: Database, rows: list[CapturedRow], *, undo: bool) -> None:
    """Put the rows' before-images back (undo) or their after-images (redo)."""
    db.execute("PRAGMA defer_foreign_keys = ON")  # checked at the commit
    for row in reversed(rows) if undo else rows:
        wanted = row.before if undo else row.after
        if wanted is None:
            db.execute(f"DELETE FROM {row.table} WHERE rowid = ?", [row.row_id])
            continue
        columns = list(wanted)
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns)
        db.execute(
            f"INSERT INTO {row.table} (rowid, {names}) VALUES (?, {marks}) "
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


def documents_of_rows(db: Database, rows: list[CapturedRow]) -> set[Doc]:
    """The indexed records whose text the captured rows are part of."""
    articles: set[int | None] = set()
    captions: set[int | None] = set()
    notes: set[int] = set()
    for row in rows:
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
