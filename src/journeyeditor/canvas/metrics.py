"""Metrics on the canvas: the chips of a metrics lane and of cards (layout/metric_chips.py), and
the heatmap's column wash and legend row (layout/heat.py), painted as the PDF draws them
(export/pdf_metrics.py).

A chip shows its series' history and source on hover; a double-click opens the metric
(MapScene.metric_requested); a click on a card's chip selects the card."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..i18n import tr
from ..layout.heat import HEAT_ALPHA, LEGEND_BAR_W, LEGEND_STEPS, LEGEND_TEXT, NO_DATA
from ..layout.map_layout import MapLayout
from ..layout.metric_chips import CHIP_FILL, CROSS, DISC, METRIC_SIZE, TICK, MetricChip, arrow_shapes
from ..layout.style import INK
from ..layout.theme import current as theme
from ..model import metrics as kinds
from .paint import draw_lines, draw_shapes, qcolor

#: further out than this a chip's 10 px text would be under 5 px: only its pill is drawn
CHIP_LOD = 0.5


def paint_metric_chip(painter: QPainter, chip: MetricChip) -> None:
    """A chip where the layout put it: the pill edged by the target's verdict, the mark, the
    text and the arrow."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fill = theme().fill(CHIP_FILL)
    painter.setPen(QPen(qcolor(theme().accent(chip.edge)), 1.0))
    painter.setBrush(qcolor(fill))
    painter.drawRoundedRect(QRectF(chip.x, chip.y, chip.w, chip.h), chip.h / 2, chip.h / 2)
    if chip.mark is not None:
        x, y, size = chip.mark
        box = QRectF(x, y, size, size)
        draw_shapes(painter, DISC, box, theme().accent(chip.edge))
        draw_shapes(painter, TICK if chip.target_met else CROSS, box, theme().on_accent, 1.5)
    draw_lines(painter, [chip.text], chip.text_x, chip.text_y, chip.text_w, METRIC_SIZE, False, theme().text(INK, fill))
    if chip.arrow_box is not None:
        x, y, size = chip.arrow_box
        draw_shapes(painter, arrow_shapes(chip.arrow), QRectF(x, y, size, size), theme().accent(chip.arrow_colour))


def metric_tooltip(project, metric_id: str) -> str:
    """A metric's series, oldest period first, with its target and source."""
    metric = project.get(metric_id)
    if metric is None:
        return ""
    contents = project.contents(metric.map_id)
    subject = project.get(metric.subject_id)
    heading = kinds.label(metric)
    subject_name = getattr(subject, "name", "") or getattr(subject, "title", "")
    if subject_name:
        heading += f" — {subject_name}"
    lines = [heading]
    met = kinds.meets_target(metric)
    if met is not None:
        lines.append((tr("Target {0}: met") if met else tr("Target {0}: missed")).format(
            kinds.value_text(metric, metric.target)))
    for entry in kinds.history(list(contents.metrics.values()), metric):
        period = " – ".join(p for p in (entry.period_start, entry.period_end) if p) or tr("(no period)")
        lines.append(f"{period}: {kinds.value_text(entry)}")
    if metric.source.strip():
        lines.append(tr("Source: {0}").format(metric.source.strip()))
    lines.append(tr("Double-click to edit"))
    return "\n".join(lines)


class MetricChipItem(QGraphicsItem):
    """A chip: in a metrics lane (a scene item, map coordinates) or on a card (the card's child,
    card coordinates)."""

    kind = "metric"
    Z = 3  # above the grid, below the cards (a lane's chips never lie under a card)

    def __init__(self, chip: MetricChip) -> None:
        super().__init__()
        self.chip = chip
        self.metric_id = chip.metric_id
        self.setAcceptHoverEvents(True)
        self.setZValue(self.Z)

    def set_chip(self, chip: MetricChip) -> None:
        if chip == self.chip:
            return
        if (chip.x, chip.y, chip.w) != (self.chip.x, self.chip.y, self.chip.w):
            self.prepareGeometryChange()
        self.chip = chip
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self.chip.x - 1, self.chip.y - 1, self.chip.w + 2, self.chip.h + 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if option.levelOfDetailFromTransform(painter.worldTransform()) >= CHIP_LOD:
            paint_metric_chip(painter, self.chip)
            return
        # far out, the pill in its verdict's colour is what the eye can use
        chip = self.chip
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(chip.edge))
        painter.drawRoundedRect(QRectF(chip.x, chip.y, chip.w, chip.h), chip.h / 2, chip.h / 2)

    def hoverEnterEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None:  # the series as it is now (set on the way in, read by the tooltip)
            self.setToolTip(metric_tooltip(scene.project, self.metric_id))
        super().hoverEnterEvent(event)

    def mousePressEvent(self, event) -> None:
        # accepted, so the double-click comes here; on a card, the click selects the card
        card = self.parentItem()
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.scene().clearSelection()
            card.setSelected(True)
        event.setAccepted(event.button() == Qt.MouseButton.LeftButton)

    def mouseDoubleClickEvent(self, event) -> None:
        self.scene().metric_requested.emit(self.metric_id)
        event.accept()


