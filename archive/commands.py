"""Edits as undoable commands.

Every write to curated records is a :class:`Command`: ``do`` and ``undo`` each
run inside one transaction opened by :class:`archive.Archive`, keep whatever
before-state they need on the command object, and return the
:class:`~archive.models.Changes` they made.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from .errors import RecordNotFound
from .index import Doc
from .models import Changes
from .text import new_uuid, word_count, year_of


@dataclass(frozen=True)
class WriteContext:
    """Who writes and when; stamped on every changed row."""

    editor: str | None
    at: str


class Command(ABC):
    """One undoable edit. ``label`` names it in English for logs and the CLI."""

    label = "Edit"

    @abstractmethod
    def do(self, db: Database, ctx: WriteContext) -> Changes: ...

    @abstractmethod
    def undo(self, db: Database, ctx: WriteContext) -> Changes: ...

    def detail(self) -> str:
        """A short description for the edit log."""
        return ""

    def documents(self, db: Database) -> set[Doc]:
        """Indexed records this command may change, asked before each step."""
        return set()


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
        self.before: dict[str, str | None] = {}

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        columns = ", ".join("b.body" if f == "body" else f"a.{f}" for f in self.after)
        row = db.execute(
            f"SELECT {columns} FROM articles a LEFT JOIN article_bodies b "
            "ON b.article_id = a.id WHERE a.id = ?",
            [self.article_id],
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"no article {self.article_id}")
        self.before = dict(zip(self.after, row, strict=True))
        return self._write(db, ctx, self.after)

    def undo(self, db: Database, ctx: WriteContext) -> Changes:
        return self._write(db, ctx, self.before)

    def _write(self, db: Database, ctx: WriteContext, values: dict) -> Changes:
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
        listing = bool({"date", "city", "county", "section", "title"} & set(values))
        return Changes(articles=frozenset([self.article_id]), listing=listing)

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

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        return self._set(db, [ctx.at, ctx.editor, self.reason or None])

    def undo(self, db: Database, ctx: WriteContext) -> Changes:
        return self._set(db, [None, None, None])

    def _set(self, db: Database, values: list) -> Changes:
        marks = ",".join("?" * len(self.article_ids))
        db.execute(
            "UPDATE articles SET deleted_at = ?, deleted_by = ?, deleted_reason = ? "
            f"WHERE id IN ({marks})",
            [*values, *self.article_ids],
        )
        return Changes(articles=frozenset(self.article_ids), listing=True)

    def detail(self) -> str:
        return f"articles {self.article_ids}: {self.reason}"

    def documents(self, db: Database) -> set[Doc]:
        return {Doc("a", i) for i in self.article_ids}


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
            raise ValueError("a note needs some text")
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
        self.note_id = cursor.lastrowid
        return self._changes()

    def undo(self, db: Database, ctx: WriteContext) -> Changes:
        db.execute("DELETE FROM notes WHERE id = ?", [self.note_id])
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
        articles = {self.target.article_id} - {None}
        captions = {self.target.caption_id} - {None}
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


def tag_id_for(
    db: Database,
    path: str,
    *,
    create: bool,
    ctx: WriteContext | None = None,
    created: list[int] | None = None,
) -> int | None:
    """The id of tag ``path`` (a/b/c); with ``create`` the missing levels are made."""
    parent: int | None = None
    for name in _tag_path(path):
        row = db.execute(
            "SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ? "
            "AND deleted_at IS NULL",
            [parent or 0, name],
        ).fetchone()
        if row is None:
            if not create or ctx is None:
                return None
            cursor = db.execute(
                "INSERT INTO tags (uuid, parent_id, name, created_at, created_by) "
                "VALUES (?, ?, ?, ?, ?)",
                [new_uuid(), parent, name, ctx.at, ctx.editor],
            )
            row = (cursor.lastrowid,)
            if created is not None:
                created.append(row[0])
        parent = row[0]
    return parent


def _tag_path(path: str) -> list[str]:
    parts = [part.strip() for part in path.split("/") if part.strip()]
    if not parts:
        raise ValueError("a tag needs a name")
    return parts


class TagRecords(Command):
    """Tag whole articles and captions with ``path``, making the tag if needed."""

    label = "Tag"

    def __init__(
        self,
        path: str,
        *,
        article_ids: Iterable[int] = (),
        caption_ids: Iterable[int] = (),
    ) -> None:
        _tag_path(path)
        self.path = path
        self.article_ids = list(article_ids)
        self.caption_ids = list(caption_ids)
        self.created_tags: list[int] = []
        self.added: list[int] = []

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        self.created_tags, self.added = [], []
        tag = tag_id_for(db, self.path, create=True, ctx=ctx, created=self.created_tags)
        for column, ids in (
            ("article_id", self.article_ids),
            ("caption_id", self.caption_ids),
        ):
            for record in ids:
                if db.execute(
                    f"SELECT 1 FROM taggings WHERE tag_id = ? AND {column} = ? "
                    "AND start IS NULL",
                    [tag, record],
                ).fetchone():
                    continue
                cursor = db.execute(
                    f"INSERT INTO taggings (tag_id, {column}, created_at, created_by) "
                    "VALUES (?, ?, ?, ?)",
                    [tag, record, ctx.at, ctx.editor],
                )
                self.added.append(cursor.lastrowid)
        return self._changes()

    def undo(self, db: Database, ctx: WriteContext) -> Changes:
        marks = ",".join("?" * len(self.added))
        db.execute(f"DELETE FROM taggings WHERE id IN ({marks})", self.added)
        for tag in reversed(self.created_tags):
            db.execute("DELETE FROM tags WHERE id = ?", [tag])
        return self._changes()

    def _changes(self) -> Changes:
        return Changes(
            articles=frozenset(self.article_ids),
            captions=frozenset(self.caption_ids),
            tags=True,
            listing=True,
        )

    def detail(self) -> str:
        return f"{self.path}: articles {self.article_ids} captions {self.caption_ids}"


class UntagRecords(Command):
    """Take tag ``path`` off whole articles and captions."""

    label = "Remove tag"

    def __init__(
        self,
        path: str,
        *,
        article_ids: Iterable[int] = (),
        caption_ids: Iterable[int] = (),
    ) -> None:
        self.path = path
        self.article_ids = list(article_ids)
        self.caption_ids = list(caption_ids)
        self.removed: list[tuple] = []

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        tag = tag_id_for(db, self.path, create=False)
        if tag is None:
            raise RecordNotFound(f"no tag {self.path}")
        self.removed = []
        for column, ids in (
            ("article_id", self.article_ids),
            ("caption_id", self.caption_ids),
        ):
            for record in ids:
                rows = db.execute(
                    f"SELECT * FROM taggings WHERE tag_id = ? AND {column} = ? "
                    "AND start IS NULL",
                    [tag, record],
                ).fetchall()
                self.removed.extend(rows)
                db.execute(
                    f"DELETE FROM taggings WHERE tag_id = ? AND {column} = ? "
                    "AND start IS NULL",
                    [tag, record],
                )
        return self._changes()

    def undo(self, db: Database, ctx: WriteContext) -> Changes:
        for row in self.removed:
            marks = ",".join("?" * len(row))
            db.execute(f"INSERT INTO taggings VALUES ({marks})", list(row))
        return self._changes()

    def _changes(self) -> Changes:
        return Changes(
            articles=frozenset(self.article_ids),
            captions=frozenset(self.caption_ids),
            tags=True,
            listing=True,
        )


class Batch(Command):
    """Several commands done (and undone) as one step, under one label."""

    def __init__(self, label: str, commands: list[Command]) -> None:
        if not commands:
            raise ValueError("a batch needs at least one command")
        self.label = label
        self.commands = commands

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        changes = Changes()
        for command in self.commands:
            changes = changes | command.do(db, ctx)
        return changes

    def undo(self, db: Database, ctx: WriteContext) -> Changes:
        changes = Changes()
        for command in reversed(self.commands):
            changes = changes | command.undo(db, ctx)
        return changes

    def detail(self) -> str:
        return "; ".join(f"{c.label}: {c.detail()}" for c in self.commands)

    def documents(self, db: Database) -> set[Doc]:
        return set().union(*(c.documents(db) for c in self.commands))
