"""Editing a card's text or a header's name in place: Enter commits, Shift+Enter breaks the
line, Esc cancels, clicking elsewhere commits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem

from ..layout.theme import current as theme
from ..ui.qtfonts import ui_font


class InlineEditor(QGraphicsTextItem):
    def __init__(self, text: str, rect: QRectF, on_commit: Callable[[str], None],
                 on_close: Callable[..., None]) -> None:
        super().__init__()
        self.setPlainText(text)
        self.setFont(ui_font(13))
        self.setDefaultTextColor(QColor(theme().ink))
        self.setTextWidth(max(80.0, rect.width()))
        self.setPos(rect.x(), rect.y())
        self.setZValue(100)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self._on_commit = on_commit
        self._on_close = on_close
        self._done = False

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self._on_commit(self.toPlainText())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(QColor(theme().selection), 2))
        painter.setBrush(QColor(theme().card_fill))
        painter.drawRoundedRect(self.boundingRect().adjusted(-4, -4, 4, 4), 6, 6)
        super().paint(painter, option, widget)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._done = True  # cancel: nothing changes
            self._on_close(False)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.commit()
            self._on_close(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self._done and self.scene() is not None:
            self.commit()
            self._on_close(False)
