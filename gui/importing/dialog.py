"""The import dialog: progress while files are read, then what became of each."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive import Archive, FileReport, ImportReport

from ..background import Job, Work
from ..i18n import number
from .summary_model import ImportSummaryModel


def import_files(
    archive_path: Path,
    paths: list[Path],
    *,
    editor: str | None,
    year: int | None,
    stop: threading.Event,
    work: Work,
) -> ImportReport:
    """Import ``paths`` on a connection of the worker's own; each committed
    file is reported as it comes."""
    with Archive.open(archive_path, editor=editor) as archive:
        return archive.import_files(
            paths, year=year, progress=work.report, cancelled=stop.is_set
        )


class ImportDialog(QDialog):
    """Imports files off the GUI thread and reports on them as they are kept.

    Signals:
        import_finished(object): the :class:`ImportReport`, once the job ends.
    """

    import_finished = Signal(object)

    def __init__(
        self,
        archive_path: Path,
        paths: list[Path],
        *,
        editor: str | None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.resize(760, 420)
        self.stop = threading.Event()
        self.job = Job(
            lambda work: import_files(
                archive_path, paths, editor=editor, year=year, stop=self.stop, work=work
            ),
            parent=self,
        )
        self.started = time.monotonic()
        self.articles = self.captions = 0
        self.report: ImportReport | None = None
        self.progress = QProgressBar(self)
        self.status = QLabel(self.tr("Reading files…"), self)
        self.summary = ImportSummaryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.summary)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.rejected.connect(self.cancel_or_close)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.progress, self.table, self.buttons):
            layout.addWidget(widget)
        self.job.progressed.connect(lambda done: self._on_file_done(*done))
        self.job.succeeded.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)

    def start(self) -> None:
        self.job.start()

    def cancel_or_close(self) -> None:
        if self.report is None:
            self.stop.set()
            self.status.setText(
                self.tr("Cancelling: the file in progress is rolled back…")
            )
            self.buttons.setEnabled(False)
        else:
            self.accept()

    def reject(self) -> None:  # Esc and the window's close button
        self.cancel_or_close()

    def _on_file_done(self, done: int, total: int, report: FileReport) -> None:
        self.summary.add(report)
        for column in range(self.summary.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        self.table.scrollToBottom()
        self.articles += len(report.articles)
        self.captions += len(report.captions)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        elapsed = time.monotonic() - self.started
        left = round(elapsed / done * (total - done))
        self.status.setText(
            self.tr("%1 of %2 files · %3 articles · %4 captions · about %5 s left")
            .replace("%1", number(done))
            .replace("%2", number(total))
            .replace("%3", number(self.articles))
            .replace("%4", number(self.captions))
            .replace("%5", str(left))
        )

    def _on_finished(self, report: ImportReport) -> None:
        self.report = report
        document = report.as_json()
        text = self.tr(
            "Done: %1 articles and %2 captions from %3 files; "
            "%4 already imported, %5 failed."
        )
        if report.cancelled:
            text = self.tr(
                "Cancelled: %1 articles and %2 captions from %3 files were "
                "kept; %4 already imported, %5 failed."
            )
        self.status.setText(
            text.replace("%1", number(document["articles_added"]))
            .replace("%2", number(document["captions_added"]))
            .replace("%3", number(report.count("added") + report.count("updated")))
            .replace("%4", number(document["duplicates"]))
            .replace("%5", number(len(document["errors"])))
        )
        self._finish()
        self.import_finished.emit(report)

    def _on_failed(self, error: BaseException) -> None:
        self.report = ImportReport()
        self.status.setText(
            self.tr("The import could not start: %1").replace("%1", str(error))
        )
        self._finish()
        self.import_finished.emit(self.report)

    def _finish(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.setEnabled(True)
