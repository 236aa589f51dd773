"""Graphics items. Each mirrors one layout box; none holds model data of its own."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem

from ..layout.card_details import MOMENT_INK
from ..layout.icons import CHANNEL_ICONS, ICONS, MOMENT_ICONS, face, face_colour, lane_icon_shapes
from ..layout.layers import COLUMN_TINT_ALPHA, GRID_LAYERS, step_dividers, tinted_column
from ..layout.map_layout import CardBox, ConnectorPath, MapLayout, Rect
from ..layout.routing import ARROW, LABEL_PAD, LABEL_SIZE, arrow_points, rounded
from ..layout.style import (
    CARD_COLOURS,
    INK,
    INK_SOFT,
    STATUS_COLOURS,
    label_width,
    legend_items,
    score_text,
    status_width,
    step_tab_colours,
)
from ..layout.theme import current as theme
from ..text.bidi import paragraph_is_rtl
from ..ui.qtfonts import ui_font
from .metrics import paint_heat_legend, paint_heat_wash, sync_card_chips
from .gaps import paint_gap_legend
from .paint import STYLE, card_text_colour, draw_lines, draw_shapes, paint_card, qcolor, qrect

HANDLE_RADIUS = 6.0
STEP_PLACEHOLDER_INK = "#8C939B"  # an unnamed step's "Step 2": readable, yet plainly not a name


def lod_of(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


#: a card's flags, combined once: Python enums' `|` costs more than the call it feeds
CARD_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
              | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
              | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)


class CardItem(QGraphicsItem):
    """One card. A plain QGraphicsItem, not a QGraphicsObject: it uses no signal or property, and
    PySide makes a QObject ten times slower, which a 20k-card map's opening paid for each card."""

    kind = "card"

    def __init__(self, box: CardBox, channel: str = "", markers: tuple = (),
                 cache_mode: QGraphicsItem.CacheMode = QGraphicsItem.CacheMode.DeviceCoordinateCache) -> None:
        super().__init__()
        self.entity_id = box.id
        self.box = box
        self.channel = channel
        self.markers = markers
        self.hovered = False
        self.highlighted = False  # a Find match
        self.setFlags(CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        # a card is drawn once per zoom level and blitted while panning: rich cards, smooth maps
        # (the scene turns this off for one-off renders)
        self.setCacheMode(cache_mode)
        self.setPos(box.local.x, box.local.y)
        # the card's full text, unclamped: made from this (a zero-argument function the scene
        # gives) when the card is hovered or asked, not for each card of a map at every sync
        self._tooltip_of = None
        self._bounds = self._bounds_of(box)

    def set_box(self, box: CardBox, channel: str, markers: tuple, tooltip_of) -> None:
        if box != self.box or channel != self.channel or markers != self.markers:
            if (box.local.w, box.local.h) != (self.box.local.w, self.box.local.h):
                self.prepareGeometryChange()
            self.channel, self.markers = channel, markers
            self.update()
        self.box = box  # even when equal: a newer placement's box carries its lane's current origin
        self._bounds = self._bounds_of(box)
        self._tooltip_of = tooltip_of
        if self.hovered:  # Qt reads the tooltip it holds: hold the new one
            super().setToolTip(self.toolTip())
        if box.metric_chips or getattr(self, "metric_items", None):
            sync_card_chips(self, box.metric_chips)
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

    @staticmethod
    def _bounds_of(box: CardBox) -> QRectF:
        return QRectF(-12, -12, box.local.w + HANDLE_RADIUS + 24, box.local.h + 24)

    def boundingRect(self) -> QRectF:
        # kept, not computed: the view asks every card near a frame for it, on every frame
        return self._bounds

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
            painter.setPen(QPen(qcolor(theme().highlight), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.local_rect().adjusted(-3, -3, 3, 3), 9, 9)
        if (self.hovered or self.isSelected()) and lod >= 0.3:
            painter.setPen(QPen(qcolor(theme().card_fill), 1.5))
            painter.setBrush(qcolor(theme().selection))
            painter.drawEllipse(self.handle_centre(), HANDLE_RADIUS, HANDLE_RADIUS)

    def toolTip(self) -> str:
        return self._tooltip_of() if self._tooltip_of is not None else ""

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        super().setToolTip(self.toolTip())  # the scene shows the one Qt holds, after a hover
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
        self.placeholder = ""  # an unnamed step's faint "Step 2", drawn on screen only
        self.rtl = False
        self._press: QPointF | None = None
        self.mode = ""  # "", "move", "resize"
        self.preview = 0.0  # size while resizing
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(20)

    @property
    def horizontal(self) -> bool:
        return self.kind in ("stage", "step")

    def set_geometry(self, rect: QRectF, name_lines, goal_lines, colour: str, lane_kind: str = "") -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
        self.name_lines, self.goal_lines, self.colour, self.lane_kind = name_lines, goal_lines, colour, lane_kind
        self.setPos(0, 0)
        self._update_tooltip()
        self.update()

    def _update_tooltip(self) -> None:
        """The full name (and a stage's goal) from the scene's layout: the drawn lines may be cut."""
        layout = getattr(self.scene(), "layout", None)
        if layout is None:
            return
        boxes = {"stage": layout.stages, "step": layout.columns}.get(self.kind, layout.lanes)
        box = next((b for b in boxes if b.id == self.entity_id), None)
        if box is not None:
            tooltip = "\n".join(x for x in (box.name, getattr(box, "goal", ""), getattr(box, "description", "")) if x)
            if tooltip != self.toolTip():
                self.setToolTip(tooltip)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            self._update_tooltip()  # a new header gets its geometry before it joins the scene
        return super().itemChange(change, value)

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
        if self.kind == "step":
            # a view passes its viewport; a render to an image (PNG export) passes none, and the
            # placeholder is a hint for editing, not part of the map
            placeholder = self.placeholder if widget is not None else ""
            paint_step_header(painter, rect, self.name_lines, self.colour, self.isSelected(), placeholder)
        elif self.horizontal:
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
    fill = theme().fill(colour)
    painter.setPen(QPen(qcolor(theme().selection), 2) if selected else Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(fill))
    painter.drawRoundedRect(rect, 10, 10)
    y = rect.y() + 9
    y = draw_lines(painter, name_lines, rect.x() + 10, y, rect.width() - 20, STYLE.stage_name_size, True,
                   theme().text(INK, fill), bool(name_lines) and paragraph_is_rtl(name_lines[0]))
    draw_lines(painter, goal_lines, rect.x() + 10, y + 1, rect.width() - 20, STYLE.stage_goal_size, False,
               theme().text(INK_SOFT, fill), bool(goal_lines) and paragraph_is_rtl(goal_lines[0]))


def paint_step_header(painter: QPainter, rect: QRectF, name_lines, colour: str, selected: bool,
                      placeholder: str = "") -> None:
    """A step's header: a lighter tab of its stage's colour, under the stage header. An unnamed
    step shows `placeholder` ("Step 2") in faint grey, so its tab reads as a step to name."""
    fill, edge = (theme().fill(tone) for tone in step_tab_colours(colour))
    painter.setPen(QPen(qcolor(theme().selection), 2) if selected else QPen(qcolor(edge), 1))
    painter.setBrush(qcolor(fill))
    painter.drawRoundedRect(rect, 6, 6)
    y = rect.y() + (rect.height() - STYLE.line_height(STYLE.step_name_size)) / 2
    if name_lines:
        draw_lines(painter, name_lines, rect.x() + 8, y, rect.width() - 16, STYLE.step_name_size, True,
                   theme().text(INK, fill), paragraph_is_rtl(name_lines[0]))
    elif placeholder:
        draw_lines(painter, [placeholder], rect.x() + 8, y, rect.width() - 16, STYLE.step_name_size, False,
                   theme().text(STEP_PLACEHOLDER_INK, fill))


def paint_lane_header(painter: QPainter, rect: QRectF, name_lines, lane_kind: str, selected: bool) -> None:
    painter.setPen(QPen(qcolor(theme().selection), 2) if selected else Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(theme().header_fill))
    painter.drawRoundedRect(rect.adjusted(0, 3, 0, -3), 8, 8)
    draw_shapes(painter, lane_icon_shapes(lane_kind), QRectF(rect.x() + 10, rect.y() + 14, 14, 14), theme().ink_soft,
                1.3)
    draw_lines(painter, name_lines, rect.x() + 32, rect.y() + 10, rect.width() - 40, STYLE.lane_name_size, True,
               theme().ink,
               bool(name_lines) and paragraph_is_rtl(name_lines[0]))


def _transparent_pixmap(width: float, height: float, dpr: float) -> QPixmap:
    pixmap = QPixmap(max(1, round(width * dpr)), max(1, round(height * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def card_type_pixmap(card_type: str, size: float = 20.0, dpr: float = 1.0) -> QPixmap:
    """A card type's swatch for lists: a rounded tile in the type's colour carrying the type's
    icon (the shapes the canvas and the PDF draw on cards), light on dark colours, dark on light."""
    colour = CARD_COLOURS.get(card_type, "#9CA3AF")
    pixmap = _transparent_pixmap(size, size, dpr)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.24, size * 0.24)
    inset = size * 0.22
    draw_shapes(painter, ICONS.get(card_type, ICONS["note"]), QRectF(inset, inset, size - 2 * inset, size - 2 * inset),
                card_text_colour(colour), max(1.2, size / 14))
    painter.end()
    return pixmap


def card_ghost_pixmap(card_type: str, label: str, dpr: float = 1.0, width: float = 180.0) -> QPixmap:
    """What a card type looks like while dragged from the palette: a small card with the type's
    colour bar, icon and name, painted as the canvas paints cards, with room for its shadow."""
    margin = 4.0
    title_width = width - 2 * STYLE.card_pad - STYLE.icon_room
    title = QFontMetricsF(ui_font(STYLE.title_size, True)).elidedText(label, Qt.TextElideMode.ElideRight, title_width)
    box = CardBox("", Rect(0, 0, width, STYLE.min_card_height), [title], [], CARD_COLOURS.get(card_type, "#9CA3AF"),
                  card_type, paragraph_is_rtl(title))
    pixmap = _transparent_pixmap(width + 2 * margin, STYLE.min_card_height + 2 * margin, dpr)
    painter = QPainter(pixmap)
    painter.setOpacity(0.94)
    paint_card(painter, box, QRectF(margin, margin, width, STYLE.min_card_height), 1.0, hovered=True,
               type_icon=ICONS.get(card_type))
    painter.end()
    return pixmap


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
        # the item spans the whole map: a frame paints only the part it shows (option.exposedRect)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

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
            paint_grid(painter, self.layout, self.title, self.subtitle, self.legend, self.scale, option.exposedRect)


#: layers drawn in one band of the map, and that band's top and bottom: a frame that shows none
#: of it skips the layer (the legend's texts and icons cost as much as a screenful of cards)
_LAYER_BANDS = {
    "title": lambda layout: (layout.title.y - 8, layout.title.bottom + 8),
    "legend": lambda layout: (layout.legend_top - 8, layout.height),
    "heat-legend": lambda layout: (layout.legend_top - 8, layout.height),
}


def paint_grid(painter: QPainter, layout: MapLayout, title: str, subtitle: str, legend, scale,
               exposed: QRectF | None = None) -> None:
    """The map's static background, layer by layer in layout.layers.GRID_LAYERS' order (the PDF
    paints the same list): shading first, under the emotion band, the hairlines and the texts.
    With `exposed` (the part of the map being painted), layers wholly outside it are skipped."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for layer in GRID_LAYERS:
        band = _LAYER_BANDS.get(layer)
        if band is not None and exposed is not None and not exposed.isEmpty():
            top, bottom = band(layout)
            if bottom < exposed.top() or top > exposed.bottom():
                continue
        _GRID_PAINTERS[layer](painter, layout, title, subtitle, legend, scale)


def _paint_background(painter: QPainter, layout: MapLayout, *_args) -> None:
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), qcolor(theme().background))


def _paint_title(painter: QPainter, layout: MapLayout, title: str, subtitle: str, *_args) -> None:
    """The title block: map name, kind, personas with their colours."""
    t = layout.title
    draw_lines(painter, [title], t.x, t.y, t.w * 0.6, 22, True, theme().ink)
    draw_lines(painter, [subtitle], t.x, t.y + 32, t.w * 0.6, 12, False, theme().ink_soft)
    for entry in layout.legend:
        painter.setPen(QPen(qcolor(theme().accent(entry.colour)), 3))
        painter.drawLine(QPointF(entry.x, entry.y + 9), QPointF(entry.x + 14, entry.y + 9))
        draw_lines(painter, [entry.name], entry.x + 18, entry.y, entry.width, 12, False, theme().ink)


def _paint_lane_shading(painter: QPainter, layout: MapLayout, *_args) -> None:
    for lane in layout.lanes:
        painter.fillRect(qrect(lane.row), qcolor(theme().fill(lane.colour)))


def _paint_column_shading(painter: QPainter, layout: MapLayout, *_args) -> None:
    tint = QColor(*theme().column_tint, round(COLUMN_TINT_ALPHA * 255))
    for i, stage in enumerate(layout.stages):
        if tinted_column(i):
            painter.fillRect(qrect(stage.column), tint)


def _paint_emotion_bands(painter: QPainter, layout: MapLayout, title, subtitle, legend, scale) -> None:
    for lane in layout.lanes:
        if lane.kind == "emotions":
            paint_emotion_band(painter, qrect(lane.row), layout, scale, lane.id)


def _paint_lane_lines(painter: QPainter, layout: MapLayout, *_args) -> None:
    painter.setPen(QPen(qcolor(theme().grid_line), 1))
    for lane in layout.lanes:
        row = qrect(lane.row)
        painter.drawLine(row.topLeft(), row.topRight())
    if layout.lanes:
        bottom = layout.lanes[-1].row.bottom
        painter.drawLine(QPointF(layout.grid.x, bottom), QPointF(layout.grid.right, bottom))


def _paint_column_lines(painter: QPainter, layout: MapLayout, *_args) -> None:
    painter.setPen(QPen(qcolor(theme().grid_line), 1))
    for stage in layout.stages:
        column = qrect(stage.column)
        painter.drawLine(column.topLeft(), column.bottomLeft())
    if layout.stages:
        right = layout.stages[-1].column
        painter.drawLine(QPointF(right.right, right.y), QPointF(right.right, right.bottom))
    painter.setPen(QPen(qcolor(theme().grid_line), 1, Qt.PenStyle.DashLine))
    for x0, y0, x1, y1 in step_dividers(layout):
        painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))


def _paint_blueprint_lines(painter: QPainter, layout: MapLayout, *_args) -> None:
    for line in layout.lines:  # heavier, dashed, labelled at the left
        pen = QPen(qcolor(theme().blueprint_line), 2.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(line.x0, line.y), QPointF(line.x1, line.y))
        label_rect = QRectF(line.x0 + 4, line.y - 9, 170, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(theme().background))
        painter.drawRoundedRect(label_rect, 4, 4)
        draw_lines(painter, [line.name], label_rect.x() + 4, label_rect.y(), 166, 11, True, theme().blueprint_line)


def _paint_legend_layer(painter: QPainter, layout: MapLayout, title, subtitle, legend, scale) -> None:
    paint_legend(painter, layout, legend)


_GRID_PAINTERS = {
    "background": _paint_background, "lane-shading": _paint_lane_shading,
    "column-shading": _paint_column_shading, "emotion-band": _paint_emotion_bands,
    "lane-lines": _paint_lane_lines, "column-lines": _paint_column_lines, "title": _paint_title,
    "blueprint-lines": _paint_blueprint_lines, "legend": _paint_legend_layer,
    "heatmap": paint_heat_wash, "heat-legend": paint_heat_legend,
}


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
            draw_lines(painter, [item[3]], x, y, 160, 11, what == "heading", theme().ink)
        elif what == "type":
            card_type, label = item[3], item[4]
            draw_shapes(painter, ICONS[card_type], QRectF(x, y + 3, 12, 12),
                        theme().accent(CARD_COLOURS[card_type] if card_type != "idea" else "#8A7F00"))
            draw_lines(painter, [label], x + 16, y, label_width(label) + 8, 11, False, theme().ink)
        elif what == "moment":  # as on a card's moment line
            moment, label = item[3], item[4]
            draw_shapes(painter, MOMENT_ICONS[moment], QRectF(x, y + 3, 12, 12),
                        theme().text(MOMENT_INK, theme().background), 1.3)
            draw_lines(painter, [label], x + 16, y, label_width(label) + 8, 11, False, theme().ink)
        elif what == "face":
            paint_face(painter, QPointF(x + 10, y + 8), 9, item[3], scale, "#8A8F98")
            draw_lines(painter, [score_text(item[3], scale[0])], x + 24, y, 30, 11, False, theme().ink)
        elif what == "marker":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(theme().accent(item[4])))
            painter.drawEllipse(QPointF(x + 10, y + 8), 8, 8)
            draw_lines(painter, [item[3]], x + 6.5, y, 12, 10, True, theme().on_accent)
            draw_lines(painter, [item[5]], x + 22, y, max(80, label_width(item[5]) + 8), 11, False, theme().ink)
        elif what == "status":
            pill = QRectF(x, y, status_width(item[4]), 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(theme().accent(STATUS_COLOURS[item[3]])))
            painter.drawRoundedRect(pill, 8, 8)
            draw_lines(painter, [item[4]], x + 4, y, pill.width() - 8, 9, True, theme().on_accent)
    paint_gap_legend(painter, layout)


def paint_emotion_band(painter: QPainter, row: QRectF, layout: MapLayout, scale, lane_id: str = "") -> None:
    """The score band's wash (happy above the middle, unhappy below) where the curves are drawn:
    below any cards in the lane (layout.emotion_bands)."""
    pad = STYLE.emotion_pad
    top, bottom = layout.emotion_bands.get(lane_id, (row.y() + pad, row.bottom() - pad))
    band = QRectF(row.x(), top, row.width(), bottom - top)
    if band.height() <= 0:
        return
    mid = band.center().y()
    painter.fillRect(QRectF(band.x(), band.y(), band.width(), mid - band.y()), QColor(0, 158, 115, 16))
    painter.fillRect(QRectF(band.x(), mid, band.width(), band.bottom() - mid), QColor(213, 94, 0, 14))
    painter.setPen(QPen(qcolor(theme().grid_line if theme().dark else "#B8B8B0"), 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(band.x(), mid), QPointF(band.right(), mid))


class ConnectorItem(QGraphicsItem):
    """A connector's route with its arrow heads, below the cards (the route keeps clear of
    them). Its label is a ConnectorLabelItem above the cards: a separate item that comes into
    and leaves the scene with this one."""

    kind = "connector"
    Z = 5
    COLOUR = "#5B6672"
    SELECTED = "#2563EB"

    def __init__(self, path: ConnectorPath) -> None:
        super().__init__()
        self.entity_id = path.id
        self.path_box = path
        self._path = QPainterPath()
        self._heads: list[QPolygonF] = []
        self.label_item = ConnectorLabelItem(self)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(self.Z)
        self.set_path(path, force=True)

    def set_path(self, path: ConnectorPath, force: bool = False) -> None:
        if (path is self.path_box or path == self.path_box) and not force:
            return
        self.prepareGeometryChange()
        self.path_box = path
        self._path = connector_outline(path)
        points = path.points
        self._heads = [arrow_head(points[-1], points[-2])] if len(points) >= 2 else []
        if path.two_way and len(points) >= 2:
            self._heads.append(arrow_head(points[0], points[1]))
        self.label_item.set_label(path)
        self.update()

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            scene, label = self.scene(), self.label_item
            if label.scene() is not None and label.scene() is not scene:
                label.scene().removeItem(label)
            if scene is not None and label.scene() is not scene and label.text:
                scene.addItem(label)
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.label_item.update()
        elif change == QGraphicsItem.GraphicsItemChange.ItemVisibleHasChanged:
            self.label_item.setVisible(self.isVisible())
        return super().itemChange(change, value)

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-10, -10, 10, 10)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        shape = stroker.createStroke(self._path)
        for head in self._heads:
            shape.addPolygon(head)
        return shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = qcolor(theme().selection if self.isSelected() else theme().accent(self.COLOUR))
        pen = QPen(colour, 2.2 if self.isSelected() else 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        for head in self._heads:
            painter.drawPolygon(head)


class ConnectorLabelItem(QGraphicsItem):
    """A connector's label on a white pill centred on its route, above the cards (and faces).
    It stands for its connector: a click selects the connector, a right click opens its menu."""

    Z = 16

    def __init__(self, connector: ConnectorItem) -> None:
        super().__init__()
        self.connector = connector
        self.rect = QRectF()
        self.text = ""
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    @property
    def kind(self) -> str:
        return self.connector.kind

    @property
    def entity_id(self) -> str:
        return self.connector.entity_id

    def isSelected(self) -> bool:  # the connector's selection is the label's
        return self.connector.isSelected()

    def setSelected(self, selected: bool) -> None:
        self.connector.setSelected(selected)

    def set_label(self, path: ConnectorPath) -> None:
        box = path.label_box
        rect = QRectF(box.x, box.y, box.w, box.h) if box is not None and path.label else QRectF()
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
        self.text = path.label if box is not None else ""
        self.setVisible(bool(self.text) and self.connector.isVisible())
        scene = self.connector.scene()
        if self.text and scene is not None and self.scene() is not scene:  # a label only where there is one
            scene.addItem(self)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2) if self.text else QRectF()

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.text:
            path.addRoundedRect(self.rect, self.rect.height() / 2, self.rect.height() / 2)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self.text:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = self.connector.isSelected()
        paint_connector_label(painter, self.rect, self.text,
                              ConnectorItem.SELECTED if selected else LABEL_EDGE, 1.4 if selected else 0.8)

    def mousePressEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            scene.clearSelection()
        self.connector.setSelected(True)
        event.accept()


LABEL_EDGE = "#C5CBD3"


def paint_connector_label(painter: QPainter, rect: QRectF, text: str, edge: str, width: float) -> None:
    """A white pill with a hairline edge and the label's one line, centred (as in the PDF)."""
    painter.setPen(QPen(qcolor(theme().accent(edge)), width))
    painter.setBrush(qcolor(theme().card_fill))
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    line = STYLE.line_height(LABEL_SIZE)
    draw_lines(painter, [text], rect.x() + LABEL_PAD, rect.y() + (rect.height() - line) / 2,
               rect.width() - 2 * LABEL_PAD + 1, LABEL_SIZE, False, theme().ink)


def connector_outline(path: ConnectorPath) -> QPainterPath:
    """The route with rounded bends, ending under its arrow heads (layout.routing.rounded)."""
    outline = QPainterPath()
    if len(path.points) < 2:
        return outline
    for op in rounded(path.points, path.two_way, True):
        if op[0] == "M":
            outline.moveTo(*op[1])
        elif op[0] == "L":
            outline.lineTo(*op[1])
        else:
            outline.cubicTo(QPointF(*op[1]), QPointF(*op[2]), QPointF(*op[3]))
    return outline


def arrow_head(tip, before, size: float | None = None) -> QPolygonF:
    """An arrow head at `tip`, pointing along the segment from `before` (layout.routing)."""
    return QPolygonF([QPointF(*p) for p in arrow_points(tip, before, ARROW if size is None else size)])


class CurveItem(QGraphicsItem):
    """One persona's emotion line: a Catmull–Rom curve through its points. Its children are the
    persona's add handles (EmotionRailItem), one per stage, shown where it has no point yet."""

    def __init__(self, persona_id: str) -> None:
        super().__init__()
        self.persona_id = persona_id
        self._path = QPainterPath()
        self.colour = "#0072B2"
        self.stage_points: list[tuple[str, float, float]] = []  # (stage id, x, y) as drawn
        self.rails: dict[str, EmotionRailItem] = {}  # stage id -> its add handle (hidden where a point is)
        self.setZValue(6)

    def set_points(self, points: list[tuple[float, float]], colour: str,
                   stage_ids: list[str] | None = None) -> None:
        if stage_ids is not None:
            self.stage_points = [(stage_id, x, y) for stage_id, (x, y) in zip(stage_ids, points)]
        if (points, colour) == getattr(self, "_shown", None):
            return
        self._shown = (points, colour)
        self.prepareGeometryChange()
        self.colour = colour
        self._path = catmull_rom_path(points)
        self.update()

    def preview(self, stage_id: str, x: float, y: float) -> None:
        """Redraw the line with one point elsewhere (a face being dragged); set_points puts it back."""
        points = [(x, y) if sid == stage_id else (px, py) for sid, px, py in self.stage_points]
        self._shown = None  # the next set_points redraws, even with the same points as before
        self.prepareGeometryChange()
        self._path = catmull_rom_path(points)
        self.update()

    def set_rails(self, missing: list[tuple[str, float]], name: str, curve) -> None:
        """Show an add handle at each stage without a point. Handles are hidden, not deleted,
        when a point arrives: the one clicked may still be handling its own mouse event."""
        wanted = dict(missing)
        stages = wanted.keys() | {stage_id for stage_id, _, _ in self.stage_points}
        for stage_id in list(self.rails):
            if stage_id not in stages:  # the stage is gone (or the map changed)
                rail = self.rails.pop(stage_id)
                if self.scene() is not None:
                    self.scene().removeItem(rail)
                else:
                    rail.setParentItem(None)
        for stage_id, x in wanted.items():
            rail = self.rails.get(stage_id)
            if rail is None:
                rail = self.rails[stage_id] = EmotionRailItem(self.persona_id, stage_id)
                rail.setParentItem(self)
            rail.set_rail(x, self.colour, name, curve)
            if not rail.isVisible():
                rail.ghost_y = None  # no hover left over from before it was hidden
                rail.setVisible(True)
        for stage_id, rail in self.rails.items():
            if stage_id not in wanted and rail.isVisible():
                rail.setVisible(False)

    def path(self) -> QPainterPath:
        """The line as drawn now (during a drag: through the dragged face)."""
        return QPainterPath(self._path)

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        # the stroke, not the box around it: clicks beside the line reach the band and handles
        stroker = QPainterPathStroker()
        stroker.setWidth(6)
        return stroker.createStroke(self._path)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(qcolor(theme().accent(self.colour)), 2.8)
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
    """A face on a persona's line. Drag it up or down to set the score: the line follows while
    dragging, the face snaps to the map's scale on release (one undo step). When selected it
    takes the keys: Up/Down change the score by one, Left/Right go to the persona's neighbouring
    faces, Delete/Backspace remove it, F2/Enter (or a double-click) edit its note in place."""

    kind = "emotion_point"
    RADIUS = 11.0  # layout.map_layout.FACE_RADIUS: the PDF draws the same size
    KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_F2,
            Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Escape}

    def __init__(self, persona_id: str, step_id: str) -> None:
        super().__init__()
        self.persona_id, self.step_id = persona_id, step_id
        self.entity_id = ""
        self.score = 0.0
        self.scale_range = (-2, 2)
        self.colour = "#0072B2"
        self.note = ""
        self.name = ""  # the persona's
        self.band = (0.0, 1.0)  # y of the scale's top and bottom
        self.hovered = False
        self._press_y: float | None = None
        self._grab_offset = 0.0  # pointer below the face's centre when pressed
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setZValue(15)

    def set_point(self, x: float, y: float, score: float, colour: str, band, scale_range, entity_id: str,
                  note: str, name: str = "") -> None:
        shown = (x, y, score, colour, band, scale_range, entity_id, note, name)
        if shown == getattr(self, "_shown", None) and (self.x(), self.y()) == (x, y):
            return  # unchanged (and not left elsewhere by a drag)
        self._shown = shown
        self.setPos(x, y)
        self.score, self.colour, self.band, self.scale_range = score, colour, band, scale_range
        self.entity_id, self.note, self.name = entity_id, note, name
        tooltip = (f"{name}: " if name else "") + score_label(score)
        self.setToolTip(tooltip + (f"\n{note}" if note else ""))
        self.update()

    @property
    def dragging(self) -> bool:
        return self._press_y is not None

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 5
        if self.dragging:  # the snapped score's tag beside the face
            return QRectF(-r, -r, 2 * r + TAG_WIDTH + 4, 2 * r)
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.RADIUS + 2, self.RADIUS + 2)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.hovered and not self.isSelected() and widget is not None:
            halo = QColor(self.colour)
            halo.setAlpha(45)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(QPointF(0, 0), self.RADIUS + 4.5, self.RADIUS + 4.5)
        paint_face(painter, QPointF(0, 0), self.RADIUS, self.score, self.scale_range, self.colour, self.isSelected())
        if self.dragging:
            snapped = max(self.scale_range[0], min(self.scale_range[1], round(self.score)))
            paint_score_tag(painter, QPointF(self.RADIUS + 4, 0), snapped, self.colour)

    def score_at(self, y: float) -> float:
        lo, hi = self.scale_range
        top, bottom = self.band
        if bottom <= top:
            return self.score
        t = (bottom - y) / (bottom - top)
        return max(lo, min(hi, lo + t * (hi - lo)))

    # ------------------------------------------------------------ selection and keys
    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            # the keys follow the selection, however it came (click, rubber band, the scene)
            if self.isSelected():
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            elif self.scene() is not None and self.scene().focusItem() is self:
                self.clearFocus()  # (hasFocus() says False while the window is inactive)
        return super().itemChange(change, value)

    def _owns_key(self, event) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not self.isSelected() or event.key() not in self.KEYS or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() == Qt.Key.Key_Delete:  # with cards selected too, Edit ▸ Delete takes them all
            return all(isinstance(item, EmotionPointItem) for item in self.scene().selectedItems())
        return True

    def sceneEvent(self, event) -> bool:
        # the window's shortcuts (F2 edits card text, Delete, arrows for cards) yield to a selected face
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ShortcutOverride and self.scene() is not None and self._owns_key(event):
            event.accept()
            return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event) -> None:
        scene = self.scene()
        if scene is None or not self._owns_key(event) or scene.editor_item is not None:
            event.ignore()
            return
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            scene.nudge_emotions(1 if key == Qt.Key.Key_Up else -1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            scene.step_emotion(self, 1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            scene.remove_emotions()
        elif key == Qt.Key.Key_Escape:
            scene.clearSelection()
        else:  # F2, Enter
            scene.begin_emotion_note(self)
        event.accept()

    # ------------------------------------------------------------ mouse
    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.setSelected(not self.isSelected())  # add to (or take from) the selection; no drag
            event.accept()
            return
        if not self.isSelected() or len(self.scene().selectedItems()) > 1:
            self.scene().clearSelection()
            self.setSelected(True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if not self.scene().editor.read_only:
            self.prepareGeometryChange()
            self._press_y = self.pos().y()
            self._grab_offset = event.scenePos().y() - self.pos().y()
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._press_y is None:
            return
        top, bottom = self.band
        y = max(top, min(bottom, event.scenePos().y() - self._grab_offset))
        self.setPos(self.pos().x(), y)
        self.score = self.score_at(y)
        self.update()
        self.scene().emotion_dragged(self)  # the line follows the face

    def mouseReleaseEvent(self, event) -> None:
        if self._press_y is None:
            return
        self.prepareGeometryChange()
        self._press_y = None
        lo, hi = self.scale_range
        self.scene().set_emotion_from_item(self, max(lo, min(hi, round(self.score))))  # snaps to the scale

    def mouseDoubleClickEvent(self, event) -> None:
        self.scene().begin_emotion_note(self)
        event.accept()


class EmotionRailItem(QGraphicsItem):
    """An add handle: at a stage where a persona has no point yet, a dotted rail in its colour at
    the x its face will take, with a small "+" on the band's midline. Hovering shows a ghost face
    at the score under the pointer (snapped to the map's scale); a click, or a press moved up or
    down and released, adds the point there as one undo step. A child of the persona's
    CurveItem. Painted only in a view: exports and one-off renders show the map, not the tools."""

    kind = "emotion_rail"
    HALF_WIDTH = 10.0  # the part that takes clicks, either side of the rail

    def __init__(self, persona_id: str, step_id: str) -> None:
        super().__init__()
        self.persona_id, self.step_id = persona_id, step_id
        self.curve = None  # the layout's EmotionCurve of the persona
        self.colour = "#0072B2"
        self.name = ""
        self.ghost_y: float | None = None  # the ghost face's (snapped) y while hovered or pressed
        self._pressed = False
        self._top, self._bottom = 0.0, 0.0
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_rail(self, x: float, colour: str, name: str, curve) -> None:
        from ..i18n import tr

        top, bottom = curve.band
        if (top, bottom) != (self._top, self._bottom):
            self.prepareGeometryChange()
            self._top, self._bottom = top, bottom
        if self.x() != x:
            self.setPos(x, 0)
        changed = (colour, name, curve.scale) != (self.colour, self.name, getattr(self.curve, "scale", None))
        self.curve, self.colour, self.name = curve, colour, name
        if changed:
            self.setToolTip(tr("Add a point for {0}: click at the feeling").format(name) if name
                            else tr("Add a point"))
            self.update()

    def score_at(self, y: float) -> int:
        return self.curve.snapped_score_at(y) if self.curve is not None else 0

    def boundingRect(self) -> QRectF:
        r = EmotionPointItem.RADIUS + 3
        return QRectF(-r, self._top - r, 2 * r + TAG_WIDTH + 4, self._bottom - self._top + 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        height = self._bottom - self._top + 16
        path.addRect(QRectF(-self.HALF_WIDTH, self._top - 8, 2 * self.HALF_WIDTH, height))
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if widget is None or self.curve is None:  # an export or a one-off render: no editing handles
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = QColor(theme().accent(self.colour))
        faint = QColor(colour)
        faint.setAlpha(150 if self.ghost_y is not None else 80)
        pen = QPen(faint, 1.3, Qt.PenStyle.DotLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, self._top), QPointF(0, self._bottom))
        if self.ghost_y is None:  # the "+" waiting on the midline
            mid = (self._top + self._bottom) / 2
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(qcolor(theme().card_fill))
            painter.drawEllipse(QPointF(0, mid), 7, 7)
            painter.drawLine(QPointF(-3.5, mid), QPointF(3.5, mid))
            painter.drawLine(QPointF(0, mid - 3.5), QPointF(0, mid + 3.5))
            return
        score = self.score_at(self.ghost_y)
        painter.setOpacity(0.9 if self._pressed else 0.7)
        paint_face(painter, QPointF(0, self.ghost_y), EmotionPointItem.RADIUS, score, self.curve.scale,
                   self.colour, ghost=True)
        painter.setOpacity(1.0)
        paint_score_tag(painter, QPointF(EmotionPointItem.RADIUS + 4, self.ghost_y), score, self.colour)

    def _show_ghost(self, y: float) -> None:
        if self.curve is None:
            return
        ghost = self.curve.y_of(self.score_at(y))
        if ghost != self.ghost_y:
            self.ghost_y = ghost
            self.update()

    def hoverMoveEvent(self, event) -> None:
        self._show_ghost(event.pos().y())

    def hoverLeaveEvent(self, event) -> None:
        if not self._pressed:
            self.ghost_y = None
            self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.scene().editor.read_only:
            event.ignore()
            return
        self._pressed = True
        self._show_ghost(event.pos().y())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._pressed:
            self._show_ghost(event.pos().y())

    def mouseReleaseEvent(self, event) -> None:
        if not self._pressed:
            return
        self._pressed = False
        score = self.score_at(event.pos().y())
        self.ghost_y = None
        self.update()
        self.scene().add_emotion_at(self.persona_id, self.step_id, score)


TAG_WIDTH = 30.0


def score_label(score: float) -> str:
    """+2, 0, -1 (as in the legend); a score off the whole steps keeps its fraction."""
    if float(score).is_integer():
        return f"{int(score):+d}" if score else "0"
    return f"{score:+.1f}"


def paint_score_tag(painter: QPainter, left_centre: QPointF, score: float, colour: str) -> None:
    """A small pill with a score, its left edge at left_centre: what a drag or a click will set."""
    from ..ui.qtfonts import ui_font

    rect = QRectF(left_centre.x(), left_centre.y() - 9, TAG_WIDTH, 18)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(qcolor(theme().accent(colour)), 1.2))
    painter.setBrush(qcolor(theme().card_fill))
    painter.drawRoundedRect(rect, 9, 9)
    painter.setFont(ui_font(11, True))
    painter.setPen(qcolor(theme().ink))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), score_label(score))


def paint_face(painter: QPainter, centre: QPointF, radius: float, score: float, scale_range, colour: str,
               selected: bool = False, ghost: bool = False) -> None:
    """A face: circle in the persona's colour, eyes, and a mouth bent by the score (vector shapes,
    as in the PDF). Selected: a blue ring outside, so the persona's colour stays readable.
    A ghost (a point not added yet) has a dashed outline."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    lo, hi = scale_range
    if selected:
        painter.setPen(QPen(qcolor(theme().selection), 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius + 3.5, radius + 3.5)
    pen = QPen(qcolor(theme().accent(colour)), 2.0, Qt.PenStyle.DashLine if ghost else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor(face_colour(score, lo, hi))))
    painter.drawEllipse(centre, radius, radius)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    draw_shapes(painter, face(score, lo, hi), box, "#2B2B2B", 1.5)
