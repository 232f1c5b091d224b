"""File ▸ Preferences: the editor's name stamped on edits, the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from . import settings


class PreferencesDialog(QDialog):
    """Edits the preferences kept in QSettings; ``ask()`` shows it modally."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.editor_edit = QLineEdit(settings.editor_name() or "", self)
        self.editor_edit.setPlaceholderText(
            self.tr("Your name, recorded with every edit")
        )
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("System language"), "")
        self.language_box.addItem("中文（简体）", "zh_CN")
        self.language_box.addItem("English", "en")
        index = self.language_box.findData(settings.language() or "")
        self.language_box.setCurrentIndex(max(index, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            parent=self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Editor name:"), self.editor_edit)
        form.addRow(self.tr("Language (after restart):"), self.language_box)
        form.addRow(buttons)

    def save(self) -> None:
        settings.set_editor_name(self.editor_edit.text().strip())
        settings.set_language(self.language_box.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """Show the dialog; save and return True if the user pressed OK."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.save()
        return True
