"""Where a comparison's marks go on a map, from the two layouts: the same geometry for the canvas
overlay and the PDF poster. Pure geometry, no Qt."""

from __future__ import annotations

from dataclasses import dataclass

from ..layout.map_layout import MapLayout, Rect
from ..model import metrics as metric_rules
from .diff import ADDED, CHANGED, REMOVED, RENAMED, SHIFTED, Change

PAD = 3.0  # a mark's frame stands this far outside its card


@dataclass(frozen=True)
class CardMark:
    action: str  # added, changed, moved, removed (a ghost where the earlier map had the card)
    rect: Rect
    text: str  # the change in words: the old values of a changed card
    id: str = ""  # the change's (its entity's id)


@dataclass(frozen=True)
class PathMark:
    """A connector added or changed (along its present route), or removed (along its earlier one)."""
    action: str
    points: list[tuple[float, float]]
    text: str
    id: str = ""


@dataclass(frozen=True)
class MetricMark:
    """A metric whose value moved: its chip framed, and the delta with an arrow beside it."""
    rect: Rect
    delta: str  # "▲ +5", "▼ −1.5"; "new" for a metric added since
    text: str
    id: str = ""


@dataclass(frozen=True)
class EarlierLine:
    """A persona's earlier emotion scores, on the present curve's scale and steps."""
    persona_id: str
    colour: str
    points: list[tuple[float, float]]


def card_marks(changes: list[Change], layout: MapLayout, earlier: MapLayout | None) -> list[CardMark]:
    marks = []
    for change in changes:
        if change.kind != "card":
            continue
        boxes = (earlier.cards if earlier is not None else {}) if change.action == REMOVED else layout.cards
        box = boxes.get(change.id)
        if box is not None:
            rect = box.rect
            marks.append(CardMark(change.action, _framed(rect), change.text(), change.id))
    return marks


def earlier_lines(changes: list[Change], layout: MapLayout, earlier: MapLayout | None,
                  counterparts: dict[str, str] | None = None) -> list[EarlierLine]:
    """The earlier line of each persona whose emotions shifted on this map. `counterparts` maps the
    present map's steps to the earlier map's when they differ in id (a future state and its source)."""
    if earlier is None or not any(change.action == SHIFTED for change in changes):
        return []
    present = {curve.persona_id: curve for curve in layout.curves}
    lines = []
    for old_curve in earlier.curves:
        curve = present.get(old_curve.persona_id)
        if curve is None:
            continue
        xs = {step_id: x for step_id, x, _y, _score in curve.points}
        xs.update(curve.missing)
        if counterparts:  # the present steps' places, under their earlier ids
            xs = {counterparts.get(step_id, step_id): x for step_id, x in xs.items()}
        points = [(xs[step_id], curve.y_of(score)) for step_id, _x, _y, score in old_curve.points if step_id in xs]
        if len(points) >= 2 and points != [(x, y) for _id, x, y, _score in curve.points]:
            lines.append(EarlierLine(curve.persona_id, curve.colour, points))
    return lines


def metric_marks(changes: list[Change], layout: MapLayout) -> list[MetricMark]:
    """Marks for the metrics added or changed whose chips the map shows (in a metrics lane or on a card)."""
    chips = {chip.metric_id: (chip.x, chip.y, chip) for chip in layout.metric_chips}
    for box in layout.cards.values():
        rect = box.rect
        chips.update((chip.metric_id, (rect.x + chip.x, rect.y + chip.y, chip)) for chip in box.metric_chips)
    marks = []
    for change in changes:
        if change.kind != "metric" or change.action not in (ADDED, CHANGED) or change.id not in chips:
            continue
        x, y, chip = chips[change.id]
        if change.action == ADDED:
            delta = "new"
        else:
            step = change.new[0] - change.old[0]
            delta = f"{'▲' if step > 0 else '▼'} {'+' if step > 0 else '−'}{metric_rules.number(abs(step))}"
        marks.append(MetricMark(Rect(x - 2, y - 2, chip.w + 4, chip.h + 4), delta, change.text(), change.id))
    return marks


def _framed(rect: Rect, pad: float = PAD) -> Rect:
    return Rect(rect.x - pad, rect.y - pad, rect.w + 2 * pad, rect.h + 2 * pad)


def header_marks(changes: list[Change], layout: MapLayout) -> list[CardMark]:
    """Frames on the headers of stages, steps and lanes added, renamed or changed (a renamed one
    counts as changed: the old name is in the tooltip); on the title block when the map's own
    settings changed (the personas it shows, its scale …), and on a changed persona's legend entry."""
    headers = {box.id: box.header for box in (*layout.stages, *layout.lanes)}
    headers.update((box.id, box.header) for box in layout.columns if box.header.h > 0)
    legend = {entry.full_name or entry.name: Rect(entry.x, entry.y, entry.width + 18, 18) for entry in layout.legend}
    marks = []
    for change in changes:
        if change.action == REMOVED:
            continue
        action = CHANGED if change.action == RENAMED else change.action
        pad = 1.5  # headers sit close together
        if change.kind in ("stage", "step", "lane") and change.id in headers:
            rect = headers[change.id]
        elif change.kind == "map" and change.action == CHANGED and change.id == layout.map_id:
            rect, pad = layout.title, 6.0  # its text starts at the rect's edge
        elif change.kind == "persona" and change.label in legend:
            rect = legend[change.label]
        else:
            continue
        marks.append(CardMark(action, _framed(rect, pad), change.text(), change.id))
    return marks


def connector_marks(changes: list[Change], layout: MapLayout, earlier: MapLayout | None) -> list[PathMark]:
    later_paths = {path.id: path for path in layout.connectors}
    earlier_paths = {path.id: path for path in earlier.connectors} if earlier is not None else {}
    marks = []
    for change in changes:
        if change.kind != "connector":
            continue
        path = (earlier_paths if change.action == REMOVED else later_paths).get(change.id)
        if path is not None and len(path.points) >= 2:
            marks.append(PathMark(change.action, list(path.points), change.text(), change.id))
    return marks
