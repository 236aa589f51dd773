"""Metric chips: a metric's newest value as a small pill, "NPS 32 → 40" (label, value, target),
with a mark for the target met (a tick) or missed (a cross) and an arrow against the previous
period (up, down or flat), coloured by whether that is better or worse for the kind.

A metrics lane shows, in each stage's span, the chips of the stage's metrics, and under them,
in each step's column, the chips of the step's; a card's metrics sit in a row at the card's
bottom. Laid out here; the canvas (canvas/metrics.py) and the PDF (export/pdf_metrics.py) draw
the same boxes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model.entities import Metric
from ..model.metrics import chip_text, direction, meets_target, trend
from .style import INK_SOFT, Style

METRIC_SIZE = 10  # the chip's text (whole pixels: Qt's fonts are set in pixels)
METRIC_LINE = Style().line_height(METRIC_SIZE)
METRIC_CHIP_H = 18.0
METRIC_PAD = 6.0  # from a chip's ends to what is in it
MARK = 10.0  # the target's mark: a disc with a tick or a cross
ARROW = 8.0
METRIC_GAP = 4.0  # between a glyph and the text, between chips and between rows
GOOD, BAD = "#009E73", "#D55E00"  # Okabe–Ito green and vermillion; the shapes say it too
CHIP_FILL, CHIP_EDGE = "#FFFFFF", "#B9C2CC"

#: measures a line: (text, size, bold) -> width
Measure = Callable[[str, float, bool], float]
#: breaks a text: (text, width, size, bold, max_lines) -> lines, the last cut with "…" if text is left
Wrap = Callable[[str, float, float, bool, int], list[str]]
#: a subject's series: its newest metric with the one of the period before (None: the first)
Series = tuple[Metric, "Metric | None"]


@dataclass(frozen=True)
class MetricChip:
    """A metric's chip, METRIC_CHIP_H high, at (x, y): in map coordinates in a metrics lane, from
    the card's top-left on a card."""

    metric_id: str
    text: str  # as drawn, cut with "…" to fit
    x: float
    y: float
    w: float
    arrow: str = ""  # "up", "down", "flat", or "" without a previous period
    trend: str = ""  # "better", "worse", "same", or ""
    target_met: bool | None = None  # None: no target
    full: str = ""  # the whole text, when `text` was cut

    h = METRIC_CHIP_H  # every chip's: a class constant, not a field

    @property
    def mark(self) -> tuple[float, float, float] | None:
        """The target's mark: x, y and size (None without a target)."""
        if self.target_met is None:
            return None
        return self.x + METRIC_PAD, self.y + (METRIC_CHIP_H - MARK) / 2, MARK

    @property
    def text_x(self) -> float:
        return self.x + METRIC_PAD + (MARK + METRIC_GAP if self.target_met is not None else 0.0)

    @property
    def text_y(self) -> float:
        """The top of the text's line, centred in the chip."""
        return self.y + (METRIC_CHIP_H - METRIC_LINE) / 2

    @property
    def text_w(self) -> float:
        return self.w - 2 * METRIC_PAD - _glyph_room(self.target_met, self.arrow)

    @property
    def arrow_box(self) -> tuple[float, float, float] | None:
        if not self.arrow:
            return None
        return self.x + self.w - METRIC_PAD - ARROW, self.y + (METRIC_CHIP_H - ARROW) / 2, ARROW

    @property
    def arrow_colour(self) -> str:
        return {"better": GOOD, "worse": BAD}.get(self.trend, INK_SOFT)

    @property
    def edge(self) -> str:
        """The outline: the target's verdict in colour (the mark's shape says it without)."""
        return {True: GOOD, False: BAD}.get(self.target_met, CHIP_EDGE)

    def moved(self, dx: float, dy: float) -> MetricChip:
        return dataclasses.replace(self, x=self.x + dx, y=self.y + dy)


def _glyph_room(target_met: bool | None, arrow: str) -> float:
    return (MARK + METRIC_GAP if target_met is not None else 0.0) + (METRIC_GAP + ARROW if arrow else 0.0)


def arrow_shapes(arrow: str) -> list[tuple]:
    """The arrow in a unit box (layout/icons.py's shapes): a triangle up or down, a bar for flat."""
    if arrow == "up":
        return [("poly", [(0.5, 0.08), (0.95, 0.88), (0.05, 0.88)], True)]
    if arrow == "down":
        return [("poly", [(0.05, 0.12), (0.95, 0.12), (0.5, 0.92)], True)]
    return [("poly", [(0.05, 0.38), (0.95, 0.38), (0.95, 0.62), (0.05, 0.62)], True)]


