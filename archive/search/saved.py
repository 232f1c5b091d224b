"""Saved searches: a name for a query, usable in the search box as saved:名字."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import InvalidInput, RecordNotFound
from ..models import Changes
from .index import folds_traditional, to_simplified

_SAVED = re.compile(r"(?:saved|保存)[:：](\"[^\"]+\"|\S+)")
MAX_DEPTH = 4


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str


def saved_searches(db: Database) -> list[SavedSearch]:
    return [
        SavedSearch(*row)
        for row in db.execute(
            "SELECT id, name, query FROM saved_searches ORDER BY name"
        )
    ]


def prepare(db: Database, text: str, notes: list[str] | None = None) -> str:
    """What a query means in this archive: saved searches expanded, and
    traditional characters folded where the archive folds them."""
    expanded = expand(db, text, notes)
    return (to_simplified(expanded) or "") if folds_traditional(db) else expanded


def expand(
    db: Database, text: str, notes: list[str] | None = None, *, depth: int = 0
) -> str:
    """``text`` with every saved:名字 replaced by that search's query, in brackets.

    A name that is not saved becomes a search that finds nothing, and a note.
    """

    def replace(match: re.Match) -> str:
        name = match.group(1).strip('"')
        row = db.execute(
            "SELECT query FROM saved_searches WHERE name = ?", [name]
        ).fetchone()
        if row is None:
            if notes is not None:
                notes.append(f"there is no saved search '{name}'")
            return "kind:none"
        if depth >= MAX_DEPTH:
            return ""
        return "(" + expand(db, row[0], notes, depth=depth + 1) + ")"

    return _SAVED.sub(replace, text)


class SaveSearch(Command):
    """Save ``query`` under ``name`` (replacing a search of that name)."""

    label = "Save search"

    def __init__(self, name: str, query: str) -> None:
        if not name.strip() or not query.strip():
            raise InvalidInput("a saved search needs a name and a query")
        self.name, self.query = name.strip(), query.strip()

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        db.execute("DELETE FROM saved_searches WHERE name = ?", [self.name])
        db.execute(
            "INSERT INTO saved_searches (name, query, created_at, created_by) "
            "VALUES (?, ?, ?, ?)",
            [self.name, self.query, ctx.at, ctx.editor],
        )
        return Changes(membership=True)

    def detail(self) -> str:
        return f"{self.name}: {self.query}"


class DeleteSearch(Command):
    """Forget the saved search ``name``."""

    label = "Delete saved search"

    def __init__(self, name: str) -> None:
        self.name = name

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        deleted = db.execute("DELETE FROM saved_searches WHERE name = ?", [self.name])
        if deleted.rowcount == 0:
            raise RecordNotFound(f"no saved search {self.name}")
        return Changes(membership=True)

    def detail(self) -> str:
        return self.name
