"""Adding notes to what they are about."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import InvalidInput, RecordNotFound
from ..models import Changes, Doc
from ..store.database import inserted_id
from ..text import new_uuid


@dataclass
class NoteTarget:
    """What a note is about: exactly one of these is set."""

    article_id: int | None = None
    caption_id: int | None = None
    tag_id: int | None = None
    city: str | None = None


class AddNote(Command):
    """Add a Markdown note to an article, caption, tag or city."""

    label = "Add note"

    def __init__(self, target: NoteTarget, body: str) -> None:
        if not body.strip():
            raise InvalidInput("a note needs some text")
        self.target = target
        self.body = body
        self.note_id: int | None = None
        self.uuid = new_uuid()

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        self._check_target(db)
        cursor = db.execute(
            """INSERT INTO notes (id, uuid, article_id, caption_id, tag_id, city, body,
                created_at, created_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                self.note_id,
                self.uuid,
                self.target.article_id,
                self.target.caption_id,
                self.target.tag_id,
                self.target.city,
                self.body,
                ctx.at,
                ctx.editor,
                ctx.at,
                ctx.editor,
            ],
        )
        self.note_id = inserted_id(cursor)
        return self._changes()

    def _check_target(self, db: Database) -> None:
        for table, value in (
            ("articles", self.target.article_id),
            ("captions", self.target.caption_id),
            ("tags", self.target.tag_id),
        ):
            if (
                value is not None
                and not db.execute(
                    f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL",
                    [value],
                ).fetchone()
            ):
                raise RecordNotFound(f"no {table[:-1]} {value}")

    def _changes(self) -> Changes:
        articles = {i for i in (self.target.article_id,) if i is not None}
        captions = {i for i in (self.target.caption_id,) if i is not None}
        notes = frozenset([self.note_id]) if self.note_id else frozenset()
        return Changes(
            articles=frozenset(articles),
            captions=frozenset(captions),
            notes=True,
            note_ids=notes,
        )

    def detail(self) -> str:
        return f"note {self.note_id}"

    def documents(self, db: Database) -> set[Doc]:
        return {Doc("n", self.note_id)} if self.note_id else set()
