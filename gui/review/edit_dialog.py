"""The Review window's form for a record's text fields (Edit…)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)


class EditDialog(QDialog):
    """A form over a record's text fields; ``ask()`` returns the changed ones."""

    def __init__(self, parent: QWidget | None, values: dict[str, str | None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit"))
        self.values = values
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        labels = {
            "kicker": self.tr("Kicker"),
            "title": self.tr("Headline"),
            "subtitle": self.tr("Subtitle"),
            "summary": self.tr("Summary"),
            "dateline": self.tr("Dateline"),
            "date": self.tr("Date"),
            "section": self.tr("Section"),
            "county": self.tr("County"),
            "label": self.tr("Label"),
            "text": self.tr("Text"),
            "credit": self.tr("Credit line"),
        }
        for name, value in values.items():
            edit = QLineEdit(value or "", self)
            edit.setMinimumWidth(420)
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            parent=self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changed(self) -> dict[str, str | None]:
        result = {}
        for name, edit in self.edits.items():
            value = edit.text().strip() or None
            if value != self.values[name] and not (
                name in ("title", "text") and not value
            ):
                result[name] = value
        return result

    @classmethod
    def ask(cls, parent: QWidget | None, values: dict[str, str | None]) -> dict:
        dialog = cls(parent, values)
        return dialog.changed() if dialog.exec() == QDialog.DialogCode.Accepted else {}
