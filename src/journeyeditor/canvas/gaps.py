"""Gaps on the canvas: a selectable glyph per gap on its step boundary (layout/gap_marks.py),
the highlight of a suggested gap's boundary, and the legend row for gaps and evidence badges.
The PDF draws the same marks (export/pdf_gaps.py)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ..i18n import tr
from ..layout.card_details import CHIP_COLOURS
from ..layout.gap_marks import (
    DISC_RADIUS,
    GAP_COLOURS,
    GAP_LABELS,
    GLYPH_WIDTH,
    GapMark,
    legend_badge,
    legend_glyph,
)
from ..layout.icons import EVIDENCE_ICONS, GAP_ICONS
from ..layout.map_layout import MapLayout
from ..layout.theme import current as theme
from .paint import draw_lines, draw_shapes, qcolor, qrect

SELECTED = "#2563EB"


def paint_gap_mark(painter: QPainter, mark: GapMark) -> None:
    """A gap's glyph: the break strokes, each on a white halo, over the kind's disc and icon."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = GAP_COLOURS.get(mark.kind, GAP_COLOURS["other"])
    for width, ink in ((5.0, theme().card_fill), (2.2, colour)):
        pen = QPen(qcolor(ink), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for x0, y0, x1, y1 in mark.strokes:
            painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
    x, y, radius = mark.disc
    paint_gap_disc(painter, mark.kind, x, y, radius)


def paint_gap_disc(painter: QPainter, kind: str, x: float, y: float, radius: float) -> None:
    """A gap kind's disc with its white icon (also the kind's icon in lists and choices)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(qcolor("#FFFFFF"), 1.5 * radius / DISC_RADIUS))
    painter.setBrush(qcolor(GAP_COLOURS.get(kind, GAP_COLOURS["other"])))
    painter.drawEllipse(QPointF(x, y), radius, radius)
    side = radius * 1.25
    draw_shapes(painter, GAP_ICONS.get(kind, GAP_ICONS["other"]), QRectF(x - side / 2, y - side / 2, side, side),
                "#FFFFFF", 1.2 * radius / DISC_RADIUS)


def gap_tooltip(kind: str, note: str) -> str:
    label = tr(GAP_LABELS.get(kind, GAP_LABELS["other"]))
    return f"{label}\n{note}" if note.strip() else label


class GapItem(QGraphicsItem):
    """A gap's glyph: select it to see the gap in the inspector, Delete removes it, a
    double-click edits it; hovering tells its kind and note."""

    kind = "gap"
    Z = 12  # above the cards' layers (it never sits on a card unless the lane has no room)

    def __init__(self, mark: GapMark) -> None:
        super().__init__()
        self.entity_id = mark.id
        self.mark = mark
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(self.Z)

    def set_mark(self, mark: GapMark, tooltip: str) -> None:
        if mark != self.mark:
            self.prepareGeometryChange()
            self.mark = mark
            self.update()
        if tooltip != self.toolTip():
            self.setToolTip(tooltip)

    def boundingRect(self) -> QRectF:
        return qrect(self.mark.box).adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(qrect(self.mark.box).adjusted(-2, -2, 2, 2), 5, 5)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_gap_mark(painter, self.mark)
        if self.isSelected():
            painter.setPen(QPen(qcolor(theme().selection), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(qrect(self.mark.box).adjusted(-3, -3, 3, 3), 6, 6)

    def mouseDoubleClickEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "gap_requested"):
            scene.gap_requested.emit(self.entity_id)
        event.accept()


class GapOverlay:
    """The scene's gap glyphs, kept in step with the layout, and the boundary highlight."""

    def __init__(self, scene) -> None:
        self.items: dict[str, GapItem] = {}
        self.highlight = QGraphicsRectItem()
        self.highlight.setPen(QPen(QColor(SELECTED), 2, Qt.PenStyle.DashLine))
        self.highlight.setBrush(QColor(37, 99, 235, 30))
        self.highlight.setZValue(11)
        self.highlight.hide()
        scene.addItem(self.highlight)
        self._boundary: tuple[str, str] | None = None

    def sync(self, scene, layout: MapLayout | None, project) -> None:
        marks = {mark.id: mark for mark in layout.gap_marks} if layout is not None else {}
        for gone in set(self.items) - set(marks):
            item = self.items.pop(gone)
            if item.scene() is scene:
                scene.removeItem(item)
        for gap_id, mark in marks.items():
            gap = project.get(gap_id)
            tooltip = gap_tooltip(mark.kind, gap.note if gap is not None else "")
            item = self.items.get(gap_id)
            if item is None:
                item = self.items[gap_id] = GapItem(mark)
                scene.addItem(item)
            item.set_mark(mark, tooltip)
        self._place_highlight(layout)

    def show_boundary(self, scene, step_id: str | None, lane_id: str | None) -> QRectF | None:
        """Highlight the boundary right of a step in a lane (None: hide it); returns its rect."""
        self._boundary = (step_id, lane_id) if step_id and lane_id else None
        return self._place_highlight(scene.layout)

    def _place_highlight(self, layout: MapLayout | None) -> QRectF | None:
        column = lane = None
        if layout is not None and self._boundary is not None:
            column = layout.column_box(self._boundary[0])
            lane = next((box for box in layout.lanes if box.id == self._boundary[1]), None)
        if column is None or lane is None:
            self.highlight.hide()
            return None
        half = GLYPH_WIDTH / 2 + 4
        rect = QRectF(column.column.right - half, lane.row.y + 3, 2 * half, lane.row.h - 6)
        self.highlight.setRect(rect)
        self.highlight.show()
        return rect


def paint_gap_legend(painter: QPainter, layout: MapLayout) -> None:
    """The legend's row for gap kinds and evidence badges (layout/gap_marks.py legend_row), its
    labels as the layout measured them (as the legend's other rows)."""
    for item in layout.gap_legend:
        if item.what == "heading":
            draw_lines(painter, [item.label], item.x, item.y, item.label_w, 11, True, theme().ink)
            continue
        if item.what == "gap":
            paint_gap_mark(painter, legend_glyph(item))
        else:
            fill, _outline, ink = theme().chip(*CHIP_COLOURS[item.kind])
            pill, glyph = legend_badge(item)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(fill))
            painter.drawRoundedRect(qrect(pill), pill.h / 2, pill.h / 2)
            draw_shapes(painter, EVIDENCE_ICONS[item.kind], qrect(glyph), ink, 1.2)
        draw_lines(painter, [item.label], item.label_x, item.y, item.label_w, 11, False, theme().ink)
