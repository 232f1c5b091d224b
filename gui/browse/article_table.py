"""The article list's table: columns sized for their contents, matches shown
in the title and match columns."""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QRect, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionFocusRect,
    QTableView,
    QWidget,
)

from .article_model import SNIPPET_COLUMN, TITLE_COLUMN, ArticleListModel
from .highlight_delegate import HighlightDelegate, TextDelegate

PHOTOS_COLUMN = 5  # right-aligned, as numbers are

# A sample of each column's widest everyday content.
_SAMPLES = (
    (0, "2024-12-31"),
    (1, "平顶山"),
    (2, "焦作日报"),
    (3, "科技视界"),
    (5, "99"),
    (6, "科技/人才/院士"),
)


_CHOOSING = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ArticleTable(QTableView):
    """A :class:`QTableView` over an :class:`ArticleListModel`.

    Pressing a row that is not selected (or with Shift, Ctrl or ⌘) and
    moving selects rows as the mouse goes; only a press on a selected row,
    without a modifier, drags the selection (onto a tag in the sidebar).
    """

    # how long one paint may take before the rows left are painted on the
    # next pass of the event loop (None: all at once, as for a screenshot)
    paint_budget_s: float | None = 0.008

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.list_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().hide()
        # the header paints from a selection of its own, always empty: asked
        # whether each column is selected whole, Qt walks the rows selected
        # through the model, three calls into Python a row and a column
        # (10,000 selected rows: 2-10 s of the GUI thread after a bulk
        # tagging, each call waiting for a worker thread to let go the GIL)
        self.horizontalHeader().setSelectionModel(QItemSelectionModel(model, self))
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self._size_columns()
        self.highlighter = HighlightDelegate(self)
        self.plain = TextDelegate(self)  # the other columns' text, laid out once
        self.setItemDelegateForColumn(SNIPPET_COLUMN, self.highlighter)
        self.setItemDelegateForColumn(TITLE_COLUMN, self.highlighter)
        self.setColumnHidden(SNIPPET_COLUMN, True)
        self.setDragEnabled(True)  # rows dragged onto a tag in the sidebar
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rows in ``event``'s rectangle drawn here, each from one call
        into the model and its cells' text laid out once and kept: Qt's own
        paint called into Python nine times a cell (index, flags, seven
        roles), 40-60 ms a paint at a million articles, each call waiting
        for the GIL a worker held (issue 17). Rows not read yet are asked
        for, not read, and drawn empty until they come."""
        painter = QPainter(self.viewport())
        self.list_model.painting = True
        try:
            self._paint_rows(painter, event.rect())
        finally:
            self.list_model.painting = False
            painter.end()

    def _paint_rows(self, painter: QPainter, area: QRect) -> None:
        model = self.list_model
        count = model.rowCount()
        first = self.rowAt(area.top())
        if first < 0:
            if not count or area.top() >= self.rowViewportPosition(count - 1):
                return
            first = 0
        last = self.rowAt(area.bottom())
        last = count - 1 if last < 0 else last
        columns = self._columns_in(area)
        if not columns:
            return
        left = columns[0][1]
        right = columns[-1][1] + columns[-1][2]
        group = (
            QPalette.ColorGroup.Active
            if self.isActiveWindow()
            else QPalette.ColorGroup.Inactive
        )
        palette = self.palette()
        text = palette.color(group, QPalette.ColorRole.Text)
        chosen = palette.color(group, QPalette.ColorRole.HighlightedText)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        alternate = palette.color(group, QPalette.ColorRole.AlternateBase)
        selected = self._selected_spans()
        current = self.currentIndex()
        focus = current.row() if current.isValid() and self.hasFocus() else -1
        font = self.font()
        painter.setFont(font)
        for drawer in (self.plain, self.highlighter):
            drawer.use_font(font)
        budget = self.paint_budget_s
        deadline = None if budget is None else time.perf_counter() + budget
        for row in range(first, last + 1):
            top, height = self.rowViewportPosition(row), self.rowHeight(row)
            if deadline is not None and row > first and time.perf_counter() > deadline:
                # the rest on the next pass of the event loop: a new list's
                # rows, each cell's text laid out for the first time, took
                # 20-30 ms of the GUI thread in one paint (issue 17)
                rest = QRect(area.left(), top, area.width(), area.bottom() - top + 1)
                self.viewport().update(rest)
                break
            band = QRect(left, top, right - left, height)
            on = any(a <= row <= b for a, b in selected)
            if on:
                painter.fillRect(band, highlight)
            elif row % 2 and self.alternatingRowColors():
                painter.fillRect(band, alternate)
            cells = model.cells(row)
            if cells is not None:
                pen = chosen if on else text
                self._draw_cells(painter, cells, columns, (top, height), pen)
            if row == focus:
                option = QStyleOptionFocusRect()
                option.initFrom(self)
                option.rect = band
                option.backgroundColor = highlight if on else palette.base().color()
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
                )

    def _draw_cells(
        self,
        painter: QPainter,
        cells: list[str],
        columns: list[tuple[int, int, int]],
        span: tuple[int, int],
        pen: QColor,
    ) -> None:
        """One row's cells (``columns``: column, x, width; ``span``: the
        row's top and height), in ``pen``."""
        top, height = span
        painter.setPen(pen)
        for logical, x, width in columns:
            value = cells[logical]
            if not value:
                continue
            drawer = (
                self.highlighter
                if logical in (TITLE_COLUMN, SNIPPET_COLUMN)
                else self.plain
            )
            drawer.draw_in_row(
                painter,
                (x, top, width, height),
                value,
                pen,
                right=logical == PHOTOS_COLUMN,
            )

    def _columns_in(self, area: QRect) -> list[tuple[int, int, int]]:
        """The columns shown across ``area``, in order: (column, x, width)."""
        header = self.horizontalHeader()
        columns = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            x, width = self.columnViewportPosition(logical), self.columnWidth(logical)
            if header.isSectionHidden(logical) or width <= 0:
                continue
            if x + width > area.left() and x <= area.right():
                columns.append((logical, x, width))
        return columns

    def _selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows, as (first, last) spans (rows are selected whole)."""
        selection = self.selectionModel().selection()
        return [
            (part.top(), part.bottom())
            for part in (selection.at(i) for i in range(selection.count()))
        ]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        self.setDragEnabled(
            event.button() == Qt.MouseButton.LeftButton
            and not event.modifiers() & _CHOOSING
            and index.isValid()
            and self.selectionModel().isRowSelected(index.row(), index.parent())
        )
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setDragEnabled(True)

    def _size_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in _SAMPLES:
            label = str(self.list_model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(sample), metrics.horizontalAdvance(label)
            )
            header.resizeSection(column, width + 20)
        header.setMinimumSectionSize(metrics.horizontalAdvance("99") + 12)

    def show_snippets(self, shown: bool) -> None:
        """While searching the match column takes the spare width, else the title."""
        if shown == (not self.isColumnHidden(SNIPPET_COLUMN)):
            return
        header = self.horizontalHeader()
        self.setColumnHidden(SNIPPET_COLUMN, not shown)
        stretch, fixed = (
            (SNIPPET_COLUMN, TITLE_COLUMN) if shown else (TITLE_COLUMN, SNIPPET_COLUMN)
        )
        header.setSectionResizeMode(fixed, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if shown:
            header.resizeSection(
                TITLE_COLUMN, self.fontMetrics().horizontalAdvance("中" * 10)
            )

    def current_article_id(self) -> int | None:
        index = self.currentIndex()
        return self.list_model.article_id(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.list_model.rowCount():
            index = self.list_model.index(row, TITLE_COLUMN)
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            # centred up and down only: across, the list stays where it was (a
            # narrow window scrolled the date and city out of sight)
            across = self.horizontalScrollBar().value()
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.horizontalScrollBar().setValue(across)

    def select_keys(self, keys: set[int]) -> None:
        """Add the rows of the records ``keys`` to the selection (the current
        row stays current): a list refreshed after an edit keeps what was
        chosen."""
        rows = self.list_model.rows_of(keys)
        if not rows:
            return
        selection = QItemSelection()
        last = self.list_model.columnCount() - 1
        start = previous = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            selection.select(
                self.list_model.index(start, 0), self.list_model.index(previous, last)
            )
            if row is not None:
                start = previous = row
        self.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.Select
        )

    def selected_article_ids(self) -> list[int]:
        """The articles among the selected rows (not the captions and notes
        a search lists beside them)."""
        return self.list_model.article_keys_at(self.selected_rows())

    def selected_keys(self) -> list[int]:
        """The record keys of the selected rows, whatever their kind."""
        return self.list_model.keys_at(self.selected_rows()).tolist()

    def selected_rows(self) -> list[int]:
        """The selected rows, in order, read from the selection's ranges
        (``selectedRows()`` asks the model's flags for every cell: 10,000
        rows took six seconds)."""
        rows: set[int] = set()
        selection = self.selectionModel().selection()
        for at in range(selection.count()):  # (not iterable in PySide6's stubs)
            part = selection.at(at)
            rows.update(range(part.top(), part.bottom() + 1))
        return sorted(rows)
