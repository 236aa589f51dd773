"""The slides of a presented map, from its layout and the screen's size: an overview (the whole
map fitted), then each stage in turn, spotlit and zoomed so its text is legible from the back of
the room (ProjectorTheme). A stage too wide for the screen at that zoom is shown step by step; a
column too tall is shown in parts, a few lanes at a time, never cutting a lane that fits."""

from __future__ import annotations

from dataclasses import dataclass

from ..canvas.view import pinned_band_height
from ..layout.map_layout import MapLayout, Rect
from ..layout.style import Style
from .theme import PROJECTOR, ProjectorTheme


@dataclass(frozen=True)
class Slide:
    kind: str  # "overview", "stage" or "step"
    window: Rect  # the part of the map the screen shows (its size is the screen's at `scale`)
    scale: float  # screen px per layout unit
    stage_id: str = ""
    step_id: str = ""  # a step slide's step
    spotlight: Rect | None = None  # the stage's (or step's) column, header to grid bottom
    part: int = 0  # which part of a column too big for one screen (0-based)
    parts: int = 1
    lane_ids: tuple[str, ...] = ()  # the lanes this part shows whole

    @property
    def key(self) -> tuple:
        """What the slide shows, kept across a relayout (a card added may re-cut the parts)."""
        return self.kind, self.stage_id, self.step_id, self.part


def lane_column_width(layout: MapLayout) -> float:
    """The lane headers' column (as the view pins it at the left edge)."""
    return layout.lanes[0].header.w + 8 if layout.lanes else 0.0


def plan_slides(layout: MapLayout, width: float, height: float, style: Style | None = None,
                theme: ProjectorTheme = PROJECTOR) -> list[Slide]:
    """Every slide of the map for a screen `width` x `height` px."""
    style = style or Style()
    slides = [overview(layout, width, height, theme)]
    least = theme.least_scale(style, height)
    for stage in layout.stages:
        steps = [c for c in layout.columns if c.stage_id == stage.id]
        if stage.column.w + lane_column_width(layout) <= width / least or len(steps) <= 1:
            slides += _column_slides(layout, "stage", stage.id, "", stage.column, width, height, least, theme)
        else:  # too wide for legible text: one step at a time
            for step in steps:
                slides += _column_slides(layout, "step", stage.id, step.id, step.column, width, height, least,
                                         theme)
    return slides


def overview(layout: MapLayout, width: float, height: float, theme: ProjectorTheme = PROJECTOR) -> Slide:
    """The whole map fitted: from its title to the bottom of its grid (the legend and persona
    sheet under it are for the page, not the room)."""
    pad = theme.page_pad
    bottom = (layout.grid.bottom if layout.stages else layout.title.bottom) + pad
    shown = Rect(0, 0, layout.width, bottom)
    scale = min(width / shown.w, height / shown.h)
    return Slide("overview", _around(shown.cx, shown.cy, width / scale, height / scale), scale)


def _column_slides(layout: MapLayout, kind: str, stage_id: str, step_id: str, column: Rect,
                   width: float, height: float, least: float, theme: ProjectorTheme) -> list[Slide]:
    pad = theme.page_pad
    header_top = layout.stages[0].header.y
    spotlight = Rect(column.x, header_top, column.w, column.bottom - header_top)
    lanes_w = lane_column_width(layout)
    whole = Rect(column.x - lanes_w, header_top - pad, column.w + lanes_w + pad, spotlight.h + 2 * pad)
    fit = min(width / whole.w, height / whole.h)
    if fit >= least:  # the whole column fits legibly: zoom in further, but not absurdly
        scale = min(fit, least * theme.most_over_least)
        view_w, view_h = width / scale, height / scale
        window = Rect(_left(layout, column, view_w), whole.cy - view_h / 2, view_w, view_h)
        return [Slide(kind, window, scale, stage_id, step_id, spotlight, 0, 1, tuple(ln.id for ln in layout.lanes))]
    view_w, view_h = width / least, height / least
    rows = _rows(layout, header_top - pad, view_h)
    # a part whose lanes are empty in this column is left out (the first stays: the stage's headers)
    rows = [row for i, row in enumerate(rows) if i == 0 or has_content(layout, column, row[1])]
    parts = [(x, top, lanes) for top, lanes in rows for x in _lefts(layout, column, view_w)]
    return [Slide(kind, Rect(x, top, view_w, view_h), least, stage_id, step_id, spotlight, i, len(parts), lanes)
            for i, (x, top, lanes) in enumerate(parts)]


