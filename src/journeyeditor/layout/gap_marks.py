"""Where a journey breaks, drawn: a gap's glyph on the boundary between its step and the next,
in its lane, and the legend row that explains the glyphs and the evidence badges.

A glyph is a break mark (two short parallel strokes across the boundary line, each on a white
halo that breaks the line) over a disc in the kind's colour with the kind's icon in white, so the
kind reads without colour too. It sits in the gutter between the two columns, where no card
is (cards keep `Style.gutter` from their cell's edges), at the lane's middle height or as
near to it as the lane's cards leave room; several gaps at one boundary and lane stack. The
canvas (canvas/gaps.py) and the PDF (export/pdf_gaps.py) draw the same numbers."""

from __future__ import annotations

from dataclasses import dataclass

from .card_details import EVIDENCE_LABELS
from .map_layout import MapLayout, Rect

#: colour-blind-safe (Okabe–Ito) colours per gap kind, dark enough to carry a white icon
GAP_COLOURS = {"device": "#0072B2", "department": "#B4558C", "channel": "#D55E00", "other": "#5F6B7A"}
GAP_LABELS = {"device": "Device switch", "department": "Department hand-off", "channel": "Channel switch",
              "other": "Other gap"}
GLYPH_WIDTH = 20.0  # fits the gutter of two neighbouring cells (2 x 12) with room either side
GLYPH_HEIGHT = 33.0
DISC_RADIUS = 9.0
STROKE_SPAN = 7.0  # a break stroke reaches this far either side of the boundary
STACK_GAP = 4.0  # between the glyphs of several gaps at one boundary and lane
CLEARANCE = 3.0  # kept between a glyph and a card above or below it
LEGEND_ROW = 34.0  # the legend's rows are this far apart (layout.style.legend_items)


@dataclass(frozen=True)
class GapMark:
    """A gap's glyph: `box` is its whole extent (the canvas's hit area), centred on x."""

    id: str
    kind: str
    step_id: str
    lane_id: str
    x: float  # the boundary
    box: Rect
    overlaps: bool = False  # no free room in the lane at this boundary: it lies over a card

    @property
    def strokes(self) -> list[tuple[float, float, float, float]]:
        """The two break strokes, rising left to right across the boundary."""
        return [(self.x - STROKE_SPAN, y + 3, self.x + STROKE_SPAN, y - 3)
                for y in (self.box.y + 4, self.box.y + 9)]

    @property
    def disc(self) -> tuple[float, float, float]:
        """The kind's disc: centre x, y and radius, under the strokes."""
        return self.x, self.box.bottom - DISC_RADIUS - 1, DISC_RADIUS


@dataclass(frozen=True)
class LegendItem:
    """An entry of the legend's gaps-and-evidence row: a "heading", a "gap" glyph or an
    "evidence" badge, then its label; x and y are the entry's top-left on the map."""

    what: str
    kind: str
    label: str
    x: float
    y: float
    label_x: float
    label_w: float


def place_gap_marks(layout: MapLayout, gaps) -> list[GapMark]:
    """The glyphs of a map's gaps (in the order given), from its finished layout."""
    columns = {box.id: box for box in layout.columns}
    lanes = {lane.id: lane for lane in layout.lanes}
    stacks: dict[tuple[str, str], list] = {}
    for gap in gaps:
        if gap.step_id in columns and gap.lane_id in lanes:
            stacks.setdefault((gap.step_id, gap.lane_id), []).append(gap)
    marks: list[GapMark] = []
    for (step_id, lane_id), stack in stacks.items():
        x = columns[step_id].column.right
        row = lanes[lane_id].row
        height = len(stack) * GLYPH_HEIGHT + (len(stack) - 1) * STACK_GAP
        top, free = _free_top(layout, lane_id, row, x, height)
        for gap in stack:
            box = Rect(x - GLYPH_WIDTH / 2, top, GLYPH_WIDTH, GLYPH_HEIGHT)
            marks.append(GapMark(gap.id, gap.kind, step_id, lane_id, x, box, not free))
            top += GLYPH_HEIGHT + STACK_GAP
    return marks


