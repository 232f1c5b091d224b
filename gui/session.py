"""The open archive as the window sees it: every change it makes or hears of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from archive import (
    BULK_BACKUP,
    BULK_EDIT,
    Archive,
    ArchiveDamaged,
    ArchiveError,
    Changes,
    Command,
    UndoState,
)

from .background import Job, Reader

POLL_MS = 1000  # how often other connections' commits are looked for
# An edit of this many records or more (tagging 10,000 selected articles,
# its undo) runs off the GUI thread: at a million articles it held the GUI
# thread 0.4–1.1 s
APART_FROM = BULK_EDIT


class BackingUp(ArchiveError):
    """An edit asked for while the backup before another edit is being made."""

    code = "backing_up"


class Session(QObject):
    """Owns the open :class:`Archive` on the GUI thread.

    Every edit goes through :meth:`perform`, :meth:`perform_later`,
    :meth:`undo` or :meth:`redo`. A large one (:attr:`apart_from` records or
    more) asked of :meth:`perform_later`, :meth:`undo` or :meth:`redo` runs on
    a connection of its own off the GUI thread, one transaction as ever, and
    is announced like the others when it has been made; while it runs Undo
    and Redo wait, and later large edits queue behind it.
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
        # the reads views make off the GUI thread, on one connection kept
        # open (None for an archive in memory, which has no second one)
        self.reader: Reader | None = None
        self.undo_state = UndoState()
        self._seen_edit = 0
        self._data_version = 0
        self.opened_at_edit = 0  # the newest edit when the archive was opened
        self._busy = False
        # makes the backup an edit wants (its reason given) and says whether
        # it was made; the window's does it off the GUI thread
        self.back_up: Callable[[str], bool] | None = None
        self._backing_up = False
        self.apart_from = APART_FROM
        self._apart: Job | None = None  # the large edit being made
        self._queued: list[tuple[Callable[[Archive], Changes], Callable]] = []
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)

    def set_archive(self, archive: Archive | None) -> None:
        self.finish_edits()
        old, self.archive = self.archive, archive
        old_reader, self.reader = (
            self.reader,
            (Reader(archive, self) if archive is not None and archive.path else None),
        )
        if archive is not None:
            self._seen_edit = self.opened_at_edit = archive.last_edit()
            self._data_version = archive.data_version()
            self._poll.start()
        else:
            self._poll.stop()
        self.archive_changed.emit(archive)
        self._refresh_undo_state()
        self.writable_changed.emit(self.writable)
        if old_reader is not None:  # once the views have cancelled its reads
            old_reader.close()
            old_reader.deleteLater()
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
        backed_up = self._backed_up(command)
        if backed_up is None:
            return None
        return self._step(lambda archive: archive.execute(command, backed_up=backed_up))

    def perform_later(
        self, command: Command, done: Callable[[Changes], None] | None = None
    ) -> None:
        """Run ``command`` as :meth:`perform` does, a large one off the GUI
        thread; ``done(changes)`` is called once it has been made (at once
        for a small one; never if it failed: ``failed`` said why)."""
        archive = self.archive
        try:
            size = archive.command_size(command) if archive else command.size()
        except ArchiveError as error:
            self.report_failure(error)
            return
        if not self._runs_apart(size):
            changes = self.perform(command)
            if changes is not None and done is not None:
                done(changes)
            return
        backed_up = self._backed_up(command)
        if backed_up is not None:
            self._start_apart(
                lambda archive: archive.execute(command, backed_up=backed_up), done
            )

    def _backed_up(self, command: Command) -> bool | None:
        """Make the backup ``command`` wants first: None if it is refused (it
        has been said why), else whether the backup was seen to here."""
        archive = self.archive
        if self._backing_up:
            self.report_failure(BackingUp("a backup is being made"))
            return None
        if archive is None or self.back_up is None:
            return False
        try:
            wanted = archive.backup_wanted(command)
        except ArchiveError as error:
            self.report_failure(error)
            return None
        if not wanted:
            return True
        self._backing_up = True
        try:
            made = self.back_up(BULK_BACKUP)
        finally:
            self._backing_up = False
        if not made or self.archive is not archive:
            return None  # the backup said why it failed
        return True

    def undo(self) -> Changes | None:
        """Take back the newest edit; None if it failed, or if it is a large
        one, taken back off the GUI thread (announced when it is done)."""
        return self._replay(undo=True)

    def redo(self) -> Changes | None:
        """Do again the edit undone last (as :meth:`undo` does)."""
        return self._replay(undo=False)

    def _replay(self, *, undo: bool) -> Changes | None:
        archive = self.archive
        if archive is None:
            return None
        step = (lambda a: a.undo()) if undo else (lambda a: a.redo())
        try:
            size = archive.step_size(undo=undo)
        except ArchiveError as error:
            self.report_failure(error)
            return None
        if self._runs_apart(size):
            self._start_apart(step, None)
            return None
        return self._step(step)

    def revert(self, edit_id: int) -> Changes | None:
        """Take back one edit of the history (the History view's Revert); a
        large one off the GUI thread, as :meth:`undo` does (None then: it is
        announced when it is done)."""
        archive = self.archive
        if archive is None:
            return None
        try:
            size = archive.edit_size(edit_id)
        except ArchiveError as error:
            self.report_failure(error)
            return None
        if self._runs_apart(size):
            self._start_apart(lambda archive: archive.revert(edit_id), None)
            return None
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

    # Large edits, off the GUI thread

    @property
    def editing(self) -> bool:
        """Whether a large edit is being made off the GUI thread."""
        return self._apart is not None

    def _runs_apart(self, size: int) -> bool:
        archive = self.archive
        return (
            archive is not None
            and archive.path is not None
            and (size >= self.apart_from or self._apart is not None)
        )

    def _start_apart(
        self, step: Callable[[Archive], Changes], done: Callable | None
    ) -> None:
        """Make the edit ``step`` on a connection of its own, after the one
        being made if any."""
        self._queued.append((step, done or (lambda _changes: None)))
        if self._apart is None:
            self._next_apart()

    def _next_apart(self) -> None:
        archive = self.archive
        if not self._queued or archive is None or archive.path is None:
            self._queued.clear()
            return
        step, done = self._queued.pop(0)
        path, editor = archive.path, archive.editor

        def work(_work: object) -> tuple[Changes, set[int]]:
            with Archive.open(path, editor=editor) as writer:
                writer.keeps_facets = False  # the window's connection does
                return step(writer), set(writer.journal.own_edits)

        job = Job(work, parent=self)
        job.succeeded.connect(lambda result: self._made_apart(archive, result, done))
        job.failed.connect(lambda error: self._made_apart(archive, error, done))
        self._apart = job.start()
        self._refresh_undo_state()  # Undo and Redo wait for it

    def _made_apart(
        self,
        archive: Archive,
        result: tuple[Changes, set[int]] | BaseException,
        done: Callable[[Changes], None],
    ) -> None:
        self._apart = None
        if archive is not self.archive:
            return  # another archive was opened meanwhile
        if isinstance(result, BaseException):
            self.report_failure(result)
        else:
            changes, edits = result
            archive.journal.own_edits |= edits  # announced here, not by poll
            self.changes_made.emit(changes)
            done(changes)
        if self._queued:
            self._next_apart()
        else:
            self._refresh_undo_state()

    def finish_edits(self, seconds: float = 30) -> None:
        """Wait for the large edit being made, and drop those queued (the
        archive is being closed)."""
        self._queued.clear()
        if self._apart is not None:
            self._apart.wait(seconds)
            self._apart.cancel()  # what it made is read afresh by the next views
            self._apart = None

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
        if self.writable and archive is not None and self._apart is None:
            try:
                state = archive.undo_state()
            except ArchiveError:
                state = UndoState()
        self.undo_state = state
        self.undo_state_changed.emit(state)
