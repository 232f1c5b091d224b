"""Tagging whole articles and captions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import InvalidInput, RecordNotFound
from ..models import Changes
from ..store.database import inserted_id
from ..text import new_uuid


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
            row = (inserted_id(cursor),)
            if created is not None:
                created.append(row[0])
        parent = row[0]
    return parent


def _tag_path(path: str) -> list[str]:
    parts = [part.strip() for part in path.split("/") if part.strip()]
    if not parts:
        raise InvalidInput("a tag needs a name")
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

    def size(self) -> int:
        return len(self.article_ids) + len(self.caption_ids)

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
                self.added.append(inserted_id(cursor))
        return self._changes()

    def _changes(self) -> Changes:
        return Changes(
            articles=frozenset(self.article_ids),
            captions=frozenset(self.caption_ids),
            tags=True,
            membership=True,
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

    def size(self) -> int:
        return len(self.article_ids) + len(self.caption_ids)

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        tag = tag_id_for(db, self.path, create=False)
        if tag is None:
            raise RecordNotFound(f"no tag {self.path}")
        for column, ids in (
            ("article_id", self.article_ids),
            ("caption_id", self.caption_ids),
        ):
            for record in ids:
                db.execute(
                    f"DELETE FROM taggings WHERE tag_id = ? AND {column} = ? "
                    "AND start IS NULL",
                    [tag, record],
                )
        return self._changes()

    def _changes(self) -> Changes:
        return Changes(
            articles=frozenset(self.article_ids),
            captions=frozenset(self.caption_ids),
            tags=True,
            membership=True,
        )
