"""Edits as undoable commands.

Every write to curated records is a :class:`Command`: ``do`` and ``undo`` each
run inside one transaction opened by :class:`archive.Archive`, keep whatever
before-state they need on the command object, and return the
:class:`~archive.models.Changes` they made.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from sqlite_utils import Database

from .models import Changes, Doc


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


class CompoundCommand(Command):
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
