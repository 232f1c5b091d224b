"""The Compare view's readers read in parallel: Next and Previous Match (F3,
Shift+F3) move every column's reader at once, or only the one last used when
Linked is off; Align sends every reader back to its first match."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from archive import MAX_PLACES

from .column import CompareColumn


class MatchBar(QWidget):
    """The row of match buttons over the columns, and the hint beside them
    (the view's problems show there too).

    It steps the readers of ``columns``, the view's own dict of columns by
    place key, which the view keeps up to date.

    Signals:
        message(str): something to say in the status bar for a while.
    """

    message = Signal(str)

    def __init__(
        self, columns: dict[str, CompareColumn], view: QWidget, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.focused_key: str | None = None
        self.previous_button = QPushButton(self.tr("◀ Previous Match"), self)
        self.next_button = QPushButton(self.tr("Next Match ▶"), self)
        self.linked_button = QPushButton(self.tr("Linked"), self)
        self.linked_button.setCheckable(True)
        self.linked_button.setChecked(True)
        self.linked_button.setToolTip(
            self.tr("Next and previous match move every column's reader together")
        )
        self.align_button = QPushButton(self.tr("Align"), self)
        self.align_button.setToolTip(self.tr("Every reader back to its first match"))
        self.previous_button.clicked.connect(lambda: self.next_match(forward=False))
        self.next_button.clicked.connect(lambda: self.next_match(forward=True))
        self.align_button.clicked.connect(self.align)
        # on the whole view: F3 works from a column's list or reader
        for keys, forward in (("F3", True), ("Shift+F3", False)):
            shortcut = QShortcut(QKeySequence(keys), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda f=forward: self.next_match(forward=f))
        self.hint = QLabel(self)
        self.show_hint()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.previous_button,
            self.next_button,
            self.linked_button,
            self.align_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.hint)

    def show_hint(self) -> None:
        """The hint in gray, in place of a problem shown."""
        self.hint.setStyleSheet("color: gray")
        self.hint.setText(
            self.tr("Up to %1 places; drag a column's head to move it.").replace(
                "%1", str(MAX_PLACES)
            )
        )

    def show_problem(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet("color: #b03a2e")

    def focus(self, key: str) -> None:
        """The column of ``key`` was used last (it moves when unlinked)."""
        self.focused_key = key

    def next_match(self, *, forward: bool = True) -> None:
        if self.linked_button.isChecked():
            targets = list(self.columns.values())
        else:
            column = self.columns.get(self.focused_key or "")
            targets = [column] if column is not None else []
        found = [c.next_match(forward=forward) for c in targets]
        if targets and not any(found):
            self.message.emit(self.tr("No match of the filter's words in the readers."))

    def align(self) -> None:
        for column in self.columns.values():
            column.first_match()
