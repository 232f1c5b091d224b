"""The open archive as the window sees it: every change it makes or hears of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from archive import (
    BULK_BACKUP,
    Archive,
    ArchiveDamaged,
    ArchiveError,
    Changes,
    Command,
    UndoState,
)

POLL_MS = 1000  # how often other connections' commits are looked for


class BackingUp(ArchiveError):
    """An edit asked for while the backup before another edit is being made."""

    code = "backing_up"


class Session(QObject):
    """Owns the open :class:`Archive` on the GUI thread.

    Every edit goes through :meth:`perform`, :meth:`undo` or :meth:`redo`.
    Changes made by other connections — an import or a rebuild in a worker,
    another window, the command line — are noticed by ``PRAGMA data_version``
    and announced the same way: views listen to ``changes_made`` alone and
    refresh only what they show.

    Signals:
        archive_changed(object): another archive (or None) was opened.
        changes_made(object): a :class:`~archive.Changes`, after any write.
        undo_state_changed(object): the :class:`~archive.UndoState` now.
        failed(object): an error an edit or a background job raised.
        damaged(object): the archive was found damaged (an ArchiveDamaged).
        writable_changed(bool): whether edits can be made now (not while the
            archive is read-only or a long write such as a rebuild runs).
        favourites_changed(): a tag was put on a number key or taken off it
            (the editor's preference, not an edit of the archive).
    """

    archive_changed = Signal(object)
    changes_made = Signal(object)
    undo_state_changed = Signal(object)
    failed = Signal(object)
    damaged = Signal(object)
    writable_changed = Signal(bool)
    favourites_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.undo_state = UndoState()
        self._seen_edit = 0
        self._data_version = 0
        self.opened_at_edit = 0  # the newest edit when the archive was opened
        self._busy = False
        # makes the backup an edit wants (its reason given) and says whether
        # it was made; the window's does it off the GUI thread
        self.back_up: Callable[[str], bool] | None = None
        self._backing_up = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)

    def set_archive(self, archive: Archive | None) -> None:
        old, self.archive = self.archive, archive
        if archive is not None:
            self._seen_edit = self.opened_at_edit = archive.last_edit()
            self._data_version = archive.data_version()
            self._poll.start()
        else:
            self._poll.stop()
        self.archive_changed.emit(archive)
        self._refresh_undo_state()
        self.writable_changed.emit(self.writable)
        if old is not None and old is not archive:  # closed once no view uses it
            old.close()

    @property
    def writable(self) -> bool:
        """Whether an edit can be made now."""
        archive = self.archive
        return archive is not None and not archive.readonly and not self._busy

    def set_busy(self, busy: bool) -> None:
        """A long write (an index rebuild) holds the archive: no edits meanwhile."""
        self._busy = busy
        self._refresh_undo_state()
        self.writable_changed.emit(self.writable)

    @property
    def changed_since_opened(self) -> bool:
        """Whether anyone wrote to the archive since it was opened here."""
        archive = self.archive
        return archive is not None and archive.last_edit() > self.opened_at_edit

    def perform(self, command: Command) -> Changes | None:
        """Run ``command``; None when it failed (and ``failed`` said why).

        An edit the archive wants backed up first (a bulk edit, a tag merge)
        waits for :attr:`back_up` to make the backup on a connection of its
        own, off the GUI thread (the window shows its progress meanwhile and no
        transaction is open here), then runs; it is not made if the backup
        failed. Without ``back_up`` the archive backs up on this thread.
        """
        archive = self.archive
        if self._backing_up:
            self.report_failure(BackingUp("a backup is being made"))
            return None
        if archive is None or self.back_up is None:
            return self._step(lambda archive: archive.execute(command))
        try:
            wanted = archive.backup_wanted(command)
        except ArchiveError as error:
            self.report_failure(error)
            return None
        if not wanted:
            return self._step(lambda archive: archive.execute(command))
        self._backing_up = True
        try:
            made = self.back_up(BULK_BACKUP)
        finally:
            self._backing_up = False
        if not made or self.archive is not archive:
            return None  # the backup said why it failed
        return self._step(lambda archive: archive.execute(command, backed_up=True))

    def undo(self) -> Changes | None:
        return self._step(lambda archive: archive.undo())

    def redo(self) -> Changes | None:
        return self._step(lambda archive: archive.redo())

    def revert(self, edit_id: int) -> Changes | None:
        """Take back one edit of the history (the History view's Revert)."""
        return self._step(lambda archive: archive.revert(edit_id))

    def _step(self, step: Callable[[Archive], Changes]) -> Changes | None:
        if self.archive is None:
            return None
        try:
            changes = step(self.archive)
        except ArchiveError as error:
            self.report_failure(error)
            return None
        self.changes_made.emit(changes)
        self._refresh_undo_state()
        return changes

    def set_favourite(self, path: str, key: int | None) -> bool:
        """Put tag ``path`` on number key ``key`` (None: no key); whether it
        could be (else ``failed`` said why)."""
        if self.archive is None:
            return False
        try:
            self.archive.set_favourite_tag(path, key)
        except ArchiveError as error:
            self.report_failure(error)
            return False
        self.favourites_changed.emit()
        return True

    def report_failure(self, error: BaseException) -> None:
        """Every failure of an edit or a background job ends here."""
        if isinstance(error, ArchiveDamaged):
            if self.archive is not None:
                self.archive.readonly = True
            self.writable_changed.emit(False)
            self._refresh_undo_state()
            self.damaged.emit(error)
        self.failed.emit(error)

    def poll(self) -> None:
        """Announce what other connections committed since the last look."""
        archive = self.archive
        if archive is None:
            return
        try:
            version = archive.data_version()
            if version == self._data_version:
                return
            self._data_version = version
            newest, changes = archive.changes_since(self._seen_edit)
        except ArchiveError as error:
            self.report_failure(error)
            return
        if newest == self._seen_edit:
            return
        self._seen_edit = newest
        self.changes_made.emit(changes)
        self._refresh_undo_state()

    def _refresh_undo_state(self) -> None:
        archive = self.archive
        state = UndoState()
        if self.writable and archive is not None:
            try:
                state = archive.undo_state()
            except ArchiveError:
                state = UndoState()
        self.undo_state = state
        self.undo_state_changed.emit(state)
