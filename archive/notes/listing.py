"""All notes in one list: filtered by what they are about, tag, city, author
and date, and searched in the search box's language (their text through the
index, fields such as ``city:`` or ``tag:`` through the record a note is on).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ..models import NOTE_TARGETS, NoteVersion
from ..search import sql as query_sql
from ..search.index import indexed
from ..search.query import Field, parse
from ..search.tokens import KIND_OF, RECORD_OF, phrase
from ..tags.paths import TAG_SUBTREE


@dataclass(frozen=True)
class NoteFilter:
    """What narrows the notes list; every field left empty does not."""

    text: str = ""  # the search box's language
    targets: tuple[str, ...] = ()  # of NOTE_TARGETS
    author: str | None = None
    city: str | None = None  # notes on that city or on its records
    tag: str | None = None  # notes on that tag (and below) or on records tagged
    since: str | None = None  # ISO dates, on the last change
    until: str | None = None
    trash: bool = False  # the notes in the trash instead
    place: tuple[str, str] | None = None  # (city|county|search, its name)


def note_ids(
    db: Database, chosen: NoteFilter, *, limit: int | None = None, offset: int = 0
) -> list[int]:
    """The notes under ``chosen``, the most recently changed first."""
    sql, params = _where(db, chosen)
    page = " LIMIT ? OFFSET ?" if limit is not None else ""
    rows = db.execute(
        f"SELECT n.id FROM notes n {_JOIN} WHERE {sql} "
        f"ORDER BY n.updated_at DESC, n.id DESC{page}",
        params + ([limit, offset] if limit is not None else []),
    )
    return [i for (i,) in rows]


def count(db: Database, chosen: NoteFilter) -> int:
    sql, params = _where(db, chosen)
    return db.execute(
        f"SELECT count(*) FROM notes n {_JOIN} WHERE {sql}", params
    ).fetchone()[0]


def authors(db: Database) -> list[str]:
    """Everyone who wrote a note, alphabetically."""
    return [
        a
        for (a,) in db.execute(
            "SELECT DISTINCT created_by FROM notes WHERE created_by IS NOT NULL "
            "ORDER BY created_by"
        )
    ]


def versions(db: Database, note_id: int) -> list[NoteVersion]:
    """A note's earlier texts, oldest first, then its current one."""
    kept = [
        NoteVersion(*row)
        for row in db.execute(
            "SELECT version, body, saved_at, saved_by FROM note_versions "
            "WHERE note_id = ? ORDER BY version, id",
            [note_id],
        )
    ]
    current = db.execute(
        "SELECT version, body, updated_at, updated_by FROM notes WHERE id = ?",
        [note_id],
    ).fetchone()
    return [*kept, NoteVersion(*current)] if current else kept


# The record a note is on, for the fields of the query language (over a).
_JOIN = """LEFT JOIN articles a ON a.id = n.article_id"""


def _where(db: Database, chosen: NoteFilter) -> tuple[str, list]:
    clauses = ["n.deleted_at IS NOT NULL" if chosen.trash else "n.deleted_at IS NULL"]
    params: list = []
    targets = [t for t in chosen.targets if t in NOTE_TARGETS]
    if targets:
        clauses.append(f"n.target IN ({','.join('?' * len(targets))})")
        params += targets
    if chosen.place:
        clauses.append("n.target = ? AND n.subject = ?")
        params += list(chosen.place)
    if chosen.author:
        clauses.append("n.created_by = ?")
        params.append(chosen.author)
    if chosen.since:
        clauses.append("n.updated_at >= ?")
        params.append(chosen.since)
    if chosen.until:
        clauses.append("n.updated_at < ?")
        params.append(chosen.until + "~")
    if chosen.city:
        clauses.append("(a.city = ? OR (n.target = 'city' AND n.subject = ?))")
        params += [chosen.city, chosen.city]
    if chosen.tag:
        clauses.append(
            f"""(n.tag_id IN ({TAG_SUBTREE}) OR n.article_id IN (SELECT g.article_id
            FROM taggings g WHERE g.tag_id IN ({TAG_SUBTREE})))"""
        )
        params += [chosen.tag, chosen.tag]
    if chosen.text.strip():
        # the trash is not in the index: its text is read as it is
        sql, text_params = _text_condition(db, chosen.text, scan=chosen.trash)
        clauses.append(sql)
        params += text_params
    return " AND ".join(clauses), params


def _text_condition(db: Database, text: str, *, scan: bool) -> tuple[str, list]:
    """The query over notes: text in the note (the index's note documents),
    fields on the record it is on; ``kind:`` is about notes already."""
    node = parse(text).node
    use_index = indexed(db) and not scan

    def note_text(term: str) -> tuple[str, list]:
        expression = phrase(term)
        if expression is None:
            return "1", []
        if use_index:
            return (
                f"n.id IN (SELECT {RECORD_OF} FROM search_fts f "
                f"WHERE search_fts MATCH ? AND {KIND_OF} = 2)",
                [expression],
            )
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return "n.body LIKE ? ESCAPE '\\'", [f"%{escaped}%"]

    def note_field(field: Field) -> tuple[str, list] | None:
        if field.name == "kind":
            return ("1", []) if field.value == "note" else ("0", [])
        if field.name == "has":
            return "1", []
        return None  # the record's own field

    return query_sql.condition(
        node, use_index=use_index, text=note_text, field=note_field
    )
