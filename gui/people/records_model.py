"""A person's records as a table model over the page's records: nothing is
made for a row until it is shown (a photographer of 4,500 captions filled
a QTableWidget with 10,000 items in 0.45-0.75 s)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from archive import PersonRecord

from ..headers import Index, header
from ..i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("PersonRecordsModel", "Kind"),
    QT_TRANSLATE_NOOP("PersonRecordsModel", "Date"),
    QT_TRANSLATE_NOOP("PersonRecordsModel", "Title"),
    QT_TRANSLATE_NOOP("PersonRecordsModel", "Place"),
    QT_TRANSLATE_NOOP("PersonRecordsModel", "Role"),
)
ROLE_NAMES = {
    "reporter": QT_TRANSLATE_NOOP("PersonView", "Reporter"),
    "correspondent": QT_TRANSLATE_NOOP("PersonView", "Correspondent"),
    "photographer": QT_TRANSLATE_NOOP("PersonView", "Photographer"),
    "author": QT_TRANSLATE_NOOP("PersonView", "Author"),
    "editor": QT_TRANSLATE_NOOP("PersonView", "Editor"),
}


KIND_NAMES = {
    "article": QT_TRANSLATE_NOOP("PersonView", "Article"),
    "caption": QT_TRANSLATE_NOOP("PersonView", "Caption"),
}


def role_name(role: str) -> str:
    return QCoreApplication.translate("PersonView", ROLE_NAMES.get(role, role))


class PersonRecordsModel(QAbstractTableModel):
    """Every record of the page, newest first (kind, date, title, place, role)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: tuple[PersonRecord, ...] = ()

    def set_records(self, records: tuple[PersonRecord, ...]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        return header("PersonRecordsModel", COLUMNS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        record = self.records[index.row()]
        column = index.column()
        if column == 0:
            kind = KIND_NAMES.get(record.kind, record.kind)
            return QCoreApplication.translate("PersonView", str(kind))
        if column == 1:
            return record.date or ""
        if column == 2:
            return record.title
        if column == 3:
            return " ".join(p for p in (record.city, record.county) if p)
        return "、".join(role_name(r) for r in record.roles)
