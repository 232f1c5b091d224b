"""The Compare view's figures: a table under the columns, one row per
indicator and one cell per place (its latest total and year), the sentence
on hover, the article read in that place's column on a click, conflicts
flagged, and an editor's confirm, reject or correct from a context menu."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive import (
    Archive,
    ArchiveError,
    Cell,
    Changes,
    ClearCuration,
    Command,
    ComparePlace,
    ConfirmFigure,
    CorrectFigure,
    FigureTable,
    RejectFigure,
    SetIndicators,
    StoredFigure,
)

from ..background import Job, Work
from ..session import Session
from .figures_chart import ChartPane
from .figures_dictionary import IndicatorDialog
from .figures_model import FiguresModel, amount

_EXPORTS = (
    ("csv", "CSV (*.csv)"),
    ("md", "Markdown (*.md)"),
    ("html", "HTML (*.html)"),
)


def read_table(archive: Archive, places: Sequence[ComparePlace]) -> tuple:
    """The table and the citations of every figure it shows (in a worker)."""
    table = archive.figure_table(places)
    figures = [c.figure for c in table.cells.values()]
    figures += [o.figure for c in table.cells.values() for o in c.others]
    return table, archive.figure_citations([f.article_id for f in figures])


class FiguresPanel(QWidget):
    """Signals:
    open_figure(str, object): read this :class:`StoredFigure` in the column
        of the place with this key.
    chart_requested(str): draw the indicator with this name.
    exported(bool): an export begun by :meth:`write_export` is written (or not).
    """

    open_figure = Signal(str, object)
    chart_requested = Signal(str)
    exported = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figures")
        self.session = session
        self.places: list[ComparePlace] = []
        self._job: Job | None = None
        self._reading: Job | None = None
        self._export: Job | None = None
        self._build()
        session.changes_made.connect(self._on_changes)
        session.archive_changed.connect(lambda _: self.refresh())

    def _build(self) -> None:
        self.status = QLabel(self)
        self.status.setStyleSheet("color: gray")
        self.chart_button = QPushButton(self.tr("Chart…"), self)
        self.chart_button.setToolTip(self.tr("The chosen indicator across years"))
        self.chart_button.clicked.connect(self._chart_current)
        self.dictionary_button = QPushButton(self.tr("Indicators…"), self)
        self.dictionary_button.setToolTip(
            self.tr("Edit the indicators figures are read for, their names and units")
        )
        self.dictionary_button.clicked.connect(self.edit_dictionary)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export Figures"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for format, _ in _EXPORTS:
            menu.addAction(format.upper(), partial(self.export, format))
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.dictionary_button)
        top.addWidget(self.chart_button)
        top.addWidget(self.export_button)
        self.model = FiguresModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.clicked.connect(self.open_cell)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self._chart_row(current.row())
        )
        self.chart = ChartPane(self.session, self)  # the chosen row's indicator
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        split.addWidget(self.chart)
        split.setSizes([320, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._show_status()

    # What it shows

    def set_places(self, places: Sequence[ComparePlace]) -> None:
        self.places = list(places)
        self.refresh()

    @property
    def busy(self) -> bool:
        jobs = (self._job, self._reading, self._export)
        running = any(job is not None and job.running for job in jobs)
        return running or self.chart.busy

    def refresh(self) -> None:
        """Read the table again (off the GUI thread where the archive is a file)."""
        archive = self.session.archive
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if archive is None or not self.places:
            self._shown(None)
            return
        if archive.figures_stale and self.session.writable:
            self._read_figures(archive)
            return
        places = list(self.places)
        if archive.path is None:
            self._shown(read_table(archive, places))
            return

        def read(work: Work) -> tuple:
            with archive.reader() as reader:
                work.interrupt_with(reader.db.conn)
                return read_table(reader, places)

        self._job = Job(read, parent=self)
        self._job.succeeded.connect(self._shown)
        self._job.failed.connect(self.session.report_failure)
        self._job.start()

    def edit_dictionary(self) -> None:
        """Edit the archive's indicators; saved, the figures are read again."""
        archive = self.session.archive
        if archive is None:
            return
        edited = IndicatorDialog.ask(
            archive.indicators(),
            archive.shipped_indicators(),
            writable=self.session.writable,
            parent=self,
        )
        if edited is None or edited == archive.indicators():
            return
        try:
            command = SetIndicators(edited)
        except ArchiveError as error:
            self.session.report_failure(error)
            return
        if self.session.perform(command) is not None and archive.figures_stale:
            self._read_figures(archive)

    def _read_figures(self, archive: Archive) -> None:
        """Figures not yet read (an upgraded archive) or read with another
        indicator dictionary are read again, once."""
        if self._reading is not None and self._reading.running:
            return
        self.status.setText(self.tr("Reading the figures from the text…"))
        self.session.set_busy(True)

        def read(work: Work) -> int:
            if archive.path is None:
                return archive.read_figures()
            with archive.reader() as writer:
                return writer.read_figures(work.report)

        self._reading = Job(read, parent=self)
        self._reading.progressed.connect(self._on_reading)
        self._reading.succeeded.connect(lambda _: self._read())
        self._reading.failed.connect(self._read_failed)
        self._reading.start()

    def _read(self) -> None:
        self.session.set_busy(False)
        self.refresh()

    def _read_failed(self, error: BaseException) -> None:
        self.session.set_busy(False)
        self.session.report_failure(error)

    def _on_reading(self, value: tuple) -> None:
        done, total = value
        self.status.setText(
            self.tr("Reading the figures from the text… %1%").replace(
                "%1", str(done * 100 // max(total, 1))
            )
        )

    def _shown(self, result: tuple | None) -> None:
        labels = {p.key: p.label for p in self.places}
        if result is None:
            self.model.set_table(FigureTable((), ()), labels, {})
        else:
            table, citations = result
            shown = self.chart.indicator
            self.model.set_table(table, labels, citations)
            if shown in table.indicators:
                row = table.indicators.index(shown)
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        self._show_status()
        indicators = self.model.table.indicators
        self._chart_row(
            indicators.index(self.chart.indicator)
            if self.chart.indicator in indicators
            else 0
        )

    def _show_status(self) -> None:
        table = self.model.table
        conflicts = sum(c.conflict for c in table.cells.values())
        if not self.places:
            text = self.tr("Add places above to compare their figures.")
        elif not table.indicators:
            text = self.tr(
                "No figures are reported for these places yet. Figures are read "
                "from the articles' text as they are imported."
            )
        else:
            text = self.tr(
                "Each place's latest total and its year; hover for the sentence, "
                "click to read the article, right-click to confirm, reject or "
                "correct."
            )
            if conflicts:
                text += " " + self.tr("⚠ %1 with conflicting reports.").replace(
                    "%1", str(conflicts)
                )
        self.status.setText(text)
        has = bool(table.indicators)
        self.chart_button.setEnabled(has)
        self.export_button.setEnabled(has)

    def _on_changes(self, changes: Changes) -> None:
        if changes.figures or changes.membership or changes.everything:
            self.refresh()

    # Acting on a cell

    def cell_at(self, index: QModelIndex) -> Cell | None:
        return self.model.cell(index)

    def open_cell(self, index: QModelIndex) -> None:
        cell = self.cell_at(index)
        if cell is not None:
            self.open_figure.emit(cell.place, cell.figure)

    def _menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        cell = self.cell_at(index)
        if cell is None:
            return
        menu = self.cell_menu(cell)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def cell_menu(self, cell: Cell) -> QMenu:
        """The context menu of a cell (tests read its actions)."""
        menu = QMenu(self)
        writable = self.session.writable
        figure = cell.figure
        menu.addAction(
            self.tr("Read the Article"),
            lambda: self.open_figure.emit(cell.place, figure),
        )
        menu.addSeparator()
        for text, command in (
            (self.tr("Confirm %1"), ConfirmFigure),
            (self.tr("Reject %1"), RejectFigure),
        ):
            label = text.replace("%1", f"{amount(figure.value)}{figure.unit}")
            action = menu.addAction(
                label, partial(lambda c: self.curate(c(figure.id)), command)
            )
            action.setEnabled(writable)
        correct = menu.addAction(self.tr("Correct…"), lambda: self.correct(figure))
        correct.setEnabled(writable)
        if figure.status != "extracted":
            clear = menu.addAction(
                self.tr("Back to the Value Read"),
                lambda: self.curate(ClearCuration(figure.id)),
            )
            clear.setEnabled(writable)
        for other in cell.others:
            label = self.tr("Use %1 Instead (Confirm It)").replace(
                "%1", f"{amount(other.figure.value)}{other.figure.unit}"
            )
            action = menu.addAction(
                label, partial(lambda f: self.curate(ConfirmFigure(f.id)), other.figure)
            )
            action.setEnabled(writable)
        menu.addSeparator()
        menu.addAction(
            self.tr("Chart %1…").replace("%1", cell.indicator),
            lambda: self.chart_requested.emit(cell.indicator),
        )
        return menu

    def curate(self, command: Command) -> None:
        self.session.perform(command)

    def correct(self, figure: StoredFigure) -> None:
        value = self.ask_value(figure)
        if value is not None:
            self.curate(CorrectFigure(figure.id, value))

    def ask_value(self, figure: StoredFigure) -> float | None:
        """The value the sentence reports, asked of the editor (None if
        cancelled); tests replace this."""
        value, ok = QInputDialog.getDouble(
            self,
            self.tr("Correct Figure"),
            self.tr("%1 in this sentence, in %2:")
            .replace("%1", figure.indicator)
            .replace("%2", figure.unit)
            + "\n"
            + figure.sentence,
            figure.value,
            -1e15,
            1e15,
            4,
        )
        return value if ok else None

    def _chart_row(self, row: int) -> None:
        """The chart under the table follows the chosen row."""
        indicators = self.model.table.indicators
        indicator = indicators[row] if 0 <= row < len(indicators) else ""
        if indicator != self.chart.indicator or self.chart.places != self.places:
            self.chart.show_indicator(self.places, indicator)

    def _chart_current(self) -> None:
        index = self.view.currentIndex()
        indicators = self.model.table.indicators
        if indicators:
            row = index.row() if index.isValid() else 0
            self.chart_requested.emit(indicators[row])

    # Export

    def export(self, format: str) -> None:
        if not self.places:
            return
        name = "、".join(p.label for p in self.places) + f".{format}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Figures"),
            str(Path.home() / name),
            dict(_EXPORTS)[format],
        )
        if path:
            self.write_export(Path(path), format)

    def write_export(self, path: Path, format: str) -> bool:
        """Every figure of the places, with its citation, to ``path``; whether
        it was begun. Read off the GUI thread where the archive is a file (at a
        million articles four places hold some 600,000 figures: seconds of
        reading); :attr:`exported` tells when the file is written."""
        archive = self.session.archive
        if archive is None or (self._export is not None and self._export.running):
            return False
        places = list(self.places)
        title = self.tr("Figures: %1").replace(
            "%1", "、".join(p.label for p in self.places)
        )

        def text_of(reader: Archive) -> str:
            figures = [
                f
                for place in places
                for f in reader.figures(place=place, rejected=False)
            ]
            return reader.export_figures(figures, format=format, title=title)

        if archive.path is None:
            self._write(path, text_of(archive))
            return True

        def read(work: Work) -> str:
            with archive.reader() as reader:
                work.interrupt_with(reader.db.conn)
                return text_of(reader)

        self._export = Job(read, parent=self)
        self._export.succeeded.connect(lambda text: self._write(path, text))
        self._export.failed.connect(self._export_failed)
        self.status.setText(self.tr("Exporting to %1…").replace("%1", str(path)))
        self._export.start()
        return True

    def _export_failed(self, error: BaseException) -> None:
        self.exported.emit(False)
        self.session.report_failure(error)

    def _write(self, path: Path, text: str) -> None:
        try:
            path.write_text(text, "utf-8")
        except OSError as error:
            self.status.setText(
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
            self.exported.emit(False)
            return
        self.status.setText(self.tr("Exported to %1").replace("%1", str(path)))
        self.exported.emit(True)

    def close_down(self) -> None:
        self.chart.cancel()
        for job in (self._job, self._reading, self._export):
            if job is not None:
                job.cancel()
