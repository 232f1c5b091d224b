"""The archive's backups as a table model: when, why, size, what each holds."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from archive import Backup

from ..headers import Index, header
from ..i18n import QT_TRANSLATE_NOOP, number

_REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupListModel", "Backed up by hand"),
    "close": QT_TRANSLATE_NOOP("BackupListModel", "On closing"),
    "before-restore": QT_TRANSLATE_NOOP("BackupListModel", "Before a restore"),
    "before-merge": QT_TRANSLATE_NOOP("BackupListModel", "Before merging tags"),
    "before-bulk": QT_TRANSLATE_NOOP("BackupListModel", "Before a bulk edit"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupListModel", "Before an upgrade"),
}
_COLUMNS = (
    QT_TRANSLATE_NOOP("BackupListModel", "Made"),
    QT_TRANSLATE_NOOP("BackupListModel", "Why"),
    QT_TRANSLATE_NOOP("BackupListModel", "Size"),
    QT_TRANSLATE_NOOP("BackupListModel", "Articles"),
    QT_TRANSLATE_NOOP("BackupListModel", "Captions"),
    QT_TRANSLATE_NOOP("BackupListModel", "Notes"),
)


def reason_text(reason: str) -> str:
    """Why a backup was made, in the interface language."""
    key = "before-upgrade" if reason.startswith("before-upgrade") else reason
    if key not in _REASONS:
        return reason
    return QCoreApplication.translate("BackupListModel", _REASONS[key])


class BackupListModel(QAbstractTableModel):
    """The archive's backups as a table: when, why, size, what each holds
    (read from the backup itself, once)."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.rows = [self._cells(b) for b in backups]

    def _cells(self, backup: Backup) -> list[str]:
        try:
            counts = backup.counts()
        except Exception:  # a backup that cannot be read says so, not why
            counts = {}
        unreadable = QCoreApplication.translate("BackupListModel", "unreadable")
        # PySide6 takes a datetime for a QDateTime; its stub does not say so
        made = QLocale().toString(  # type: ignore[call-overload]
            backup.made_at.astimezone(), QLocale.FormatType.ShortFormat
        )
        return [
            made,
            reason_text(backup.reason),
            f"{backup.size / 1_048_576:.1f} MB",
            *(
                number(counts[k]) if k in counts else unreadable
                for k in ("articles", "captions", "notes")
            ),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        return header("BackupListModel", list(_COLUMNS), section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(self.backups[index.row()].path)
        return None
