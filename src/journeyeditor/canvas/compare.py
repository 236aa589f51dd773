"""The compare view on the canvas: the later map with its changes marked. Added cards get a green
frame, changed ones an orange frame (their old values in the tooltip), moved ones a blue dashed
frame, removed cards a grey ghost outline where the earlier map had them, and each persona whose
emotions shifted a faint dashed line through the earlier scores. Marks take no clicks: the map
stays editable underneath."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem

from ..history.diff import ADDED, CHANGED, MOVED, REMOVED, SHIFTED, Change
from ..i18n import tr

MARKS = {  # action -> (colour, pen style)
    ADDED: ("#1A7F37", Qt.PenStyle.SolidLine), CHANGED: ("#D55E00", Qt.PenStyle.SolidLine),
    MOVED: ("#0072B2", Qt.PenStyle.DashLine), REMOVED: ("#8C959F", Qt.PenStyle.DashLine),
}
MARK_Z = 30  # above cards and curves
PAD = 3.0


def _passive(item: QGraphicsItem) -> QGraphicsItem:
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setZValue(MARK_Z)
    return item


class CompareOverlay:
    def __init__(self) -> None:
        self.earlier = None  # the earlier Project, while comparing
        self.changes: list[Change] = []
        self.items: list[QGraphicsItem] = []

    @property
    def active(self) -> bool:
        return self.earlier is not None

    def show(self, scene, earlier, changes: list[Change]) -> None:
        self.earlier, self.changes = earlier, changes
        self.sync(scene, scene.layout)

    def clear(self, scene) -> None:
        self.earlier, self.changes = None, []
        self.sync(scene, None)

    def sync(self, scene, layout) -> None:
        for item in self.items:
            if item.scene() is scene:
                scene.removeItem(item)
        self.items = []
        if layout is None or self.earlier is None or scene.map_id is None:
            return
        earlier_layout = (scene.engine.layout(self.earlier, scene.map_id)
                          if self.earlier.get(scene.map_id) is not None else None)
        for change in self.changes:
            if change.kind == "card":
                self._card_mark(scene, change, layout, earlier_layout)
        shifted = {change.id for change in self.changes if change.action == SHIFTED}
        if earlier_layout is not None and shifted:
            self._earlier_lines(scene, layout, earlier_layout)

    def _card_mark(self, scene, change: Change, layout, earlier_layout) -> None:
        boxes = earlier_layout.cards if change.action == REMOVED and earlier_layout else layout.cards
        box = boxes.get(change.id)
        if box is None:
            return
        colour, style = MARKS[change.action]
        rect = box.rect
        item = _passive(QGraphicsRectItem(QRectF(rect.x - PAD, rect.y - PAD, rect.w + 2 * PAD, rect.h + 2 * PAD)))
        item.setPen(QPen(QColor(colour), 3 if change.action != REMOVED else 2, style))
        if change.action == REMOVED:
            item.setBrush(QColor(140, 149, 159, 40))
        item.setToolTip(tr("{0} (since the snapshot)").format(change.text()))
        scene.addItem(item)
        self.items.append(item)

    def _earlier_lines(self, scene, layout, earlier_layout) -> None:
        """The earlier scores drawn on the present curves' scale, through the present steps."""
        present = {curve.persona_id: curve for curve in layout.curves}
        for old_curve in earlier_layout.curves:
            curve = present.get(old_curve.persona_id)
            if curve is None:
                continue
            xs = {step_id: x for step_id, x, _y, _score in curve.points}
            xs.update(curve.missing)
            path = QPainterPath()
            for step_id, _x, _y, score in old_curve.points:
                if step_id not in xs:
                    continue
                point = (xs[step_id], curve.y_of(score))
                if path.elementCount() == 0:
                    path.moveTo(*point)
                else:
                    path.lineTo(*point)
            if path.elementCount() < 2:
                continue
            colour = QColor(curve.colour)
            colour.setAlpha(110)
            item = _passive(QGraphicsPathItem(path))
            item.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            item.setToolTip(tr("Emotions at the snapshot"))
            scene.addItem(item)
            self.items.append(item)
