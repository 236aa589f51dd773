"""The workshop marks on the canvas (geometry: layout/workshop_marks.py): a voting round's dots
on cards and the comment bubbles on cards, headers and the map's title. Each subject's marks are
one child item of its card or header, so they move with it while dragged; they take no clicks
(an empty shape), so a press on a dot still reaches its card."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ..layout.workshop_marks import (
    BADGE_SIZE,
    BUBBLE_INK,
    BUBBLE_RESOLVED,
    BUBBLE_SIZE,
    BUBBLE_TAIL,
    DOT_RING,
    CommentMarker,
    VoteDots,
    bubble_tail,
)
from ..ui.qtfonts import ui_font

#: the title's comment bubble has no parent item: it sits above the grid and the headers
MAP_MARK_Z = 25


def paint_vote_dots(painter: QPainter, dots: VoteDots, dx: float = 0.0, dy: float = 0.0) -> None:
    """A card's dots (and count badge), shifted by (-dx, -dy) into the painter's coordinates."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(DOT_RING), 1.2))
    for cx, cy, colour in dots.dots:
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(cx - dx, cy - dy), dots.radius, dots.radius)
    if dots.badge is not None:
        b = dots.badge
        rect = QRectF(b.x - dx, b.y - dy, b.w, b.h)
        painter.setPen(QPen(QColor(DOT_RING), 1.0))
        painter.setBrush(QColor(BUBBLE_INK))
        painter.drawRoundedRect(rect, b.h / 2, b.h / 2)
        painter.setFont(ui_font(BADGE_SIZE, True))
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), dots.badge_text)


def paint_bubble(painter: QPainter, marker: CommentMarker, dx: float = 0.0, dy: float = 0.0) -> None:
    """A comment bubble: dark with the count of open threads, or outlined and empty when every
    thread on its subject is resolved."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    r = marker.rect
    rect = QRectF(r.x - dx, r.y - dy, r.w, r.h)
    path = QPainterPath()
    path.addRoundedRect(rect, 4, 4)
    tail = QPainterPath()
    tail.addPolygon(QPolygonF([QPointF(x - dx, y - dy) for x, y in bubble_tail(r)]))
    path = path.united(tail)
    if marker.open:
        painter.setPen(QPen(QColor("#FFFFFF"), 1.0))
        painter.setBrush(QColor(BUBBLE_INK))
    else:
        painter.setPen(QPen(QColor(BUBBLE_RESOLVED), 1.2))
        painter.setBrush(QColor("#FFFFFF"))
    painter.drawPath(path)
    if marker.open:
        painter.setFont(ui_font(BUBBLE_SIZE, True))
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), marker.text)


class MarkItem(QGraphicsItem):
    """One subject's marks, in its parent's coordinates (`origin`: the parent's top-left in the map)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.dots: VoteDots | None = None
        self.bubble: CommentMarker | None = None
        self.origin = (0.0, 0.0)
        self._bounds = QRectF()

    def set_marks(self, dots: VoteDots | None, bubble: CommentMarker | None, origin: tuple[float, float]) -> None:
        if (dots, bubble, origin) == (self.dots, self.bubble, self.origin):
            return
        self.prepareGeometryChange()
        self.dots, self.bubble, self.origin = dots, bubble, origin
        bounds = QRectF()
        dx, dy = origin
        if dots is not None:
            for cx, cy, _ in dots.dots:
                bounds |= QRectF(cx - dx - dots.radius - 1, cy - dy - dots.radius - 1, 2 * dots.radius + 2,
                                 2 * dots.radius + 2)
            if dots.badge is not None:
                b = dots.badge
                bounds |= QRectF(b.x - dx - 1, b.y - dy - 1, b.w + 2, b.h + 2)
        if bubble is not None:
            r = bubble.rect
            bounds |= QRectF(r.x - dx - 1, r.y - dy - 1, r.w + 2, r.h + BUBBLE_TAIL + 2)
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the pointer: clicks, drags and menus reach the card

    def paint(self, painter: QPainter, option, widget=None) -> None:
        dx, dy = self.origin
        if self.dots is not None:
            paint_vote_dots(painter, self.dots, dx, dy)
        if self.bubble is not None:
            paint_bubble(painter, self.bubble, dx, dy)


class CanvasMarks:
    """Keeps a MarkItem on each card and header that has marks, after every relayout; and, while
    a round is open, dims the cards it does not vote on."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.items: dict[str, MarkItem] = {}
        self.dimmed: set[str] = set()
        scene.map_changed.connect(self.sync)

    def sync(self) -> None:
        scene = self.scene
        if not shiboken6.isValid(scene):
            return
        layout = scene.layout
        marks = layout.workshop if layout is not None else None
        wanted: dict[str, tuple] = {}
        if marks is not None:
            for card_id, dots in marks.dots.items():
                wanted[card_id] = (dots, None)
            for marker in marks.comments:
                wanted[marker.subject_id] = (wanted.get(marker.subject_id, (None, None))[0], marker)
        for subject_id in list(self.items):
            item = self.items[subject_id]
            parent = self._parent(subject_id)
            if subject_id not in wanted or not shiboken6.isValid(item) or item.parentItem() is not parent:
                self._drop(subject_id)
        for subject_id, (dots, bubble) in wanted.items():
            parent = self._parent(subject_id)
            if parent is None and (bubble is None or bubble.kind != "map"):
                continue  # its card or header is not on the canvas
            item = self.items.get(subject_id)
            if item is None:
                item = self.items[subject_id] = MarkItem()
                if parent is not None:
                    item.setParentItem(parent)
                else:
                    item.setZValue(MAP_MARK_Z)
                    scene.addItem(item)
            item.set_marks(dots, bubble, self._origin(subject_id, parent))
        self.dim(self.dimmed)

    def _parent(self, subject_id: str):
        return self.scene.cards.get(subject_id) or self.scene.headers.get(subject_id)

    def _origin(self, subject_id: str, parent) -> tuple[float, float]:
        """Where the parent item's own coordinates start, in the map: a card's top-left (headers
        and the title draw in map coordinates)."""
        box = self.scene.layout.cards.get(subject_id) if parent is not None else None
        if box is None:
            return (0.0, 0.0)
        r = box.rect
        return (r.x, r.y)

    def _drop(self, subject_id: str) -> None:
        item = self.items.pop(subject_id)
        if shiboken6.isValid(item) and item.scene() is not None:
            item.scene().removeItem(item)

    def dim(self, card_ids: set[str]) -> None:
        """Cards shown faded (the ones an open round does not vote on); the rest at full strength."""
        for card_id in self.dimmed - set(card_ids):
            item = self.scene.cards.get(card_id)
            if item is not None:
                item.setOpacity(1.0)
        self.dimmed = set(card_ids)
        for card_id in self.dimmed:
            item = self.scene.cards.get(card_id)
            if item is not None and item.opacity() != 0.3:
                item.setOpacity(0.3)

    def bubble_at(self, pos: QPointF) -> CommentMarker | None:
        """The comment bubble under a point of the map, if any."""
        layout = self.scene.layout
        if layout is None or layout.workshop is None:
            return None
        for marker in layout.workshop.comments:
            r = marker.rect
            if r.x - 2 <= pos.x() <= r.right + 2 and r.y - 2 <= pos.y() <= r.bottom + BUBBLE_TAIL:
                return marker
        return None