#: the target's mark over its disc, in white: a tick when met, a cross when missed
TICK = [("polyline", [(0.26, 0.53), (0.43, 0.7), (0.75, 0.33)])]
CROSS = [("line", 0.32, 0.32, 0.68, 0.68), ("line", 0.68, 0.32, 0.32, 0.68)]
DISC = [("circle", 0.5, 0.5, 0.5, True)]


def series_by_subject(metrics: Iterable[Metric]) -> dict[str, list[Series]]:
    """Each subject's series (same subject, kind and name), newest metric first with the one of
    the period before it; series in the order they first appear."""
    series: dict[tuple, list[Metric]] = {}
    for metric in metrics:
        series.setdefault((metric.subject_id, metric.kind, metric.name), []).append(metric)
    result: dict[str, list[Series]] = {}
    for members in series.values():
        members.sort(key=lambda m: (m.period_start, m.period_end, m.id))
        result.setdefault(members[-1].subject_id, []).append((members[-1], members[-2] if len(members) > 1 else None))
    return result


def chip_key(pairs: list[Series]) -> tuple:
    """What a row of chips looks like, to key cached card boxes by."""
    return tuple((m.id, chip_text(m), direction(m, b), trend(m, b), meets_target(m)) for m, b in pairs)


def make_chip(metric: Metric, before: Metric | None, width: float, wrap: Wrap, measure: Measure) -> MetricChip:
    """A metric's chip at (0, 0), as wide as its text, the text cut to `width`."""
    arrow, met = direction(metric, before), meets_target(metric)
    glyphs = _glyph_room(met, arrow)
    full = chip_text(metric)
    shown = (wrap(full, max(8.0, width - 2 * METRIC_PAD - glyphs), METRIC_SIZE, False, 1) or [""])[0]
    return MetricChip(metric.id, shown, 0.0, 0.0, 2 * METRIC_PAD + glyphs + measure(shown, METRIC_SIZE, False),
                      arrow, trend(metric, before), met, full if shown != full else "")


def flow(chips: list[MetricChip], width: float, x: float, y: float) -> tuple[list[MetricChip], float]:
    """Chips in rows from (x, y), as many on a row as `width` holds; and the rows' height."""
    placed: list[MetricChip] = []
    cursor, row = 0.0, 0
    for chip in chips:
        if cursor > 0 and cursor + chip.w > width:
            cursor, row = 0.0, row + 1
        placed.append(chip.moved(x + cursor, y + row * (METRIC_CHIP_H + METRIC_GAP)))
        cursor += chip.w + METRIC_GAP
    return placed, ((row + 1) * METRIC_CHIP_H + row * METRIC_GAP if placed else 0.0)


def lay_out_lane_chips(series: dict[str, list[Series]], stages: list[tuple[str, list[tuple[str, float, float]]]],
                       top: float, gutter: float, wrap: Wrap, measure: Measure) -> tuple[list[MetricChip], float]:
    """A metrics lane's chips from `top` down: each stage's across its steps, then each step's in
    its column, under the stages' (all steps' chips start at one height). `stages` lists each
    stage's id with its steps' (id, left, right). Returns the chips and the lowest one's bottom
    (`top` when there are none)."""
    chips: list[MetricChip] = []
    steps_top = bottom = top
    for stage_id, steps in stages:
        left, right = steps[0][1] + gutter, steps[-1][2] - gutter
        placed, height = flow([make_chip(m, b, right - left, wrap, measure) for m, b in series.get(stage_id, ())],
                              right - left, left, top)
        chips += placed
        if placed:
            bottom = max(bottom, top + height)
            steps_top = max(steps_top, top + height + METRIC_GAP)
    for _stage_id, steps in stages:
        for step_id, x0, x1 in steps:
            left, right = x0 + gutter, x1 - gutter
            placed, height = flow([make_chip(m, b, right - left, wrap, measure) for m, b in series.get(step_id, ())],
                                  right - left, left, steps_top)
            chips += placed
            if placed:
                bottom = max(bottom, steps_top + height)
    return chips, bottom


def lay_out_card_chips(pairs: list[Series], width: float, wrap: Wrap,
                       measure: Measure) -> tuple[tuple[MetricChip, ...], float]:
    """A card's metric chips in rows from (0, 0) within `width`, and their height."""
    placed, height = flow([make_chip(m, b, width, wrap, measure) for m, b in pairs], width, 0.0, 0.0)
    return tuple(placed), height
