"""Dot voting in the window, played hot-seat on one laptop or a projected screen: the
VotingController knows whose turn it is and turns a click on a card into a dot (the canvas and
the presentation window both send it clicks); CanvasVoting turns the map's clicks and keys into
those calls while a round is open; TurnBadge shows whose turn it is. The dialog and the panel
are in voting_panel.py."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QLabel

from ..i18n import tr
from ..model import Card, ModelError, VotingRound
from ..model.voting import eligible, participant_colour, participant_name, votes_left, votes_of


def dot_icon(colour: str, size: int = 14) -> QIcon:
    """A participant's colour as a round dot."""
    icon = QIcon()
    for dpr in (1.0, 2.0):
        pixmap = QPixmap(round(size * dpr), round(size * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#FFFFFF"))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


# ---------------------------------------------------------------------- controller
class VotingController(QObject):
    """A round in progress, hot seat: the active participant's click on a card places one of
    their dots, a take-back removes one; each is one undo step. A click the round refuses (a
    card it does not vote on, no dots left) says why in `message`."""

    changed = Signal()  # the round, the active participant or the votes changed
    message = Signal(str)  # for the status bar

    def __init__(self, editor, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.round_id: str | None = None
        self.participant = 0
        editor.undo_stack.indexChanged.connect(self._stack_moved)

    @property
    def project(self):
        return self.editor.project

    @property
    def voting(self) -> VotingRound | None:
        """The round being voted in (None when none is open)."""
        found = self.project.get(self.round_id) if self.round_id else None
        return found if isinstance(found, VotingRound) else None

    @property
    def active(self) -> bool:
        return self.voting is not None

    def start(self, round_id: str) -> None:
        """Open a round for voting (a new one, or one voted in before), the first participant
        with dots left to play."""
        self.round_id = round_id
        voting = self.voting
        if voting is None:
            self.round_id = None
            return
        self.participant = next((p for p in range(len(voting.participants))
                                 if votes_left(self.project, voting, p)), 0)
        self.changed.emit()
        self._say_turn()

    def stop(self) -> None:
        if self.round_id is not None:
            self.round_id = None
            self.changed.emit()

    def set_participant(self, participant: int) -> None:
        voting = self.voting
        if voting is None or not 0 <= participant < len(voting.participants):
            return
        if participant != self.participant:
            self.participant = participant
            self.changed.emit()
        self._say_turn()

    def next_participant(self, step: int = 1) -> None:
        voting = self.voting
        if voting is not None:
            self.set_participant((self.participant + step) % len(voting.participants))

    def name(self, participant: int | None = None) -> str:
        voting = self.voting
        return participant_name(voting, self.participant if participant is None else participant) if voting else ""

    def dots_left(self, participant: int | None = None) -> int:
        voting = self.voting
        return votes_left(self.project, voting, self.participant if participant is None else participant) \
            if voting else 0

    def is_eligible(self, card_id: str) -> bool:
        voting, card = self.voting, self.project.get(card_id)
        return voting is not None and isinstance(card, Card) and eligible(self.project, voting, card)

    def ineligible_cards(self, map_id: str | None) -> set[str]:
        """The map's cards the open round does not vote on (none when no round is open)."""
        voting = self.voting
        if voting is None or map_id != voting.map_id:
            return set()
        return {card.id for card in self.project.contents(map_id).cards.values()
                if not eligible(self.project, voting, card)}

    def card_clicked(self, card_id: str) -> bool:
        """The active participant puts a dot on the card; False (with a message) when refused."""
        voting = self.voting
        if voting is None:
            return False
        card = self.project.get(card_id)
        try:
            self.editor.vote(voting.id, card_id, self.participant)
        except ModelError as error:
            self.message.emit(str(error))
            return False
        left = self.dots_left()
        title = card.title if isinstance(card, Card) else ""
        self.message.emit(tr("{0} voted for “{1}”: {2} left").format(self.name(), title, left) if left
                          else tr("{0} voted for “{1}” and has no dots left (Tab: next participant)")
                          .format(self.name(), title))
        return True

    def take_back(self, card_id: str | None = None) -> bool:
        """The active participant takes one of their dots off the card (given none: their last
        dot anywhere); False (with a message) when they have none there."""
        voting = self.voting
        if voting is None:
            return False
        if card_id is None:
            mine = [v for v in votes_of(self.project, voting) if v.participant == self.participant]
            if not mine:
                self.message.emit(tr("{0} has no dots to take back").format(self.name()))
                return False
            card_id = mine[-1].card_id
        try:
            taken = self.editor.take_back_vote(voting.id, card_id, self.participant)
        except ModelError as error:
            self.message.emit(str(error))
            return False
        if not taken:
            self.message.emit(tr("{0} has no dot on this card").format(self.name()))
            return False
        self.message.emit(tr("{0} took a dot back: {1} left").format(self.name(), self.dots_left()))
        return True

    def _say_turn(self) -> None:
        if self.active:
            self.message.emit(tr("{0}'s turn: {1} dots left").format(self.name(), self.dots_left()))

    def _stack_moved(self, *_args) -> None:
        if self.round_id is not None and self.voting is None:  # the round was undone or deleted
            self.round_id = None
        self.changed.emit()


# ---------------------------------------------------------------------- canvas clicks and keys
class CanvasVoting(QObject):
    """While a round is open, the canvas votes: a click on a card places the active
    participant's dot, Shift+click or a right-click takes one back; keys 1–9 choose the
    participant, Tab / Shift+Tab the next or previous one, Enter votes for the selected card
    and Backspace or Delete takes a dot back from it. Other clicks (panning, selecting) go on
    as usual."""

    KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace,
            Qt.Key.Key_Delete, *(getattr(Qt.Key, f"Key_{n}") for n in range(1, 10))})

    def __init__(self, controller: VotingController, scene, view) -> None:
        super().__init__(scene)
        self.controller, self.scene, self.view = controller, scene, view
        scene.installEventFilter(self)
        view.installEventFilter(self)

    def detach(self) -> None:
        self.scene.removeEventFilter(self)
        self.view.removeEventFilter(self)

    def _card_at(self, pos):
        from ..canvas.items import CardItem

        for item in self.scene.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def eventFilter(self, watched, event) -> bool:
        if not self.controller.active or self.scene.map_id != self.controller.voting.map_id:
            return False
        kind = event.type()
        if watched is self.scene:
            return self._scene_event(kind, event)
        if watched is self.view and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return self._key(kind, event)
        return False

    def _scene_event(self, kind, event) -> bool:
        if kind == QEvent.Type.GraphicsSceneMousePress and isinstance(event, QGraphicsSceneMouseEvent):
            card = self._card_at(event.scenePos())
            if card is None:
                return False
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.button() == Qt.MouseButton.LeftButton and not shifted:
                self.controller.card_clicked(card.entity_id)
            elif event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
                self.controller.take_back(card.entity_id)
            event.accept()
            return True
        if kind in (QEvent.Type.GraphicsSceneMouseRelease, QEvent.Type.GraphicsSceneMouseDoubleClick,
                    QEvent.Type.GraphicsSceneContextMenu):
            # the press voted: no drag, no edit, no menu on a card while voting
            return self._card_at(event.scenePos()) is not None
        return False

    def _key(self, kind, event) -> bool:
        key = event.key()
        if key not in self.KEYS or self.scene.editor_item is not None:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False  # Ctrl+… and Alt+… keep their meaning
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to the canvas, not to a menu's shortcut (Delete)
            return True
        controller = self.controller
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            controller.set_participant(key - Qt.Key.Key_1)
        elif key == Qt.Key.Key_Tab:
            controller.next_participant(1)
        elif key == Qt.Key.Key_Backtab:
            controller.next_participant(-1)
        else:
            cards = self.scene.selected_card_ids()
            if not cards:
                controller.message.emit(tr("Select a card first (arrow keys), or click one"))
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                controller.card_clicked(cards[0])
            else:
                controller.take_back(cards[0])
        return True


class TurnBadge(QLabel):
    """Whose turn it is, in a pill at the map's bottom right while a round is open: the
    participant's dot, name and dots left, readable from the back of a room."""

    MARGIN = 14

    def __init__(self, controller: VotingController, view) -> None:
        super().__init__(view.viewport())
        self.controller, self.view = controller, view
        self.map_id: str | None = None  # the map the window shows: the badge shows on the round's own
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.setFont(font)
        self.setStyleSheet("QLabel { background: rgba(255, 255, 255, 235); color: #1F2328; "
                           "border: 1px solid #C9CED6; border-radius: 12px; padding: 5px 12px 5px 8px; }")
        controller.changed.connect(self.update_turn)
        view.viewport().installEventFilter(self)
        self.hide()

    def update_turn(self, map_id: str | None = None) -> None:
        controller = self.controller
        voting = controller.voting
        if map_id is not None:
            self.map_id = map_id
        if voting is None or self.map_id != voting.map_id:
            self.hide()
            return
        colour = participant_colour(voting, controller.participant)
        left = controller.dots_left()
        text = tr("{0}: {1} dots left").format(controller.name(), left) if left != 1 else \
            tr("{0}: 1 dot left").format(controller.name())
        self.setText(f'<span style="color: {colour}">\u25cf</span> {html.escape(text)}')
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        area = self.view.viewport().rect()
        self.move(area.right() - self.width() - self.MARGIN, area.bottom() - self.height() - self.MARGIN)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
