"""Metrics in the PDF: the chips of metrics lanes and cards, and the heatmap's column wash and
legend row, drawn from the layout as the canvas paints them (canvas/metrics.py).

The PDF carries no transparency (see pdf._rgba): the wash is mixed with what lies under it,
piece by piece down each column (a lane's tint, the alternating column tint, an emotion band's
halves), and the emotion band's midline is drawn again over it, as the canvas shows it through
the translucent wash."""

from __future__ import annotations

from reportlab.lib.colors import HexColor

from ..layout.heat import HEAT_ALPHA, LEGEND_BAR_W, LEGEND_STEPS, LEGEND_TEXT, NO_DATA
from ..layout.layers import tinted_column
from ..layout.metric_chips import CHIP_FILL, CROSS, DISC, METRIC_SIZE, TICK, MetricChip, arrow_shapes
from ..layout.style import BACKGROUND, GRID_LINE, INK, INK_SOFT
from .pdf import STYLE, _colour, _hidden_start, _rgba, _shapes, _text, _tinted


def draw_metric_chip(canvas, chip: MetricChip, dx: float = 0.0, dy: float = 0.0) -> None:
    """A chip moved by (dx, dy) (a card's top-left, for a card's chips); a cut text is carried
    whole as invisible text, for search and copy."""
    x, y = chip.x + dx, chip.y + dy
    canvas.setFillColor(_colour(CHIP_FILL))
    canvas.setStrokeColor(_colour(chip.edge))
    canvas.setLineWidth(1)
    canvas.roundRect(x, y, chip.w, chip.h, chip.h / 2, stroke=1, fill=1)
    if chip.mark is not None:
        mark_x, mark_y, size = chip.mark
        _shapes(canvas, DISC, mark_x + dx, mark_y + dy, size, size, chip.edge)
        _shapes(canvas, TICK if chip.target_met else CROSS, mark_x + dx, mark_y + dy, size, size, "#FFFFFF", 1.5)
    _text(canvas, [chip.text], chip.text_x + dx, chip.text_y + dy, chip.text_w, METRIC_SIZE, False, INK)
    if chip.full:
        _hidden_start(canvas, chip.full, chip.text_x + dx, y + chip.h - 3, chip.text_w)
    if chip.arrow_box is not None:
        arrow_x, arrow_y, size = chip.arrow_box
        _shapes(canvas, arrow_shapes(chip.arrow), arrow_x + dx, arrow_y + dy, size, size, chip.arrow_colour)


def draw_lane_chips(canvas, layout) -> None:
    for chip in layout.metric_chips:
        draw_metric_chip(canvas, chip)


def draw_card_chips(canvas, box) -> None:
    r = box.rect
    for chip in box.metric_chips:
        draw_metric_chip(canvas, chip, r.x, r.y)


def _under(layout, lane, tinted: bool) -> list[tuple[float, float, str]]:
    """(top, bottom, colour) pieces of a lane's row in one column, as the grid's layers below the
    wash leave it: the lane's tint (under the column tint), and an emotion band's two halves."""
    row = lane.row
    base = _tinted(lane.colour) if tinted else lane.colour
    if lane.kind != "emotions":
        return [(row.y, row.bottom, base)]
    top, bottom = layout.emotion_bands.get(lane.id, (row.y + STYLE.emotion_pad, row.bottom - STYLE.emotion_pad))
    if bottom <= top:
        return [(row.y, row.bottom, base)]
    mid = (top + bottom) / 2
    # the emotion band's halves, as pdf._layer_emotion_band mixes them
    return [(row.y, top, base), (top, mid, _hex(_rgba("#009E73", 0.063, base))),
            (mid, bottom, _hex(_rgba("#D55E00", 0.055, base))), (bottom, row.bottom, base)]


def _hex(colour) -> str:
    return "#" + colour.hexval()[2:].rjust(6, "0")


def draw_heat_wash(canvas, poster) -> None:
    """The "heatmap" grid layer: each washed column, lane by lane, mixed over what is under it."""
    layout = poster.layout
    if layout.heat is None:
        return
    stage_index = {stage.id: i for i, stage in enumerate(layout.stages)}
    columns = {box.id: box for box in layout.columns}
    for step_id, _value, colour in layout.heat.columns:
        box = columns.get(step_id)
        if box is None:
            continue
        c = box.column
        tinted = tinted_column(stage_index.get(box.stage_id, 0))
        for lane in layout.lanes:
            for top, bottom, under in _under(layout, lane, tinted):
                if bottom > top:
                    canvas.setFillColor(_rgba(colour, HEAT_ALPHA, under))
                    canvas.rect(c.x, top, c.w, bottom - top, stroke=0, fill=1)
            if lane.kind == "emotions" and lane.id in layout.emotion_bands:
                top, bottom = layout.emotion_bands[lane.id]
                if bottom > top:  # the band's midline, seen through the wash
                    canvas.setStrokeColor(_rgba(colour, HEAT_ALPHA, "#B8B8B0"))
                    canvas.setLineWidth(1)
                    canvas.setDash(4, 3)
                    canvas.line(c.x, (top + bottom) / 2, c.right, (top + bottom) / 2)
                    canvas.setDash()


def draw_heat_legend(canvas, poster) -> None:
    """The "heat-legend" grid layer: the heatmap's row under the legend band."""
    heat = poster.layout.heat
    legend = heat.legend if heat is not None else None
    if legend is None:
        return
    y = legend.y
    _text(canvas, [legend.label], legend.x, y, legend.low_x - legend.x - 6, LEGEND_TEXT, True, INK)
    _text(canvas, [legend.low], legend.low_x, y, legend.bar_x - legend.low_x, LEGEND_TEXT, False, INK)
    x, bar_y, _w, h = legend.bar
    step = LEGEND_BAR_W / LEGEND_STEPS
    for i, colour in enumerate(legend.colours):
        canvas.setFillColor(HexColor(colour))
        canvas.rect(x + i * step, bar_y, step + 0.5 if i < LEGEND_STEPS - 1 else step, h, stroke=0, fill=1)
    canvas.setStrokeColor(_colour(GRID_LINE))
    canvas.setLineWidth(1)
    canvas.rect(x, bar_y, LEGEND_BAR_W, h, stroke=1, fill=0)
    _text(canvas, [legend.high], legend.high_x, y, legend.better_x - legend.high_x, LEGEND_TEXT, False, INK)
    _text(canvas, [legend.better], legend.better_x, y, 160, LEGEND_TEXT, False, INK_SOFT)
    if legend.swatch is not None:
        sx, sy, sw, sh = legend.swatch
        canvas.setFillColor(_colour(BACKGROUND))
        canvas.setStrokeColor(_colour(INK_SOFT))
        canvas.rect(sx, sy, sw, sh, stroke=1, fill=1)
        _text(canvas, [NO_DATA], sx + sw + 6, y, 80, LEGEND_TEXT, False, INK)
