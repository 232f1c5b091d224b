"""The one path for every change, and the archive's edit history.

Every write — a command, an import batch, an index rebuild, a setting, an
undo — is a :class:`Write`: one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``)
that keeps the search index and the facet arrays in step, leaves a row in
``edits`` saying who, when, what and which records it changed (its
:class:`~archive.models.Changes`, as JSON), and returns those changes.

An edit made by a command is *captured*: temporary triggers on this
connection copy every row it inserts, updates or deletes, before and after,
into ``edit_rows``. Undo puts the before-images back, redo the after-images,
from any process and after any restart (Anki keeps its undo in memory; a
desk's history outlives the window). A row changed since by anything else (an
import, another edit) stops the undo with a message instead of overwriting
that change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from ..commands import Command, WriteContext
from ..errors import NothingToUndo
from ..models import Changes, Doc
from ..records.reading import articles_of_captions
from ..search import facet_cache
from ..search.index import Index
from ..store.database import inserted_id
from ..text import now
from .capture import (
    UndoConflict,
    apply,
    bulk_insert,
    captured_rows,
    documents_of,
    documents_of_rows,
    install_triggers,
    refuse_conflicts,
)
from .history import HistoryEntry, editors, entries


@dataclass(frozen=True)
class UndoState:
    """What Undo and Redo would do now: the edits' labels, or None."""

    undo: str | None = None
    redo: str | None = None


class Write:
    """One transaction of the one write path; see the module's docstring.

    Used as a context manager; ``changed`` collects the :class:`Changes`,
    ``documents_before`` takes records' old text out of the index before they
    change (the index is contentless: it needs the old text to remove it).
    """

    def __init__(
        self,
        journal: Journal,
        action: str,
        *,
        kind: str = "edit",
        undoable: bool = False,
        detail: str = "",
        merge_within: int = 0,
    ) -> None:
        self.journal, self.db = journal, journal.db
        self.merge_within = merge_within
        self.index: Index | None = None  # read as the transaction begins
        self.action, self.kind, self.undoable, self.detail = (
            action,
            kind,
            undoable,
            detail,
        )
        self.changes = Changes()
        self.removed: set[Doc] = set()
        self.added: set[Doc] = set()
        self.fresh: list[Doc] = []
        self.edit_id = 0

    def __enter__(self) -> Write:
        db = self.db
        db.execute("BEGIN IMMEDIATE")  # see store.database.ArchiveDatabase
        try:
            self.index = Index(db)  # as the archive folds text now
            self.version = facet_cache.version(db, self.journal.path)
            self.edit_id = inserted_id(
                db.execute(
                    "INSERT INTO edits (at, editor, action, detail, kind, undoable) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        now(),
                        self.journal.editor or None,
                        self.action,
                        self.detail,
                        self.kind,
                        int(self.undoable),
                    ],
                )
            )
            if self.merge_within:
                self._merge_with_last()
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return self

    def _merge_with_last(self) -> None:
        """Make this write and the archive's previous edit one undo step when
        that edit was the same command on the same thing by the same editor,
        moments ago: its captured rows and changes move to this edit's row, a
        new one (so that other processes see an edit after it)."""
        row = self.db.execute(
            "SELECT id, action, detail, editor, at, changes FROM edits "
            "WHERE id < ? AND undoable = 1 AND state = 'done' ORDER BY id DESC "
            "LIMIT 1",
            [self.edit_id],
        ).fetchone()
        newest = self.db.execute(
            "SELECT max(id) FROM edits WHERE id < ?", [self.edit_id]
        ).fetchone()[0]
        if row is None or row[0] != newest:
            return  # something else was written in between
        earlier, action, detail, editor, at, changes = row
        if (action, detail, editor) != (
            self.action,
            self.detail,
            self.journal.editor or None,
        ) or _seconds_between(at, now()) > self.merge_within:
            return
        self.db.execute(
            "UPDATE edit_rows SET edit_id = ? WHERE edit_id = ?",
            [self.edit_id, earlier],
        )
        self.db.execute("DELETE FROM edits WHERE id = ?", [earlier])
        self.changes = Changes.from_json(changes)

    def documents_before(self, docs: Iterable[Doc]) -> None:
        """Take ``docs`` out of the index, with their text as it still is."""
        docs = set(docs) - self.removed
        assert self.index is not None, "documents_before() outside the write"
        self.index.remove(docs)
        self.removed |= docs

    def documents_after(self, docs: Iterable[Doc]) -> None:
        """Index ``docs`` as they are once the write is done."""
        self.added |= set(docs)

    def documents_new(self, docs: Iterable[Doc]) -> None:
        """Index ``docs``, records this write made (none can be indexed yet,
        so nobody asks: an import adds tens of thousands)."""
        self.fresh.extend(docs)

    def changed(self, changes: Changes) -> None:
        self.changes = self.changes | changes

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        db = self.db
        if error is not None:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            return
        try:
            self._finish()
            after = facet_cache.version(db, self.journal.path)
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        articles = set(self.changes.articles) | articles_of_captions(
            db, self.changes.captions
        )
        facet_cache.written(
            db,
            self.journal.path,
            self.version,
            after,
            articles,
            tagged=self.changes.tagged,
        )
        self.journal.own_edits.add(self.edit_id)

    def _finish(self) -> None:
        for finisher in self.journal.finishers:  # kept in step with the records
            self.changes = self.changes | finisher(self)
        touched = self.removed | self.added | documents_of(self.changes)
        index = Index(self.db)  # read again: the write may change folding
        index.add(self.fresh, new=True)
        index.add(touched - set(self.fresh))
        if self.undoable:  # a new edit: what was undone can no longer be redone
            self.db.execute("UPDATE edits SET state = 'dropped' WHERE state = 'undone'")
        self.db.execute(
            "UPDATE edits SET changes = ?, records = ? WHERE id = ?",
            [self.changes.to_json(), self.changes.records, self.edit_id],
        )


