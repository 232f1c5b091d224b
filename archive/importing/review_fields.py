"""Review fixes of what an article holds: which captions, which people, its
caption fields, and leftover text placed (the article fixes: :mod:`.review`)."""

from __future__ import annotations

import json

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import RecordNotFound
from ..models import Changes, Doc
from ..text import caption_kind
from .fixing import article_row, captions_of, paragraphs_of, set_body
from .review import ReviewFix


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
            article_row(db, self.article_id)
        position = len(captions_of(db, self.article_id)) if self.article_id else 0
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
        row = db.execute(
            "SELECT label, text, credit FROM captions "
            "WHERE id = ? AND deleted_at IS NULL",
            [self.caption_id],
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"no caption {self.caption_id}")
        now = dict(zip(("label", "text", "credit"), row, strict=True))
        now.update({k: v for k, v in self.fields.items() if k in now})
        fields = {
            **self.fields,
            "kind": caption_kind(now["label"], now["text"] or "", now["credit"]),
        }
        assignments = "".join(f"{name} = ?, " for name in fields)
        db.execute(
            f"UPDATE captions SET {assignments}updated_at = ?, updated_by = ? "
            "WHERE id = ?",
            [*fields.values(), ctx.at, ctx.editor, self.caption_id],
        )

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
            article_row(db, self.article_id)
            paragraphs = paragraphs_of(db, self.article_id)
            set_body(db, ctx, self.article_id, [*paragraphs, row[0]])
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
