"""The matrix as a Qt table: tags down, places across (or transposed), the
last row and column the totals, each cell shaded by how full it is."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import QWidget

from archive import Matrix

_HEAT = QColor(214, 96, 48)
_Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class MatrixModel(QAbstractTableModel):
    """A :class:`Matrix` as a table; the last row and column the totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.mode = "count"
        self.transposed = False
        self._top = 0.0  # the largest cell in the mode: asked once, not per cell

    def set_matrix(self, matrix: Matrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._top = matrix.maximum(self.mode) if matrix is not None else 0.0
        self.endResetModel()

    def set_mode(self, mode: str) -> None:
        self.beginResetModel()
        self.mode = mode
        self._top = self.matrix.maximum(mode) if self.matrix is not None else 0.0
        self.endResetModel()

    def set_transposed(self, transposed: bool) -> None:
        self.beginResetModel()
        self.transposed = transposed
        self.endResetModel()

    # Cells in the matrix's own terms: (tag row, place) or None for a total

    def cell(self, index: _Index) -> tuple[int, int] | None:
        if self.matrix is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if self.transposed:
            row, column = column, row
        if row >= len(self.matrix.rows) or column >= len(self.matrix.places):
            return None
        return row, column

    def tag_row(self, index: _Index) -> int | None:
        """The tag row an index stands in (a total across places included)."""
        if self.matrix is None or not index.isValid():
            return None
        row = index.column() if self.transposed else index.row()
        return row if row < len(self.matrix.rows) else None

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:
        if self.matrix is None or parent.isValid():
            return 0
        return 1 + len(self.matrix.places if self.transposed else self.matrix.rows)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:
        if self.matrix is None or parent.isValid():
            return 0
        return 1 + len(self.matrix.rows if self.transposed else self.matrix.places)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        matrix = self.matrix
        if matrix is None or not index.isValid():
            return None
        cell = self.cell(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if cell is None:
            return self._total(index, role)
        row, place = cell
        roles = {
            Qt.ItemDataRole.DisplayRole: lambda: self.shown(
                matrix.value(row, place, self.mode)
            ),
            Qt.ItemDataRole.BackgroundRole: lambda: self._shade(row, place),
            Qt.ItemDataRole.ToolTipRole: lambda: self._tooltip(row, place),
        }
        answer = roles.get(Qt.ItemDataRole(role))
        return answer() if answer else None

    def _shade(self, row: int, place: int) -> QBrush | None:
        """The heat map: the fuller the cell against the largest, the darker."""
        assert self.matrix is not None
        top = self._top
        value = self.matrix.value(row, place, self.mode)
        if not top or not value:
            return None
        shade = QColor(_HEAT)
        shade.setAlpha(int(40 + 170 * value / top))
        return QBrush(shade)

    def shown(self, value: float) -> str:
        if self.mode == "share":
            return f"{value * 100:.1f}%"
        if self.mode == "present":
            return "●" if value else "–"
        return str(int(value))

    def _total(self, index: _Index, role: int) -> object:
        matrix = self.matrix
        assert matrix is not None
        if role == Qt.ItemDataRole.FontRole:
            parent = self.parent()
            font = parent.font() if isinstance(parent, QWidget) else None
            if font is not None:
                font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row, column = index.row(), index.column()
        if self.transposed:
            row, column = column, row
        tags, places = len(matrix.rows), len(matrix.places)
        if row < tags and column >= places:
            return str(matrix.row_total(row))
        if row >= tags and column < places:
            return str(matrix.column_total(column))
        return ""

    def _tooltip(self, row: int, place: int) -> str:
        matrix = self.matrix
        assert matrix is not None
        count, total = matrix.count(row, place), matrix.place_totals[place]
        share = f"{count / total * 100:.1f}%" if total else "–"
        text = (
            self.tr("%1 · %2: %3 of its %4 records (%5)")
            .replace("%1", matrix.places[place].label)
            .replace("%2", matrix.rows[row].path)
            .replace("%3", str(count))
            .replace("%4", str(total))
            .replace("%5", share)
        )
        passages = len(matrix.passages(row, place))
        if passages:
            text += "\n" + self.tr("%1 tagged passages").replace("%1", str(passages))
        return text

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        matrix = self.matrix
        if matrix is None:
            return None
        tags_across = self.transposed
        along_tags = (orientation == Qt.Orientation.Horizontal) == tags_across
        names = (
            [row.path for row in matrix.rows]
            if along_tags
            else [place.label for place in matrix.places]
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return names[section] if section < len(names) else self.tr("Total")
        tagged = section < len(matrix.rows) and along_tags
        if (
            role == Qt.ItemDataRole.DecorationRole
            and tagged
            and matrix.rows[section].color
        ):
            swatch = QPixmap(10, 10)
            swatch.fill(QColor(matrix.rows[section].color))
            return swatch
        placed = section < len(matrix.places) and not along_tags
        if role == Qt.ItemDataRole.ToolTipRole and placed:
            return self.tr("%1 records under the filter").replace(
                "%1", str(matrix.place_totals[section])
            )
        return None
