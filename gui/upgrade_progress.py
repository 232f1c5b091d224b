"""What the window shows while an archive of an older format is copied, before
its upgrade: the copy of a large archive takes a minute or more."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


class UpgradeProgress:
    """A progress dialog that appears only if the archive needs an upgrade."""

    def __init__(self, parent: QWidget, path: Path) -> None:
        self.parent, self.path = parent, path
        self.dialog: QProgressDialog | None = None
        self.shown = False  # for tests: whether an upgrade was shown

    def report(self, done: int, total: int) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog(self.parent)
            self.dialog.setWindowTitle(
                QCoreApplication.translate("UpgradeProgress", "Upgrading the archive")
            )
            self.dialog.setLabelText(
                QCoreApplication.translate(
                    "UpgradeProgress",
                    "%1 was written by an older version of Clipfile. A copy of it "
                    "is kept beside it before it is upgraded…",
                ).replace("%1", self.path.name)
            )
            self.dialog.setCancelButton(None)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setRange(0, 100)
            self.shown = True
        self.dialog.setValue(done * 100 // max(total, 1))
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