def _rows(layout: MapLayout, first_top: float, view_h: float) -> list[tuple[float, tuple[str, ...]]]:
    """Where each part's window starts, and the lanes it shows whole: the first part with the
    stage headers, each later one starting with its first lane just under the pinned headers."""
    band = pinned_band_height(layout)
    rows: list[tuple[float, tuple[str, ...]]] = []
    top, lanes = first_top, []
    for lane in layout.lanes:
        if lanes and lane.row.bottom > top + view_h:
            rows.append((top, tuple(lanes)))
            top, lanes = lane.row.y - band, []
        lanes.append(lane.id)
    rows.append((top, tuple(lanes)))
    return rows


def has_content(layout: MapLayout, column: Rect, lane_ids: tuple[str, ...]) -> bool:
    """Whether the column shows anything in these lanes: a card, or a face on an emotion line."""
    lanes = set(lane_ids)
    for box in layout.cards.values():
        if box.lane_id in lanes and box.local.x < column.right and box.local.x + box.local.w > column.x:
            return True
    return any(curve.lane_id in lanes and any(column.x <= x < column.right for _step, x, _y, _score in curve.points)
               for curve in layout.curves)


def _left(layout: MapLayout, column: Rect, view_w: float) -> float:
    """The window's left edge: the column centred right of the lane headers, with as much of the
    neighbouring stages as fits, and no empty backdrop past the map's ends when it can be helped."""
    lanes_w = lane_column_width(layout)
    spare = view_w - column.w - lanes_w
    left = column.x - lanes_w - spare / 2
    left = min(left, max(layout.width - view_w, column.right - view_w))
    return max(left, min(0.0, column.x - lanes_w))


def _lefts(layout: MapLayout, column: Rect, view_w: float) -> list[float]:
    """The window's left edges: one when the column fits beside the lane headers, else panning
    across it a screen at a time (a little overlap, so no card is cut at both edges)."""
    lanes_w = lane_column_width(layout)
    room = view_w - lanes_w
    if column.w <= room:
        return [_left(layout, column, view_w)]
    lefts, x = [], column.x
    while True:
        lefts.append(x - lanes_w)
        if x + room >= column.right:
            return lefts
        x = min(x + room * 0.9, column.right - room)


def _around(cx: float, cy: float, w: float, h: float) -> Rect:
    return Rect(cx - w / 2, cy - h / 2, w, h)


def undimmed_spans(layout: MapLayout, visible: Rect, spotlight: Rect) -> list[tuple[float, float]]:
    """The x ranges the spotlight leaves at full colour on screen: the spotlit column, and the
    lane headers (in the map, or pinned at the left edge once the map scrolled past them)."""
    spans = [(spotlight.x, spotlight.right)]
    if layout.lanes:
        header = layout.lanes[0].header
        if visible.x > Style().margin - 4:  # as MapView pins them
            spans.append((visible.x, visible.x + lane_column_width(layout)))
        else:
            spans.append((header.x - 4, header.right + 4))
    return sorted(spans)


def dimmed_spans(layout: MapLayout, visible: Rect, spotlight: Rect) -> list[tuple[float, float]]:
    """The x ranges of the screen that fade (the complement of undimmed_spans)."""
    spans, x = [], visible.x
    for start, end in undimmed_spans(layout, visible, spotlight):
        if start > x:
            spans.append((x, min(start, visible.right)))
        x = max(x, end)
    if x < visible.right:
        spans.append((x, visible.right))
    return [(a, b) for a, b in spans if b > a]
