"""The picture grid: the captions' cells in rows, each painted as its
picture (decoded and scaled off the GUI thread) and its text (laid out once
on the GUI thread)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QListView, QWidget

from .caption_model import CELL_ROLE, CaptionGridModel
from .thumbnails import CellDelegate, Thumbnails

PAD = QSize(24, 44)  # around the thumbnail: the label and photographers under it
Index = QModelIndex | QPersistentModelIndex


class PictureGrid(QListView):
    """A QListView in icon mode, placed by Qt (rows, selection, keys, the
    cell under the mouse), painted here: the cells in the part of the view
    to paint, each the model's picture and its text laid out once, over the
    selection's colour.

    Qt's own painting asked the model, through Python, for each cell's
    data and three times for the row count (54 calls a screen); and for a
    range of rows changed (a batch of cells drawn) it walked every row of
    the range, 800 calls of ``rowCount`` for one batch. Each call took the
    GIL from the worker drawing cells: the first pass of a scroll stalled.
    Here a range changed repaints the view once, and a paint asks Qt only
    where the first cells are. ``own_painting = False`` paints the Qt way
    (with :class:`CellDelegate`, the text drawn by QPainter.drawText), the
    same picture: the reference.
    """

    def __init__(
        self, model: CaptionGridModel, thumbnails: Thumbnails, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.own_painting = True
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(
            thumbnails.loading.size().expandedTo(thumbnails.cannot_show.size())
        )
        self.setGridSize(self.iconSize() + PAD)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        # placed in rows, not free to drag about: Qt's free icon layout looks
        # the cells of every paint up in a tree of all 20,000
        self.setMovement(QListView.Movement.Static)
        thumbnails.cell_size = self.gridSize()
        self.thumbnails = thumbnails
        self.setItemDelegate(CellDelegate(CELL_ROLE, thumbnails, self))
        self._placed: Placement | None = None

    def grid_model(self) -> CaptionGridModel:
        model = self.model()
        assert isinstance(model, CaptionGridModel)
        return model

    def dataChanged(
        self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()
    ) -> None:
        """One repaint for a range of cells changed (Qt's own walks each)."""
        if top_left == bottom_right:
            super().dataChanged(top_left, bottom_right, list(roles))
        else:
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.own_painting or self.isRightToLeft():
            super().paintEvent(event)
            return
        model = self.grid_model()
        count = model.rowCount()
        placed = self._placement(count)
        if placed is None:
            return
        area = event.rect()
        dx = placed.left - self.horizontalOffset()
        dy = placed.top - self.verticalOffset()
        step_x, step_y = placed.step_x, placed.step_y
        width, height = placed.width, placed.height
        first = max(0, (area.top() - dy) // step_y)
        last = (area.bottom() - dy) // step_y
        chosen = {i.row() for i in self.selectionModel().selectedIndexes()}
        highlight = QColor(self.palette().highlight().color())
        highlight.setAlpha(90)
        painter = QPainter(self.viewport())
        cells = self.thumbnails
        cells.prepare(painter)
        for line in range(first, last + 1):
            for column in range(placed.columns):
                at = line * placed.columns + column
                if at >= count:
                    break
                cell = QRect(dx + column * step_x, dy + line * step_y, width, height)
                if not cell.intersects(area):
                    continue
                if at in chosen:
                    painter.fillRect(cell, highlight)
                picture, text = model.cell(at)
                cells.paint_cell(painter, cell, picture, text)
        painter.end()

    def _placement(self, count: int) -> Placement | None:
        """Where Qt placed the cells: asked of Qt again when the width, the
        count or the cells' size changed (a handful of calls, not one a
        cell)."""
        if count == 0:
            return None
        size = self.gridSize()
        key = (size.width(), size.height(), count, self.viewport().width())
        if self._placed is not None and self._placed.key == key:
            return self._placed
        model = self.model()

        def at(row: int) -> QRect:
            return self.rectForIndex(model.index(row, 0))

        first = at(0)
        columns = max(1, min(count, self.viewport().width() // max(1, first.width())))
        while columns < count and at(columns).y() == first.y():
            columns += 1
        while columns > 1 and at(columns - 1).y() != first.y():
            columns -= 1
        step_x = at(1).x() - first.x() if columns > 1 else first.width()
        step_y = at(columns).y() - first.y() if count > columns else first.height()
        self._placed = Placement(
            key,
            first.x(),
            first.y(),
            columns,
            step_x,
            step_y,
            first.width(),
            first.height(),
        )
        return self._placed


class Placement(NamedTuple):
    """The grid's cells as Qt placed them (in the contents' coordinates)."""

    key: tuple[int, int, int, int]
    left: int
    top: int
    columns: int
    step_x: int
    step_y: int
    width: int
    height: int