def sync_card_chips(card_item, chips: tuple[MetricChip, ...]) -> None:
    """A card's chips as child items of its CardItem, one per metric shown."""
    items: dict[str, MetricChipItem] = getattr(card_item, "metric_items", {})
    wanted = {chip.metric_id: chip for chip in chips}
    for gone in set(items) - set(wanted):
        item = items.pop(gone)
        item.setParentItem(None)
        if item.scene() is not None:
            item.scene().removeItem(item)
    for metric_id, chip in wanted.items():
        item = items.get(metric_id)
        if item is None:
            item = items[metric_id] = MetricChipItem(chip)
            item.setParentItem(card_item)
        else:
            item.set_chip(chip)
    card_item.metric_items = items


class MetricOverlay:
    """A scene's metrics-lane chips, synced to each new layout."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, float], MetricChipItem] = {}  # (metric id, chip y): a chip per lane

    def sync(self, scene, layout: MapLayout | None) -> None:
        wanted = {(chip.metric_id, chip.y): chip for chip in layout.metric_chips} if layout is not None else {}
        for gone in set(self.items) - set(wanted):
            scene.removeItem(self.items.pop(gone))
        for key, chip in wanted.items():
            item = self.items.get(key)
            if item is None:
                item = self.items[key] = MetricChipItem(chip)
                scene.addItem(item)
            else:
                item.set_chip(chip)


# ------------------------------------------------------------------ heatmap (grid layers)
def paint_heat_wash(painter: QPainter, layout: MapLayout, *_args) -> None:
    """Each step column with a value, washed in its colour (the "heatmap" grid layer)."""
    if layout.heat is None:
        return
    columns = {box.id: box.column for box in layout.columns}
    for step_id, _value, colour in layout.heat.columns:
        column = columns.get(step_id)
        if column is not None:
            wash = QColor(colour)
            wash.setAlphaF(HEAT_ALPHA)
            painter.fillRect(QRectF(column.x, column.y, column.w, column.h), wash)


def paint_heat_legend(painter: QPainter, layout: MapLayout, *_args) -> None:
    """The heatmap's row under the legend: what it shows, the scale bar with its ends' values,
    which end is better, and "no data" (the "heat-legend" grid layer)."""
    legend = layout.heat.legend if layout.heat is not None else None
    if legend is None:
        return
    y = legend.y
    draw_lines(painter, [legend.label], legend.x, y, legend.low_x - legend.x - 6, LEGEND_TEXT, True, theme().ink)
    draw_lines(painter, [legend.low], legend.low_x, y, legend.bar_x - legend.low_x, LEGEND_TEXT, False, theme().ink)
    x, bar_y, _w, h = legend.bar
    step = LEGEND_BAR_W / LEGEND_STEPS
    painter.setPen(Qt.PenStyle.NoPen)
    for i, colour in enumerate(legend.colours):  # a hair wider: no seams between the steps
        painter.fillRect(QRectF(x + i * step, bar_y, step + 0.5 if i < LEGEND_STEPS - 1 else step, h), qcolor(colour))
    painter.setPen(QPen(qcolor(theme().grid_line), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(x, bar_y, LEGEND_BAR_W, h))
    draw_lines(painter, [legend.high], legend.high_x, y, legend.better_x - legend.high_x, LEGEND_TEXT, False,
               theme().ink)
    draw_lines(painter, [legend.better], legend.better_x, y, 160, LEGEND_TEXT, False, theme().ink_soft)
    if legend.swatch is not None:
        sx, sy, sw, sh = legend.swatch
        painter.setPen(QPen(qcolor(theme().ink_soft), 1))
        painter.setBrush(qcolor(theme().background))
        painter.drawRect(QRectF(sx, sy, sw, sh))
        draw_lines(painter, [NO_DATA], sx + sw + 6, y, 80, LEGEND_TEXT, False, theme().ink)
