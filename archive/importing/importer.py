"""Importing files and folders: each file whole or not at all, nothing lost.

Every file is stored verbatim (zlib) with its sha256, and the text the
records' spans index into where that is not the file's own UTF-8. A file
already imported (same bytes, or the same text in another encoding) adds
nothing; a corrected version of a file (same path, other bytes) updates the
records it made (:mod:`.writer`). Files are committed in batches (:class:`ImportBatch`).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..compare.storage import rows as figure_rows
from ..errors import ArchiveError
from ..journal import Write
from ..models import Changes
from ..search.index import Index
from ..search.tokens import known_tokens
from ..store.paths import is_archive_file
from . import workers
from .loading import FileReading
from .reports import FileReport, ImportReport
from .writer import Writer, Written

if TYPE_CHECKING:  # the facade imports the importer
    from ..core import Archive

_SKIPPED_NAMES = (".DS_Store", "Thumbs.db", "desktop.ini")
_SKIPPED_STARTS = (".", "~$")  # hidden files; Word's lock file of an open document
COMMIT_EVERY = 0.25  # seconds between batch commits (see ImportBatch)


class Cancelled(Exception):
    """Raised inside a file's transaction to roll it back."""


Progress = Callable[[int, int, FileReport], None]


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and every file under folders named, in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    skipped = name.startswith(_SKIPPED_STARTS)
                    if not skipped and name not in _SKIPPED_NAMES:
                        yield Path(folder) / name
        else:
            yield path


def import_paths(
    archive: Archive,
    paths: Iterable[str | Path],
    *,
    year: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    readers: int | None = None,
) -> ImportReport:
    """Import files and folders; a file is written whole or not at all.

    ``progress(done, total, report)`` hears of each file once it is committed
    (or has failed), never while a transaction is open: a caller that blocks
    in it (a terminal's full pipe) holds up nobody else's writes, and a file
    is never reported as added before it is in the archive. When
    ``cancelled()`` turns true the file in progress is rolled back and the
    import stops, keeping the files before it. ``readers``: worker processes
    reading the files ahead (:mod:`.workers`; by default one fewer than the
    cores, none for a few files; 0 reads every file in this process).
    """
    archive.ensure_writable()
    files = list(expand(paths))
    report = ImportReport()
    batch = ImportBatch(archive)
    told = 0
    count = workers.default_count() if readers is None else readers
    ahead = (
        workers.Readers(files, count, year, figure_rows.own_text(archive.db))
        if count and len(files) >= workers.MIN_FILES
        else None
    )

    own: dict[Path, bool] = {}  # whether a file is the archive's (asked once)

    def is_own(path: Path) -> bool:
        if path not in own:
            own[path] = _is_the_archive(archive, path)
        return own[path]

    def known(path: Path) -> bool:
        """Left to this process: imported before, or the archive's own file
        (refused unread; a worker has no reason to read it)."""
        if is_own(path):
            return True
        return bool(
            archive.db.execute(
                "SELECT 1 FROM sources WHERE path = ? LIMIT 1", [str(path)]
            ).fetchone()
        )

    def tell() -> None:
        nonlocal told
        for done in range(told, len(report.files)):
            if progress:
                progress(done + 1, len(files), report.files[done])
        told = len(report.files)

    def committed() -> None:
        batch.commit()
        tell()

    with Index(archive.db).bulk():
        try:
            for number, path in enumerate(files):
                # taken before the batch goes on: waiting for a worker, the
                # files so far are committed first (no transaction waits)
                reading = ahead.take(number, known, committed) if ahead else None
                batch.begin()
                if not _import_one(
                    archive,
                    path,
                    year=year,
                    cancelled=cancelled,
                    report=report,
                    batch=batch,
                    reading=reading,
                    archive_file=own.pop(path, None),
                ):
                    break
                if batch.due():
                    batch.commit()
                    tell()
            batch.commit()
            tell()
        finally:
            batch.rollback()  # only if something went wrong before the commit
            if ahead is not None:
                ahead.close()
    return report


def _import_one(
    archive: Archive,
    path: Path,
    *,
    year: int | None,
    cancelled: Callable[[], bool],
    report: ImportReport,
    batch: ImportBatch,
    reading: FileReading | None,
    archive_file: bool | None = None,
) -> bool:
    """Import one file into ``report``; False when the import is cancelled."""
    if cancelled():
        report.cancelled = True
        return False
    try:
        file_report = import_file(
            archive,
            path,
            year=year,
            cancelled=cancelled,
            batch=batch,
            reading=reading,
            archive_file=archive_file,
        )
    except Cancelled:
        report.cancelled = True
        return False
    except Exception as error:  # a bug in reading one page must not stop the rest
        file_report = _failed(
            FileReport(str(path)), f"internal error: {error!r}", "internal", repr(error)
        )
    report.files.append(file_report)
    return True


