"""The History view: every edit of the archive (by anyone, from any window
or the terminal), newest first, filtered by who made it and since when;
one chosen edit can be reverted, unless later edits changed its records."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive import Changes, HistoryEntry

from ..i18n import QT_TRANSLATE_NOOP, number
from ..messages import command_label
from ..session import Session

IdRole = Qt.ItemDataRole.UserRole + 1
_PERIODS = (
    (0, QT_TRANSLATE_NOOP("HistoryView", "Any time")),
    (1, QT_TRANSLATE_NOOP("HistoryView", "Today")),
    (7, QT_TRANSLATE_NOOP("HistoryView", "Last 7 days")),
    (30, QT_TRANSLATE_NOOP("HistoryView", "Last 30 days")),
)
_WORDS = {
    "Undo": QT_TRANSLATE_NOOP("HistoryView", "Undo"),
    "Redo": QT_TRANSLATE_NOOP("HistoryView", "Redo"),
}


def action_text(action: str) -> str:
    """An edit's English label in the interface language (Undo … and Redo …
    too)."""
    word, _, rest = action.partition(" ")
    if word in _WORDS and rest:
        said = QCoreApplication.translate("HistoryView", _WORDS[word])
        return f"{said} {command_label(rest)}"
    return command_label(action)


class HistoryView(QWidget):
    """The edits, newest first; Revert takes back the chosen one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.session = session
        self.entries: list[HistoryEntry] = []
        self.person_box = QComboBox(self)
        self.period_box = QComboBox(self)
        for days, label in _PERIODS:
            self.period_box.addItem(
                QCoreApplication.translate("HistoryView", label), days
            )
        self.revert_button = QPushButton(self.tr("Revert This Edit"), self)
        self.revert_button.clicked.connect(self.revert_chosen)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Edit"),
                self.tr("Records"),
                self.tr("What"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("By:"), self))
        bar.addWidget(self.person_box)
        bar.addWidget(QLabel(self.tr("When:"), self))
        bar.addWidget(self.period_box)
        bar.addStretch(1)
        bar.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.person_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.period_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.session.archive_changed.connect(lambda _: self.reset())
        self.session.changes_made.connect(self._on_changes)

    def reset(self) -> None:
        archive = self.session.archive
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.addItem(self.tr("Anyone"), None)
        for name in archive.editors() if archive is not None else []:
            self.person_box.addItem(name, name)
        self.person_box.blockSignals(False)
        if self.isVisible():
            self.refresh()
        else:  # read when shown (not before the window's first paint)
            self.entries = []
            self.table.setRowCount(0)

    def _on_changes(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        archive = self.session.archive
        if archive is None:
            self.entries = []
        else:
            days = self.period_box.currentData()
            since = None
            if days:
                since = (date.today() - timedelta(days=days - 1)).isoformat()
            self.entries = archive.history(
                limit=2000, who=self.person_box.currentData(), since=since
            )
        self.table.setRowCount(len(self.entries))
        grey = self.palette().color(self.palette().ColorRole.PlaceholderText)
        for row, entry in enumerate(self.entries):
            texts = (
                entry.when[:16].replace("T", " "),
                entry.who or "",
                action_text(entry.action)
                + ("  " + self.tr("(undone)") if entry.undone else ""),
                number(entry.records),
                entry.detail,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(IdRole, entry.id)
                if entry.undone:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)

    def chosen(self) -> HistoryEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def confirm(self, text: str) -> bool:
        """Ask before reverting (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Revert Edit"), text)
        return answer == QMessageBox.StandardButton.Yes

    def revert_chosen(self) -> None:
        entry = self.chosen()
        if entry is None or entry.undone:
            return
        text = (
            self.tr("Revert “%1” by %2 (%Ln record(s))?", "", entry.records)
            .replace("%1", action_text(entry.action))
            .replace("%2", entry.who or "?")
        )
        if self.confirm(text):
            self.session.revert(entry.id)
