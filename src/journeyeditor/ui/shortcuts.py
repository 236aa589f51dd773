"""The keyboard-shortcut sheet, read from the window's own actions so it never goes stale,
and the check that no two actions share a shortcut."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..i18n import tr
from ..workshop.keys import PRESENTATION_KEYS

#: keys the canvas itself reads (not actions): listed on the sheet as well
CANVAS_KEYS = [
    ("Arrow keys", "Go to the neighbouring card, or cell when it is empty"),
    ("Shift+Arrow keys", "Add the neighbouring card to the selection"),
    ("Ctrl+K, arrows, Enter", "Connect the selected card to the one you go to"),
    ("Alt+Arrow keys", "Move the selected cards one cell"),
    ("Enter in the emotion band", "Add the next persona's point here (then Up/Down)"),
    ("Enter", "Edit the selected card; add a card in an empty cell"),
    ("Shift+Enter", "New line while editing a card"),
    ("Esc", "Cancel editing (a new empty card goes away)"),
    ("Click a card while a round is open", "Place the active participant's dot"),
    ("Shift+click or right-click a card while a round is open", "Take one of their dots back"),
    ("1–9, Tab, Shift+Tab while a round is open", "Choose whose turn it is"),
    ("Enter, Backspace while a round is open", "Vote for the selected card; take a dot back from it"),
    ("Up / Down on an emotion face", "Change its score"),
    ("Left / Right on an emotion face", "The same persona's next face"),
    ("F2 or Enter on an emotion face", "Edit its note"),
    ("Click a + handle in the emotion band", "Add that persona's point at the score under the pointer"),
    ("Up from the top lane", "Select the step's header, then the stage's (Left/Right walk them)"),
    ("Down on a stage or step header", "Back to the cards below it"),
    ("Alt+Left / Alt+Right on a stage or step header", "Move the stage, or the step inside its stage"),
    ("F2 or Enter on a stage, step or lane header", "Rename it (double-click does too)"),
    ("Delete on a step header", "Delete the step and its cards (a stage keeps at least one)"),
    ("Drag a stage, step or lane header", "Reorder it; drag its right (or bottom) edge to resize"),
    ("Double-click a gap's glyph", "Edit its kind and note (Delete removes a selected glyph)"),
    ("Enter / Delete in Suggested Gaps", "Accept / dismiss the selected suggestion (Ctrl+Z undoes)"),
    ("Space+drag, middle button", "Pan"),
    ("Ctrl+wheel", "Zoom"),
    ("Tab", "Move between the panels and the canvas"),
]
#: keys the priority matrix reads (View ▸ Priority Matrix)
MATRIX_KEYS = [
    ("Tab / Shift+Tab", "The next or previous opportunity (past the last, the next panel)"),
    ("Arrow keys", "Rate the selected opportunity one cell higher, lower, more or less effort"),
    ("Delete", "Clear its rating: back to the tray of unrated ones"),
    ("Enter", "Show it on the canvas"),
    ("Drag an opportunity", "Rate it by its cell; drag it to the tray to clear its rating"),
]


def _menu_path(action: QAction) -> str:
    for widget in action.associatedObjects():
        title = getattr(widget, "title", None)
        if callable(title) and title():
            return plain(title())
    return ""


def plain(text: str) -> str:
    """A menu text without its accelerator: "&File" -> "File", "文件(&F)" -> "文件"."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "")


def _typed(key: QKeySequence) -> bool:
    """A key a person types: not the F13+ or media keys ("Undo", "Copy") some platforms add."""
    text = key.toString(QKeySequence.SequenceFormat.PortableText)
    last = text.split("+")[-1] or "+"
    return len(last) <= 1 or bool(re.fullmatch(r"F([1-9]|1[0-2])|Del|Ins|Backspace|Return|Enter|Esc|Tab|"
                                              r"Space|Left|Right|Up|Down|Home|End|PgUp|PgDown|=|-", last))


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action that has a shortcut, in menu order."""
    rows = []
    for action in actions:
        keys = [k for k in action.shortcuts() if not k.isEmpty() and _typed(k)]
        if not keys:
            continue
        text = plain(action.text()).split("\t")[0]
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((_menu_path(action), text, shown))
    return rows


def duplicate_shortcuts(actions: list[QAction]) -> dict[str, list[str]]:
    """Key sequences bound to more than one action (Qt would call each press ambiguous and run
    neither)."""
    owners: dict[str, dict[int, str]] = {}
    for action in actions:
        for key in action.shortcuts():
            if not key.isEmpty():
                owners.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), {})[id(action)] = \
                    action.text().replace("&", "")
    return {key: list(names.values()) for key, names in owners.items() if len(names) > 1}


class ShortcutSheet(QDialog):
    def __init__(self, actions: list[QAction], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)  # the actions' own text, translated already
        rows += [(tr("Canvas"), tr(text), tr(keys)) for keys, text in CANVAS_KEYS]
        rows += [(tr("Priority matrix"), tr(text), tr(keys)) for keys, text in MATRIX_KEYS]
        rows += [(tr("Presentation"), tr(text), tr(keys)) for keys, text in PRESENTATION_KEYS]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Command"), tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
