"""The tag tree as the sidebar, the manager and the CLI read it."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from .paths import paths_of


@dataclass(frozen=True)
class TagInfo:
    """One live tag; ``count``: articles tagged with it, ``total``: with it or
    a tag below it (under a query: within its results)."""

    id: int
    uuid: str
    path: str
    name: str
    parent_id: int | None
    color: str | None
    description: str | None
    count: int = 0
    total: int = 0

    @property
    def depth(self) -> int:
        return self.path.count("/")

    @property
    def parent_path(self) -> str:
        return self.path.rpartition("/")[0]

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "path": self.path,
            "name": self.name,
            "color": self.color,
            "description": self.description,
            "count": self.count,
            "total": self.total,
        }


def tags(db: Database) -> list[TagInfo]:
    """Every live tag, parents before children, siblings by name (a tag
    below a deleted one is not in the tree)."""
    rows = db.execute(
        "SELECT id, uuid, parent_id, name, color, description FROM tags "
        "WHERE deleted_at IS NULL"
    ).fetchall()
    by_id = {row[0]: row for row in rows}
    names: dict[int, tuple[str, ...] | None] = {}

    def names_of(tag_id: int) -> tuple[str, ...] | None:
        chain = []
        at: int | None = tag_id
        while at is not None and at not in names:
            row = by_id.get(at)
            if row is None:  # below a deleted tag
                names[at] = None
                break
            chain.append(at)
            at = row[2]
        above = names.get(at) if at is not None else ()
        for i in reversed(chain):
            above = None if above is None else (*above, by_id[i][3])
            names[i] = above
        return names[tag_id]

    found = []
    for tag_id, uuid, parent, name, color, description in rows:
        path = names_of(tag_id)
        if path is not None:
            found.append(
                (
                    path,
                    TagInfo(
                        tag_id, uuid, "/".join(path), name, parent, color, description
                    ),
                )
            )
    found.sort(key=lambda pair: pair[0])
    return [tag for _, tag in found]


_CACHE: dict[Path, tuple[tuple, list[TagInfo]]] = {}
_LOCK = threading.Lock()


def cached(db: Database, path: Path | None) -> list[TagInfo]:
    """:func:`tags`, read again only when the archive at ``path`` has had an
    edit since (every change of the tree is one); shared by the process's
    connections to it."""
    if path is None:
        return tags(db)
    version = (
        os.stat(path).st_ino,
        *db.execute(
            "SELECT (SELECT max(id) FROM edits), (SELECT max(id) FROM tags)"
        ).fetchone(),
    )
    key = path.resolve()
    with _LOCK:
        found = _CACHE.get(key)
    if found is not None and found[0] == version:
        return found[1]
    fresh = tags(db)
    with _LOCK:
        _CACHE[key] = (version, fresh)
    return fresh


def with_counts(
    found: list[TagInfo], own: dict[int, int], total: dict[int, int]
) -> list[TagInfo]:
    """``found`` with each tag's counts from ``own`` and ``total`` (by id)."""
    return [
        TagInfo(
            t.id,
            t.uuid,
            t.path,
            t.name,
            t.parent_id,
            t.color,
            t.description,
            own.get(t.id, 0),
            total.get(t.id, 0),
        )
        for t in found
    ]


def unused(db: Database) -> list[int]:
    """Live tags with no tagging, none below them with one, and no note."""
    rows = db.execute(
        """SELECT t.id, t.parent_id,
            EXISTS (SELECT 1 FROM taggings g WHERE g.tag_id = t.id),
            EXISTS (SELECT 1 FROM notes n WHERE n.tag_id = t.id
                    AND n.deleted_at IS NULL)
        FROM tags t WHERE t.deleted_at IS NULL"""
    ).fetchall()
    parents = {i: p for i, p, _, _ in rows}
    used = set()
    for i, _, tagged, noted in rows:
        if tagged or noted:
            at: int | None = i
            while at is not None and at not in used:
                used.add(at)
                at = parents.get(at)
    return sorted(i for i in parents if i not in used)


def deleted(db: Database) -> list[TagInfo]:
    """The tags in the trash whose parent is not (each stands for those
    deleted with it), newest first, with their taggings as ``count``."""
    rows = db.execute(
        """SELECT t.id, t.uuid, t.name, t.parent_id, t.color, t.description,
            (SELECT count(*) FROM taggings g WHERE g.tag_id = t.id)
        FROM tags t LEFT JOIN tags p ON p.id = t.parent_id
        WHERE t.deleted_at IS NOT NULL
            AND (p.id IS NULL OR p.deleted_at IS NULL OR p.deleted_at <> t.deleted_at)
        ORDER BY t.deleted_at DESC, t.id"""
    ).fetchall()
    found = []
    for tag, uuid, name, parent, color, description, count in rows:
        names = [name]
        at = parent
        while at is not None:
            above = db.execute(
                "SELECT name, parent_id FROM tags WHERE id = ?", [at]
            ).fetchone()
            names.append(above[0])
            at = above[1]
        path = "/".join(reversed(names))
        found.append(TagInfo(tag, uuid, path, name, parent, color, description, count))
    return found


def whole_tags(db: Database, column: str, record_id: int) -> list[str]:
    """The full paths of the live tags on a whole article or caption (not
    those only on a passage of it), in order (walked up from its tags: every
    tag's path, read for each article the reader showed, took 5,000 tags'
    rows on the GUI thread)."""
    ids = [
        i
        for (i,) in db.execute(
            f"SELECT DISTINCT tag_id FROM taggings WHERE {column} = ? "
            "AND start IS NULL",
            [record_id],
        )
    ]
    return sorted(paths_of(db, ids).values())
