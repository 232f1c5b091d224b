"""What the window shows while an archive of an older format is upgraded: a
copy of it is kept beside it first (a minute or more for a large one), then
its format is brought up to date. One bar runs across both, each phase
under a label of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from archive import UPGRADE_BACKUP, UPGRADE_STEPS


def _label(phase: str) -> str:
    if phase == UPGRADE_STEPS:
        return QCoreApplication.translate(
            "UpgradeProgress", "Step 2 of 2: %1 is brought up to this version's format…"
        )
    return QCoreApplication.translate(
        "UpgradeProgress",
        "%1 was written by an older version of Clipfile. Step 1 of 2: a copy "
        "of it is kept beside it before it is upgraded…",
    )


class UpgradeProgress:
    """A progress dialog that appears only if the archive needs an upgrade."""

    def __init__(self, parent: QWidget, path: Path) -> None:
        self.parent, self.path = parent, path
        self.dialog: QProgressDialog | None = None
        self.shown = False  # for tests: whether an upgrade was shown
        self.phase = UPGRADE_BACKUP
        self.labels: list[str] = []  # for tests: each label shown, in order

    def _show(self) -> QProgressDialog:
        if self.dialog is None:
            self.dialog = QProgressDialog(self.parent)
            self.dialog.setWindowTitle(
                QCoreApplication.translate("UpgradeProgress", "Upgrading the archive")
            )
            self.dialog.setCancelButton(None)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setRange(0, 100)
            self.shown = True
            self._label()
        return self.dialog

    def _label(self) -> None:
        text = _label(self.phase).replace("%1", self.path.name)
        if self.dialog is not None and (not self.labels or self.labels[-1] != text):
            self.dialog.setLabelText(text)
            self.labels.append(text)

    def begin(self, phase: str) -> None:
        """A phase of the upgrade begins (the archive's ``phase_started``)."""
        self.phase = phase
        self._show()
        self._label()
        QApplication.processEvents()

    def report(self, done: int, total: int) -> None:
        """How far the upgrade is, both phases as one (``backing_up``)."""
        self._show().setValue(done * 100 // max(total, 1))
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
