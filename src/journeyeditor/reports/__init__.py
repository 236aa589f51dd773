"""Reports as plain tables (no Qt): opportunities by owner, metrics, gaps, evidence. The CLI
writes them as text, CSV or JSON; the PDF export appends them as pages."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

from ..model import Card, Project, Stage, Step
from ..model import metrics as metric_kinds

KINDS = ("owners", "metrics", "gaps", "evidence", "votes")
OPPORTUNITY_TYPES = ("opportunity", "idea")
STATUS_ORDER = ("in-progress", "planned", "idea", "", "done", "dropped")


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]]
    ids: list[str] = field(default_factory=list)  # each row's card, where rows are cards (owners)


def _where(project: Project, card: Card) -> tuple[str, str]:
    stage, step = project.get(card.stage_id), project.get(card.step_id)
    return (stage.name if isinstance(stage, Stage) else "", step.name if isinstance(step, Step) else "")


def _maps(project: Project, map_name: str | None) -> list:
    if map_name is None:
        return list(project.maps)
    m = project.map_by_name(map_name)
    if m is None:
        names = ", ".join(repr(x.name) for x in project.maps) or "none"
        raise ValueError(f"no map named {map_name!r} (maps: {names})")
    return [m]


def is_opportunity(project: Project, card: Card) -> bool:
    """An opportunity or idea card, or any card in an opportunities lane."""
    lane = project.get(card.lane_id)
    return card.type in OPPORTUNITY_TYPES or getattr(lane, "kind", "") == "opportunities"


def opportunities(project: Project, m) -> list[Card]:
    """A map's opportunities: cards of the opportunity and idea types, and any card in an
    opportunities lane."""
    contents = project.contents(m.id)
    in_lane = {lane.id for lane in contents.lanes if lane.kind == "opportunities"}
    return [card for card in contents.cards.values() if card.type in OPPORTUNITY_TYPES or card.lane_id in in_lane]


def owners(project: Project, map_name: str | None = None) -> Table:
    """Every opportunity (and idea) grouped by its owner; unowned ones last, then by priority."""
    rows = []
    for m in _maps(project, map_name):
        for card in opportunities(project, m):
            stage, step = _where(project, card)
            rows.append((card.owner.strip(), m.name, stage, step, card.title, card.impact, card.effort,
                         card.status, card.due, card.id))
    rows.sort(key=lambda r: (r[0] == "", r[0].casefold(), STATUS_ORDER.index(r[7]) if r[7] in STATUS_ORDER else 9,
                             -r[5], r[6], r[1], r[4]))
    return Table("Opportunities by owner",
                 ["owner", "map", "stage", "step", "opportunity", "impact", "effort", "status", "due"],
                 [[r[0] or "(no owner)", r[1], r[2], r[3], r[4], str(r[5] or ""), str(r[6] or ""), r[7], r[8]]
                  for r in rows], [r[9] for r in rows])


def _subject(project: Project, subject_id: str) -> tuple[str, str, str]:
    """(stage, step, card) names of what a metric belongs to."""
    subject = project.get(subject_id)
    if isinstance(subject, Stage):
        return subject.name, "", ""
    if isinstance(subject, Step):
        stage = project.get(subject.stage_id)
        return stage.name if stage else "", subject.name, ""
    if isinstance(subject, Card):
        return (*_where(project, subject), subject.title)
    return "", "", ""


def metrics(project: Project, map_name: str | None = None) -> Table:
    rows = []
    for m in _maps(project, map_name):
        every = list(project.contents(m.id).metrics.values())
        order = {step.id: i for i, step in enumerate(project.contents(m.id).columns())}
        for metric in sorted(every, key=lambda x: (x.period_start, x.period_end, x.id)):
            stage, step, card = _subject(project, metric.subject_id)
            before = metric_kinds.previous(every, metric)
            target = metric_kinds.value_text(metric, metric.target) if metric.target is not None else ""
            period = metric.period_start + (f"..{metric.period_end}" if metric.period_end else "")
            met = metric_kinds.meets_target(metric)
            rows.append((order.get(metric.subject_id, 0), [m.name, stage, step, card, metric_kinds.label(metric),
                         metric_kinds.value_text(metric), target, "" if met is None else ("yes" if met else "no"),
                         metric_kinds.direction(metric, before), metric_kinds.trend(metric, before), period,
                         metric.source]))
    return Table("Metrics", ["map", "stage", "step", "card", "metric", "value", "target", "on target", "arrow",
                             "trend", "period", "source"], [row for _, row in rows])


def gaps(project: Project, map_name: str | None = None) -> Table:
    rows = []
    for m in _maps(project, map_name):
        contents = project.contents(m.id)
        columns = contents.columns()
        index = {step.id: i for i, step in enumerate(columns)}
        lanes = {lane.id: lane.name for lane in contents.lanes}
        for gap in sorted(contents.gaps.values(), key=lambda g: (index.get(g.step_id, 0), g.lane_id)):
            i = index.get(gap.step_id)
            left = columns[i] if i is not None else None
            right = columns[i + 1] if i is not None and i + 1 < len(columns) else None

            def name(step):
                stage = project.get(step.stage_id) if step else None
                return " / ".join(x for x in (stage.name if stage else "", step.name if step else "") if x)

            rows.append([m.name, name(left), name(right), lanes.get(gap.lane_id, ""), gap.kind, gap.note])
    return Table("Gaps", ["map", "from", "to", "lane", "kind", "note"], rows)


def evidence(project: Project, map_name: str | None = None) -> Table:
    rows = []
    for m in _maps(project, map_name):
        contents = project.contents(m.id)
        for item in contents.evidence.values():
            card = project.get(item.card_id)
            stage, step = _where(project, card)
            rows.append([m.name, stage, step, card.title, item.kind, item.method, item.source, item.link,
                         item.date, item.quote])
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3], r[4]))
    return Table("Evidence", ["map", "stage", "step", "card", "kind", "method", "source", "link", "date", "quote"],
                 rows)


def votes(project: Project, map_name: str | None = None) -> Table:
    """Each voting round's tally: cards ranked by dots, with who gave them (not in anonymous rounds)."""
    from ..model import voting

    rows = []
    for m in _maps(project, map_name):
        rounds = voting.rounds_of(project, m.id)
        for number, round_ in enumerate(rounds, 1):
            lanes = {lane.id: lane.name for lane in project.contents(m.id).lanes}
            rank, last = 0, None
            for position, row in enumerate(voting.tally(project, round_), 1):
                if row.votes != last:
                    rank, last = position, row.votes
                stage, step = _where(project, row.card)
                by = "" if round_.anonymous else ", ".join(
                    f"{voting.participant_name(round_, p)} ×{n}" if n > 1 else voting.participant_name(round_, p)
                    for p, n in sorted(row.by.items()))
                rows.append([m.name, round_.name or f"Round {number}", str(rank), row.card.title, stage, step,
                             lanes.get(row.card.lane_id, ""), str(row.votes), by])
    return Table("Votes", ["map", "round", "rank", "card", "stage", "step", "lane", "votes", "by"], rows)


def build(project: Project, kind: str, map_name: str | None = None) -> Table:
    if kind not in KINDS:
        raise ValueError(f"unknown report {kind!r} (choose from {', '.join(KINDS)})")
    return {"owners": owners, "metrics": metrics, "gaps": gaps, "evidence": evidence,
            "votes": votes}[kind](project, map_name)


def as_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return out.getvalue()


def as_json(table: Table) -> str:
    return json.dumps({"report": table.title, "rows": [dict(zip(table.columns, row)) for row in table.rows]},
                      ensure_ascii=False, indent=2) + "\n"


def as_text(table: Table) -> str:
    """Aligned columns (by characters; wide scripts may shift a little), empty columns left out."""
    keep = [i for i in range(len(table.columns)) if any(row[i] for row in table.rows)] or list(range(len(table.columns)))
    header = [table.columns[i] for i in keep]
    body = [[row[i] for i in keep] for row in table.rows]
    widths = [max(len(x) for x in column) for column in zip(header, *body)]
    lines = [table.title, "  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in body]
    if not body:
        lines.append("(none)")
    return "\n".join(lines) + "\n"
