"""Reviewing an import: the fixes for mis-splits (the page itself:
:mod:`.layout`).

Every fix is a :class:`~archive.commands.Command`, undone like every other
edit by the rows the write path captured (:mod:`archive.journal`).
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import InvalidInput, RecordNotFound
from ..models import Changes, Doc
from ..records.reading import articles_of_captions
from ..store.database import inserted_id
from ..text import caption_kind, new_uuid
from . import captions as caption_parts
from .fixing import (
    article_row,
    captions_of,
    cut_pieces,
    paragraphs_of,
    row_pieces,
    select_in,
    set_body,
    set_pieces,
    source_position,
)


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
            for (i,) in select_in(
                db, "SELECT id FROM captions WHERE article_id IN", articles
            )
        }
        return {Doc("a", i) for i in articles} | {Doc("c", i) for i in captions}

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        articles, captions = self.touches(db)
        captions |= {
            i
            for (i,) in select_in(
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
        first, second = article_row(db, self.first), article_row(db, self.second)
        set_body(
            db,
            ctx,
            self.first,
            paragraphs_of(db, self.first) + paragraphs_of(db, self.second),
        )
        position = len(captions_of(db, self.first))
        for offset, caption in enumerate(captions_of(db, self.second)):
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
            set_pieces(db, self.first, row_pieces(first) + row_pieces(second))
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
        row = article_row(db, self.article_id)
        paragraphs = paragraphs_of(db, self.article_id)
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
        set_body(db, ctx, self.article_id, head)
        set_body(db, ctx, new_id, tail)
        at = source_position(db, row, paragraphs[self.at])
        if at is not None:  # each part keeps the stretches of the source it came from
            pieces = row_pieces(row)
            set_pieces(db, self.article_id, cut_pieces(pieces, end=at))
            set_pieces(db, new_id, cut_pieces(pieces, start=at))
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
        row = article_row(db, self.article_id)
        paragraphs = paragraphs_of(db, self.article_id)
        if not 0 <= self.index < len(paragraphs):
            raise InvalidInput(f"no paragraph {self.index}")
        text = paragraphs.pop(self.index)
        parts = caption_parts.parse(text)
        caption_text = parts.text if parts and parts.text else text
        caption_id = inserted_id(
            db.execute(
                "INSERT INTO captions (uuid, article_id, position, label, text, kind, "
                "city, county, source_id, created_at, created_by, updated_at, "
                "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    new_uuid(),
                    self.article_id,
                    len(captions_of(db, self.article_id)),
                    parts.label if parts else None,
                    caption_text,
                    caption_kind(parts.label if parts else None, caption_text, None),
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
        set_body(db, ctx, self.article_id, paragraphs)

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
        set_body(db, ctx, self.article_id, [*paragraphs_of(db, self.article_id), text])
        db.execute(
            "UPDATE captions SET deleted_at = ?, deleted_by = ?, deleted_reason = ? "
            "WHERE id = ?",
            [ctx.at, ctx.editor, "turned into a paragraph", self.caption_id],
        )

    def detail(self) -> str:
        return f"caption {self.caption_id}"
