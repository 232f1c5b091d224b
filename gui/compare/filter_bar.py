"""The filter every column shares: a query in the search box's language, a
tag, a date range, a paper and a section, read together as one query."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from archive import FacetValue

from ..browse.search_completer import SearchCompleter

DELAY_MS = 250
_DATE = re.compile(r"^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$")


def _quoted(value: str) -> str:
    value = value.replace('"', "")
    return f'"{value}"' if re.search(r"\s|[()]", value) else value


class FilterBar(QWidget):
    """Signals:
    changed(): the filter changed (after a short pause in typing).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(
            self.tr("Filter every column: 人才 OR 科技金融 -招聘 …")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.completer = SearchCompleter(self.query_edit)
        self.tag_box = self._combo(self.tr("Any tag"))
        self.since_edit = self._date(self.tr("from 2021"))
        self.until_edit = self._date(self.tr("to 2023-06"))
        self.paper_box = self._combo(self.tr("Any paper"))
        self.section_box = self._combo(self.tr("Any section"))
        self.mentions_box = QCheckBox(
            self.tr("Also records that mention the place"), self
        )
        self.mentions_box.setToolTip(
            self.tr(
                "Besides the records attributed to each place, list those that name "
                "it in their text (marked “mentions”)."
            )
        )
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b03a2e")
        self.problem.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.changed)
        for edit in (self.query_edit, self.since_edit, self.until_edit):
            edit.textChanged.connect(lambda _: self.timer.start())
        for box in (self.tag_box, self.paper_box, self.section_box):
            box.currentTextChanged.connect(lambda _: self.timer.start())
        self.mentions_box.toggled.connect(lambda _: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.query_edit, 3)
        for widget in (
            self.tag_box,
            self.since_edit,
            self.until_edit,
            self.paper_box,
            self.section_box,
        ):
            row.addWidget(widget, 1)
        row.addWidget(self.mentions_box)
        row.addWidget(self.problem)

    def _combo(self, anything: str) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = box.lineEdit()  # an editable box has one
        assert line is not None
        line.setPlaceholderText(anything)
        box.setToolTip(anything)
        box.setMinimumContentsLength(6)
        box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        return box

    def _date(self, hint: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(hint)
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        edit.setToolTip(self.tr("A year, a month or a day: 2021, 2021-06, 2021-06-30"))
        return edit

    def set_values(self, facets: dict[str, list[FacetValue]]) -> None:
        """Offer the archive's tags, papers and sections."""
        self.completer.set_facets(facets)
        for box, kind in (
            (self.tag_box, "tag"),
            (self.paper_box, "publication"),
            (self.section_box, "section"),
        ):
            text = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItem("")
            box.addItems(sorted(str(v.value) for v in facets.get(kind, [])))
            box.setCurrentText(text)
            box.blockSignals(False)

    @property
    def mentions(self) -> bool:
        return self.mentions_box.isChecked()

    def query(self) -> str:
        """Everything chosen, as one query in the search box's language."""
        parts = [self.query_edit.text().strip()]
        tag = self.tag_box.currentText().strip()
        if tag:
            parts.append(f"tag:{_quoted(tag)}")
        since, until = self._dates()
        if since or until:
            parts.append(f"date:{since or '1900'}..{until or '9999'}")
        for name, box in (("paper", self.paper_box), ("section", self.section_box)):
            value = box.currentText().strip()
            if value:
                parts.append(f"{name}:{_quoted(value)}")
        return " ".join(p for p in parts if p)

    def _dates(self) -> tuple[str, str]:
        wrong = []
        dates = []
        for edit in (self.since_edit, self.until_edit):
            text = edit.text().strip()
            ok = not text or bool(_DATE.match(text))
            edit.setStyleSheet("" if ok else "color: #b03a2e")
            if not ok:
                wrong.append(text)
            dates.append(text if ok else "")
        self.show_problem(
            self.tr("%1 is not a date like 2021 or 2021-06; it is left out").replace(
                "%1", "、".join(wrong)
            )
            if wrong
            else ""
        )
        return dates[0], dates[1]

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def set_query(self, query: str, *, mentions: bool = False) -> None:
        """Show a kept comparison's filter (its query as one line)."""
        for widget in (self.tag_box, self.paper_box, self.section_box):
            widget.blockSignals(True)
            widget.setCurrentText("")
            widget.blockSignals(False)
        for edit in (self.since_edit, self.until_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.query_edit.blockSignals(True)
        self.query_edit.setText(query)
        self.query_edit.blockSignals(False)
        self.mentions_box.blockSignals(True)
        self.mentions_box.setChecked(mentions)
        self.mentions_box.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.timer.stop()
            self.changed.emit()
            return
        super().keyPressEvent(event)
