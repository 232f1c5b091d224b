"""The import summary: one row per file, with its result, counts and a note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from archive import FileReport

from ..headers import Index, header
from ..i18n import QT_TRANSLATE_NOOP
from ..messages import import_note

_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportSummaryModel", "File"),
    QT_TRANSLATE_NOOP("ImportSummaryModel", "Result"),
    QT_TRANSLATE_NOOP("ImportSummaryModel", "Articles"),
    QT_TRANSLATE_NOOP("ImportSummaryModel", "Captions"),
    QT_TRANSLATE_NOOP("ImportSummaryModel", "Left over"),
    QT_TRANSLATE_NOOP("ImportSummaryModel", "Note"),
)
_STATUS = {
    "added": QT_TRANSLATE_NOOP("ImportSummaryModel", "Added"),
    "updated": QT_TRANSLATE_NOOP("ImportSummaryModel", "Updated"),
    "duplicate": QT_TRANSLATE_NOOP("ImportSummaryModel", "Already imported"),
    "failed": QT_TRANSLATE_NOOP("ImportSummaryModel", "Failed"),
}


class ImportSummaryModel(QAbstractTableModel):
    """One row per file of an import: its result, counts and a note."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reports: list[FileReport] = []

    def add(self, report: FileReport) -> None:
        row = len(self.reports)
        self.beginInsertRows(QModelIndex(), row, row)
        self.reports.append(report)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.reports)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        return header("ImportSummaryModel", _COLUMNS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.reports):
            return None
        report = self.reports[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return report.path
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            Path(report.path).name,
            QCoreApplication.translate("ImportSummaryModel", _STATUS[report.status]),
            str(len(report.articles)),
            str(len(report.captions)),
            str(report.leftovers),
            import_note(report),
        )
        return values[index.column()]
