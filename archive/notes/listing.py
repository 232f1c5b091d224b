"""All notes in one list: filtered by what they are about, tag, city, author
and date, and searched in the search box's language (their text through the
index, fields such as ``city:`` or ``tag:`` through the record a note is on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from ..models import NOTE_TARGETS, NoteVersion
from ..search import sql as query_sql
from ..search.index import indexed
from ..search.query import And, Field, Node, Or, Text, parse
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
    """The notes under ``chosen``, the most recently changed first.

    They come as one string (SQLite builds it without the GIL; a tuple a
    note, fetched, took 130-150 ms for 100,000 notes against 30 here, the
    window's GUI thread waiting for the GIL between them; issue 17)."""
    notes, sql, params = _select(db, chosen, listing=True)
    page = " LIMIT ? OFFSET ?" if limit is not None else ""
    listed = db.execute(
        f"SELECT group_concat(id) FROM (SELECT n.id AS id FROM {notes} "
        f"WHERE {sql} ORDER BY n.updated_at DESC, n.id DESC{page})",
        params + ([limit, offset] if limit is not None else []),
    ).fetchone()[0]
    return list(map(int, listed.split(","))) if listed else []


def count(db: Database, chosen: NoteFilter) -> int:
    notes, sql, params = _select(db, chosen)
    return db.execute(f"SELECT count(*) FROM {notes} WHERE {sql}", params).fetchone()[0]


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
# Joined only where the condition asks about it: a count looked every
# note's article up, asked or not.
_JOIN = " LEFT JOIN articles a ON a.id = n.article_id"
_ON_ARTICLE = re.compile(r"\ba\.")


# more candidates than this and the live notes are walked in their order
# along notes_by_update, each asked whether it is one, rather than each
# candidate looked up by id and the lot sorted (the 56,000 of 100,000 notes
# that hold 核实: 210-300 ms by id, 100-115 ms along the index)
WALK_FROM = 5_000


def _select(
    db: Database, chosen: NoteFilter, *, listing: bool = False
) -> tuple[str, str, list]:
    """The notes to read (FROM), the condition on them (WHERE) and the
    parameters of both.

    When every note ``chosen`` lists holds some text the index finds, the
    notes read are those the index names, each by its id. Left to choose,
    SQLite walked ``notes_by_update`` once per match (a skip-scan over every
    distinct change time, where its statistics are of fewer notes or of
    notes sharing their times: 146 s to list the 60,000 notes of 100,000
    that hold 核实, 0.2 s by id; issue 17), or read every note."""
    text = chosen.text.strip()
    node = parse(text).node if text else None
    found = None
    if node is not None and not chosen.trash and indexed(db):
        found = _candidates(node)
    notes, first = "notes n", list[str]()
    if found is not None:
        candidates, first, node = found
        if listing and node is None and _plain(chosen) and _many(db, found):
            # what is asked is all in notes_by_update (a live note, its
            # change time and id): walked in order, the candidates a set
            # (``+n.id``: not a search of the index once per candidate)
            sql, params = _where(db, chosen, None)
            return (
                "notes n INDEXED BY notes_by_update",
                f"{sql} AND +n.id IN ({candidates})",
                params + first,
            )
        notes = f"({candidates}) m CROSS JOIN notes n ON n.id = m.id"
    sql, params = _where(db, chosen, node)
    if _ON_ARTICLE.search(sql):  # the article a note is on, when asked about
        notes += _JOIN
    return notes, sql, first + params


def _plain(chosen: NoteFilter) -> bool:
    """Whether ``chosen`` asks nothing of a note but its text (and that it
    is live)."""
    return not (
        chosen.trash
        or chosen.targets
        or chosen.place
        or chosen.author
        or chosen.since
        or chosen.until
        or chosen.city
        or chosen.tag
    )


def _many(db: Database, found: tuple[str, list, Node | None]) -> bool:
    """Whether the candidates are more than :data:`WALK_FROM` (counted in
    the index: 8 ms for 56,000)."""
    candidates, params, _ = found
    counted = db.execute(
        f"SELECT count(*) FROM ({candidates} LIMIT {WALK_FROM + 1})", params
    ).fetchone()[0]
    return counted > WALK_FROM


def _candidates(node: Node) -> tuple[str, list, Node | None] | None:
    """A SELECT of the ids of notes among which are all those ``node`` is
    true for (each once), its parameters, and what of ``node`` is left to
    ask of them; None if any note may be one (a field, an exclusion)."""
    if isinstance(node, Text):
        expression = phrase(node.text)
        if expression is None:
            return None
        return (
            f"SELECT {RECORD_OF} AS id FROM search_fts f "
            f"WHERE search_fts MATCH ? AND {KIND_OF} = 2",
            [expression],
            None,
        )
    if isinstance(node, And):
        return _candidates_of_all(node)
    if isinstance(node, Or):
        parts = [_candidates(n) for n in node.nodes]
        if all(part is not None for part in parts):
            return (
                " UNION ".join(part[0] for part in parts if part),
                [p for part in parts if part for p in part[1]],
                node,  # which of them holds is asked of each
            )
    return None


def _candidates_of_all(node: And) -> tuple[str, list, Node | None] | None:
    """The candidates of the first part that has them, the rest left."""
    for i, part in enumerate(node.nodes):
        found = _candidates(part)
        if found is not None:
            sql, params, left = found
            rest = [*node.nodes[:i], *([left] if left else []), *node.nodes[i + 1 :]]
            if len(rest) > 1:
                return sql, params, And(tuple(rest))
            return sql, params, rest[0] if rest else None
    return None


def _where(db: Database, chosen: NoteFilter, node: Node | None) -> tuple[str, list]:
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
    if node is not None:
        # the trash is not in the index: its text is read as it is
        sql, text_params = _text_condition(db, node, scan=chosen.trash)
        clauses.append(sql)
        params += text_params
    return " AND ".join(clauses), params


def _text_condition(db: Database, node: Node, *, scan: bool) -> tuple[str, list]:
    """The query over notes: text in the note (the index's note documents),
    fields on the record it is on; ``kind:`` is about notes already."""
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
        if field.name == "city":  # a note on the city itself, or on its records
            city = query_sql.place_value(field)
            return "(a.city = ? OR (n.target = 'city' AND n.subject = ?))", [city, city]
        return None  # the record's own field

    return query_sql.condition(
        node, use_index=use_index, text=note_text, field=note_field
    )
