"""The open archive as seen by the window: runs edits and announces their changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from archive import Archive, ArchiveError, Changes, Command


class Session(QObject):
    """Owns the open :class:`Archive` on the GUI thread.

    Every edit goes through :meth:`perform`, :meth:`undo` or :meth:`redo`; each
    view listens to ``changes_made`` and refreshes only what it shows.

    Signals:
        archive_changed(object): another archive (or None) was opened.
        changes_made(object): a :class:`~archive.Changes` after any edit.
        undo_state_changed(): undo/redo availability or labels changed.
        failed(object): an :class:`~archive.ArchiveError` an edit raised.
    """

    archive_changed = Signal(object)
    changes_made = Signal(object)
    undo_state_changed = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None

    def set_archive(self, archive: Archive | None) -> None:
        if self.archive is not None:
            self.archive.close()
        self.archive = archive
        self.archive_changed.emit(archive)
        self.undo_state_changed.emit()

    def perform(self, command: Command) -> Changes | None:
        return self._step(lambda archive: archive.execute(command))

    def undo(self) -> Changes | None:
        return self._step(lambda archive: archive.undo())

    def redo(self) -> Changes | None:
        return self._step(lambda archive: archive.redo())

    def _step(self, step) -> Changes | None:
        if self.archive is None:
            return None
        try:
            changes = step(self.archive)
        except ArchiveError as error:
            self.failed.emit(error)
            return None
        self.changes_made.emit(changes)
        self.undo_state_changed.emit()
        return changes
