"""A note's earlier versions, compared with the current text, and restored."""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from archive import NoteVersion


class VersionsDialog(QDialog):
    """Lists a note's versions, oldest first; the chosen one is shown against
    the current text (removed lines red, added green). ``ask()`` returns the
    version to restore, or None."""

    def __init__(self, versions: list[NoteVersion], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note Versions"))
        self.resize(900, 520)
        self.versions = versions
        names = [
            self.tr("Version %1 · %2 · %3")
            .replace("%1", str(v.version))
            .replace("%2", v.saved_at[:16].replace("T", " "))
            .replace("%3", v.saved_by or "")
            for v in versions
        ]
        if names:
            names[-1] += self.tr(" (now)")
        self.list = QListView(self)
        self.list.setModel(QStringListModel(names, self))
        self.diff = QTextBrowser(self)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.diff, 3)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close, parent=self
        )
        self.restore = self.buttons.addButton(
            self.tr("Restore This Version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.list.selectionModel().currentRowChanged.connect(
            lambda i, _: self._show(i.row())
        )
        if versions:
            self.list.setCurrentIndex(
                self.list.model().index(max(len(versions) - 2, 0), 0)
            )

    def chosen(self) -> NoteVersion | None:
        row = self.list.currentIndex().row()
        return self.versions[row] if 0 <= row < len(self.versions) - 1 else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            return
        self.restore.setEnabled(row < len(self.versions) - 1)
        self.diff.setHtml(compare(self.versions[row].body, self.versions[-1].body))

    @classmethod
    def ask(
        cls, parent: QWidget | None, versions: list[NoteVersion]
    ) -> NoteVersion | None:
        dialog = cls(versions, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()


def compare(old: str, new: str) -> str:
    """``old`` against ``new``, line by line, as HTML."""
    out = []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        mark, text = line[:2], html.escape(line[2:])
        if mark == "- ":
            out.append(f"<div style='background:#fbe3e1'>− {text}</div>")
        elif mark == "+ ":
            out.append(f"<div style='background:#e3f4dd'>+ {text}</div>")
        elif mark == "  ":
            out.append(f"<div>&nbsp;&nbsp;{text}</div>")
    return "".join(out) or "<p></p>"
