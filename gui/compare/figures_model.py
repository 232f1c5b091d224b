"""The figures table as a model: one row per indicator, one column per place,
each cell the place's latest level of the indicator and its year, its
sentence and citation on hover, a conflict marked."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from archive import Cell, Citation, FigureTable, StoredFigure

from ..headers import Index

CELL_ROLE = Qt.ItemDataRole.UserRole  # the Cell, or None
_CONFLICT = QColor("#fbe3c0")
_CURATED = QColor("#dcefd9")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def amount(value: float) -> str:
    """A figure's value as printed: 306, 29.34, 0.92442."""
    if float(value).is_integer():
        return f"{value:.0f}"
    return f"{value:.6f}".rstrip("0").rstrip(".")


def citation_text(citation: Citation | None, figure: StoredFigure) -> str:
    """《headline》 paper, date, page."""
    if citation is None:
        return figure.date or ""
    page = tr("page %1").replace("%1", citation.page) if citation.page else ""
    where = "，".join(x for x in (citation.paper, citation.date, page) if x)
    return f"《{citation.title}》 {where}".strip()


def mark_sentence(reader: QTextEdit, sentence: str) -> bool:
    """Mark ``sentence`` in ``reader`` (a highlight that stays when the reader
    loses focus) and scroll to it."""
    found = reader.document().find(sentence.strip())
    if found.isNull():
        reader.setExtraSelections([])
        return False
    marked = QTextEdit.ExtraSelection()
    marked.cursor = found
    shade = QTextCharFormat()
    shade.setBackground(QColor("#ffe58a"))
    marked.format = shade
    reader.setExtraSelections([marked])
    reader.setTextCursor(found)
    reader.ensureCursorVisible()
    return True


class FiguresModel(QAbstractTableModel):
    """Indicators × places (``set_table``); a cell's :class:`Cell` under
    ``CELL_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = FigureTable((), ())
        self.labels: dict[str, str] = {}
        self.citations: dict[int, Citation] = {}

    def set_table(
        self,
        table: FigureTable,
        labels: dict[str, str],
        citations: dict[int, Citation],
    ) -> None:
        self.beginResetModel()
        self.table, self.labels, self.citations = table, labels, citations
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.places)

    def cell(self, index: Index) -> Cell | None:
        if not index.isValid():
            return None
        indicator = self.table.indicators[index.row()]
        return self.table.cell(indicator, self.table.places[index.column()])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cell = self.cell(index)
        if role == CELL_ROLE:
            return cell
        if cell is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            shown = f"{amount(cell.normalised)}{cell.base_unit}（{cell.year}）"
            if cell.conflict:
                others = "、".join(amount(o.normalised) for o in cell.others)
                shown += " ⚠ " + others
            return shown
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.conflict:
                return QBrush(_CONFLICT)
            if cell.figure.status in ("confirmed", "corrected"):
                return QBrush(_CURATED)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def tooltip(self, cell: Cell) -> str:
        """The cell's sentence with its figure marked, where it was printed,
        and the other values reported for that year."""
        parts = [self._quote(cell.figure)]
        if cell.reports > 1:
            parts.append(
                tr("Reported so in %1 sentences.").replace("%1", str(cell.reports))
            )
        if cell.figure.status != "extracted":
            parts.append(html.escape(_status(cell.figure.status)))
        for other in cell.others:
            parts.append(
                "<b>"
                + html.escape(
                    tr("Also reported for %1: %2")
                    .replace("%1", str(cell.year))
                    .replace("%2", f"{amount(other.normalised)}{cell.base_unit}")
                )
                + "</b>"
            )
            parts.append(self._quote(other.figure))
        return "<p>" + "</p><p>".join(parts) + "</p>"

    def _quote(self, figure: StoredFigure) -> str:
        sentence, first = figure.sentence, figure.sentence_start
        start, end = figure.start - first, figure.end - first
        marked = (
            html.escape(sentence[:start])
            + "<b><u>"
            + html.escape(sentence[start:end])
            + "</u></b>"
            + html.escape(sentence[end:])
        )
        source = citation_text(self.citations.get(figure.article_id), figure)
        return f"“{marked}”<br><span style='color:gray'>{html.escape(source)}</span>"

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.table.places):
                key = self.table.places[section]
                return self.labels.get(key, key)
            return None
        if 0 <= section < len(self.table.indicators):
            return self.table.indicators[section]
        return None


def _status(status: str) -> str:
    return {
        "confirmed": tr("Confirmed by an editor."),
        "corrected": tr("Corrected by an editor."),
        "rejected": tr("Rejected by an editor."),
    }.get(status, "")
