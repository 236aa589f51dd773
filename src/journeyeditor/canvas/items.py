"""Graphics items. Each mirrors one layout box; none holds model data of its own."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem

from ..layout.icons import CHANNEL_ICONS, ICONS, face, face_colour, lane_icon_shapes
from ..layout.map_layout import CardBox, ConnectorPath, MapLayout
from ..layout.style import BACKGROUND, CARD_COLOURS, GRID_LINE, INK, INK_SOFT, STATUS_COLOURS, legend_items
from .paint import STYLE, draw_lines, draw_shapes, paint_card, qrect

HANDLE_RADIUS = 6.0


def lod_of(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class CardItem(QGraphicsObject):
    kind = "card"

    def __init__(self, box: CardBox, channel: str = "", markers: tuple = ()) -> None:
        super().__init__()
        self.entity_id = box.id
        self.box = box
        self.channel = channel
        self.markers = markers
        self.hovered = False
        self.highlighted = False  # a Find match
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        # a card is drawn once per zoom level and blitted while panning: rich cards, smooth maps
        # (the scene turns this off for one-off renders)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(box.local.x, box.local.y)
        self._tooltip_text = ""  # set by the scene: the card's full text, unclamped

    def set_box(self, box: CardBox, channel: str, markers: tuple, tooltip: str) -> None:
        if box != self.box or channel != self.channel or markers != self.markers:
            if (box.local.w, box.local.h) != (self.box.local.w, self.box.local.h):
                self.prepareGeometryChange()
            self.channel, self.markers = channel, markers
            self.update()
        self.box = box  # even when equal: a newer placement's box carries its lane's current origin
        if tooltip != self._tooltip_text:
            self._tooltip_text = tooltip
            self.setToolTip(tooltip)
        self.snap()

    def snap(self) -> None:
        """Back to where the layout puts the card (in its lane's layer)."""
        local = self.box.local
        pos = self.pos()
        if pos.x() != local.x or pos.y() != local.y:
            self.setPos(local.x, local.y)

    def displaced(self) -> bool:
        """Moved by the mouse away from where the layout puts it."""
        pos = self.pos()
        return (pos.x(), pos.y()) != (self.box.local.x, self.box.local.y)

    def local_rect(self) -> QRectF:
        return QRectF(0, 0, self.box.local.w, self.box.local.h)

    def handle_centre(self) -> QPointF:
        return QPointF(self.box.local.w, self.box.local.h / 2)

    def boundingRect(self) -> QRectF:
        return self.local_rect().adjusted(-12, -12, HANDLE_RADIUS + 12, 12)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.local_rect(), 7, 7)
        if self.hovered or self.isSelected():
            path.addEllipse(self.handle_centre(), HANDLE_RADIUS + 2, HANDLE_RADIUS + 2)
        return path

    def on_handle(self, pos: QPointF) -> bool:
        return (self.hovered or self.isSelected()) and (pos - self.handle_centre()).manhattanLength() <= HANDLE_RADIUS + 4

    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = lod_of(painter, option)
        paint_card(painter, self.box, self.local_rect(), lod, self.isSelected(), self.hovered,
                   CHANNEL_ICONS.get(self.channel), ICONS.get(self.box.type), self.markers)
        if self.highlighted and lod >= 0.3:
            painter.setPen(QPen(QColor("#E69F00"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.local_rect().adjusted(-3, -3, 3, 3), 9, 9)
        if (self.hovered or self.isSelected()) and lod >= 0.3:
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(QColor("#2563EB"))
            painter.drawEllipse(self.handle_centre(), HANDLE_RADIUS, HANDLE_RADIUS)

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.unsetCursor()
        self.update()

    def hoverMoveEvent(self, event) -> None:
        if self.on_handle(event.pos()):
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.on_handle(event.pos()):
            self.scene().begin_connect(self, event.scenePos())
            event.accept()
            return
        if self.parentItem() is not None:  # dragged over the lanes below, the card stays on top
            self.parentItem().setZValue(LaneLayer.Z + 1)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self.parentItem() is not None:
            self.parentItem().setZValue(LaneLayer.Z)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        self.scene().begin_edit(self)
        event.accept()


class LaneLayer(QGraphicsItem):
    """Holds one cell's cards (or a lane's, when a card spans stages) at positions from the
    lane's top: when a lane above grows, its layers move instead of every card."""

    Z = 10

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(self.Z)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:
        pass


class HeaderItem(QGraphicsObject):
    """A stage header (drag sideways to reorder, drag its right edge to resize) or a lane header
    (the same, vertically)."""

    EDGE = 6.0

    def __init__(self, kind: str, entity_id: str) -> None:
        super().__init__()
        self.kind = kind
        self.entity_id = entity_id
        self.rect = QRectF()
        self.name_lines: list[str] = []
        self.goal_lines: list[str] = []
        self.colour = "#DCE6F2"
        self.lane_kind = ""
        self.rtl = False
        self._press: QPointF | None = None
        self.mode = ""  # "", "move", "resize"
        self.preview = 0.0  # size while resizing
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(20)

    @property
    def horizontal(self) -> bool:
        return self.kind == "stage"

    def set_geometry(self, rect: QRectF, name_lines, goal_lines, colour: str, lane_kind: str = "") -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
        self.name_lines, self.goal_lines, self.colour, self.lane_kind = name_lines, goal_lines, colour, lane_kind
        self.setPos(0, 0)
        self.update()

    def boundingRect(self) -> QRectF:
        extra = self.preview if self.mode == "resize" else 0
        return self.rect.adjusted(-2, -2, 2 + (extra if self.horizontal else 0), 2 + (0 if self.horizontal else extra))

    def _on_edge(self, pos: QPointF) -> bool:
        if self.horizontal:
            return abs(pos.x() - self.rect.right()) <= self.EDGE
        return abs(pos.y() - self.rect.bottom()) <= self.EDGE

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect)
        if self.mode == "resize":
            if self.horizontal:
                rect.setWidth(max(80.0, rect.width() + self.preview))
            else:
                rect.setHeight(max(60.0, rect.height() + self.preview))
        if self.horizontal:
            paint_stage_header(painter, rect, self.name_lines, self.goal_lines, self.colour, self.isSelected())
        else:
            paint_lane_header(painter, rect, self.name_lines, self.lane_kind, self.isSelected())

    def hoverMoveEvent(self, event) -> None:
        if self._on_edge(event.pos()):
            self.setCursor(Qt.CursorShape.SizeHorCursor if self.horizontal else Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._press = event.scenePos()
        self.mode = "resize" if self._on_edge(event.pos()) else "move"
        self.preview = 0.0
        super().mousePressEvent(event)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        amount = delta.x() if self.horizontal else delta.y()
        if self.mode == "resize":
            self.prepareGeometryChange()
            self.preview = amount
            self.update()
        else:
            self.setPos(QPointF(amount, 0) if self.horizontal else QPointF(0, amount))
            self.setZValue(30)

    def mouseReleaseEvent(self, event) -> None:
        if self._press is None:
            return
        delta = event.scenePos() - self._press
        amount = delta.x() if self.horizontal else delta.y()
        mode, self.mode, self._press = self.mode, "", None
        self.setZValue(20)
        self.prepareGeometryChange()
        self.preview = 0.0
        self.setPos(0, 0)
        if abs(amount) >= 3:  # a gesture lands once, on release
            if mode == "resize":
                self.scene().resize_header(self, amount)
            else:
                centre = (self.rect.center().x() if self.horizontal else self.rect.center().y()) + amount
                self.scene().reorder_header(self, centre)

    def mouseDoubleClickEvent(self, event) -> None:
        self.scene().begin_edit(self)
        event.accept()


def paint_stage_header(painter: QPainter, rect: QRectF, name_lines, goal_lines, colour: str, selected: bool) -> None:
    painter.setPen(QPen(QColor("#2563EB"), 2) if selected else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(rect, 10, 10)
    y = rect.y() + 9
    y = draw_lines(painter, name_lines, rect.x() + 10, y, rect.width() - 20, STYLE.stage_name_size, True, INK)
    draw_lines(painter, goal_lines, rect.x() + 10, y + 1, rect.width() - 20, STYLE.stage_goal_size, False, INK_SOFT)


def paint_lane_header(painter: QPainter, rect: QRectF, name_lines, lane_kind: str, selected: bool) -> None:
    painter.setPen(QPen(QColor("#2563EB"), 2) if selected else Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRoundedRect(rect.adjusted(0, 3, 0, -3), 8, 8)
    draw_shapes(painter, lane_icon_shapes(lane_kind), QRectF(rect.x() + 10, rect.y() + 14, 14, 14), INK_SOFT, 1.3)
    draw_lines(painter, name_lines, rect.x() + 32, rect.y() + 10, rect.width() - 40, STYLE.lane_name_size, True, INK)


class GridItem(QGraphicsItem):
    """Everything static behind the cards: background, title block, rows, columns, emotion band,
    blueprint lines and legends. One item: a map has few of these and they change together."""

    def __init__(self) -> None:
        super().__init__()
        self.layout: MapLayout | None = None
        self.title = ""
        self.subtitle = ""
        self.legend: list[tuple[str, str]] = []  # (persona name, colour)
        self.scale = (-2, 2)
        self.setZValue(-10)

    def set_layout(self, layout: MapLayout, title: str, subtitle: str, legend, scale) -> None:
        if self.layout is None or (layout.width, layout.height) != (self.layout.width, self.layout.height):
            self.prepareGeometryChange()
        self.layout, self.title, self.subtitle, self.legend, self.scale = layout, title, subtitle, legend, scale
        self.update()

    def boundingRect(self) -> QRectF:
        if self.layout is None:
            return QRectF()
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.layout is not None:
            paint_grid(painter, self.layout, self.title, self.subtitle, self.legend, self.scale)


def paint_grid(painter: QPainter, layout: MapLayout, title: str, subtitle: str, legend, scale) -> None:
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(BACKGROUND))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # title block: map name, kind, personas with their colours
    t = layout.title
    draw_lines(painter, [title], t.x, t.y, t.w * 0.6, 22, True, INK)
    draw_lines(painter, [subtitle], t.x, t.y + 32, t.w * 0.6, 12, False, INK_SOFT)
    for entry in layout.legend:
        painter.setPen(QPen(QColor(entry.colour), 3))
        painter.drawLine(QPointF(entry.x, entry.y + 9), QPointF(entry.x + 14, entry.y + 9))
        draw_lines(painter, [entry.name], entry.x + 18, entry.y, entry.width, 12, False, INK)
    # lanes: tinted rows separated by hairlines
    for i, lane in enumerate(layout.lanes):
        row = qrect(lane.row)
        painter.fillRect(row, QColor(lane.colour))
        if lane.kind == "emotions":
            paint_emotion_band(painter, row, layout, scale)
        painter.setPen(QPen(QColor(GRID_LINE), 1))
        painter.drawLine(row.topLeft(), row.topRight())
    if layout.lanes:
        bottom = layout.lanes[-1].row.bottom
        painter.setPen(QPen(QColor(GRID_LINE), 1))
        painter.drawLine(QPointF(layout.grid.x, bottom), QPointF(layout.grid.right, bottom))
    # stage columns: faint alternating tint and hairlines
    for i, stage in enumerate(layout.stages):
        column = qrect(stage.column)
        if i % 2:
            painter.fillRect(column, QColor(0, 0, 0, 8))
        painter.setPen(QPen(QColor(GRID_LINE), 1))
        painter.drawLine(column.topLeft(), column.bottomLeft())
    if layout.stages:
        right = layout.stages[-1].column
        painter.drawLine(QPointF(right.right, right.y), QPointF(right.right, right.bottom))
    paint_legend(painter, layout, legend)
    for line in layout.lines:  # blueprint lines: heavier, dashed, labelled at the left
        pen = QPen(QColor("#3B4450"), 2.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(line.x0, line.y), QPointF(line.x1, line.y))
        label_rect = QRectF(line.x0 + 4, line.y - 9, 170, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BACKGROUND))
        painter.drawRoundedRect(label_rect, 4, 4)
        draw_lines(painter, [line.name], label_rect.x() + 4, label_rect.y(), 166, 11, True, "#3B4450")


def paint_legend(painter: QPainter, layout: MapLayout, legend_info) -> None:
    """The legend under the grid: the same items, at the same places, as in the PDF."""
    if not legend_info:
        return
    kind, derived, scale = legend_info
    top = layout.legend_top
    for item in legend_items(kind, derived, scale):
        what, dx, row = item[0], item[1], item[2]
        x, y = STYLE.margin + dx, top + row * 34
        if what in ("heading", "heading-soft"):
            draw_lines(painter, [item[3]], x, y, 160, 11, what == "heading", INK)
        elif what == "type":
            card_type, label = item[3], item[4]
            draw_shapes(painter, ICONS[card_type], QRectF(x, y + 3, 12, 12),
                        CARD_COLOURS[card_type] if card_type != "idea" else "#8A7F00")
            draw_lines(painter, [label], x + 16, y, len(label) * 6.5 + 8, 11, False, INK)
        elif what == "face":
            paint_face(painter, QPointF(x + 10, y + 8), 9, item[3], scale, "#8A8F98")
            draw_lines(painter, [f"{item[3]:+d}" if item[3] else "0"], x + 24, y, 30, 11, False, INK)
        elif what == "marker":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(item[4]))
            painter.drawEllipse(QPointF(x + 10, y + 8), 8, 8)
            draw_lines(painter, [item[3]], x + 6.5, y, 12, 10, True, "#FFFFFF")
            draw_lines(painter, [item[5]], x + 22, y, 80, 11, False, INK)
        elif what == "status":
            pill = QRectF(x, y, 7.5 * len(item[4]) + 8, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STATUS_COLOURS[item[3]]))
            painter.drawRoundedRect(pill, 8, 8)
            draw_lines(painter, [item[4]], x + 4, y, pill.width() - 8, 9, True, "#FFFFFF")


