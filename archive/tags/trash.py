"""The tag tree's trash: delete a tag (and those below it) to the trash with
its taggings, restore it, and clear the tags nothing uses. Each one undoable
step."""

from __future__ import annotations

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..models import Changes
from .commands import stored_path
from .edits import existing_tag, reach_of, tagged_articles, tags_below
from .names import TagError, normalise
from .tree import unused


class DeleteTag(Command):
    """Move tag ``path`` and the tags below it to the trash, their taggings
    kept with them (restorable by :class:`RestoreTag`)."""

    label = "Delete tag"
    backs_up = True

    def __init__(self, path: str) -> None:
        self.path = normalise(path)
        self.tag_id: int | None = None

    def size_in(self, db: Database) -> int:
        return reach_of(db, [self.path])

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        tag = existing_tag(db, self.path)
        self.path = stored_path(db, tag)
        self.tag_id = tag
        tags = [tag, *tags_below(db, tag)]
        touched = tagged_articles(db, tags)
        marks = ",".join("?" * len(tags))
        db.execute(
            f"UPDATE tags SET deleted_at = ?, deleted_by = ? WHERE id IN ({marks})",
            [ctx.at, ctx.editor, *tags],
        )
        return Changes(tagged=touched, tags=True, membership=True)

    def detail(self) -> str:
        return self.path


class RestoreTag(Command):
    """Bring tag ``tag_id`` (and what was deleted with it) back from the
    trash, with its taggings; refused while a live tag has its place."""

    label = "Restore tag"

    def __init__(self, tag_id: int) -> None:
        self.tag_id = tag_id
        self.path = ""

    def size_in(self, db: Database) -> int:
        return db.execute(
            "SELECT count(DISTINCT coalesce(article_id, -caption_id)) FROM taggings "
            "WHERE tag_id = ?",
            [self.tag_id],
        ).fetchone()[0]

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        row = db.execute(
            "SELECT parent_id, key, deleted_at FROM tags WHERE id = ?", [self.tag_id]
        ).fetchone()
        if row is None or row[2] is None:
            raise TagError("that tag is not in the trash", reason="not_deleted")
        parent, tag_key, deleted_at = row
        if (
            parent is not None
            and db.execute(
                "SELECT deleted_at FROM tags WHERE id = ?", [parent]
            ).fetchone()[0]
        ):
            raise TagError("restore the tag above it first", reason="parent_deleted")
        if db.execute(
            "SELECT 1 FROM tags WHERE coalesce(parent_id, 0) = ? AND key = ? "
            "AND deleted_at IS NULL",
            [parent or 0, tag_key],
        ).fetchone():
            raise TagError(
                "a tag of that name has taken its place; rename one of them first",
                reason="taken",
                name=stored_path(db, self.tag_id),
            )
        ids = [
            i
            for (i,) in db.execute(
                """WITH RECURSIVE below(id) AS (SELECT ?
                    UNION ALL SELECT t.id FROM tags t JOIN below b
                    ON t.parent_id = b.id WHERE t.deleted_at = ?)
                SELECT id FROM below""",
                [self.tag_id, deleted_at],
            )
        ]
        marks = ",".join("?" * len(ids))
        db.execute(
            f"UPDATE tags SET deleted_at = NULL, deleted_by = NULL "
            f"WHERE id IN ({marks})",
            ids,
        )
        self.path = stored_path(db, self.tag_id)
        return Changes(tagged=tagged_articles(db, ids), tags=True, membership=True)

    def detail(self) -> str:
        return self.path or f"tag {self.tag_id}"


class ClearUnusedTags(Command):
    """Drop every tag nothing is tagged with (nor below it) and no note is
    about; ``cleared`` their paths."""

    label = "Clear unused tags"

    def __init__(self) -> None:
        self.cleared: list[str] = []

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        ids = unused(db)
        self.cleared = [stored_path(db, i) for i in ids]
        # deepest first: a parent goes after its children
        for i in sorted(ids, key=lambda i: -stored_path(db, i).count("/")):
            db.execute("DELETE FROM tags WHERE id = ?", [i])
        return Changes(tags=True)

    def detail(self) -> str:
        return f"{len(self.cleared)} tags"
