"""Running archive queries off the GUI thread."""

from __future__ import annotations

import sqlite3
import threading
from array import array

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from archive import FACET_KINDS, Archive, ArchiveError, Filters

FIRST_PAGE = 200  # ids sent ahead of the rest, so the first rows show at once


class ListingSignals(QObject):
    """Results of a :class:`ListingJob`, delivered on the GUI thread.

    Signals:
        ids_ready(int, object, bool): generation, ``array`` of article ids, and
            whether that is all of them (the first page comes alone, early).
        count_ready(int, int): generation, how many there are (after the first
            page, before the rest of the ids when they are many).
        facets_ready(int, object): generation, facet counts by kind.
        failed(int, str): generation, the error's message.
    """

    ids_ready = Signal(int, object, bool)
    count_ready = Signal(int, int)
    facets_ready = Signal(int, object)
    failed = Signal(int, str)


class ListingJob(QRunnable):
    """Computes the ids and then the facet counts for ``filters``.

    Opens its own read connection, since an SQLite connection belongs to one
    thread; :meth:`cancel` interrupts the query in flight.
    """

    def __init__(
        self,
        archive: Archive,
        filters: Filters,
        generation: int,
        signals: ListingSignals,
        *,
        facets: bool = True,
    ) -> None:
        super().__init__()
        self.archive = archive
        self.filters = filters
        self.generation = generation
        self.signals = signals
        self.with_facets = facets
        self.cancelled = False
        self._reader: Archive | None = None
        self._guard = threading.Lock()

    def run(self) -> None:
        try:
            reader = self.archive.reader()
        except ArchiveError as error:
            self.signals.failed.emit(self.generation, str(error))
            return
        with self._guard:
            self._reader = reader
        try:
            self._compute(reader)
        except sqlite3.OperationalError as error:
            if not self.cancelled:
                self.signals.failed.emit(self.generation, str(error))
        except ArchiveError as error:
            self.signals.failed.emit(self.generation, str(error))
        finally:
            with self._guard:  # cancel() must not interrupt a closed connection
                self._reader = None
            reader.close()

    def _compute(self, reader: Archive) -> None:
        first = reader.article_ids(self.filters, limit=FIRST_PAGE)
        if self.cancelled:
            return
        complete = len(first) < FIRST_PAGE
        self.signals.ids_ready.emit(self.generation, first, complete)
        ids = first
        if not complete:
            n = reader.quick_count(self.filters)  # not when it means listing twice
            if n is not None:
                self.signals.count_ready.emit(self.generation, n)
            if self.cancelled:
                return
            ids = reader.article_ids(self.filters)
            if self.cancelled:
                return
            self.signals.ids_ready.emit(self.generation, ids, True)
        if self.with_facets:
            # without facet choices the list's ids are what the text finds
            chosen = any(self.filters.facet(k) is not None for k in FACET_KINDS)
            facets = reader.facets(self.filters, matches=None if chosen else ids)
            if not self.cancelled:
                self.signals.facets_ready.emit(self.generation, facets)

    def cancel(self) -> None:
        self.cancelled = True
        with self._guard:
            if self._reader is not None:
                self._reader.db.conn.interrupt()


class Listing(QObject):
    """Keeps the article list and facets in step with the filters.

    Each :meth:`request` supersedes the last: its job is cancelled and any
    result it still sends is dropped. An in-memory archive is queried in place.

    Signals:
        ids_changed(object, bool): the new ``array`` of ids; whether it is complete.
        count_changed(int): how many ids there are, while the rest are coming.
        facets_changed(object, object): facet counts, the filters they are for.
        failed(str): a query failed; the message says why.
    """

    ids_changed = Signal(object, bool)
    count_changed = Signal(int)
    facets_changed = Signal(object, object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.filters = Filters()
        self.generation = 0
        self._job: ListingJob | None = None
        self._signals = ListingSignals(self)
        self._signals.ids_ready.connect(self._on_ids)
        self._signals.count_ready.connect(self._on_count)
        self._signals.facets_ready.connect(self._on_facets)
        self._signals.failed.connect(self._on_failed)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def request(self, filters: Filters, *, facets: bool = True) -> None:
        """Recompute the list (and facets) for ``filters``."""
        self.filters = filters
        self.cancel()
        if self.archive is None:
            self.ids_changed.emit(array("q"), True)
            return
        if self.archive.path is None:
            self._run_here(filters, facets=facets)
            return
        self._job = ListingJob(
            self.archive, filters, self.generation, self._signals, facets=facets
        )
        self._job.setAutoDelete(False)
        self.pool.start(self._job)

    def cancel(self) -> None:
        """Stop the job in flight, if any; its results are dropped."""
        self.generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def wait(self, msecs: int = -1) -> bool:
        """Block until running jobs end (for screenshots and tests)."""
        return self.pool.waitForDone(msecs)

    def _run_here(self, filters: Filters, *, facets: bool) -> None:
        self.ids_changed.emit(self.archive.article_ids(filters), True)
        if facets:
            self.facets_changed.emit(self.archive.facets(filters), filters)

    def _on_ids(self, generation: int, ids: array, complete: bool) -> None:
        if generation == self.generation:
            if complete and self._job is not None and not self._job.with_facets:
                self._job = None
            self.ids_changed.emit(ids, complete)

    def _on_count(self, generation: int, n: int) -> None:
        if generation == self.generation:
            self.count_changed.emit(n)

    def _on_facets(self, generation: int, facets: dict) -> None:
        if generation == self.generation:
            self._job = None
            self.facets_changed.emit(facets, self.filters)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self._job = None
            self.failed.emit(message)


class RebuildSignals(QObject):
    """Signals of a :class:`RebuildJob`.

    Signals:
        progress(int, int): records indexed, records in all.
        finished(int): documents indexed (-1 when it failed).
    """

    progress = Signal(int, int)
    finished = Signal(int)


class RebuildJob(QRunnable):
    """Rebuilds the full-text index on its own connection."""

    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self.path = archive.path
        self.editor = archive.editor
        self.signals = RebuildSignals()

    def run(self) -> None:
        try:
            with Archive.open(self.path, editor=self.editor) as archive:
                count = archive.rebuild_index(self.signals.progress.emit)
        except (ArchiveError, sqlite3.Error):
            count = -1
        self.signals.finished.emit(count)
