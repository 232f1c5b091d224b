"""Reading the list's pages of rows off the GUI thread, the newest wish first."""

from __future__ import annotations

import threading
from array import array

from PySide6.QtCore import QObject, QThreadPool, Signal

from archive import Archive, ArticleRow

from ..background import Job, Work

MAX_WANTED = 4  # pages kept waiting: while scrolling fast, older wishes go


class PageLoader(QObject):
    """Reads pages of list rows on a pool thread of its own, on a connection
    of its own, as the list asks for them while painting.

    Pages asked for while one is read wait; only the :data:`MAX_WANTED`
    newest wait (scrolling through a million rows asks for pages nobody will
    see). One job reads every waiting page, then ends.

    Signals:
        page_read(int, int, object): the generation the page was asked for,
            its number, and its rows (a list of :class:`ArticleRow`).
    """

    page_read = Signal(int, int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._wanted: list[tuple[int, int, array, str]] = []
        self._lock = threading.Lock()
        self._job: Job | None = None
        self._archive: Archive | None = None

    def set_archive(self, archive: Archive | None) -> None:
        """Read from ``archive`` (None: forget what was wanted)."""
        with self._lock:
            self._wanted.clear()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._archive = archive

    def want(self, generation: int, page: int, keys: array, query: str) -> None:
        """Read the rows of ``keys`` (page ``page`` of ``generation``)."""
        archive = self._archive
        if archive is None or archive.path is None:
            return
        with self._lock:
            self._wanted = [w for w in self._wanted if w[:2] != (generation, page)]
            self._wanted.append((generation, page, keys, query))
            del self._wanted[:-MAX_WANTED]
        if self._job is None or not self._job.running:
            job = Job(
                lambda work: self._read(archive, work), parent=self, pool=self.pool
            )
            job.progressed.connect(lambda part: self.page_read.emit(*part))
            job.succeeded.connect(lambda _: self._ended(job))
            job.failed.connect(lambda _: self._ended(job))
            self._job = job.start()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pages asked for are read (for tests, closing)."""
        return self.pool.waitForDone(msecs)

    def _ended(self, job: Job) -> None:
        """A page asked for as the job ended is read by a new one."""
        if self._job is job:
            self._job = None
            with self._lock:
                waiting = list(self._wanted)
                self._wanted.clear()
            for wanted in waiting:
                self.want(*wanted)

    def _read(self, archive: Archive, work: Work) -> None:
        with archive.reader() as reader:
            work.interrupt_with(reader.db.conn)
            while not work.cancelled:
                with self._lock:
                    if not self._wanted:
                        break
                    generation, page, keys, query = self._wanted.pop()
                rows: list[ArticleRow] = reader.record_rows(keys, query=query)
                work.report(generation, page, rows)
            work.interrupt_with(None)