class Journal:
    """The write path and history of one connection to an archive."""

    def __init__(self, db: Database, path: Path | None, editor: str | None) -> None:
        self.db, self.path, self.editor = db, path, editor
        self.own_edits: set[int] = set()  # edits this connection made
        # what a write runs before it commits, to keep derived rows in step
        # with the records it changed (the figures read from an edited text)
        self.finishers: list[Callable[[Write], Changes]] = []
        self._captures = False

    def write(
        self,
        action: str,
        *,
        kind: str = "edit",
        undoable: bool = False,
        detail: str = "",
    ) -> Write:
        """A :class:`Write` to use in a ``with`` block."""
        return Write(self, action, kind=kind, undoable=undoable, detail=detail)

    def execute(self, command: Command) -> Changes:
        """Run ``command`` in one transaction, captured for undo."""
        self._install_capture()
        with Write(
            self,
            command.label,
            undoable=True,
            detail=_detail(command),
            merge_within=command.merge_within,
        ) as write:
            write.documents_before(command.documents(self.db))
            with self._capturing(write.edit_id):
                ctx = WriteContext(
                    editor=self.editor or None,
                    at=now(),
                    bulk=lambda table: bulk_insert(self.db, table),
                )
                write.changed(command.do(self.db, ctx))
            write.documents_after(command.documents(self.db))
        return write.changes

    # Undo and redo

    def undo(self) -> Changes:
        """Take back the newest edit still done (made by any process)."""
        return self._replay(undo=True)

    def redo(self) -> Changes:
        """Do again the edit undone last, unless a new edit came since."""
        return self._replay(undo=False)

    def undo_state(self) -> UndoState:
        return UndoState(
            undo=_label(self.db, _UNDO_TARGET), redo=_label(self.db, _REDO_TARGET)
        )

    def step_size(self, *, undo: bool) -> int:
        """How many records the edit Undo (or Redo) would replay changed."""
        row = self.db.execute(
            f"SELECT records FROM edits {_UNDO_TARGET if undo else _REDO_TARGET} "
            "LIMIT 1"
        ).fetchone()
        return int(row[0] or 0) if row else 0

    def edit_size(self, edit_id: int) -> int:
        """How many records edit ``edit_id`` changed (0: no such edit)."""
        row = self.db.execute(
            "SELECT records FROM edits WHERE id = ?", [edit_id]
        ).fetchone()
        return int(row[0] or 0) if row else 0

    def revert(self, edit_id: int) -> Changes:
        """Take back edit ``edit_id``, not only the newest: refused
        (:class:`UndoConflict`) when a later edit changed what it changed."""
        try:
            return self._replay(undo=True, edit_id=edit_id)
        except sqlite3.IntegrityError as error:  # a later edit built on it
            raise UndoConflict(
                f"edit {edit_id} cannot be reverted: later edits build on what "
                "it made (revert those first)"
            ) from error

    def _replay(self, *, undo: bool, edit_id: int | None = None) -> Changes:
        target = _UNDO_TARGET if undo else _REDO_TARGET
        if edit_id is not None:
            target = "WHERE undoable = 1 AND state = 'done' AND id = ?"
        row = self.db.execute(
            f"SELECT id, action, changes FROM edits {target} LIMIT 1",
            [edit_id] if edit_id is not None else [],
        ).fetchone()
        if row is None:
            if edit_id is not None:
                raise NothingToUndo(f"edit {edit_id} cannot be reverted")
            raise NothingToUndo("nothing to undo" if undo else "nothing to redo")
        edit_id, action, changes = row
        word = "Undo" if undo else "Redo"
        label = f"{word} {action}"
        with self.write(label, kind=word.lower(), detail=str(edit_id)) as w:
            rows = captured_rows(self.db, edit_id)
            refuse_conflicts(self.db, rows, action=action, undo=undo)
            w.documents_before(documents_of_rows(self.db, rows))
            apply(self.db, rows, undo=undo)
            w.changed(Changes.from_json(changes))
            self.db.execute(
                "UPDATE edits SET state = ?, undone_at = ?, undone_by = ?, "
                "undo_order = ? WHERE id = ?",
                [
                    "undone" if undo else "done",
                    now() if undo else None,
                    (self.editor or None) if undo else None,
                    _next_undo_order(self.db) if undo else None,
                    edit_id,
                ],
            )
        return w.changes

    # The history

    def history(
        self,
        *,
        limit: int = 200,
        who: str | None = None,
        kinds: tuple[str, ...] = ("edit",),
        since: str | None = None,
    ) -> list[HistoryEntry]:
        """Edits newest first: see :func:`.history.entries`."""
        return entries(self.db, limit=limit, who=who, kinds=kinds, since=since)

    def editors(self) -> list[str]:
        """Everyone who has edited the archive, by name."""
        return editors(self.db)

    def last_edit(self) -> int:
        return self.db.execute("SELECT coalesce(max(id), 0) FROM edits").fetchone()[0]

    def changes_since(self, edit_id: int) -> tuple[int, Changes]:
        """What edits after ``edit_id`` by other connections changed, and the
        newest edit's id (another process's tag, an import in a worker)."""
        changes, newest = Changes(), edit_id
        for row_id, recorded in self.db.execute(
            "SELECT id, changes FROM edits WHERE id > ? ORDER BY id", [edit_id]
        ):
            newest = row_id
            if row_id not in self.own_edits:
                changes = changes | Changes.from_json(recorded)
        return newest, changes

    # Capturing rows

    def _install_capture(self) -> None:
        if not self._captures:
            install_triggers(self.db)
            self._captures = True

    @contextmanager
    def _capturing(self, edit_id: int) -> Iterator[None]:
        self.db.execute("UPDATE capturing SET edit = ?", [edit_id])
        try:
            yield
        finally:
            self.db.execute("UPDATE capturing SET edit = NULL")


# The edit Undo takes back: the newest undoable one still done.
_UNDO_TARGET = "WHERE undoable = 1 AND state = 'done' ORDER BY id DESC"
# The edit Redo does again: the one undone last.
_REDO_TARGET = "WHERE undoable = 1 AND state = 'undone' ORDER BY undo_order DESC"


def _seconds_between(earlier: str, later: str) -> float:
    try:
        return (
            datetime.fromisoformat(later) - datetime.fromisoformat(earlier)
        ).total_seconds()
    except ValueError:
        return float("inf")


def _label(db: Database, target: str) -> str | None:
    row = db.execute(f"SELECT action FROM edits {target} LIMIT 1").fetchone()
    return row[0] if row else None


def _next_undo_order(db: Database) -> int:
    order = db.execute("SELECT coalesce(max(undo_order), 0) + 1 FROM edits")
    return order.fetchone()[0]


def _detail(command: Command) -> str:
    detail = command.detail()
    return detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)
