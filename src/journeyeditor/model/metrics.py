"""What each metric kind means (range, unit, which way is better), how a value reads, and how a
metric compares with its previous period. Plain Python: the canvas, the PDF and the reports
all read it."""

from __future__ import annotations

from dataclasses import dataclass

from .entities import Metric, MetricKind


@dataclass(frozen=True)
class KindInfo:
    label: str
    low: float | None  # the scale's ends (None: open)
    high: float | None
    unit: str
    higher_is_better: bool


KINDS: dict[str, KindInfo] = {
    MetricKind.NPS.value: KindInfo("NPS", -100, 100, "", True),
    MetricKind.CSAT.value: KindInfo("CSAT", 1, 5, "/5", True),
    MetricKind.CSAT_PERCENT.value: KindInfo("CSAT", 0, 100, "%", True),
    MetricKind.CES.value: KindInfo("CES", 1, 7, "/7", False),
    MetricKind.CONVERSION.value: KindInfo("Conversion", 0, 100, "%", True),
    MetricKind.TIME.value: KindInfo("Time", 0, None, "min", False),
    MetricKind.COUNT.value: KindInfo("Count", 0, None, "", True),
    MetricKind.CUSTOM.value: KindInfo("KPI", None, None, "", True),
}


def info(metric: Metric) -> KindInfo:
    """The metric's kind, with a custom KPI's own name, unit and direction."""
    kind = KINDS.get(metric.kind, KINDS[MetricKind.CUSTOM.value])
    if metric.kind == MetricKind.CUSTOM.value:
        return KindInfo(metric.name or kind.label, None, None, metric.unit, metric.higher_is_better)
    return kind


def label(metric: Metric) -> str:
    """The metric's name as shown: "NPS", "CSAT", or a custom KPI's own name."""
    return info(metric).label


def number(value: float) -> str:
    """A value short: 32, 4.2, 12.5 (no trailing zeros, at most one decimal past 10)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}".rstrip("0").rstrip(".")


def value_text(metric: Metric, value: float | None = None) -> str:
    """A value with its unit: "32", "4.2/5", "12 %", "4 min"."""
    unit = info(metric).unit
    shown = number(metric.value if value is None else value)
    if not unit:
        return shown
    return f"{shown}{unit}" if unit.startswith("/") else f"{shown} {unit}"


def out_of_range(metric: Metric) -> str:
    """Why the value does not fit its kind ("" when it does)."""
    kind = info(metric)
    for name, value in (("value", metric.value), ("target", metric.target)):
        if value is None:
            continue
        if (kind.low is not None and value < kind.low) or (kind.high is not None and value > kind.high):
            ends = f"{number(kind.low) if kind.low is not None else '…'} to {number(kind.high) if kind.high is not None else '…'}"
            return f"{kind.label} {name} {number(value)} is outside {ends}"
    return ""


def history(metrics: list[Metric], metric: Metric) -> list[Metric]:
    """The metric's series: the same subject, kind and name, oldest period first."""
    same = [m for m in metrics if (m.subject_id, m.kind, m.name) == (metric.subject_id, metric.kind, metric.name)]
    return sorted(same, key=lambda m: (m.period_start, m.period_end, m.id))


def previous(metrics: list[Metric], metric: Metric) -> Metric | None:
    series = history(metrics, metric)
    index = series.index(metric)
    return series[index - 1] if index > 0 else None


def latest(metrics: list[Metric]) -> list[Metric]:
    """Each series' newest metric, in the order the series first appear."""
    newest: dict[tuple, Metric] = {}
    for metric in metrics:
        key = (metric.subject_id, metric.kind, metric.name)
        current = newest.get(key)
        if current is None or (metric.period_start, metric.period_end, metric.id) > \
                (current.period_start, current.period_end, current.id):
            newest[key] = metric
    return list(newest.values())


def trend(metric: Metric, before: Metric | None) -> str:
    """Against the previous period: "better", "worse", "same", or "" without one."""
    if before is None:
        return ""
    if metric.value == before.value:
        return "same"
    up = metric.value > before.value
    return "better" if up == info(metric).higher_is_better else "worse"


def direction(metric: Metric, before: Metric | None) -> str:
    """The arrow: "up", "down", "flat", or "" without a previous period."""
    if before is None:
        return ""
    return "flat" if metric.value == before.value else "up" if metric.value > before.value else "down"


def meets_target(metric: Metric) -> bool | None:
    if metric.target is None:
        return None
    better_high = info(metric).higher_is_better
    return metric.value >= metric.target if better_high else metric.value <= metric.target


def chip_text(metric: Metric) -> str:
    """"NPS 32 → 40" (value, then the target if any)."""
    text = f"{label(metric)} {value_text(metric)}"
    if metric.target is not None:
        text += f" → {value_text(metric, metric.target)}"
    return text
