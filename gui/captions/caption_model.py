"""The captions listed: ids for every match, rows read a page at a time."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from archive import Archive, CaptionRow

from ..i18n import QT_TRANSLATE_NOOP
from .thumbnails import Thumbnails

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("CaptionsModel", "Label"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Date"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Place"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Photographers"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Credit"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Kind"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Caption"),
    QT_TRANSLATE_NOOP("CaptionsModel", "Article"),
)
KIND_NAMES = {
    "news": QT_TRANSLATE_NOOP("CaptionsModel", "News photo"),
    "file": QT_TRANSLATE_NOOP("CaptionsModel", "File photo (资料图)"),
    "supplied": QT_TRANSLATE_NOOP("CaptionsModel", "Supplied (供图)"),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("CaptionsModel", KIND_NAMES.get(kind, kind))


class CaptionRows:
    """The rows of a list of caption ids, read from the archive a page at a
    time as they are shown."""

    def __init__(self) -> None:
        self.archive: Archive | None = None
        self.ids: list[int] = []
        self._rows: dict[int, CaptionRow] = {}
        self.rows_of_file: dict[str, set[int]] = {}  # picture → rows read

    def reset(self, archive: Archive | None, ids: list[int]) -> None:
        self.archive, self.ids = archive, list(ids)
        self._rows.clear()
        self.rows_of_file.clear()

    def forget(self, caption_ids: Iterable[int]) -> None:
        for i in caption_ids:
            self._rows.pop(i, None)

    def row(self, index: int) -> CaptionRow | None:
        if not 0 <= index < len(self.ids) or self.archive is None:
            return None
        caption_id = self.ids[index]
        if caption_id not in self._rows:
            start = max(0, index - PAGE // 4)
            page = self.ids[start : start + PAGE]
            wanted = [i for i in page if i not in self._rows]
            for read in self.archive.caption_rows(wanted):
                self._rows[read.id] = read
            for at, i in enumerate(page, start):
                row = self._rows.get(i)
                if row is not None and row.image:
                    self.rows_of_file.setdefault(row.image, set()).add(at)
        return self._rows.get(caption_id)


class CaptionsModel(QAbstractTableModel):
    def __init__(self, rows: CaptionRows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return QCoreApplication.translate("CaptionsModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.rows.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows.row(index.row())
        if row is None:
            return None
        column = index.column()
        if column == 6 and role == Qt.ItemDataRole.ToolTipRole:
            return row.text
        return _cell(row, column)

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


def _cell(row: CaptionRow, column: int) -> str:
    if column == 0:
        return row.label or ""
    if column == 1:
        return row.date or ""
    if column == 2:
        return " ".join(p for p in (row.city, row.county) if p)
    if column == 3:
        return "、".join(row.photographers)
    if column == 4:
        return row.credit or ""
    if column == 5:
        return kind_name(row.kind)
    if column == 6:
        return row.text.replace("\n", " ")[:80]
    return row.article_title or ""


class CaptionGridModel(QAbstractListModel):
    """The same captions as pictures (only those with one are listed)."""

    def __init__(
        self, rows: CaptionRows, thumbnails: Thumbnails, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.rows = rows
        self.thumbnails = thumbnails
        thumbnails.ready.connect(self._on_ready)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.rows.ids[index.row()]
        row = self.rows.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            head = row.label or row.date or ""
            return f"{head} {'、'.join(row.photographers)}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self.thumbnails.failed.get(row.image or "")
            return row.text + (f"\n\n{problem}" if problem else "")
        if role == Qt.ItemDataRole.DecorationRole and row.image:
            return self.thumbnails.pixmap(row.image) or self.thumbnails.loading
        return None

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_ready(self, file: str) -> None:
        for at in sorted(self.rows.rows_of_file.get(file, ())):
            cell = self.index(at)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])
