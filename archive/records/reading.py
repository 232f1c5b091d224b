"""Reading one article or caption with everything attached to it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

from sqlite_utils import Database

from ..errors import RecordNotFound
from ..models import Article, Caption, Note, SourceSpan
from ..tags.paths import paths_of

_ARTICLE_COLUMNS = """a.id, a.uuid, a.title, a.kicker, a.subtitle, a.summary,
    a.dateline, b.body, a.date, a.city, a.county, p.name, p.kind, a.section, a.page,
    a.word_count, a.views, a.created_at, a.created_by, a.updated_at, a.updated_by"""

# The dataclasses' leading fields, in the order the columns above are read.
_ARTICLE_FIELDS = [f.name for f in fields(Article)][:21]
_CAPTION_FIELDS = [f.name for f in fields(Caption)][:10]

_CAPTION_COLUMNS = """c.id, c.uuid, c.article_id, c.label, c.text, c.date,
    coalesce(c.city, a.city), c.county, c.credit, c.image_path"""


def article(db: Database, article_id: int, *, include_deleted: bool = False) -> Article:
    """The article ``article_id`` with its people, captions, tags, notes and source."""
    live = "" if include_deleted else "AND a.deleted_at IS NULL"
    row = db.execute(
        f"""SELECT {_ARTICLE_COLUMNS} FROM articles a
        LEFT JOIN article_bodies b ON b.article_id = a.id
        LEFT JOIN publications p ON p.id = a.publication_id WHERE a.id = ? {live}""",
        [article_id],
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"no article {article_id}")
    people = _credits(db, "article_id", article_id)
    return Article(
        **dict(zip(_ARTICLE_FIELDS, row, strict=True)),
        reporters=people.get("reporter", ()),
        correspondents=people.get("correspondent", ()),
        editors=people.get("editor", ()),
        authors=people.get("author", ()),
        captions=tuple(_captions_of(db, article_id)),
        tags=_tags(db, "article_id", article_id),
        notes=_notes(db, "article_id", article_id),
        source=_source(db, "articles", article_id),
    )


def caption(db: Database, caption_id: int) -> Caption:
    """The caption ``caption_id`` with its photographers, tags, notes and source."""
    row = db.execute(
        f"""SELECT {_CAPTION_COLUMNS} FROM captions c
        LEFT JOIN articles a ON a.id = c.article_id
        WHERE c.id = ? AND c.deleted_at IS NULL""",
        [caption_id],
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"no caption {caption_id}")
    return _caption(db, row, full=True)


def _captions_of(db: Database, article_id: int) -> list[Caption]:
    rows = db.execute(
        f"""SELECT {_CAPTION_COLUMNS} FROM captions c
        LEFT JOIN articles a ON a.id = c.article_id
        WHERE c.article_id = ? AND c.deleted_at IS NULL ORDER BY c.position, c.id""",
        [article_id],
    ).fetchall()
    return [_caption(db, row, full=False) for row in rows]


def _caption(db: Database, row: tuple, *, full: bool) -> Caption:
    caption_id = row[0]
    people = _credits(db, "caption_id", caption_id)
    return Caption(
        **dict(zip(_CAPTION_FIELDS, row, strict=True)),
        photographers=people.get("photographer", ()),
        tags=_tags(db, "caption_id", caption_id),
        notes=_notes(db, "caption_id", caption_id) if full else (),
        source=_source(db, "captions", caption_id) if full else None,
    )


def _credits(db: Database, column: str, record_id: int) -> dict[str, tuple[str, ...]]:
    people: dict[str, list[str]] = {}
    for role, name in db.execute(
        f"""SELECT c.role, p.name FROM credits c JOIN people p ON p.id = c.person_id
        WHERE c.{column} = ? ORDER BY c.position, c.id""",
        [record_id],
    ):
        people.setdefault(role, []).append(name)
    return {role: tuple(names) for role, names in people.items()}


_TAGGINGS_BY = {
    "article_id": "taggings_by_article",
    "caption_id": "taggings_by_caption",
}


def _tags(db: Database, column: str, record_id: int) -> tuple[str, ...]:
    """The paths of the record's live tags, sorted: its taggings found by
    their index (joined to every tag path, a caption's were found by reading
    every tagging, 6 ms a caption; issue 17), then those tags' paths alone."""
    # by its index, named: ANALYZE counts a column's NULLs as one value, so
    # where no caption is tagged it says a caption has every tagging and SQLite
    # reads them all; not DISTINCT, which SQLite reads in tag order, all of it
    index = _TAGGINGS_BY[column]
    ids = {
        tag
        for (tag,) in db.execute(
            f"SELECT tag_id FROM taggings INDEXED BY {index} WHERE {column} = ?",
            [record_id],
        )
    }
    return tuple(sorted(set(paths_of(db, sorted(ids)).values())))


def _notes(db: Database, column: str, record_id: int) -> tuple[Note, ...]:
    """The live notes on a record (on an article: also on its passages; a
    caption's notes go with the caption), oldest first."""
    own = " AND target IN ('article', 'passage')" if column == "article_id" else ""
    rows = db.execute(
        f"""SELECT id, body, created_at, created_by, updated_at, updated_by, target,
            CASE target WHEN 'caption' THEN caption_id WHEN 'passage' THEN tagging_id
                ELSE article_id END,
            subject, article_id, version, deleted_at
        FROM notes WHERE {column} = ? AND deleted_at IS NULL{own}
        ORDER BY created_at, id""",
        [record_id],
    )
    return tuple(Note(*row) for row in rows)


def _source(db: Database, table: str, record_id: int) -> SourceSpan | None:
    row = db.execute(
        f"""SELECT s.path, s.sha256, r.source_start, r.source_end FROM {table} r
        JOIN sources s ON s.id = r.source_id WHERE r.id = ?""",
        [record_id],
    ).fetchone()
    return SourceSpan(*row) if row else None


def articles_of_captions(db: Database, caption_ids: Iterable[int]) -> set[int]:
    """The articles the captions ``caption_ids`` belong to."""
    ids = list(caption_ids)
    if not ids:
        return set()
    return {
        i
        for (i,) in db.execute(
            "SELECT article_id FROM captions WHERE article_id IS NOT NULL "
            f"AND id IN ({','.join('?' * len(ids))})",
            ids,
        )
    }
