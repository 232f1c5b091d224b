"""File ▸ Preferences: the editor's name stamped on edits, the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
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
        self.fold_box = QCheckBox(
            self.tr(
                "Search this archive's traditional and simplified characters alike "
                "(rebuilds its search index)"
            ),
            self,
        )
        form.addRow(self.fold_box)
        form.addRow(buttons)

    def save(self) -> None:
        settings.set_editor_name(self.editor_edit.text().strip())
        settings.set_language(self.language_box.currentData())

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, *, fold_traditional: bool | None = None
    ) -> bool | None:
        """Show the dialog; on OK save and return the folding choice (False when
        no archive is open), on Cancel return None."""
        dialog = cls(parent)
        dialog.fold_box.setVisible(fold_traditional is not None)
        dialog.fold_box.setChecked(bool(fold_traditional))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.save()
        return dialog.fold_box.isChecked()
