"""The heatmap's numbers: one value per step (column) of a map, by a metric kind, by the
emotion average of the personas the map shows, or by the number of pain points."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import metrics as metric_kinds
from .entities import Map
from .project import Project

EMOTION, PAIN_POINTS = "emotion", "pain-points"


@dataclass
class Heat:
    by: str  # EMOTION, PAIN_POINTS or a metric kind
    values: dict[str, float]  # step id -> its value (steps without one are left out)
    low: float
    high: float
    higher_is_better: bool  # which end of the scale is good (pain points: fewer)
    label: str


def heat(project: Project, map_id: str, by: str) -> Heat:
    m: Map = project.require(map_id, Map)
    contents = project.contents(map_id)
    columns = contents.columns()
    values: dict[str, float] = {}
    # one pass over the points or cards, not one per step: the heatmap is laid out on every edit
    if by == EMOTION:
        shown = set(m.persona_ids)
        scores: dict[str, list[float]] = {}
        for (persona, step_id), point in contents.emotion_points.items():
            if persona in shown:
                scores.setdefault(step_id, []).append(point.score)
        values = {step.id: sum(scores[step.id]) / len(scores[step.id]) for step in columns if step.id in scores}
        return Heat(by, values, m.scale_min, m.scale_max, True, "Emotion (average)")
    if by == PAIN_POINTS:
        pains = Counter(c.step_id for c in contents.cards.values() if c.type == "pain-point")
        values = {step.id: float(pains[step.id]) for step in columns}
        return Heat(by, values, 0.0, max([1.0, *values.values()]), False, "Pain points")
    # a metric kind: a step's own metric, else its stage's, else the average of its cards'
    newest = [x for x in metric_kinds.latest(list(contents.metrics.values())) if x.kind == by]
    by_subject: dict[str, list[float]] = {}
    for metric in newest:
        by_subject.setdefault(metric.subject_id, []).append(metric.value)
    of_cards: dict[str, list[float]] = {}  # step id -> its cards' values
    for card in contents.cards.values():
        if card.id in by_subject:
            of_cards.setdefault(card.step_id, []).extend(by_subject[card.id])
    for step in columns:
        own = by_subject.get(step.id) or by_subject.get(step.stage_id) or of_cards.get(step.id)
        if own:
            values[step.id] = sum(own) / len(own)
    kind = metric_kinds.KINDS.get(by, metric_kinds.KINDS["custom"])
    low = kind.low if kind.low is not None else min(values.values(), default=0.0)
    high = kind.high if kind.high is not None else max(values.values(), default=1.0)
    if high <= low:
        high = low + 1
    return Heat(by, values, float(low), float(high), kind.higher_is_better, kind.label)
