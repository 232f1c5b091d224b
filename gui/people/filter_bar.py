"""A bar over the Browse list saying whose records it shows (from a byline),
with the way back to everything and to the person's page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class PersonFilterBar(QWidget):
    """Signals: removed(str): the filter on this person is to go;
    page_requested(str): show the person's page."""

    removed = Signal(str)
    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person-filter")
        self.person: str | None = None
        self.label = QLabel(self)
        self.page_button = QPushButton(self.tr("Person Page"), self)
        self.remove_button = QPushButton(self.tr("✕ Show Everyone"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.page_button)
        layout.addWidget(self.remove_button)
        self.page_button.clicked.connect(lambda: self.page_requested.emit(self.person))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self.person))
        self.setStyleSheet("#person-filter { background: #fff4d6; }")
        self.show_person(None)

    def show_person(self, name: str | None) -> None:
        self.person = name
        if name:
            self.label.setText(self.tr("Showing the records of %1").replace("%1", name))
        self.setVisible(bool(name))
