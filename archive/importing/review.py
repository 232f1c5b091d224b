"""Reviewing an import: the fixes for mis-splits (the page itself:
:mod:`.layout`).

Every fix is a :class:`~archive.commands.Command`, undone like every other
edit by the rows the write path captured (:mod:`archive.journal`).
"""

from __future__ import annotations

import json
import re

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import InvalidInput, RecordNotFound
from ..models import Changes, Doc
from ..records.reading import articles_of_captions
from ..store.database import inserted_id
from ..text import new_uuid, word_count
from . import captions as caption_parts
from .layout import pieces_of, source_text


def _select(db: Database, sql: str, ids: set[int]) -> list[tuple]:
    if not ids:
        return []
    return db.execute(f"{sql} ({','.join('?' * len(ids))})", list(ids)).fetchall()


def _rows(db: Database, table: str, column: str, ids: set[int]) -> list[dict]:
    if not ids:
        return []
    cursor = db.execute(
        f"SELECT * FROM {table} WHERE {column} IN ({','.join('?' * len(ids))})",
        list(ids),
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


class ReviewFix(Command):
    """A fix of the records an import made from one page."""

    def __init__(self) -> None:
        self.touched: tuple[set[int], set[int]] = (set(), set())
        self.created_articles: list[int] = []
        self.created_captions: list[int] = []

    def touches(self, db: Database) -> tuple[set[int], set[int]]:
        """The article and caption ids this fix may change."""
        raise NotImplementedError

    def apply(self, db: Database, ctx: WriteContext) -> None:
        raise NotImplementedError

    def documents(self, db: Database) -> set[Doc]:
        articles, captions = self.touches(db)
        articles |= set(self.created_articles)
        captions |= set(self.created_captions)
        # an article's document holds its captions' text and people
        articles |= articles_of_captions(db, captions)
        captions |= {
            i
            for (i,) in _select(
                db, "SELECT id FROM captions WHERE article_id IN", articles
            )
        }
        return {Doc("a", i) for i in articles} | {Doc("c", i) for i in captions}

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        articles, captions = self.touches(db)
        captions |= {
            i
            for (i,) in _select(
                db, "SELECT id FROM captions WHERE article_id IN", articles
            )
        }
        self.created_articles, self.created_captions = [], []
        self.apply(db, ctx)
        return Changes(
            articles=frozenset(articles | set(self.created_articles)),
            captions=frozenset(captions | set(self.created_captions)),
            membership=True,
        )


def _article_row(db: Database, article_id: int) -> dict:
    rows = _rows(db, "articles", "id", {article_id})
    if not rows or rows[0]["deleted_at"] is not None:
        raise RecordNotFound(f"no article {article_id}")
    return rows[0]


def _paragraphs(db: Database, article_id: int) -> list[str]:
    row = db.execute(
        "SELECT body FROM article_bodies WHERE article_id = ?", [article_id]
    ).fetchone()
    return [p for p in (row[0] if row else "").split("\n\n") if p.strip()]


def _set_body(
    db: Database, ctx: WriteContext, article_id: int, paragraphs: list[str]
) -> None:
    body = "\n\n".join(paragraphs)
    db.execute(
        "INSERT OR REPLACE INTO article_bodies (article_id, body) VALUES (?, ?)",
        [article_id, body],
    )
    title, subtitle, summary = db.execute(
        "SELECT title, subtitle, summary FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    db.execute(
        "UPDATE articles SET word_count = ?, updated_at = ?, updated_by = ? "
        "WHERE id = ?",
        [word_count(title, subtitle, summary, body), ctx.at, ctx.editor, article_id],
    )


def _row_pieces(row: dict) -> list[tuple[int, int]]:
    """The stretches of its source a record's row says it came from."""
    if row["source_start"] is None:
        return []
    return pieces_of([row["source_start"], row["source_end"]], row["source_pieces"])


def _set_pieces(db: Database, article_id: int, pieces: list[tuple[int, int]]) -> None:
    """Give an article these stretches of its source (overlaps joined)."""
    joined: list[list[int]] = []
    for start, end in sorted(pieces):
        if joined and start <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    db.execute(
        "UPDATE articles SET source_start = ?, source_end = ?, source_pieces = ? "
        "WHERE id = ?",
        [
            joined[0][0] if joined else None,
            joined[-1][1] if joined else None,
            json.dumps(joined) if len(joined) > 1 else None,
            article_id,
        ],
    )


def _cut(
    pieces: list[tuple[int, int]], *, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """The parts of ``pieces`` between ``start`` and ``end``."""
    end = max((e for _, e in pieces), default=0) if end is None else end
    return [(max(s, start), min(e, end)) for s, e in pieces if s < end and e > start]


def _source_position(db: Database, row: dict, paragraph: str) -> int | None:
    """Where ``paragraph`` (its opening words) stands in the article's source,
    within the stretches the article came from; None if it cannot be found."""
    pieces = _row_pieces(row)
    if not pieces:
        return None
    text = source_text(db, row["source_id"])
    opening = paragraph.strip()[:12]
    for start, end in pieces:
        at = text.find(opening, start, end)
        if at >= 0:
            return at
    return None


def _captions_of(db: Database, article_id: int) -> list[int]:
    return [
        i
        for (i,) in db.execute(
            "SELECT id FROM captions WHERE article_id = ? AND deleted_at IS NULL "
            "ORDER BY position, id",
            [article_id],
        )
    ]


class MergeArticles(ReviewFix):
    """Join ``second`` onto the end of ``first`` (one article printed in two parts)."""

    label = "Merge articles"

    def __init__(self, first: int, second: int) -> None:
        super().__init__()
        if first == second:
            raise InvalidInput("an article cannot be merged with itself")
        self.first, self.second = first, second

    def touches(self, db: Database) -> tuple[set[int], set[int]]:
        return {self.first, self.second}, set()

    def apply(self, db: Database, ctx: WriteContext) -> None:
        first, second = _article_row(db, self.first), _article_row(db, self.second)
        _set_body(
            db,
            ctx,
            self.first,
            _paragraphs(db, self.first) + _paragraphs(db, self.second),
        )
        position = len(_captions_of(db, self.first))
        for offset, caption in enumerate(_captions_of(db, self.second)):
            db.execute(
                "UPDATE captions SET article_id = ?, position = ? WHERE id = ?",
                [self.first, position + offset, caption],
            )
        known = {
            (r, p)
            for r, p in db.execute(
                "SELECT role, person_id FROM credits WHERE article_id = ?", [self.first]
            )
        }
        for role, person in db.execute(
            "SELECT role, person_id FROM credits WHERE article_id = ? "
            "ORDER BY position",
            [self.second],
        ).fetchall():
            if (role, person) not in known:
                db.execute(
                    "INSERT INTO credits (person_id, role, article_id, position) "
                    "VALUES (?, ?, ?, 99)",
                    [person, role, self.first],
                )
        db.execute(
            "UPDATE OR IGNORE taggings SET article_id = ? WHERE article_id = ?",
            [self.first, self.second],
        )
        db.execute(
            "UPDATE notes SET article_id = ? WHERE article_id = ?",
            [self.first, self.second],
        )
        if first["source_id"] == second["source_id"]:
            _set_pieces(db, self.first, _row_pieces(first) + _row_pieces(second))
        db.execute(
            "UPDATE articles SET deleted_at = ?, deleted_by = ?, deleted_reason = ? "
            "WHERE id = ?",
            [ctx.at, ctx.editor, f"merged into article {self.first}", self.second],
        )

    def detail(self) -> str:
        return f"article {self.second} into {self.first}"


class SplitArticle(ReviewFix):
    """Cut an article before paragraph ``at``; the rest becomes a new article."""

    label = "Split article"

    def __init__(self, article_id: int, at: int, *, title: str | None = None) -> None:
        super().__init__()
        self.article_id, self.at, self.title = article_id, at, title

    def touches(self, db: Database) -> tuple[set[int], set[int]]:
        return {self.article_id}, set()

    def apply(self, db: Database, ctx: WriteContext) -> None:
        row = _article_row(db, self.article_id)
        paragraphs = _paragraphs(db, self.article_id)
        if not 0 < self.at < len(paragraphs):
            raise InvalidInput(
                f"split point {self.at} is outside 1…{len(paragraphs) - 1}"
            )
        head, tail = paragraphs[: self.at], paragraphs[self.at :]
        title = self.title
        if (
            title is None
            and len(tail[0]) <= 48
            and "。" not in tail[0]
            and len(tail) > 1
        ):
            title, tail = tail[0], tail[1:]  # a headline read as a subhead
        elif title is None:
            title = re.split(r"[。！？]", tail[0], maxsplit=1)[0][:30]
        copied = {
            k: v
            for k, v in row.items()
            if k
            not in (
                "id",
                "uuid",
                "kicker",
                "subtitle",
                "summary",
                "dateline",
                "title",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by",
                "import_notes",
            )
        }
        columns = ", ".join(copied)
        new_id = inserted_id(
            db.execute(
                f"INSERT INTO articles (uuid, title, {columns}, created_at, "
                f"created_by, updated_at, updated_by) VALUES (?, ?, "
                f"{', '.join('?' * len(copied))}, ?, ?, ?, ?)",
                [
                    new_uuid(),
                    title,
                    *copied.values(),
                    ctx.at,
                    ctx.editor,
                    ctx.at,
                    ctx.editor,
                ],
            )
        )
        self.created_articles.append(new_id)
        _set_body(db, ctx, self.article_id, head)
        _set_body(db, ctx, new_id, tail)
        at = _source_position(db, row, paragraphs[self.at])
        if at is not None:  # each part keeps the stretches of the source it came from
            pieces = _row_pieces(row)
            _set_pieces(db, self.article_id, _cut(pieces, end=at))
            _set_pieces(db, new_id, _cut(pieces, start=at))
        for role, person, position in db.execute(
            "SELECT role, person_id, position FROM credits WHERE article_id = ?",
            [self.article_id],
        ).fetchall():
            db.execute(
                "INSERT INTO credits (person_id, role, article_id, position) "
                "VALUES (?, ?, ?, ?)",
                [person, role, new_id, position],
            )

    def detail(self) -> str:
        return f"article {self.article_id} before paragraph {self.at}"


class ParagraphToCaption(ReviewFix):
    """Take paragraph ``index`` out of an article's body and make it its caption."""

    label = "Paragraph to caption"

    def __init__(self, article_id: int, index: int) -> None:
        super().__init__()
        self.article_id, self.index = article_id, index

    def touches(self, db: Database) -> tuple[set[int], set[int]]:
        return {self.article_id}, set()

    def apply(self, db: Database, ctx: WriteContext) -> None:
        row = _article_row(db, self.article_id)
        paragraphs = _paragraphs(db, self.article_id)
        if not 0 <= self.index < len(paragraphs):
            raise InvalidInput(f"no paragraph {self.index}")
        text = paragraphs.pop(self.index)
        parts = caption_parts.parse(text)
        caption_text = parts.text if parts and parts.text else text
        caption_id = inserted_id(
            db.execute(
                "INSERT INTO captions (uuid, article_id, position, label, text, city, "
                "county, source_id, created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    new_uuid(),
                    self.article_id,
                    len(_captions_of(db, self.article_id)),
                    parts.label if parts else None,
                    caption_text,
                    row["city"],
                    row["county"],
                    row["source_id"],
                    ctx.at,
                    ctx.editor,
                    ctx.at,
                    ctx.editor,
                ],
            )
        )
        self.created_captions.append(caption_id)
        for name in parts.photographers if parts else ():
            db.execute("INSERT OR IGNORE INTO people (name) VALUES (?)", [name])
            db.execute(
                "INSERT INTO credits (person_id, role, caption_id) SELECT id, "
                "'photographer', ? FROM people WHERE name = ?",
                [caption_id, name],
            )
        _set_body(db, ctx, self.article_id, paragraphs)

    def detail(self) -> str:
        return f"article {self.article_id} paragraph {self.index}"


class CaptionToParagraph(ReviewFix):
    """Put a caption's text back into its article's body as the last paragraph."""

    label = "Caption to paragraph"

    def __init__(self, caption_id: int) -> None:
        super().__init__()
        self.caption_id = caption_id

    def touches(self, db: Database) -> tuple[set[int], set[int]]:
        row = db.execute(
            "SELECT article_id FROM captions WHERE id = ?", [self.caption_id]
        ).fetchone()
        if row is None or row[0] is None:
            raise RecordNotFound(f"caption {self.caption_id} belongs to no article")
        self.article_id = row[0]
        return {row[0]}, {self.caption_id}

    def apply(self, db: Database, ctx: WriteContext) -> None:
        text = db.execute(
            "SELECT text FROM captions WHERE id = ?", [self.caption_id]
        ).fetchone()[0]
        _set_body(db, ctx, self.article_id, [*_paragraphs(db, self.article_id), text])
        db.execute(
            "UPDATE captions SET deleted_at = ?, deleted_by = ?, deleted_reason = ? "
            "WHERE id = ?",
            [ctx.at, ctx.editor, "turned into a paragraph", self.caption_id],
        )

    def detail(self) -> str:
        return f"caption {self.caption_id}"


class MoveCaption(ReviewFix):
    """Attach a caption to another article (or, with None, to none)."""

    label = "Move caption"

    def __init__(self, caption_id: int, article_id: int | None) -> None:
        super().__init__()
        self.caption_id, self.article_id = caption_id, article_id

    def touches(self, db: Database) -> tuple[set[int], set[int]]:
        row = db.execute(
            "SELECT article_id FROM captions WHERE id = ?", [self.caption_id]
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"no caption {self.caption_id}")
        return {a for a in (row[0], self.article_id) if a is not None}, {
            self.caption_id
        }

    def apply(self, db: Database, ctx: WriteContext) -> None:
        if self.article_id is not None:
            _article_row(db, self.article_id)
        position = len(_captions_of(db, self.article_id)) if self.article_id else 0
        db.execute(
            "UPDATE captions SET article_id = ?, position = ?, updated_at = ?, "
            "updated_by = ? WHERE id = ?",
            [self.article_id, position, ctx.at, ctx.editor, self.caption_id],
        )

    def detail(self) -> str:
        return f"caption {self.caption_id} to article {self.article_id}"


EDITABLE_CAPTION_FIELDS = ("label", "text", "date", "county", "credit")


class UpdateCaption(ReviewFix):
    """Change some fields of one caption."""

    label = "Edit caption"

    def __init__(self, caption_id: int, **fields: str | None) -> None:
        super().__init__()
        unknown = set(fields) - set(EDITABLE_CAPTION_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        self.caption_id, self.fields = caption_id, fields

    def touches(self, db: Database) -> tuple[set[int], set[int]]:
        return set(), {self.caption_id}

    def apply(self, db: Database, ctx: WriteContext) -> None:
        assignments = "".join(f"{name} = ?, " for name in self.fields)
        cursor = db.execute(
            f"UPDATE captions SET {assignments}updated_at = ?, updated_by = ? "
            "WHERE id = ? AND deleted_at IS NULL",
            [*self.fields.values(), ctx.at, ctx.editor, self.caption_id],
        )
        if cursor.rowcount == 0:
            raise RecordNotFound(f"no caption {self.caption_id}")

    def detail(self) -> str:
        return json.dumps({"caption": self.caption_id, "fields": list(self.fields)})


class SetPeople(ReviewFix):
    """Replace the people credited in one role on an article or a caption."""

    label = "Edit people"

    def __init__(
        self,
        *,
        role: str,
        names: list[str],
        article_id: int | None = None,
        caption_id: int | None = None,
    ) -> None:
        super().__init__()
        if (article_id is None) == (caption_id is None):
            raise ValueError("name an article or a caption")
        self.role, self.names = role, [n.strip() for n in names if n.strip()]
        self.article_id, self.caption_id = article_id, caption_id

    def touches(self, db: Database) -> tuple[set[int], set[int]]:
        return (
            {self.article_id} if self.article_id else set(),
            {self.caption_id} if self.caption_id else set(),
        )

    def apply(self, db: Database, ctx: WriteContext) -> None:
        column = "article_id" if self.article_id else "caption_id"
        record = self.article_id or self.caption_id
        table = "articles" if self.article_id else "captions"
        if not db.execute(
            f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", [record]
        ).fetchone():
            raise RecordNotFound(f"no {table[:-1]} {record}")
        db.execute(
            f"DELETE FROM credits WHERE {column} = ? AND role = ?", [record, self.role]
        )
        for position, name in enumerate(self.names):
            db.execute("INSERT OR IGNORE INTO people (name) VALUES (?)", [name])
            db.execute(
                f"INSERT INTO credits (person_id, role, {column}, position) "
                "SELECT id, ?, ?, ? FROM people WHERE name = ?",
                [self.role, record, position, name],
            )

    def detail(self) -> str:
        return f"{self.role}: {', '.join(self.names)}"


class AssignLeftover(Command):
    """Place a leftover fragment: as an article's last paragraph, or dismiss it.

    With ``article_id`` None the fragment is marked as looked at and not text
    (page furniture the importer did not know); it stays in the source.
    """

    label = "Place leftover"

    def __init__(self, leftover_id: int, article_id: int | None) -> None:
        self.leftover_id, self.article_id = leftover_id, article_id

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        row = db.execute(
            "SELECT text FROM leftovers WHERE id = ? AND resolved_at IS NULL",
            [self.leftover_id],
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"no open leftover {self.leftover_id}")
        if self.article_id is not None:
            _article_row(db, self.article_id)
            paragraphs = _paragraphs(db, self.article_id)
            _set_body(db, ctx, self.article_id, [*paragraphs, row[0]])
        db.execute(
            "UPDATE leftovers SET resolved_at = ? WHERE id = ?",
            [ctx.at, self.leftover_id],
        )
        return self._changes()

    def _changes(self) -> Changes:
        articles = frozenset([self.article_id]) if self.article_id else frozenset()
        return Changes(articles=articles, membership=True)

    def documents(self, db: Database) -> set[Doc]:
        return {Doc("a", self.article_id)} if self.article_id else set()

    def detail(self) -> str:
        return f"leftover {self.leftover_id} to article {self.article_id}"
