"""Edits as commands.

Every write to curated records is a :class:`Command`: ``do`` runs inside one
transaction of the write path (:mod:`archive.journal`), which captures every
row it changes, so that undo and redo need nothing from the command itself,
and returns the :class:`~archive.models.Changes` it made.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from sqlite_utils import Database

from .models import Changes, Doc


def _one_by_one(table: str) -> AbstractContextManager[None]:
    return nullcontext()


@dataclass(frozen=True)
class WriteContext:
    """Who writes and when; stamped on every changed row.

    ``bulk(table)`` is a context for inserting many rows into ``table`` and
    nothing else: the write path captures them for undo in one statement
    after the block instead of row by row (ten thousand taggings: 0.25 s of
    CPU instead of 0.6).
    """

    editor: str | None
    at: str
    bulk: Callable[[str], AbstractContextManager[None]] = field(
        default=_one_by_one, compare=False
    )


class Command(ABC):
    """One edit, undone as a whole. ``label`` names it in English for the
    history and the CLI (the window translates it)."""

    label = "Edit"
    # Seconds within which this command, repeated on the same thing (the same
    # detail()) by the same editor, joins the previous edit's undo step: a
    # note saved every few seconds while typing is undone as one edit.
    merge_within = 0
    # Whether the archive is backed up before this edit whatever the last
    # backup's age (a tag merged or deleted: many records changed at once)
    backs_up = False

    @abstractmethod
    def do(self, db: Database, ctx: WriteContext) -> Changes: ...

    def detail(self) -> str:
        """A short description for the edit history."""
        return ""

    def documents(self, db: Database) -> set[Doc]:
        """Indexed records this command may change, asked before and after it
        runs (their old text leaves the index before they change)."""
        return set()

    def size(self) -> int:
        """How many records the edit changes at most (asked before it runs:
        a bulk edit is preceded by a backup when the last one is old)."""
        return 0

    def size_in(self, db: Database) -> int:
        """:meth:`size`, for an edit that must read the archive to know it
        (a tag's merge or deletion reaches the records tagged with it): asked
        before it runs, to make a large one off the GUI thread."""
        return self.size()


class CompoundCommand(Command):
    """Several commands done as one step, under one label."""

    def __init__(self, label: str, commands: list[Command]) -> None:
        if not commands:
            raise ValueError("a compound command needs at least one command")
        self.label = label
        self.commands = commands

    def do(self, db: Database, ctx: WriteContext) -> Changes:
        changes = Changes()
        for command in self.commands:
            changes = changes | command.do(db, ctx)
        return changes

    def detail(self) -> str:
        return "; ".join(f"{c.label}: {c.detail()}" for c in self.commands)

    def documents(self, db: Database) -> set[Doc]:
        return set().union(*(c.documents(db) for c in self.commands))

    def size(self) -> int:
        return sum(c.size() for c in self.commands)

    def size_in(self, db: Database) -> int:
        return sum(c.size_in(db) for c in self.commands)

    @property
    def backs_up(self) -> bool:  # type: ignore[override]
        return any(c.backs_up for c in self.commands)
