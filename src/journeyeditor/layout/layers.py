"""The order a map's static background is painted in, bottom first: one list for the canvas
(canvas/items.py, `paint_grid`) and the PDF (export/pdf.py, `draw_poster`), so the screen and
the paper stack the same things the same way.

Shading sits under everything else: the lanes' tints, then every other stage column's faint
tint over them; the emotion band's wash and midline, the heatmap's wash, the hairlines between
lanes and columns, the texts and the legend all lie on top of it. Above this grid come, on the canvas as separate
items and in the PDF in this order: stage and lane headers, connectors, cards, emotion lines
and faces, connector labels.
"""

from __future__ import annotations

GRID_LAYERS: tuple[str, ...] = (
    "background",  # the map's panel
    "lane-shading",  # each lane's tint, its whole row
    "column-shading",  # every other stage column's tint, over the lanes' (a translucent black)
    "emotion-band",  # emotion lanes: the green / red wash and the dashed midline
    "heatmap",  # View > Heatmap: each step column washed by its value (layout/heat.py), translucent
    "lane-lines",  # hairlines above each lane and under the last
    "column-lines",  # hairlines left of each stage column and right of the last
    "title",  # map name, kind, personas with their colours
    "blueprint-lines",  # service blueprints' dashed lines with their labels
    "legend",  # the band under the grid
    "heat-legend",  # the heatmap's scale, in a row under the legend band
)

#: every other stage column (the second, fourth…) is tinted this much black, over its lanes
COLUMN_TINT_ALPHA = 8 / 255


def tinted_column(index: int) -> bool:
    """Whether the stage column at this index carries the faint alternating tint."""
    return index % 2 == 1


def step_dividers(layout) -> list[tuple[float, float, float, float]]:
    """Dashed lines between the steps of one stage (stage boundaries are solid column lines):
    (x0, y0, x1, y1) in map coordinates, from the step band down through the grid."""
    lines = []
    for previous, step in zip(layout.columns, layout.columns[1:]):
        if previous.stage_id == step.stage_id:
            x = step.column.x
            lines.append((x, step.header.y if layout.step_band else step.column.y, x, step.column.bottom))
    return lines
