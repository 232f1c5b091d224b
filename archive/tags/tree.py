"""The tag tree as the sidebar, the manager and the CLI read it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from .paths import TAG_PATHS


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
    """Every live tag, parents before children, siblings by name."""
    rows = db.execute(
        f"""SELECT t.id, t.uuid, tp.path, t.name, t.parent_id, t.color, t.description
        FROM ({TAG_PATHS}) tp JOIN tags t ON t.id = tp.id"""
    ).fetchall()
    found = [TagInfo(*row) for row in rows]
    found.sort(key=lambda t: t.path.split("/"))
    return found


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
    those only on a passage of it), in order."""
    paths = dict(db.execute(TAG_PATHS).fetchall())
    ids = {
        i
        for (i,) in db.execute(
            f"SELECT tag_id FROM taggings WHERE {column} = ? AND start IS NULL",
            [record_id],
        )
    }
    return sorted(paths[i] for i in ids if i in paths)