def paint_emotion_band(painter: QPainter, row: QRectF, layout: MapLayout, scale) -> None:
    pad = STYLE.emotion_pad
    band = QRectF(row.x(), row.y() + pad, row.width(), row.height() - 2 * pad)
    if band.height() <= 0:
        return
    mid = band.center().y()
    painter.fillRect(QRectF(band.x(), band.y(), band.width(), mid - band.y()), QColor(0, 158, 115, 16))
    painter.fillRect(QRectF(band.x(), mid, band.width(), band.bottom() - mid), QColor(213, 94, 0, 14))
    painter.setPen(QPen(QColor("#B8B8B0"), 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(band.x(), mid), QPointF(band.right(), mid))


class ConnectorItem(QGraphicsItem):
    kind = "connector"

    def __init__(self, path: ConnectorPath) -> None:
        super().__init__()
        self.entity_id = path.id
        self.path_box = path
        self._path = QPainterPath()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)
        self.set_path(path, force=True)

    def set_path(self, path: ConnectorPath, force: bool = False) -> None:
        if (path is self.path_box or path == self.path_box) and not force:
            return
        self.prepareGeometryChange()
        self.path_box = path
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = path.points
        self._path = QPainterPath(QPointF(x0, y0))
        self._path.cubicTo(QPointF(x1, y1), QPointF(x2, y2), QPointF(x3, y3))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-12, -12, 12, 12)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self._path)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = QColor("#2563EB") if self.isSelected() else QColor("#5B6672")
        pen = QPen(colour, 2.2 if self.isSelected() else 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        points = self.path_box.points
        painter.drawPolygon(arrow_head(points[3], points[2]))
        if self.path_box.two_way:
            painter.drawPolygon(arrow_head(points[0], points[1]))
        if self.path_box.label:
            mid = self._path.pointAtPercent(0.5)
            rect = QRectF(mid.x() - 50, mid.y() - 9, 100, 18)
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(rect, 5, 5)
            draw_lines(painter, [self.path_box.label], rect.x(), rect.y(), rect.width(), 11, False, INK)


def arrow_head(tip, before, size: float = 9.0) -> QPolygonF:
    import math

    dx, dy = tip[0] - before[0], tip[1] - before[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    base = (tip[0] - ux * size, tip[1] - uy * size)
    return QPolygonF([QPointF(*tip), QPointF(base[0] - uy * size * 0.5, base[1] + ux * size * 0.5),
                      QPointF(base[0] + uy * size * 0.5, base[1] - ux * size * 0.5)])


class CurveItem(QGraphicsItem):
    """One persona's emotion line: a Catmull–Rom curve through its points."""

    def __init__(self, persona_id: str) -> None:
        super().__init__()
        self.persona_id = persona_id
        self._path = QPainterPath()
        self.colour = "#0072B2"
        self.setZValue(6)

    def set_points(self, points: list[tuple[float, float]], colour: str) -> None:
        if (points, colour) == getattr(self, "_shown", None):
            return
        self._shown = (points, colour)
        self.prepareGeometryChange()
        self.colour = colour
        self._path = catmull_rom_path(points)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor(self.colour), 2.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)


def catmull_rom_path(points: list[tuple[float, float]]) -> QPainterPath:
    from ..layout.curves import catmull_rom_beziers

    path = QPainterPath()
    if not points:
        return path
    path.moveTo(*points[0])
    for c1, c2, end in catmull_rom_beziers(points):
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


class EmotionPointItem(QGraphicsObject):
    """A face on a persona's line; drag it up or down to set the score (snaps on release)."""

    kind = "emotion_point"
    RADIUS = 11.0

    def __init__(self, persona_id: str, stage_id: str) -> None:
        super().__init__()
        self.persona_id, self.stage_id = persona_id, stage_id
        self.entity_id = ""
        self.score = 0.0
        self.scale_range = (-2, 2)
        self.colour = "#0072B2"
        self.note = ""
        self.band = (0.0, 1.0)  # y of the scale's top and bottom
        self._press_y: float | None = None
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(15)

    def set_point(self, x: float, y: float, score: float, colour: str, band, scale_range, entity_id: str,
                  note: str) -> None:
        shown = (x, y, score, colour, band, scale_range, entity_id, note)
        if shown == getattr(self, "_shown", None) and (self.x(), self.y()) == (x, y):
            return  # unchanged (and not left elsewhere by a drag)
        self._shown = shown
        self.setPos(x, y)
        self.score, self.colour, self.band, self.scale_range = score, colour, band, scale_range
        self.entity_id, self.note = entity_id, note
        self.setToolTip(f"{score:+g}" + (f" — {note}" if note else ""))
        self.update()

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_face(painter, QPointF(0, 0), self.RADIUS, self.score, self.scale_range, self.colour, self.isSelected())

    def score_at(self, y: float) -> float:
        lo, hi = self.scale_range
        top, bottom = self.band
        if bottom <= top:
            return self.score
        t = (bottom - y) / (bottom - top)
        return max(lo, min(hi, lo + t * (hi - lo)))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_y = self.pos().y()
            self.scene().clearSelection()
            self.setSelected(True)
            event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._press_y is None:
            return
        top, bottom = self.band
        y = max(top, min(bottom, event.scenePos().y()))
        self.setPos(self.pos().x(), y)
        self.score = self.score_at(y)
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._press_y is None:
            return
        self._press_y = None
        self.scene().set_emotion_from_item(self, round(self.score))  # snaps to the scale


def paint_face(painter: QPainter, centre: QPointF, radius: float, score: float, scale_range, colour: str,
               selected: bool = False) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    lo, hi = scale_range
    painter.setPen(QPen(QColor("#2563EB") if selected else QColor(colour), 2.4 if selected else 2.0))
    painter.setBrush(QBrush(QColor(face_colour(score, lo, hi))))
    painter.drawEllipse(centre, radius, radius)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    draw_shapes(painter, face(score, lo, hi), box, "#2B2B2B", 1.5)
