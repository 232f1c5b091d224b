"""Importing files off the GUI thread, with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from archive import Archive, ArchiveError, FileReport, ImportReport


class ImportSignals(QObject):
    """Signals of an :class:`ImportJob`, created on the GUI thread.

    Signals:
        file_done(int, int, object): files done, files in all, the
            :class:`FileReport` of the file just done.
        finished(object): the :class:`ImportReport` (also when cancelled).
        failed(str): the import could not start (the archive would not open).
    """

    file_done = Signal(int, int, object)
    finished = Signal(object)
    failed = Signal(str)


class ImportJob(QRunnable):
    """Runs :meth:`Archive.import_files` on its own connection to the archive file."""

    def __init__(
        self,
        archive_path: Path,
        paths: list[Path],
        *,
        editor: str | None,
        year: int | None = None,
    ) -> None:
        super().__init__()
        self.archive_path = archive_path
        self.paths = paths
        self.editor = editor
        self.year = year
        self.signals = ImportSignals()
        self._cancelled = False

    def cancel(self) -> None:
        """Stop after rolling back the file in progress."""
        self._cancelled = True

    def run(self) -> None:
        try:
            with Archive.open(self.archive_path, editor=self.editor) as archive:
                report = archive.import_files(
                    self.paths,
                    year=self.year,
                    progress=self._progress,
                    cancelled=lambda: self._cancelled,
                )
        except ArchiveError as error:
            self.signals.failed.emit(str(error))
            return
        self.signals.finished.emit(report)

    def _progress(self, done: int, total: int, report: FileReport) -> None:
        self.signals.file_done.emit(done, total, report)


__all__ = ["FileReport", "ImportJob", "ImportReport", "ImportSignals"]
