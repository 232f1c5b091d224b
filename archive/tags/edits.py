"""Edits of the tag tree: rename (onto an existing tag: merge), merge, move,
recolour, describe, find and replace in names (the trash: :mod:`.trash`).
Each one undoable step; none leaves a tagging or a note on a tag that is
gone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import ArchiveError
from ..models import Changes
from .commands import find_tag, stored_path, tag_id_for
from .names import SEPARATOR, TagError, key, normalise, split_path

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def existing_tag(db: Database, path: str) -> int:
    """The id of the live tag ``path``; a TagError if there is none."""
    found = find_tag(db, path)
    if found is None:
        raise TagError(f"there is no tag {normalise(path)}", reason="no_tag", name=path)
    return found


def tags_below(db: Database, tag: int) -> list[int]:
    """The live tags below ``tag``, at any depth."""
    return [
        i
        for (i,) in db.execute(
            """WITH RECURSIVE below(id) AS (
                SELECT id FROM tags WHERE parent_id = ? AND deleted_at IS NULL
                UNION ALL SELECT t.id FROM tags t JOIN below b ON t.parent_id = b.id
                WHERE t.deleted_at IS NULL)
            SELECT id FROM below""",
            [tag],
        )
    ]


def tagged_articles(db: Database, tags: Iterable[int]) -> frozenset[int]:
    """The articles tagged with any of ``tags``."""
    ids = list(tags)
    if not ids:
        return frozenset()
    marks = ",".join("?" * len(ids))
    return frozenset(
        i
        for (i,) in db.execute(
            f"SELECT DISTINCT article_id FROM taggings WHERE tag_id IN ({marks}) "
            "AND article_id IS NOT NULL",
            ids,
        )
    )


def merge_into(db: Database, source: int, target: int) -> None:
    """Move every tagging, note and child of ``source`` onto ``target``, then
    drop ``source``; children of the same name merge in turn."""
    db.execute(
        """DELETE FROM taggings WHERE tag_id = ? AND start IS NULL AND EXISTS (
            SELECT 1 FROM taggings o WHERE o.tag_id = ? AND o.start IS NULL
            AND coalesce(o.article_id, 0) = coalesce(taggings.article_id, 0)
            AND coalesce(o.caption_id, 0) = coalesce(taggings.caption_id, 0))""",
        [source, target],
    )
    db.execute("UPDATE taggings SET tag_id = ? WHERE tag_id = ?", [target, source])
    db.execute("UPDATE notes SET tag_id = ? WHERE tag_id = ?", [target, source])
    children = db.execute(
        "SELECT id, key FROM tags WHERE parent_id = ? AND deleted_at IS NULL",
        [source],
    ).fetchall()
    for child, child_key in children:
        twin = db.execute(
            "SELECT id FROM tags WHERE parent_id = ? AND key = ? "
            "AND deleted_at IS NULL",
            [target, child_key],
        ).fetchone()
        if twin is None:
            db.execute("UPDATE tags SET parent_id = ? WHERE id = ?", [target, child])
        else:
            merge_into(db, child, twin[0])
    # children in the trash follow too, so that restoring them finds a parent
    db.execute(
        "UPDATE tags SET parent_id = ? WHERE parent_id = ? AND deleted_at IS NOT NULL",
        [target, source],
    )
    db.execute("DELETE FROM tags WHERE id = ?", [source])


def reach_of(db: Database, paths: Iterable[str]) -> int:
    """How many records the tags ``paths`` (and those below them) carry, 0
    for a name that is no tag (the edit will say so): an edit's size."""
    total = 0
    for path in paths:
        try:
            total += counts_of(db, path)[0]
        except ArchiveError:
            continue
    return total


def counts_of(db: Database, path: str) -> tuple[int, int]:
    """How many articles (and captions) carry tag ``path`` or one below it,
    and how many tags that is: what a confirmation names."""
    tag = existing_tag(db, path)
    tags = [tag, *tags_below(db, tag)]
    marks = ",".join("?" * len(tags))
    records = db.execute(
        f"""SELECT count(DISTINCT coalesce(article_id, -caption_id)) FROM taggings
        WHERE tag_id IN ({marks})""",
        tags,
    ).fetchone()[0]
    return records, len(tags)


class RenameTag(Command):
    """Give tag ``path`` the path ``new`` (another name, another place, or
    both); onto an existing tag, the two merge (``merged`` says so)."""

    label = "Rename tag"

    def __init__(self, path: str, new: str, *, merging: bool = False) -> None:
        self.old = normalise(path)
        self.new = normalise(new)
        self.merged = False
        self.backs_up = merging  # known to merge: the archive is backed up first

    def size_in(self, db: Database) -> int:
        return reach_of(db, [self.old])

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        source = existing_tag(db, self.old)
        self.old = stored_path(db, source)
        touched = tagged_articles(db, [source, *tags_below(db, source)])
        target = find_tag(db, self.new)
        if target == source:
            # only the width or case of its name changes (or nothing at all)
            name = split_path(self.new)[-1]
            db.execute(
                "UPDATE tags SET name = ?, key = ? WHERE id = ?",
                [name, key(name), source],
            )
            return Changes(tagged=touched, tags=True, membership=True)
        if target is not None and target in tags_below(db, source):
            raise TagError(
                "a tag cannot be merged into a tag below it",
                reason="onto_itself",
                name=self.old,
            )
        if target is not None:
            merge_into(db, source, target)
            self.merged = True
            self.new = stored_path(db, target)
            return Changes(tagged=touched, tags=True, membership=True)
        names = split_path(self.new)
        parent = None
        if len(names) > 1:
            parent_path = SEPARATOR.join(names[:-1])
            found = find_tag(db, parent_path)
            if found is not None and (
                found == source or found in tags_below(db, source)
            ):
                raise TagError(
                    "a tag cannot go below itself or a tag below it",
                    reason="onto_itself",
                    name=self.old,
                )
            parent = tag_id_for(db, parent_path, create=True, ctx=ctx)
        db.execute(
            "UPDATE tags SET parent_id = ?, name = ?, key = ? WHERE id = ?",
            [parent, names[-1], key(names[-1]), source],
        )
        self.new = stored_path(db, source)
        return Changes(tagged=touched, tags=True, membership=True)

    def detail(self) -> str:
        return f"{self.old} → {self.new}"


