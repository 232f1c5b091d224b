"""The list of records (articles, and captions and notes where the query
asks for them) and the facet counts for the current filters, off the GUI
thread. Records are keys (archive.found): an article's key is its id."""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from PySide6.QtCore import QObject, QThreadPool, Signal

from archive import FACET_KINDS, Archive, Filters, TagInfo, articles_in, counted

from ..background import Job, Work, foreground

FIRST_PAGE = 200  # ids sent ahead of the rest, so the first rows show at once


def find(archive: Archive, filters: Filters, work: Work, *, facets: bool) -> None:
    """The first page of keys, the count, every key with the count of each
    kind, then the facet counts for ``filters``, each reported as it comes (on
    a connection of its own: an SQLite connection belongs to one thread)."""
    with archive.reader() as reader:
        work.interrupt_with(reader.db.conn)
        kinds = reader.kinds_asked(filters.text)
        first = reader.record_keys(filters, limit=FIRST_PAGE)
        complete = len(first) < FIRST_PAGE
        # the rows shown first, snippets and all, read here: 10–50 ms at a
        # million articles that the GUI thread spent reading them (issue 17)
        rows = reader.record_rows(first, query=filters.text)
        work.report("ids", first, complete, counted(first, kinds), rows)
        keys = first
        if not complete and not work.cancelled:
            n = reader.quick_count(filters)  # articles; not if it means listing twice
            if n is not None:
                work.report("count", n)
            keys = reader.record_keys(filters)
            work.report("ids", keys, True, counted(keys, kinds), None)
        if facets and not work.cancelled:
            # without facet choices the list's articles are what the text finds
            chosen = any(filters.facet(k) is not None for k in FACET_KINDS)
            articles = articles_in(keys)
            work.report(
                "facets", reader.facets(filters, matches=None if chosen else articles)
            )
            if not work.cancelled:
                matches = None if chosen else articles
                work.report("tags", *tag_counts(reader, filters, matches))
        work.interrupt_with(None)  # the reader closes now


def recount_tags(
    archive: Archive, filters: Filters, keys: array | None, work: Work
) -> None:
    """The tag tree's counts alone, for a list that tagging left as it was
    (``keys``: its records): what :func:`find` reports last, without listing
    again or counting the other facets, which tagging does not change."""
    with archive.reader() as reader:
        work.interrupt_with(reader.db.conn)
        chosen = any(filters.facet(k) is not None for k in FACET_KINDS)
        matches = None if chosen or keys is None else articles_in(keys)
        work.report("tags", *tag_counts(reader, filters, matches))
        work.interrupt_with(None)


def tag_counts(
    archive: Archive, filters: Filters, matches: Iterable[int] | None = None
) -> tuple[list[TagInfo], list[TagInfo] | None]:
    """The tag tree counted under ``filters`` and, if they narrow the list,
    in the whole archive (else None: the same); ``matches``: the ids the
    search text finds, if known."""
    here = archive.tags(filters, matches=matches)
    narrowed = bool(filters.text.strip()) or any(
        filters.facet(k) is not None for k in FACET_KINDS if k != "tag"
    )
    return here, archive.tags() if narrowed else None


class ResultsFeed(QObject):
    """Keeps the article list and facets in step with the filters.

    Each :meth:`request` supersedes the last: its job is cancelled and any
    result it still sends is dropped. An in-memory archive is queried in place.

    Signals:
        ids_changed(object, bool, object, object): the new ``array`` of record
            keys; whether it is complete; how many of each kind it holds; the
            rows of its first page if they were read (else None).
        count_changed(int): how many ids there are, while the rest are coming.
        facets_changed(object, object): facet counts, the filters they are for.
        tags_changed(object, object, object): the tag tree counted under the
            filters, in the whole archive (None: the same), the filters.
        failed(object): a query failed (the exception).
    """

    ids_changed = Signal(object, bool, object, object)
    count_changed = Signal(int)
    facets_changed = Signal(object, object)
    tags_changed = Signal(object, object, object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.filters = Filters()
        self._job: Job | None = None
        self._keys: array | None = None  # the complete list for ``filters``
        self._foreground = False  # whether this feed has marked ``foreground``
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)

    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.running

    def request(self, filters: Filters, *, facets: bool = True) -> None:
        """Recompute the list (and facets) for ``filters``."""
        self.filters = filters
        self.cancel()
        self._keys = None
        archive = self.archive
        if archive is None:
            self.ids_changed.emit(array("q"), True, {}, None)
            return
        if archive.path is None:
            self._run_here(archive, filters, facets=facets)
            return
        job = Job(
            lambda work: find(archive, filters, work, facets=facets),
            parent=self,
            pool=self.pool,
        )
        job.progressed.connect(self._on_part)
        job.failed.connect(self.failed)
        self._mark_foreground(job)
        self._job = job.start()

    def _mark_foreground(self, job: Job) -> None:
        """The user's search is in flight until ``job`` ends (background
        preparation waits meanwhile: :data:`gui.background.foreground`)."""
        if not self._foreground:
            self._foreground = True
            foreground.begin()
        job.succeeded.connect(lambda _: self._unmark_foreground(job))
        job.failed.connect(lambda _: self._unmark_foreground(job))

    def _unmark_foreground(self, job: Job | None = None) -> None:
        if self._foreground and (job is None or job is self._job):
            self._foreground = False
            foreground.end()

    def request_tags(self) -> None:
        """Count the tag tree again for the list shown (its records kept:
        a tagging that changed no list). A full :meth:`request` while the
        list is still coming or the archive is in memory."""
        archive = self.archive
        if archive is None or archive.path is None or self.busy:
            self.request(self.filters)
            return
        filters, keys = self.filters, self._keys
        text = bool(filters.text.strip())
        if text and keys is None:
            self.request(filters)
            return
        self.cancel()
        self._keys = keys
        job = Job(
            lambda work: recount_tags(archive, filters, keys, work),
            parent=self,
            pool=self.pool,
        )
        job.progressed.connect(self._on_part)
        job.failed.connect(self.failed)
        self._job = job.start()

    def cancel(self) -> None:
        """Stop the job in flight, if any; its results are dropped."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._unmark_foreground()

    def wait(self, msecs: int = -1) -> bool:
        """Block until running jobs end (for screenshots and tests)."""
        return self.pool.waitForDone(msecs)

    def _run_here(self, archive: Archive, filters: Filters, *, facets: bool) -> None:
        found = archive.find(filters)
        self.ids_changed.emit(found.keys, True, dict(found.counts), None)
        if facets:
            self.facets_changed.emit(archive.facets(filters), filters)
            self.tags_changed.emit(*tag_counts(archive, filters), filters)

    def _on_part(self, part: tuple) -> None:
        kind, *value = part
        if kind == "ids":
            if value[1]:  # complete
                self._keys = value[0]
            self.ids_changed.emit(*value)
        elif kind == "count":
            self.count_changed.emit(*value)
        elif kind == "tags":
            self.tags_changed.emit(*value, self.filters)
        else:
            self.facets_changed.emit(value[0], self.filters)
