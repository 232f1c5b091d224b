"""The Compare view's tag × place matrix: tags down, the compared places
across (or transposed), each cell the place's records carrying the tag, as a
count, present/absent or a share of the place's records, shaded as a heat map
with row and column totals. A cell's passages are read beside the table; a
double click lists the row's records in the columns; a cell takes a note."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive import (
    ArchiveError,
    ComparePlace,
    FacetValue,
    Matrix,
    MatrixError,
    NoteTarget,
    matrix_csv,
)

from ..background import Job, Work
from ..session import Session
from .matrix_model import MatrixModel

MAX_QUOTES = 200


class MatrixPanel(QWidget):
    """Signals:
    list_records(str): show the records carrying this tag in the columns.
    open_record(str, int): read this record in the Browse view.
    note_requested(object): show the notes of this :class:`NoteTarget`.
    """

    list_records = Signal(str)
    open_record = Signal(str, int)
    note_requested = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrix")
        self.session = session
        self.places: list[ComparePlace] = []
        self.query = ""
        self.stale = True
        self._job: Job | None = None
        self._build()

    def _build(self) -> None:
        self.model = MatrixModel(self)
        controls = self._build_controls()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setMinimumSectionSize(84)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.clicked.connect(self._show_passages)
        self.table.doubleClicked.connect(self._list_row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.passages_head = QLabel(self.tr("Choose a cell to read its passages."))
        self.passages_head.setWordWrap(True)
        self.passages = QListWidget(self)
        self.passages.setWordWrap(True)
        self.passages.itemActivated.connect(self._open_passage)
        self.passages.itemDoubleClicked.connect(self._open_passage)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.passages_head)
        side_layout.addWidget(self.passages, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    def _build_controls(self) -> QHBoxLayout:
        self.parent_box = QComboBox(self)
        self.parent_box.setEditable(True)
        self.parent_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.parent_box.lineEdit()  # an editable box has one
        assert line is not None
        line.setPlaceholderText(self.tr("Top-level tags"))
        self.parent_box.setMinimumContentsLength(12)
        self.parent_box.setToolTip(
            self.tr("The rows are this tag's children (the top-level tags if empty)")
        )
        self.rollup_box = QCheckBox(self.tr("Count each tag with its children"), self)
        self.rollup_box.setChecked(True)
        self.mode_box = QComboBox(self)
        for mode, label in (
            ("count", self.tr("Records")),
            ("present", self.tr("Present or absent")),
            ("share", self.tr("Share of the place's records")),
        ):
            self.mode_box.addItem(label, mode)
        self.transpose_box = QCheckBox(self.tr("Transpose"), self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.parent_box.activated.connect(lambda _: self.refresh())
        line.returnPressed.connect(self.refresh)
        self.rollup_box.toggled.connect(lambda _: self.refresh())
        self.mode_box.currentIndexChanged.connect(
            lambda _: self.model.set_mode(self.mode_box.currentData())
        )
        self.transpose_box.toggled.connect(self.model.set_transposed)
        self.export_button.clicked.connect(self.export)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Rows:"), self))
        controls.addWidget(self.parent_box, 1)
        for widget in (
            self.rollup_box,
            self.mode_box,
            self.transpose_box,
            self.export_button,
        ):
            controls.addWidget(widget)
        return controls

    # Values and requests

    def set_tags(self, facets: dict[str, list[FacetValue]]) -> None:
        """Offer the archive's tags as parents of the rows."""
        text = self.parent_box.currentText()
        self.parent_box.blockSignals(True)
        self.parent_box.clear()
        self.parent_box.addItem("")
        self.parent_box.addItems(sorted(str(v.value) for v in facets.get("tag", [])))
        self.parent_box.setCurrentText(text)
        self.parent_box.blockSignals(False)

    def request(self, places: Sequence[ComparePlace], query: str) -> None:
        """Show the matrix of ``places`` under ``query`` (made when seen)."""
        self.places, self.query = list(places), query
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.running

    def wait(self, seconds: float | None = None) -> bool:
        return self._job.wait(seconds) if self._job is not None else True

    def refresh(self) -> None:
        self.stale = False
        if self._job is not None:
            self._job.cancel()
            self._job = None
        archive = self.session.archive
        if archive is None or len(self.places) < 1:
            self.model.set_matrix(None)
            self._say(self.tr("Add the places to compare first."))
            return
        places, query = list(self.places), self.query
        parent = self.parent_box.currentText().strip() or None
        rollup = self.rollup_box.isChecked()
        self._say(self.tr("Counting…"))
        if archive.path is None:  # in memory: one connection, used here
            try:
                made = archive.compare_matrix(
                    places, query, parent=parent, rollup=rollup
                )
            except ArchiveError as error:
                self._failed(error)
                return
            self._show(made)
            return

        def make(work: Work) -> Matrix:
            with archive.reader() as reader:
                work.interrupt_with(reader.db.conn)
                return reader.compare_matrix(
                    places, query, parent=parent, rollup=rollup
                )

        self._job = Job(make, parent=self)
        self._job.succeeded.connect(self._show)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _show(self, made: Matrix) -> None:
        self.model.set_matrix(made)
        self.passages.clear()
        self.passages_head.setText(self.tr("Choose a cell to read its passages."))
        if made.cut:
            self._say(
                self.tr("Only the first %1 tags are shown.").replace(
                    "%1", str(len(made.rows))
                )
            )
        elif made.grand_total == 0:
            self._say(
                self.tr(
                    "None of these places' records under the filter carries these tags."
                )
            )
        else:
            self._say("")

    def _failed(self, error: BaseException) -> None:
        self.model.set_matrix(None)
        if isinstance(error, MatrixError):
            if error.reason == "no_tag":
                text = self.tr("There is no tag called %1.").replace("%1", error.name)
            else:
                text = self.tr(
                    "This archive has no tags yet: tag records in the Browse view "
                    "and their counts by place show here."
                )
            self._say(text)
            return
        if isinstance(error, ArchiveError):
            self._say(str(error))
            return
        self.session.report_failure(error)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # Cells

    def _show_passages(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        matrix, archive = self.model.matrix, self.session.archive
        self.passages.clear()
        if cell is None or matrix is None or archive is None:
            return
        row, place = cell
        found = matrix.passages(row, place)
        self.passages_head.setText(
            self.tr("%1 · %2: %3 passages")
            .replace("%1", matrix.places[place].label)
            .replace("%2", matrix.rows[row].path)
            .replace("%3", str(len(found)))
        )
        for quote in archive.matrix_quotes(found[:MAX_QUOTES]):
            item = QListWidgetItem(
                f"“{quote.text}”\n— {quote.title} {quote.date or ''}".rstrip()
            )
            item.setData(Qt.ItemDataRole.UserRole, quote.passage.article_id)
            self.passages.addItem(item)

    def _open_passage(self, item: QListWidgetItem) -> None:
        article = item.data(Qt.ItemDataRole.UserRole)
        if article is not None:
            self.open_record.emit("article", int(article))

    def _list_row(self, index: QModelIndex) -> None:
        row = self.model.tag_row(index)
        if row is not None and self.model.matrix is not None:
            self.list_records.emit(self.model.matrix.rows[row].path)

    def _menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        row = self.model.tag_row(index)
        cell = self.model.cell(index)
        matrix = self.model.matrix
        if row is None or matrix is None:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("List Its Records in the Columns"),
            lambda: self.list_records.emit(matrix.rows[row].path),
        )
        if cell is not None:
            place = matrix.places[cell[1]]
            menu.addAction(
                self.tr("Read Its Passages"), lambda: self._show_passages(index)
            )
            menu.addAction(
                self.tr("Notes on This Cell…"),
                lambda: self.note_requested.emit(
                    NoteTarget(tag_id=matrix.rows[row].tag_id, cell=place.key)
                ),
            )
        menu.exec(self.table.viewport().mapToGlobal(point))

    # Export

    def csv(self) -> str | None:
        """The matrix as shown (mode, transposed) as CSV; None before one."""
        matrix = self.model.matrix
        if matrix is None:
            return None
        return matrix_csv(matrix, self.model.mode, transpose=self.model.transposed)

    def export(self) -> None:
        document = self.csv()
        if document is None:
            return
        name = "、".join(p.label for p in self.places) + ".csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Matrix"), str(Path.home() / name), "CSV (*.csv)"
        )
        if path:
            try:
                Path(path).write_text(document, "utf-8-sig")
            except OSError as error:
                self._say(
                    self.tr("Could not write %1: %2")
                    .replace("%1", path)
                    .replace("%2", error.strerror or str(error))
                )

    def close_down(self) -> None:
        if self._job is not None:
            self._job.cancel()
