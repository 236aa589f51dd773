"""Edit ▸ Preferences…: the UI language (the system's, or one chosen here), and your name, signed on
the comments you write."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ..catalogue import ENGLISH, LANGUAGES
from ..i18n import tr
from .settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem(tr("System default"), "")
        self.language.addItem("English", ENGLISH)  # each language in its own words, as people look for it
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        note = QLabel(tr("A new language shows when Journey Editor starts again."))
        note.setWordWrap(True)
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText(tr("Asked for when you first comment"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Language"), self.language)
        form.addRow(note)
        form.addRow(tr("Your &name (on comments)"), self.author)
        form.addRow(buttons)
        self.setMinimumWidth(420)  # the note wraps to two lines at most, in any language

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.author = self.author.text()
        super().accept()
