"""The Compare view's columns, found off the GUI thread: each column's first
rows and counts, then the rest of its rows, then its years, each shown as it
comes, with the rows of its first page read (titles, tags, snippets: 40-300
ms a column on the GUI thread when the list first painted them). A new
request (the filter changed, a place added) drops the last."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QThreadPool, Signal

from archive import Archive, ArticleRow, Column, ComparePlace

from ..background import Job, Work
from .column_model import PAGE

FIRST_ROWS = 200


def first_page(column: Column) -> list[int]:
    """The keys of the column's first page as its list holds them (its own
    records, then those that mention the place)."""
    keys = list(column.keys[:PAGE])
    if len(keys) < PAGE:
        keys += column.mention_keys[: PAGE - len(keys)]
    return keys


def fill(
    archive: Archive, place: ComparePlace, query: str, mentions: bool, work: Work
) -> None:
    """One column: its first rows, then with every count, the rest, its years;
    each with the rows of its first page."""
    with archive.reader() as reader:
        work.interrupt_with(reader.db.conn)
        read: tuple[list[int], list[ArticleRow]] = ([], [])

        def report(column: Column) -> None:
            nonlocal read
            keys = first_page(column)
            if keys != read[0]:
                read = (keys, reader.record_rows(keys, query=query))
            work.report("rows", (column, read[1]))

        first = reader.compare_column(
            place, query, limit=FIRST_ROWS, mentions=mentions, counts=False
        )
        report(first)  # counting reads every match: the rows first
        if not first.counted and not work.cancelled:
            first = reader.compare_column(
                place, query, limit=FIRST_ROWS, mentions=mentions
            )
            report(first)
        if not first.complete and not work.cancelled:
            report(reader.compare_column(place, query, limit=None, mentions=mentions))
        if not work.cancelled:
            work.report("years", reader.compare_years(place, query))


class ColumnsFeed(QObject):
    """Keeps every column in step with the places and the shared filter.

    Signals:
        rows(str, object, object): a place's key, its :class:`Column` (first
            rows or all) and its first page's rows (None: not read).
        years(str, object): a place's key and its counts by year.
        failed(object): a column's query failed.
    """

    rows = Signal(str, object, object)
    years = Signal(str, object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._jobs: dict[str, Job] = {}

    @property
    def busy(self) -> bool:
        return any(job.running for job in self._jobs.values())

    def request(
        self, places: Sequence[ComparePlace], query: str, *, mentions: bool
    ) -> None:
        """Find every column of ``places`` again under ``query``."""
        self.cancel()
        for place in places:
            self.request_one(place, query, mentions=mentions)

    def request_one(self, place: ComparePlace, query: str, *, mentions: bool) -> None:
        """Find one column (a place just added) under ``query``."""
        old = self._jobs.pop(place.key, None)
        if old is not None:
            old.cancel()
        archive = self.archive
        if archive is None:
            return
        if archive.path is None:  # in memory: one connection, used here
            column = archive.compare_column(place, query, limit=None, mentions=mentions)
            self.rows.emit(place.key, column, None)
            self.years.emit(place.key, archive.compare_years(place, query))
            return
        job = Job(
            lambda work: fill(archive, place, query, mentions, work),
            parent=self,
            pool=self.pool,
        )
        job.progressed.connect(lambda part, key=place.key: self._on_part(key, part))
        job.failed.connect(self.failed)
        self._jobs[place.key] = job.start()

    def cancel(self) -> None:
        for job in self._jobs.values():
            job.cancel()
        self._jobs.clear()

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _on_part(self, key: str, part: tuple) -> None:
        kind, value = part
        if kind == "rows":
            self.rows.emit(key, *value)
        else:
            self.years.emit(key, value)