def _free_top(layout: MapLayout, lane_id: str, row: Rect, x: float, height: float) -> tuple[float, bool]:
    """The top of a `height` high strip on the boundary x, in the lane's row, clear of its cards
    (a card spanning the boundary crosses it), as near the row's middle as there is room; and
    whether it is clear (when not, the glyphs go in the middle over the cards)."""
    half = GLYPH_WIDTH / 2 + 1  # less than a cell's gutter: the cards beside the boundary never block it
    placement = layout.placements.get(lane_id)
    boxes = placement.boxes.values() if placement is not None else ()
    blocked = sorted((box.rect.y - CLEARANCE, box.rect.bottom + CLEARANCE) for box in boxes
                     if box.rect.x < x + half and box.rect.right > x - half)
    wanted = row.cy - height / 2
    lowest, highest = row.y + 2, row.bottom - 2
    best: float | None = None
    start = lowest
    for a, b in [*blocked, (highest, highest)]:
        end = min(a, highest)
        if end - start >= height:  # a free stretch: the place in it nearest the middle
            top = max(start, min(wanted, end - height))
            if best is None or abs(top - wanted) < abs(best - wanted):
                best = top
        start = max(start, b)
    if best is None:
        return max(lowest, min(wanted, highest - height)), False
    return best, True


def legend_row(layout: MapLayout, kinds_shown: bool, evidence_shown: bool, margin: float,
               measure) -> tuple[list[LegendItem], float]:
    """The legend's row for gap kinds (every kind, when the map has a gap) and evidence badges
    (both kinds, when a card has evidence), one row under the band's others; and the row's
    right end. `measure(text, size, bold)` gives a text's width."""
    if not (kinds_shown or evidence_shown):
        return [], 0.0
    y = layout.height + 2  # one row below the band's last (the band keeps its bottom margin)
    items: list[LegendItem] = []
    x = margin
    if kinds_shown:
        items.append(LegendItem("heading", "", "Gaps", x, y, x, 80))
        x = margin + 90
        for kind, label in GAP_LABELS.items():
            width = measure(label, 11, False) + 8
            items.append(LegendItem("gap", kind, label, x, y, x + 24, width))
            x += 24 + width + 14
        x += 16
    if evidence_shown:
        items.append(LegendItem("heading", "", "Evidence", x, y, x, 80))
        x += max(90.0, measure("Evidence", 11, True) + 16)
        for kind, label in EVIDENCE_LABELS.items():
            width = measure(label, 11, False) + 8
            items.append(LegendItem("evidence", kind, label, x, y, x + 28, width))
            x += 28 + width + 14
    return items, x


def legend_badge(item: LegendItem) -> tuple[Rect, Rect]:
    """An evidence legend entry's pill and the glyph inside it (as on a card's badge)."""
    pill = Rect(item.x, item.y, 22, 17)
    return pill, Rect(pill.x + 6, pill.y + 3.5, 10, 10)


def legend_glyph(item: LegendItem) -> GapMark:
    """A gap legend entry's glyph, as on the map, its disc level with the label's line."""
    top = item.y + 7.5 + DISC_RADIUS + 1 - GLYPH_HEIGHT
    return GapMark("", item.kind, "", "", item.x + GLYPH_WIDTH / 2, Rect(item.x, top, GLYPH_WIDTH, GLYPH_HEIGHT))


def lay_out_gaps(engine, contents, layout: MapLayout) -> None:
    """Gap glyphs on the finished grid, and the legend row for them and for evidence badges
    (the map grows by the row)."""
    s = engine.style
    layout.gap_marks = place_gap_marks(layout, contents.gaps.values())
    items, right = legend_row(layout, bool(contents.gaps), bool(contents.evidence), s.margin,
                              engine.measurer.width)
    layout.gap_legend = items
    if items:
        layout.height += LEGEND_ROW
        layout.width = max(layout.width, right + s.margin)

