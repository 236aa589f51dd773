"""Quick capture: during a presentation, what the room says is typed into a bar at the bottom of
the screen and lands, on Enter, as a card in the spotlit stage, in the lane chosen in the bar
(a "Parking lot" lane, made the first time it is needed, unless another is chosen). Each card
is one undo step, with its Parking lot lane when that came with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit

from ..canvas.scene import LANE_CARD_TYPES
from ..editor import Editor
from ..i18n import tr
from ..model import Card, Lane, ModelError
from ..ui.qtfonts import ui_font

PARKING_LOT = "Parking lot"


def parking_lot(editor: Editor, map_id: str) -> Lane | None:
    """The map's Parking lot lane (by its name, in English or the UI's language), if it has one."""
    names = {PARKING_LOT.casefold(), tr(PARKING_LOT).casefold()}
    return next((lane for lane in editor.project.contents(map_id).lanes if lane.name.strip().casefold() in names),
                None)


def capture_card(editor: Editor, map_id: str, step_id: str, lane_id: str | None, text: str) -> Card:
    """A card titled `text` at the end of the (step, lane) cell; `lane_id` None means the Parking
    lot lane, added at the bottom of the map if it has none. One undo step either way."""
    title = " ".join(text.split())
    if not title:
        raise ModelError(tr("Type what to put on the card first"))
    if editor.read_only:  # before the macro: a refused edit must leave no empty step
        raise ModelError(tr("This project is read-only: {0}").format(editor.store.read_only_reason))
    shown = title if len(title) <= 40 else title[:39] + "…"
    with editor.macro(tr("Capture “{0}”").format(shown)):
        lane = editor.project.get(lane_id) if lane_id else parking_lot(editor, map_id)
        if lane is None:
            lane = editor.add_lane(map_id, tr(PARKING_LOT), "text")
        return editor.add_card(map_id, step_id, lane.id, title=title, type=LANE_CARD_TYPES.get(lane.kind, "note"))


class CaptureBar(QFrame):
    """The bar at the bottom of the audience screen: where the card goes (step and lane, each a
    list) and the text, in type the room can read. Enter adds, Esc closes; Page Up/Down (a
    clicker) still turn the slides while it is open."""

    submitted = Signal(str)
    closed = Signal()
    turn = Signal(int)  # +1 / -1: a clicker's Page Down / Page Up while typing

    PARKING_LOT_NEW = "\x00parking-lot"  # the lane list's entry for a Parking lot not made yet

    def __init__(self, parent=None, pixel_size: int = 28) -> None:
        super().__init__(parent)
        self.setObjectName("capture-bar")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#capture-bar { background: #1F2328; } QLabel { color: #FFFFFF; }")
        self.where = QLabel()
        self.step = QComboBox()
        self.lane = QComboBox()
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Type what the room says, then Enter"))
        self.hint = QLabel(tr("Enter adds · Esc closes"))
        for widget in (self.where, self.step, self.lane, self.text):
            widget.setFont(ui_font(pixel_size, widget is self.where))
        self.hint.setFont(ui_font(pixel_size * 0.6))
        self.step.setToolTip(tr("The step the card goes in"))
        self.lane.setToolTip(tr("The lane the card goes in"))
        row = QHBoxLayout(self)
        row.setContentsMargins(pixel_size, pixel_size // 2, pixel_size, pixel_size // 2)
        row.setSpacing(pixel_size // 2)
        row.addWidget(self.where)
        row.addWidget(self.step)
        row.addWidget(self.lane)
        row.addWidget(self.text, 1)
        row.addWidget(self.hint)
        for widget in (self.text, self.step, self.lane):
            widget.installEventFilter(self)
        self.hide()

    def offer(self, stage_name: str, steps: list[tuple[str, str]], step_id: str, lanes: list[tuple[str, str]],
              lane_id: str | None, parking_lot_missing: bool) -> None:
        """What the bar offers for the spotlit stage: its steps (the list shown only when it has
        several) and the map's lanes; `lane_id` None chooses the Parking lot."""
        self.where.setText(tr("Add to {0}").format(stage_name) + " ›")
        self.step.blockSignals(True)
        self.step.clear()
        for sid, name in steps:
            self.step.addItem(name, sid)
        self.step.setCurrentIndex(max(0, self.step.findData(step_id)))
        self.step.setVisible(len(steps) > 1)
        self.step.blockSignals(False)
        self.lane.clear()
        for lid, name in lanes:
            self.lane.addItem(name, lid)
        if parking_lot_missing:
            self.lane.addItem(tr(PARKING_LOT) + " " + tr("(new lane)"), self.PARKING_LOT_NEW)
        wanted = lane_id if lane_id is not None else self.PARKING_LOT_NEW
        self.lane.setCurrentIndex(max(0, self.lane.findData(wanted)))

    def chosen(self) -> tuple[str, str | None]:
        """(step id, lane id); the lane None for a Parking lot still to be made."""
        lane = self.lane.currentData()
        return self.step.currentData(), None if lane == self.PARKING_LOT_NEW else lane

    def open(self, text: str = "") -> None:
        self.text.setText(text)
        self.show()
        self.raise_()
        self.text.setFocus()
        self.text.end(False)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
            # taken here: a line edit passes Enter on, and the window would turn the slide
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submitted.emit(self.text.text())
                return True
            if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.turn.emit(1 if event.key() == Qt.Key.Key_PageDown else -1)
                return True
        return super().eventFilter(watched, event)