class MoveTag(RenameTag):
    """Put tag ``path`` below ``under`` (None: at the top), keeping its name;
    a tag of that name there already: the two merge."""

    label = "Move tag"

    def __init__(self, path: str, under: str | None, *, merging: bool = False) -> None:
        name = split_path(path)[-1]
        target = f"{normalise(under)}/{name}" if under else name
        super().__init__(path, target, merging=merging)


class MergeTags(Command):
    """Merge the tags ``paths`` into ``into`` (made if it does not exist)."""

    label = "Merge tags"
    backs_up = True

    def __init__(self, paths: Iterable[str], into: str) -> None:
        self.paths = [normalise(p) for p in paths]
        self.into = normalise(into)
        if not self.paths:
            raise TagError("name the tags to merge", reason="empty")

    def size_in(self, db: Database) -> int:
        return reach_of(db, self.paths)

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        target = find_tag(db, self.into)
        sources = [existing_tag(db, p) for p in self.paths]
        touched = tagged_articles(
            db, [t for s in sources for t in (s, *tags_below(db, s))]
        )
        if target is None:
            target = tag_id_for(db, self.into, create=True, ctx=ctx)
        assert target is not None
        for source in dict.fromkeys(sources):
            if source == target:
                continue
            if target in tags_below(db, source):
                raise TagError(
                    "a tag cannot be merged into a tag below it",
                    reason="onto_itself",
                    name=stored_path(db, source),
                )
            merge_into(db, source, target)
        self.into = stored_path(db, target)
        return Changes(tagged=touched, tags=True, membership=True)

    def detail(self) -> str:
        return f"{', '.join(self.paths)} → {self.into}"


class SetTagColor(Command):
    """Give tag ``path`` a colour (``#rrggbb``), or none."""

    label = "Tag colour"

    def __init__(self, path: str, color: str | None) -> None:
        if color is not None and not _COLOR.match(color.strip()):
            raise TagError(
                f"a colour is written #rrggbb, not {color!r}",
                reason="color",
                name=color,
            )
        self.path = normalise(path)
        self.color = color.strip().lower() if color else None

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        tag = existing_tag(db, self.path)
        db.execute("UPDATE tags SET color = ? WHERE id = ?", [self.color, tag])
        return Changes(tags=True)

    def detail(self) -> str:
        return f"{self.path}: {self.color}"


class DescribeTag(Command):
    """Give tag ``path`` a description (empty: none)."""

    label = "Describe tag"

    def __init__(self, path: str, description: str) -> None:
        self.path = normalise(path)
        self.description = description.strip() or None

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        tag = existing_tag(db, self.path)
        db.execute(
            "UPDATE tags SET description = ? WHERE id = ?", [self.description, tag]
        )
        return Changes(tags=True)

    def detail(self) -> str:
        return self.path


class ReplaceInTagNames(Command):
    """Replace ``find`` by ``replace`` in every tag's name; a name that then
    equals a sibling's merges with it. ``renamed``: (old, new) paths."""

    label = "Replace in tag names"

    def __init__(self, find: str, replace: str) -> None:
        if not find:
            raise TagError("say what to find", reason="empty")
        self.find = find
        self.replace = replace
        self.renamed: list[tuple[str, str]] = []

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        self.renamed = []
        touched: set[int] = set()
        rows = db.execute(
            "SELECT id, name FROM tags WHERE deleted_at IS NULL AND instr(name, ?)",
            [self.find],
        ).fetchall()
        for tag, name in rows:
            if not db.execute(
                "SELECT 1 FROM tags WHERE id = ? AND deleted_at IS NULL", [tag]
            ).fetchone():
                continue  # merged away already
            new_name = name.replace(self.find, self.replace)
            (new_name,) = split_path(new_name.replace(SEPARATOR, " "))
            old = stored_path(db, tag)
            parent = old.rpartition(SEPARATOR)[0]
            touched |= tagged_articles(db, [tag, *tags_below(db, tag)])
            rename = RenameTag(old, f"{parent}/{new_name}" if parent else new_name)
            rename.do(db, ctx)
            self.renamed.append((old, rename.new))
        return Changes(tagged=frozenset(touched), tags=True, membership=True)

    def detail(self) -> str:
        return f"{self.find} → {self.replace}: {len(self.renamed)} tags"
