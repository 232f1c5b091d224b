"""Saving a note off the GUI thread, so typing never waits on the archive.

Each save runs on a connection of its own (another process's import may hold
the write lock for a moment); one save at a time, the newest text last. What
a save changed reaches every view through the session, like any other
connection's write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from archive import AddNote, Archive, Command, NoteTarget, SaveNote

from ..background import Job
from ..session import Session


@dataclass(frozen=True)
class Saved:
    note_id: int
    version: int


def save(path: Path, editor: str | None, draft: Draft) -> Saved:
    """Write ``draft`` on a connection of its own (in a worker thread)."""
    with Archive.open(path, editor=editor) as archive:
        return write(archive, draft)


def write(archive: Archive, draft: Draft) -> Saved:
    command = command_for(draft)
    archive.execute(command)
    return finish(command, draft)


def command_for(draft: Draft) -> Command:
    """Adding the note, or saving its new text."""
    if draft.note_id is None:
        return AddNote(draft.target, draft.body)
    return SaveNote(draft.note_id, draft.body, base=draft.base)


def finish(command: Command, draft: Draft) -> Saved:
    if isinstance(command, AddNote):
        assert command.note_id is not None
        return Saved(command.note_id, 1)
    assert isinstance(command, SaveNote)
    return Saved(command.note_id, command.saved_version or draft.base or 1)


@dataclass(frozen=True)
class Draft:
    """A note's text to save: a new note on ``target`` or note ``note_id``
    edited from version ``base``."""

    body: str
    target: NoteTarget
    note_id: int | None = None
    base: int | None = None


class NoteSaver(QObject):
    """Saves drafts one at a time, the newest last.

    Signals:
        saved(object): a :class:`Saved` (the note's id and version now).
        failed(object): the error a save raised.
    """

    saved = Signal(object)
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.waiting: Callable[[], Draft | None] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None or self.waiting is not None

    def save(self, draft: Callable[[], Draft | None]) -> None:
        """Save what ``draft()`` gives as soon as the save in flight (if any)
        is done: asked then, so it is the newest text, of the note as it is."""
        if self.job is not None:
            self.waiting = draft
            return
        archive = self.session.archive
        made = draft()
        if archive is None or made is None:
            return
        if archive.path is None:  # in memory: there is no second connection
            command = command_for(made)
            if self.session.perform(command) is not None:
                self._done(finish(command, made))
            return
        self._start(archive.path, archive.editor, made)

    def _start(self, path: Path, editor: str | None, draft: Draft) -> None:
        self.job = Job(lambda _: save(path, editor, draft), parent=self)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()

    def wait(self, seconds: float = 5.0) -> None:
        """Block until every save is written (the window is closing)."""
        while self.job is not None:
            if not self.job.wait(seconds):
                return
            from PySide6.QtWidgets import QApplication  # noqa: PLC0415

            QApplication.processEvents()

    def _done(self, result: Saved) -> None:
        self.job = None
        self.saved.emit(result)
        self._next()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.failed.emit(error)
        self._next()

    def _next(self) -> None:
        draft, self.waiting = self.waiting, None
        if draft is not None:
            self.save(draft)