class ImportBatch:
    """Imported files committed together, with their records' index entries,
    as one write of the write path (:mod:`archive.journal`).

    Each file is written inside a savepoint of the batch's transaction (its own
    ``atomic()`` block), so a file that fails or is cancelled is rolled back
    alone. About four times a second the records of the files done so far are
    indexed and everything is committed at once: a transaction per small file
    made SQLite write the same pages again for every file, and FTS5 a segment
    each. Records and their index entries are always committed together; a
    kill loses at most the files of the batch in progress, which the next
    import of the folder adds.
    """

    def __init__(self, archive: Archive) -> None:
        self.db, self.journal = archive.db, archive.journal
        self.write: Write | None = None
        self.files: list[FileReport] = []  # written in the open transaction
        self.known: dict[str, str] = {}  # index tokens of their fields
        self.started = time.monotonic()

    def begin(self) -> None:
        if self.write is not None and not self.db.conn.in_transaction:
            self.write = None  # SQLite undid the whole batch (a full disk)
        if self.write is None:
            self._lost()
            self.write = self.journal.write("Import", kind="import")
            self.write.__enter__()
            self.started = time.monotonic()

    def due(self) -> bool:
        return time.monotonic() - self.started >= COMMIT_EVERY

    def add(self, report: FileReport, written: Written, known: dict[str, str]) -> None:
        """A file written in the batch; ``known``: its fields' index tokens,
        if a worker worked them out (:meth:`.FileReading.whole`)."""
        assert self.write is not None
        self.known.update(known)
        self.write.documents_new(written.fresh)
        self.write.documents_after(written.changed)
        self.write.changed(
            Changes(
                articles=frozenset(written.touched),
                captions=frozenset(report.captions),
                membership=True,
            )
        )
        self.files.append(report)

    def commit(self) -> None:
        if self.write is not None and self.db.conn.in_transaction:
            self.write.detail = json.dumps(
                [f.path for f in self.files], ensure_ascii=False
            )
            with known_tokens(self.known):
                self.write.__exit__(None, None, None)
            self.files = []
        self.write = None
        self.known = {}
        self._lost()

    def rollback(self) -> None:
        if self.write is not None:
            self.write.__exit__(Cancelled, Cancelled(), None)  # rolls back
            self.write = None
        self.known = {}
        self._lost()

    def _lost(self) -> None:
        """The transaction ended without a commit (SQLite rolls the whole of it
        back on some errors, a full disk among them): its files are not in the
        archive, and their reports must say so."""
        for report in self.files:
            _failed(
                report,
                "the archive could not keep this file (an error in a later file "
                "undid the batch it was written with); import it again",
                "lost",
            )
        self.files = []


def import_file(  # noqa: PLR0911 (one early return per way a file can fail)
    archive: Archive,
    path: Path,
    *,
    year: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    batch: ImportBatch,
    reading: FileReading | None = None,
    archive_file: bool | None = None,
) -> FileReport:
    """Import one file; failures are reported, never raised (except Cancelled).

    The file is a savepoint of the ``batch``'s transaction, and its records
    are indexed when the batch commits. ``reading``: the file already read
    (by a worker, :mod:`.workers`); else it is read here, only as far as the
    archive's answers need. ``archive_file``: whether ``path`` is the
    archive's own file, if already asked (:func:`_is_the_archive`).
    """
    report = FileReport(str(path))
    if archive_file is None:
        archive_file = _is_the_archive(archive, path)
    if archive_file:
        return _failed(
            report,
            "this is the archive's own file (or its journal), not a page",
            "archive_itself",
        )
    file = reading or FileReading(path, year)
    failure = file.load()
    if failure:
        return _failed(report, *failure)
    if archive.db.execute(
        "SELECT 1 FROM sources WHERE sha256 = ?", [file.sha256]
    ).fetchone():
        report.status, report.message = "duplicate", "already imported"
        report.reason = "duplicate"
        return report
    failure = file.decode()
    if failure:
        return _failed(report, *failure)
    report.encoding = file.encoding
    same = archive.db.execute(
        "SELECT path FROM sources WHERE text_sha256 = ?", [file.text_sha256]
    ).fetchone()
    if same:
        report.status = "duplicate"
        report.message = f"same text as {Path(same[0]).name}, already imported"
        report.reason, report.detail = "same_text", Path(same[0]).name
        return report
    failure = file.read()
    if failure:
        return _failed(report, *failure)
    assert file.page is not None
    if file.replaced:
        report.message = f"{file.replaced} undecodable bytes shown as �"
        report.reason, report.detail = "replaced", str(file.replaced)
    try:
        with archive.db.atomic():
            assert batch.write is not None
            written = Writer(archive, report, batch.write).write(
                path=path,
                data=file.data,
                hashes=(file.sha256, file.text_sha256),
                kind=file.kind,
                text=file.text,
                page=file.page,
                figures=(file.figures_read_with, file.figures),
                prepared=file.prepared,
            )
            if cancelled():
                raise Cancelled
    except ArchiveError as error:
        return _failed(report, str(error), "archive", str(error))
    batch.add(report, written, file.tokens)
    return report


def _is_the_archive(archive: Archive, path: Path) -> bool:
    """Whether ``path`` is the archive's file, its WAL, shared memory or
    journal (by inode, so a link or another name is caught too). Such a file
    is never opened here: closing any descriptor of it would drop this
    process's SQLite locks on the archive."""
    return is_archive_file(archive.path, path)


def _failed(
    report: FileReport, message: str, reason: str, detail: str = ""
) -> FileReport:
    report.status, report.message = "failed", message
    report.reason, report.detail = reason, detail
    report.articles, report.captions, report.leftovers = [], [], 0
    return report
