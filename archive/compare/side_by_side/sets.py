"""Comparison sets: the places compared side by side, in their order, and the
filter their columns share, kept in the archive under a name so a desk finds
its comparisons again (and can note on them)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from ...commands import Command, WriteContext
from ...errors import InvalidInput, RecordNotFound
from ...models import Changes
from ..places import resolve_places


@dataclass(frozen=True)
class CompareSet:
    name: str
    places: tuple[str, ...]  # place keys, in column order
    query: str = ""
    mentions: bool = False
    updated_at: str = ""
    updated_by: str | None = None


def compare_sets(db: Database) -> list[CompareSet]:
    """Every comparison set, by name."""
    return [
        _set(row)
        for row in db.execute(
            "SELECT name, places, query, mentions, updated_at, updated_by "
            "FROM compare_sets ORDER BY name"
        )
    ]


def compare_set(db: Database, name: str) -> CompareSet:
    row = db.execute(
        "SELECT name, places, query, mentions, updated_at, updated_by "
        "FROM compare_sets WHERE name = ?",
        [name.strip()],
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"no comparison set {name}")
    return _set(row)


def _set(row: tuple) -> CompareSet:
    name, places, query, mentions, updated_at, updated_by = row
    return CompareSet(
        name, tuple(json.loads(places)), query, bool(mentions), updated_at, updated_by
    )


class SaveCompareSet(Command):
    """Keep ``places`` and ``query`` as the comparison set ``name`` (replacing
    what the set held, its notes kept)."""

    label = "Save comparison"

    def __init__(
        self,
        name: str,
        places: Sequence[str],
        *,
        query: str = "",
        mentions: bool = False,
    ) -> None:
        if not name.strip():
            raise InvalidInput("a comparison set needs a name")
        if not places:
            raise InvalidInput("a comparison set needs at least one place")
        self.name = name.strip()
        self.places = [p.key for p in resolve_places(places)]
        self.query, self.mentions = query.strip(), mentions

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        places = json.dumps(self.places, ensure_ascii=False)
        updated = db.execute(
            "UPDATE compare_sets SET places = ?, query = ?, mentions = ?, "
            "updated_at = ?, updated_by = ? WHERE name = ?",
            [places, self.query, int(self.mentions), ctx.at, ctx.editor, self.name],
        )
        if updated.rowcount == 0:
            db.execute(
                "INSERT INTO compare_sets (name, places, query, mentions, "
                "created_at, created_by, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [self.name, places, self.query, int(self.mentions)]
                + [ctx.at, ctx.editor] * 2,
            )
        return Changes(comparisons=True)

    def detail(self) -> str:
        return f"{self.name}: {'、'.join(self.places)}"


class RenameCompareSet(Command):
    """Call the set ``old`` ``new``; its notes follow it."""

    label = "Rename comparison"

    def __init__(self, old: str, new: str) -> None:
        if not new.strip():
            raise InvalidInput("a comparison set needs a name")
        self.old, self.new = old.strip(), new.strip()

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        if self.old == self.new:
            return Changes()
        taken = "SELECT 1 FROM compare_sets WHERE name = ?"
        if db.execute(taken, [self.new]).fetchone():
            raise InvalidInput(f"there is a comparison set {self.new} already")
        renamed = db.execute(
            "UPDATE compare_sets SET name = ?, updated_at = ?, updated_by = ? "
            "WHERE name = ?",
            [self.new, ctx.at, ctx.editor, self.old],
        )
        if renamed.rowcount == 0:
            raise RecordNotFound(f"no comparison set {self.old}")
        notes = [
            i
            for (i,) in db.execute(
                "SELECT id FROM notes WHERE target = 'set' AND subject = ?", [self.old]
            )
        ]
        db.execute(
            "UPDATE notes SET subject = ? WHERE target = 'set' AND subject = ?",
            [self.new, self.old],
        )
        return Changes(comparisons=True, notes=bool(notes), note_ids=frozenset(notes))

    def detail(self) -> str:
        return f"{self.old} → {self.new}"


class DeleteCompareSet(Command):
    """Forget the set ``name``; notes on it go to the trash with it (undo
    brings both back)."""

    label = "Delete comparison"

    def __init__(self, name: str) -> None:
        self.name = name.strip()

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        deleted = db.execute("DELETE FROM compare_sets WHERE name = ?", [self.name])
        if deleted.rowcount == 0:
            raise RecordNotFound(f"no comparison set {self.name}")
        notes = [
            i
            for (i,) in db.execute(
                "SELECT id FROM notes WHERE target = 'set' AND subject = ? "
                "AND deleted_at IS NULL",
                [self.name],
            )
        ]
        db.execute(
            "UPDATE notes SET deleted_at = ?, deleted_by = ?, deleted_reason = ? "
            f"WHERE id IN ({','.join('?' * len(notes))})",
            [ctx.at, ctx.editor, "comparison deleted", *notes],
        )
        return Changes(comparisons=True, notes=bool(notes), note_ids=frozenset(notes))

    def detail(self) -> str:
        return self.name
