"""The History view: every edit of the archive (by anyone, from any window
or the terminal), newest first, filtered by who made it and since when;
one chosen edit can be reverted, unless later edits changed its records."""

from __future__ import annotations

import re
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


_RECORDS = re.compile(r"^(.*): (\d+) records$", re.DOTALL)
_TAGS = re.compile(r"^(?:(.*): )?(\d+) tags$", re.DOTALL)
_TAGS_TAGGINGS = re.compile(r"^(\d+) tags, (\d+) taggings$")
_ONE = re.compile(r"^(article|passage|note) (\d+)(?:(: .*)| on (\w+))?$", re.DOTALL)
_KINDS = {
    "article": QT_TRANSLATE_NOOP("HistoryView", "article %1"),
    "passage": QT_TRANSLATE_NOOP("HistoryView", "passage %1"),
    "note": QT_TRANSLATE_NOOP("HistoryView", "note %1"),
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
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("history_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
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
        layout.addWidget(self.empty_label, 1)
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
            self._show_empty()

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
                self.detail_text(entry.detail),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(IdRole, entry.id)
                if entry.undone:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)

        self._show_empty()

    def _show_empty(self) -> None:
        """An empty table says what will appear there, or why none does."""
        empty = not self.entries
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.revert_button.setEnabled(not empty)
        if not empty:
            return
        if self.session.archive is None:
            text = self.tr("Open an archive to see its edits.")
        elif self.person_box.currentData() or self.period_box.currentData():
            text = self.tr(
                "No edits by this person in this period. Choose Anyone and Any "
                "time above to see every edit."
            )
        else:
            text = self.tr(
                "No edits yet. Every change made to this archive — tags, notes, "
                "review fixes, the trash — will be listed here with who made it "
                "and when, newest first, from this window, others and the "
                "command line; choose one and Revert This Edit to take it back."
            )
        self.empty_label.setText(text)

    def detail_text(self, detail: str) -> str:
        """What an edit changed, as the archive keeps it in English
        (``待核实: 1 records``), in the interface language with its count."""
        if found := _RECORDS.match(detail):
            n = int(found[2])
            return self.tr("%1: %Ln record(s)", "", n).replace("%1", found[1])
        if found := _TAGS.match(detail):
            n = int(found[2])
            if found[1] is None:
                return self.tr("%Ln tag(s)", "", n)
            return self.tr("%1: %Ln tag(s)", "", n).replace("%1", found[1])
        if found := _TAGS_TAGGINGS.match(detail):
            return self.tr("%Ln tag(s)", "", int(found[1])) + self.tr(
                ", %Ln tagging(s)", "", int(found[2])
            )
        if found := _ONE.match(detail):
            said = QCoreApplication.translate("HistoryView", _KINDS[found[1]])
            return said.replace("%1", found[2]) + (found[3] or "")
        return detail

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
