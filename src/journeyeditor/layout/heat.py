"""The heatmap's geometry and colours: each step column washed by its value (model/heatmap.py)
on a colour-blind-safe sequential scale, and the legend bar under the map's legend.

Good is always the light end: viridis runs from dark purple (bad) to yellow (good) for metrics
and emotions; ColorBrewer's YlOrRd runs from pale yellow (no pain points) to dark red (many).
The wash is translucent (HEAT_ALPHA) so the lanes' tints, hairlines and text stay readable; the
canvas paints it so, and the PDF (which carries no transparency) mixes the same colours."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.entities import MetricKind
from ..model.heatmap import EMOTION, PAIN_POINTS, Heat
from .style import BACKGROUND, mix

#: how strongly a column is washed (over the lane's tint)
HEAT_ALPHA = 0.3

VIRIDIS = ("#440154", "#472D7B", "#3B528B", "#2C728E", "#21918C", "#28AE80", "#5EC962", "#ADDC30", "#FDE725")
YL_OR_RD = ("#FFFFCC", "#FFEDA0", "#FED976", "#FEB24C", "#FD8D3C", "#FC4E2A", "#E31A1C", "#BD0026", "#800026")

#: what the View menu, the PDF dialog and the CLI's --heatmap offer besides the metric kinds
HEAT_CHOICES = (EMOTION, PAIN_POINTS)

#: the legend bar: where it sits in its row, its size, and how many steps its scale is drawn in
LEGEND_HEADING_W = 90.0
LEGEND_BAR_W = 200.0
LEGEND_BAR_H = 12.0
LEGEND_STEPS = 40
LEGEND_TEXT = 11  # text size
LEGEND_ROW = 34.0  # the legend band's row pitch (layout/style.legend_items)
NO_DATA_SWATCH = 14.0
NO_DATA = "no data"


def heat_choices() -> tuple[str, ...]:
    """Every value a heatmap may be by: the emotion average, pain points, each metric kind."""
    return (*HEAT_CHOICES, *(kind.value for kind in MetricKind))


def _along(stops: tuple[str, ...], t: float) -> str:
    """The colour a share t (0..1) along a scale of evenly spaced stops."""
    t = max(0.0, min(1.0, t))
    position = t * (len(stops) - 1)
    index = min(int(position), len(stops) - 2)
    return mix(stops[index], stops[index + 1], position - index)


def heat_colour(heat: Heat, value: float) -> str:
    """A value's colour on its heatmap's scale: good values at the light end."""
    share = (value - heat.low) / (heat.high - heat.low) if heat.high > heat.low else 0.5
    goodness = share if heat.higher_is_better else 1.0 - share
    if heat.by == PAIN_POINTS:
        return _along(YL_OR_RD, 1.0 - goodness)
    return _along(VIRIDIS, goodness)


@dataclass(frozen=True)
class HeatLegend:
    """The legend's row: "Heatmap: NPS", the low end's value, the bar (its colours left to right,
    low to high, as they look washed over the map's background), the high end's value and which
    end is better; "no data" beside an empty swatch when a column has no value. Texts start at
    their x, on the row's line at y."""

    label: str
    x: float
    y: float
    low: str
    low_x: float
    bar_x: float
    colours: tuple[str, ...]  # LEGEND_STEPS colours, low to high
    high: str
    high_x: float
    better: str  # "(higher is better)" …
    better_x: float
    no_data_x: float | None  # the swatch's x, None when every column has a value

    @property
    def bar(self) -> tuple[float, float, float, float]:
        return self.bar_x, self.y + 2, LEGEND_BAR_W, LEGEND_BAR_H

    @property
    def swatch(self) -> tuple[float, float, float, float] | None:
        if self.no_data_x is None:
            return None
        return self.no_data_x, self.y + 1, NO_DATA_SWATCH, NO_DATA_SWATCH


@dataclass
class HeatWash:
    by: str
    columns: list[tuple[str, float, str]] = field(default_factory=list)  # (step id, value, colour)
    legend: HeatLegend | None = None


def lay_out_heat(heat: Heat, columns: int, x: float, y: float, measure) -> tuple[HeatWash, float]:
    """The wash of each of the map's `columns` that has a value, and the legend row at (x, y);
    and the row's right end. `measure(text, size, bold)` gives a text's width."""
    from ..model.metrics import number

    wash = HeatWash(heat.by, [(step_id, value, heat_colour(heat, value)) for step_id, value in heat.values.items()])
    label = f"Heatmap: {heat.label}"
    low, high = number(heat.low), number(heat.high)
    low_x = x + max(LEGEND_HEADING_W, measure(label, LEGEND_TEXT, True) + 12)
    bar_x = low_x + measure(low, LEGEND_TEXT, False) + 6
    colours = tuple(mix(BACKGROUND, heat_colour(heat, heat.low + (heat.high - heat.low) * (i + 0.5) / LEGEND_STEPS),
                        HEAT_ALPHA) for i in range(LEGEND_STEPS))
    better = "(fewer is better)" if heat.by == PAIN_POINTS else \
        "(higher is better)" if heat.higher_is_better else "(lower is better)"
    high_x = bar_x + LEGEND_BAR_W + 6
    better_x = high_x + measure(high, LEGEND_TEXT, False) + 8
    right = better_x + measure(better, LEGEND_TEXT, False)
    no_data_x = None
    if len(heat.values) < columns:
        no_data_x = right + 24
        right = no_data_x + NO_DATA_SWATCH + 6 + measure(NO_DATA, LEGEND_TEXT, False)
    wash.legend = HeatLegend(label, x, y, low, low_x, bar_x, colours, high, high_x, better, better_x, no_data_x)
    return wash, right

