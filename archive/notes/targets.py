"""What a note is about, and reading notes as the views list them.

A note belongs to an article, a caption, a tagged passage, a city or county,
a tag, a saved search, a comparison set, a cell of the tag × place matrix (a
tag and a place), or to nothing (a desk journal). The SQL here reads a
note with the name of what it is about, so a list can say it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from ..errors import InvalidInput, RecordNotFound
from ..models import NOTE_TARGETS, Note


@dataclass(frozen=True)
class NoteTarget:
    """What a note is about: at most one of these is set; none is the journal."""

    article_id: int | None = None
    caption_id: int | None = None
    passage_id: int | None = None  # a tagging of a passage
    tag_id: int | None = None
    city: str | None = None
    county: str | None = None
    search: str | None = None  # a saved search's name
    compare_set: str | None = None  # a comparison set's name
    cell: str | None = None  # with tag_id: the place (its key) of a matrix cell

    @property
    def kind(self) -> str:
        if self.cell is not None:
            return "cell"
        for kind, value in self._parts():
            if value is not None:
                return kind
        return "journal"

    def _parts(self) -> list[tuple[str, object]]:
        return [
            ("article", self.article_id),
            ("caption", self.caption_id),
            ("passage", self.passage_id),
            ("tag", self.tag_id),
            ("city", self.city),
            ("county", self.county),
            ("search", self.search),
            ("set", self.compare_set),
        ]

    @classmethod
    def of(cls, kind: str, key: str | int | None) -> NoteTarget:
        """The target of ``kind`` named by ``key`` (an id or a name)."""
        if kind not in NOTE_TARGETS:
            raise InvalidInput(f"a note can be on {', '.join(NOTE_TARGETS)}")
        if kind == "journal":
            return cls()
        if key is None or str(key).strip() == "":
            raise InvalidInput(f"name the {kind} the note is about")
        if kind in ("city", "county", "search"):
            return cls(**{kind: str(key).strip()})  # type: ignore[arg-type]
        if kind == "set":
            return cls(compare_set=str(key).strip())
        if kind == "cell":
            tag, _, place = str(key).partition(":")
            if not tag.strip().isdigit() or not place.strip():
                raise InvalidInput(f"a cell is named TAG-ID:PLACE, not {key!r}")
            return cls(tag_id=int(tag), cell=place.strip())
        try:
            number = int(key)
        except ValueError:
            raise InvalidInput(f"a {kind} is named by its id, not {key!r}") from None
        field = {"passage": "passage_id"}.get(kind, f"{kind}_id")
        return cls(**{field: number})  # type: ignore[arg-type]


def resolve(db: Database, target: NoteTarget) -> dict[str, object]:
    """The note row's columns for ``target``, checking that it exists."""
    kind = target.kind
    columns: dict[str, object] = {"target": kind}
    if kind == "article":
        _live(db, "articles", target.article_id)
        columns["article_id"] = target.article_id
    elif kind == "caption":
        _live(db, "captions", target.caption_id)
        columns["caption_id"] = target.caption_id
        columns["article_id"] = _article_of_caption(db, target.caption_id)
    elif kind == "passage":
        row = db.execute(
            "SELECT article_id FROM taggings WHERE id = ? AND start IS NOT NULL",
            [target.passage_id],
        ).fetchone()
        if row is None or row[0] is None:
            raise RecordNotFound(f"no tagged passage {target.passage_id}")
        columns |= {"tagging_id": target.passage_id, "article_id": row[0]}
    elif kind == "tag":
        _live(db, "tags", target.tag_id)
        columns["tag_id"] = target.tag_id
    elif kind == "search":
        if not db.execute(
            "SELECT 1 FROM saved_searches WHERE name = ?", [target.search]
        ).fetchone():
            raise RecordNotFound(f"no saved search {target.search}")
        columns["subject"] = target.search
    elif kind == "set":
        if not db.execute(
            "SELECT 1 FROM compare_sets WHERE name = ?", [target.compare_set]
        ).fetchone():
            raise RecordNotFound(f"no comparison set {target.compare_set}")
        columns["subject"] = target.compare_set
    elif kind == "cell":
        _live(db, "tags", target.tag_id)
        columns |= {"tag_id": target.tag_id, "subject": target.cell}
    elif kind in ("city", "county"):
        columns["subject"] = target.city or target.county
    return columns


def _live(db: Database, table: str, record_id: int | None) -> None:
    if not db.execute(
        f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", [record_id]
    ).fetchone():
        raise RecordNotFound(f"no {table[:-1]} {record_id}")


def _article_of_caption(db: Database, caption_id: int | None) -> int | None:
    row = db.execute(
        "SELECT article_id FROM captions WHERE id = ?", [caption_id]
    ).fetchone()
    return row[0] if row else None


