"""Tagging whole articles and captions, and passages of an article's text."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import RecordNotFound
from ..models import Changes
from ..store.database import inserted_id
from ..text import new_uuid
from .names import SEPARATOR, TagError, key, normalise, split_path

ORIGINS = ("hand", "suggestion", "import")  # how a tagging came


def find_tag(db: Database, path: str) -> int | None:
    """The id of the live tag ``path`` (names compared by :func:`.names.key`)."""
    parent: int | None = None
    for name in split_path(path):
        row = db.execute(
            "SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND key = ? "
            "AND deleted_at IS NULL ORDER BY id LIMIT 1",
            [parent or 0, key(name)],
        ).fetchone()
        if row is None:
            return None
        parent = row[0]
    return parent


def tag_id_for(
    db: Database,
    path: str,
    *,
    create: bool,
    ctx: WriteContext | None = None,
    created: list[int] | None = None,
) -> int | None:
    """The id of tag ``path`` (a/b/c); with ``create`` the missing levels are
    made, named as typed (normalised: :func:`.names.normalise`)."""
    if not create or ctx is None:
        return find_tag(db, path)
    parent: int | None = None
    for name in split_path(path):
        row = db.execute(
            "SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND key = ? "
            "AND deleted_at IS NULL ORDER BY id LIMIT 1",
            [parent or 0, key(name)],
        ).fetchone()
        if row is None:
            cursor = db.execute(
                "INSERT INTO tags (uuid, parent_id, name, key, created_at, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [new_uuid(), parent, name, key(name), ctx.at, ctx.editor],
            )
            row = (inserted_id(cursor),)
            if created is not None:
                created.append(row[0])
        parent = row[0]
    return parent


def stored_path(db: Database, tag_id: int) -> str:
    """The full path of tag ``tag_id`` as the tree holds it."""
    names = []
    at: int | None = tag_id
    while at is not None:
        row = db.execute(
            "SELECT name, parent_id FROM tags WHERE id = ?", [at]
        ).fetchone()
        if row is None:
            break
        names.append(row[0])
        at = row[1]
    return SEPARATOR.join(reversed(names))


_TABLES = {"article_id": "articles", "caption_id": "captions"}


def _live(db: Database, column: str, ids: list[int]) -> set[int]:
    table = _TABLES[column]
    return {
        i
        for (i,) in db.execute(
            f"SELECT id FROM {table} WHERE deleted_at IS NULL "
            "AND id IN (SELECT value FROM json_each(?))",
            [json.dumps(ids)],
        )
    }


def _tagged(db: Database, tag: int, column: str, ids: list[int]) -> set[int]:
    return {
        i
        for (i,) in db.execute(
            f"SELECT {column} FROM taggings WHERE tag_id = ? AND start IS NULL "
            f"AND {column} IN (SELECT value FROM json_each(?))",
            [tag, json.dumps(ids)],
        )
    }


class TagRecords(Command):
    """Tag whole articles and captions with ``path``, making the tag if needed.

    After it runs, ``path`` is the tag's path as stored, ``added`` the new
    taggings' ids and ``already`` how many of the records had the tag.
    """

    label = "Tag"

    def __init__(
        self,
        path: str,
        *,
        article_ids: Iterable[int] = (),
        caption_ids: Iterable[int] = (),
        origin: str = "hand",
    ) -> None:
        self.path = normalise(path)
        if origin not in ORIGINS:
            raise ValueError(f"origin is one of {ORIGINS}")
        self.origin = origin
        self.article_ids = list(dict.fromkeys(article_ids))
        self.caption_ids = list(dict.fromkeys(caption_ids))
        self.created_tags: list[int] = []
        self.added: list[int] = []
        self.already = 0

    def size(self) -> int:
        return len(self.article_ids) + len(self.caption_ids)

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        self.created_tags, self.added, self.already = [], [], 0
        for column, ids in (
            ("article_id", self.article_ids),
            ("caption_id", self.caption_ids),
        ):
            missing = set(ids) - _live(db, column, ids) if ids else set()
            if missing:
                kind = column.removesuffix("_id")
                raise RecordNotFound(f"no {kind} {min(missing)}")
        tag = tag_id_for(db, self.path, create=True, ctx=ctx, created=self.created_tags)
        assert tag is not None
        self.path = stored_path(db, tag)
        for column, ids in (
            ("article_id", self.article_ids),
            ("caption_id", self.caption_ids),
        ):
            if not ids:
                continue
            tagged = _tagged(db, tag, column, ids)
            self.already += len(tagged)
            first = db.execute("SELECT coalesce(max(id), 0) FROM taggings").fetchone()[
                0
            ]
            with ctx.bulk("taggings"):  # one statement: half the CPU of many
                db.execute(
                    f"INSERT INTO taggings (tag_id, {column}, origin, created_at, "
                    "created_by) SELECT ?, value, ?, ?, ? FROM json_each(?)",
                    [
                        tag,
                        self.origin,
                        ctx.at,
                        ctx.editor,
                        json.dumps([r for r in ids if r not in tagged]),
                    ],
                )
            self.added += [
                i
                for (i,) in db.execute(
                    "SELECT id FROM taggings WHERE id > ? ORDER BY id", [first]
                )
            ]
        return _changes(self.article_ids, self.caption_ids)

    def detail(self) -> str:
        records = len(self.article_ids) + len(self.caption_ids)
        return f"{self.path}: {records} records"


def _changes(article_ids: Iterable[int], caption_ids: Iterable[int]) -> Changes:
    return Changes(
        tagged=frozenset(article_ids),
        captions=frozenset(caption_ids),
        tags=True,
        membership=True,
    )


class UntagRecords(Command):
    """Take tag ``path`` off whole articles and captions; ``removed`` says how
    many had it. With ``origin``, only the taggings that came that way go (a
    cleanup of imported tags leaves those given by hand)."""

    label = "Remove tag"

    def __init__(
        self,
        path: str,
        *,
        article_ids: Iterable[int] = (),
        caption_ids: Iterable[int] = (),
        origin: str | None = None,
    ) -> None:
        self.path = normalise(path)
        self.article_ids = list(dict.fromkeys(article_ids))
        self.caption_ids = list(dict.fromkeys(caption_ids))
        self.origin = origin
        self.removed = 0

    def size(self) -> int:
        return len(self.article_ids) + len(self.caption_ids)

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        tag = find_tag(db, self.path)
        if tag is None:
            raise TagError(
                f"there is no tag {self.path}", reason="no_tag", name=self.path
            )
        self.path = stored_path(db, tag)
        self.removed = 0
        origin_sql = " AND origin = ?" if self.origin else ""
        for column, ids in (
            ("article_id", self.article_ids),
            ("caption_id", self.caption_ids),
        ):
            if not ids:
                continue
            cursor = db.execute(
                f"DELETE FROM taggings WHERE tag_id = ? AND start IS NULL "
                f"AND {column} IN (SELECT value FROM json_each(?)){origin_sql}",
                [tag, json.dumps(ids), *([self.origin] if self.origin else [])],
            )
            self.removed += cursor.rowcount
        return _changes(self.article_ids, self.caption_ids)

    def detail(self) -> str:
        records = len(self.article_ids) + len(self.caption_ids)
        return f"{self.path}: {records} records"
