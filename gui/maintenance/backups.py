"""Backups in the window: File ▸ Back Up Now, File ▸ Restore from Backup…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive import Archive, Backup

from .backup_model import BackupListModel


class RestoreDialog(QDialog):
    """Lists the archive's backups, newest first; ``ask()`` returns the one
    chosen (or None)."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Restoring replaces the archive with the backup you choose. The "
                "archive as it is now is kept as a backup of its own first, so "
                "nothing is lost."
            )
            if backups
            else self.tr(
                "This archive has no backups yet. Clipfile makes one when you "
                "close it after a change (at most every half hour), before an "
                "upgrade, and whenever you choose File ▸ Back Up Now."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupListModel(backups, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        if backups:
            self.table.selectRow(0)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        if backups:
            restore = buttons.addButton(
                self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            restore.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    @classmethod
    def ask(cls, parent: QWidget | None, archive: Archive) -> Path | None:
        """The backup to restore, or None (tests replace this)."""
        dialog = cls(archive.backups(), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        return chosen.path if chosen else None
