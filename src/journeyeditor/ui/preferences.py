"""Edit ▸ Preferences…: your name, signed on the comments you write."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ..i18n import tr
from .settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.settings = settings
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText(tr("Asked for when you first comment"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Your &name (on comments)"), self.author)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.author = self.author.text()
        super().accept()
