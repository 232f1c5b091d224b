"""Edits of articles themselves: their fields, the trash."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import RecordNotFound
from ..models import Changes, Doc
from ..tags.passages import reanchor
from ..text import word_count, year_of

EDITABLE_ARTICLE_FIELDS = (
    "title",
    "kicker",
    "subtitle",
    "summary",
    "dateline",
    "body",
    "date",
    "city",
    "county",
    "section",
    "page",
)


class UpdateArticle(Command):
    """Change some fields of one article."""

    label = "Edit article"

    def __init__(self, article_id: int, **fields: str | None) -> None:
        unknown = set(fields) - set(EDITABLE_ARTICLE_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        self.article_id = article_id
        self.after = fields

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        if not db.execute(
            "SELECT 1 FROM articles WHERE id = ?", [self.article_id]
        ).fetchone():
            raise RecordNotFound(f"no article {self.article_id}")
        values = self.after
        fields = {name: value for name, value in values.items() if name != "body"}
        assignments = "".join(f"{name} = ?, " for name in fields)
        db.execute(
            f"UPDATE articles SET {assignments}updated_at = ?, updated_by = ? "
            "WHERE id = ?",
            [*fields.values(), ctx.at, ctx.editor, self.article_id],
        )
        if "body" in values:
            db.execute(
                "INSERT OR REPLACE INTO article_bodies (article_id, body) "
                "VALUES (?, ?)",
                [self.article_id, values["body"] or ""],
            )
        text = db.execute(
            "SELECT a.title, a.subtitle, a.summary, b.body, a.date FROM articles a "
            "LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?",
            [self.article_id],
        ).fetchone()
        db.execute(
            "UPDATE articles SET word_count = ?, year = ? WHERE id = ?",
            [word_count(*text[:4]), year_of(text[4]), self.article_id],
        )
        if {"body", "title", "summary"} & set(values):
            reanchor(db, self.article_id)  # tagged passages follow their words
        membership = bool({"date", "city", "county", "section", "title"} & set(values))
        return Changes(articles=frozenset([self.article_id]), membership=membership)

    def detail(self) -> str:
        return f"article {self.article_id}: {', '.join(self.after)}"

    def documents(self, db: Database) -> set[Doc]:
        return {Doc("a", self.article_id)}


class TrashArticles(Command):
    """Move articles to the trash (a soft delete with a reason)."""

    label = "Move to trash"

    def __init__(self, article_ids: Iterable[int], *, reason: str = "") -> None:
        self.article_ids = list(article_ids)
        self.reason = reason

    def size(self) -> int:
        return len(self.article_ids)

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        values = [ctx.at, ctx.editor, self.reason or None]
        notes = retire_notes_of(db, ctx, self.article_ids)
        marks = ",".join("?" * len(self.article_ids))
        db.execute(
            "UPDATE articles SET deleted_at = ?, deleted_by = ?, deleted_reason = ? "
            f"WHERE id IN ({marks})",
            [*values, *self.article_ids],
        )
        return Changes(
            articles=frozenset(self.article_ids),
            note_ids=frozenset(notes),
            notes=bool(notes),
            membership=True,
        )

    def detail(self) -> str:
        return f"articles {self.article_ids}: {self.reason}"

    def documents(self, db: Database) -> set[Doc]:
        notes = live_notes_of(db, self.article_ids)
        return {Doc("a", i) for i in self.article_ids} | {Doc("n", i) for i in notes}


def retire_notes_of(
    db: Database, ctx: WriteContext, article_ids: list[int]
) -> set[int]:
    """Trash the live notes of these articles (and their captions) with them:
    a note goes and comes back with what it is about. Returns their ids."""
    marks = ",".join("?" * len(article_ids))
    notes = {
        i
        for (i,) in db.execute(
            f"""SELECT id FROM notes WHERE deleted_at IS NULL AND (article_id IN
            ({marks}) OR caption_id IN (SELECT id FROM captions WHERE article_id
            IN ({marks})))""",
            article_ids + article_ids,
        )
    }
    for note in notes:
        db.execute(
            "UPDATE notes SET deleted_at = ?, deleted_by = ?, "
            "deleted_reason = 'retired with its article' WHERE id = ?",
            [ctx.at, ctx.editor, note],
        )
    return notes


def live_notes_of(db: Database, article_ids: list[int]) -> set[int]:
    """The live notes of these articles and their captions."""
    if not article_ids:
        return set()
    marks = ",".join("?" * len(article_ids))
    return {
        i
        for (i,) in db.execute(
            f"""SELECT id FROM notes WHERE deleted_at IS NULL AND (article_id IN
            ({marks}) OR caption_id IN (SELECT id FROM captions WHERE article_id
            IN ({marks})))""",
            article_ids + article_ids,
        )
    }
