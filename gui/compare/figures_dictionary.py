"""The indicator dictionary, edited in the window: each indicator's name, the
names it goes by, its unit, the units it may be printed in, its family and
the longer phrases that mean something else. Saved in the archive as one
undoable edit; the figures are then read again off the GUI thread (the
Figures tab does that when it finds them stale)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive import (
    INDICATOR_FAMILIES,
    Indicator,
    IndicatorProblem,
    indicator_problems,
)

from ..headers import Index
from .figures_dictionary_model import IndicatorsModel, family_name


class FamilyDelegate(QStyledItemDelegate):
    """The family column chosen from a list."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        box = QComboBox(parent)
        for family in INDICATOR_FAMILIES:
            box.addItem(family_name(family), family)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def problem_text(problem: IndicatorProblem) -> str:
    """One problem of the dictionary, in the interface language."""

    def tr(text: str) -> str:  # the context lupdate gives a bare tr(): ""
        return QCoreApplication.translate("", text)

    texts = {
        "no_name": tr("An indicator has no name."),
        "name_twice": tr("%1 is listed twice."),
        "too_short": tr("%1: the name %2 is too short (two characters at least)."),
        "alias_twice": tr("%2 is a name of both %3 and %1."),
        "unit": tr("%1: %2 is not a unit of its family (%3)."),
    }
    text = texts.get(problem.kind, problem.kind)
    other = family_name(problem.other) if problem.kind == "unit" else problem.other
    return (
        text.replace("%1", problem.indicator)
        .replace("%2", problem.text)
        .replace("%3", other)
    )


class IndicatorDialog(QDialog):
    """Edit the archive's indicator dictionary; ``indicators()`` is what to
    save once accepted (``ask()`` returns it, or None when cancelled)."""

    def __init__(
        self,
        indicators: list[Indicator],
        shipped: list[Indicator],
        *,
        writable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicator Dictionary"))
        self.resize(980, 560)
        self.shipped = shipped
        self.model = IndicatorsModel(indicators, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(4, FamilyDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column, width in enumerate((160, 300, 50, 110, 150)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Find an indicator or a name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.add_button = QPushButton(self.tr("Add Indicator"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.shipped_button = QPushButton(self.tr("Back to the Shipped List"), self)
        self.add_button.clicked.connect(self.add_indicator)
        self.remove_button.clicked.connect(self.remove_current)
        self.shipped_button.clicked.connect(
            lambda: self.model.reset_to(list(self.shipped))
        )
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(writable)
        explain = QLabel(
            self.tr(
                "Figures are read for these indicators, by any of their names. "
                "Saving keeps the list in this archive (Undo takes it back) and "
                "reads every article's figures again in the background."
            ),
            self,
        )
        explain.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.filter_edit, self.add_button, self.remove_button):
            row.addWidget(widget, 1 if widget is self.filter_edit else 0)
        row.addWidget(self.shipped_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def _filter(self, text: str) -> None:
        wanted = text.strip()
        for row, entry in enumerate(self.model.entries):
            names = [entry.name, *entry.aliases]
            self.view.setRowHidden(
                row, bool(wanted) and not any(wanted in n for n in names)
            )

    def add_indicator(self) -> None:
        row = self.model.add(self.tr("New indicator"))
        self.filter_edit.clear()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())

    def indicators(self) -> list[Indicator]:
        return self.model.indicators()

    def save(self) -> None:
        """Accept, unless the list cannot be used: then say why, row by row."""
        found = indicator_problems(self.indicators())
        if found:
            self.problems.setText("\n".join(problem_text(p) for p in found[:8]))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        indicators: list[Indicator],
        shipped: list[Indicator],
        *,
        writable: bool = True,
        parent: QWidget | None = None,
    ) -> list[Indicator] | None:
        """The edited list, or None when cancelled (tests replace this)."""
        dialog = cls(indicators, shipped, writable=writable, parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.indicators()
        return None