# A note with what it is about, as a list shows it (see note_from_row).
NOTE_ROW = """SELECT n.id, n.body, n.created_at, n.created_by, n.updated_at,
    n.updated_by, n.target,
    CASE n.target WHEN 'article' THEN n.article_id WHEN 'caption' THEN n.caption_id
        WHEN 'passage' THEN n.tagging_id WHEN 'tag' THEN n.tag_id
        WHEN 'cell' THEN n.tag_id END,
    n.subject, n.article_id, n.version, n.deleted_at,
    CASE n.target
        WHEN 'article' THEN (SELECT title FROM articles WHERE id = n.article_id)
        WHEN 'passage' THEN (SELECT title FROM articles WHERE id = n.article_id)
        WHEN 'caption' THEN (SELECT coalesce(label || ' ', '') || substr(text, 1, 30)
            FROM captions WHERE id = n.caption_id)
        WHEN 'tag' THEN (SELECT name FROM tags WHERE id = n.tag_id)
        WHEN 'cell' THEN (SELECT name FROM tags WHERE id = n.tag_id) || ' · '
            || n.subject
        ELSE n.subject END
FROM notes n"""


def note_from_row(row: tuple) -> Note:
    return Note(*row[:12], about=row[12] or "")  # type: ignore[misc]


def notes_by_id(db: Database, ids: list[int]) -> list[Note]:
    """The notes ``ids``, in that order (unknown ids are left out)."""
    found: dict[int, Note] = {}
    # each looked up by its id: an IN list was read as a scan of every note
    # where the statistics were of an archive with a few notes (the Notes
    # view's page of 200 read 100,000 notes on the GUI thread, issue 17)
    by_id = NOTE_ROW.replace(
        "FROM notes n", "FROM json_each(?) j CROSS JOIN notes n ON n.id = j.value"
    )
    for start in range(0, len(ids), 500):
        chunk = [int(i) for i in ids[start : start + 500]]
        for row in db.execute(by_id, [json.dumps(chunk)]):
            found[row[0]] = note_from_row(row)
    return [found[i] for i in ids if i in found]


def notes_on(
    db: Database, target: NoteTarget, *, newest: int | None = None
) -> list[Note]:
    """The live notes about ``target``, oldest first; for an article also
    those on its captions and passages. With ``newest``, only that many of
    the last written (a place's panel shows a few, not its thousands)."""
    by, where, params = _on(target)
    if newest is None:
        rows = db.execute(
            f"{NOTE_ROW}{by} WHERE {where} AND n.deleted_at IS NULL "
            "ORDER BY n.created_at, n.id",
            params,
        ).fetchall()
    else:
        rows = db.execute(
            f"{NOTE_ROW}{by} WHERE {where} AND n.deleted_at IS NULL "
            "ORDER BY n.created_at DESC, n.id DESC LIMIT ?",
            [*params, newest],
        ).fetchall()[::-1]
    return [note_from_row(row) for row in rows]


def count_on(db: Database, target: NoteTarget) -> int:
    """How many live notes are about ``target`` (as ``notes_on`` lists them)."""
    by, where, params = _on(target)
    return db.execute(
        f"SELECT count(*) FROM notes n{by} WHERE {where} AND n.deleted_at IS NULL",
        params,
    ).fetchone()[0]


def _on(target: NoteTarget) -> tuple[str, str, list[object]]:
    """The index to read (named: statistics of an archive analysed with a few
    notes, all on articles, made SQLite read every note for a city's, 1,100
    of 100,000 at each Compare column opened), the condition on ``notes n``
    of the notes about ``target``, its parameters."""
    kind = target.kind
    params: list[object]
    by = " INDEXED BY notes_by_subject"
    if kind == "article":
        by, where, params = (
            " INDEXED BY notes_by_article",
            "n.article_id = ?",
            [target.article_id],
        )
    elif kind == "journal":
        where, params = "n.target = 'journal'", []
    elif kind in ("city", "county", "search", "set"):
        where = "n.target = ? AND n.subject = ?"
        subject = target.city or target.county or target.search or target.compare_set
        params = [kind, subject]
    elif kind == "cell":
        where = "n.target = 'cell' AND n.tag_id = ? AND n.subject = ?"
        params = [target.tag_id, target.cell]
    else:
        column = {"caption": "caption_id", "passage": "tagging_id", "tag": "tag_id"}
        indexes = {
            "caption": " INDEXED BY notes_by_caption",
            "tag": " INDEXED BY notes_by_tag",
        }
        by = indexes.get(kind, "")  # a passage's: SQLite's choice
        where = f"n.{column[kind]} = ?"
        params = [target.caption_id or target.passage_id or target.tag_id]
    return by, where, params
