"""Imported source files, newest first, for the review window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from archive import SourceInfo

from ..headers import Index
from ..i18n import number


class SourceListModel(QAbstractListModel):
    """One row per :class:`SourceInfo`; leftovers are flagged in the text."""

    SourceRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[SourceInfo] = []

    def set_sources(self, sources: list[SourceInfo]) -> None:
        self.beginResetModel()
        self.sources = sources
        self.endResetModel()

    def row_of(self, source_id: int) -> int | None:
        return next((r for r, s in enumerate(self.sources) if s.id == source_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sources)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.sources):
            return None
        source = self.sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            counts = (
                QCoreApplication.translate(
                    "SourceListModel", "%1 articles · %2 captions"
                )
                .replace("%1", number(source.articles))
                .replace("%2", number(source.captions))
            )
            if source.leftovers:
                counts += QCoreApplication.translate(
                    "SourceListModel", " · %1 left over"
                ).replace("%1", number(source.leftovers))
            return f"{Path(source.path).name}\n{counts}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{source.path}\n{source.encoding or ''} · {source.imported_at}"
        if role == self.SourceRole:
            return source.id
        return None
