"""Maps from tables and tables from maps: a spreadsheet's rows become cards in stage x lane cells,
and a map's cards become rows again (CSV, XLSX: a sheet per map).

Rows become cards in file order; stages, steps and lanes are made in the order they first appear.
A lane named like a kind ("Frontstage", "后台", "Поддержка") gets that kind, so those three make a
service blueprint. A row that cannot be read (a word where a number belongs, an unknown card
type) is reported with its row number and left out; the caller decides whether to go on without
it, so nothing is ever imported by halves.

An exported table reads back into the same cards in the same cells: every step has a row (an
empty stage or step too), unnamed steps of a stage with several are written "#1", "#2" …, and rows
with no card name the lanes first when the cards alone would list them in another order.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..catalogue import LANGUAGES, tr, translate
from ..layout.style import CARD_LABELS, CHANNEL_LABELS, LANE_KIND_LABELS, MOMENT_LABELS
from ..model import Card, EmotionPoint, Evidence, Lane, Map, Metric, Persona, Project, Stage, Step
from ..model.derive import written_language
from ..model.entities import (
    CardType,
    LaneKind,
    MapKind,
    MetricKind,
    Moment,
    OpportunityStatus,
    first_step_id,
)
from ..model.evidence import METHODS
from ..model.metrics import KINDS
from ..templates import LANE_COLOURS, STAGE_COLOURS, lane_height
from .columns import Role, lane_kind_of, metric_kind_of, normalise
from .tables import Table

#: the card type a card gets from its lane when the row names none
LANE_CARD_TYPES = {"actions": "action", "touchpoints": "touchpoint", "thoughts": "thought",
                   "pain-points": "pain-point", "opportunities": "opportunity", "kpis": "kpi",
                   "frontstage": "action", "backstage": "action", "support-processes": "note",
                   "physical-evidence": "touchpoint", "channels": "touchpoint"}
BLUEPRINT_KINDS = {"frontstage", "backstage", "support-processes"}
#: emotion scales a sheet may use, smallest first: the first that holds every score is the map's
SCALES = ((-2, 2), (1, 5), (-3, 3), (1, 7), (1, 10), (0, 10), (-5, 5), (-10, 10), (0, 100))
PERSONA_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
YES = {normalise(w) for w in ("yes", "y", "true", "1", "x", "✓", "✔", "是", "有", "はい", "○", "да", "بله", "آری")}
NO = {normalise(w) for w in ("no", "n", "false", "0", "-", "否", "无", "無", "いいえ", "нет", "خیر", "نه")}


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self) -> str:
        return tr("row {0}: {1}").format(self.row, self.message)


@dataclass
class TabularImport:
    """What a table makes: the entities to add, in order (new personas, the map, its stages with
    their steps, lanes, cards, evidence, metrics, emotion points), and the rows left out."""

    map: Map
    entities: list = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0
    cards: int = 0


def _words(table: dict[str, str]) -> dict[str, str]:
    """value -> key for every key, English label and translated label (normalised)."""
    found: dict[str, str] = {}
    for key, label in table.items():
        for word in (key, label, *(translate(label, language) for language in LANGUAGES)):
            if normalise(word):
                found.setdefault(normalise(word), key)
    return found


_TYPES = _words({**CARD_LABELS, **{t.value: t.value for t in CardType}})
_CHANNELS = _words({**{c: l for c, l in CHANNEL_LABELS.items() if c}, "mobile": "mobile app",
                    "in-person": "in person"})
_MOMENTS = _words({**MOMENT_LABELS, **{m.value: m.value for m in Moment if m.value}})
_STATUSES = _words({s.value: s.value.replace("-", " ") for s in OpportunityStatus if s.value})
_LANE_KINDS = _words({**LANE_KIND_LABELS, **{k.value: k.value for k in LaneKind}})
_METRIC_KINDS = _words({kind: info.label for kind, info in KINDS.items() if kind != MetricKind.CUSTOM.value})


class _Bad(Exception):
    """One reason a row cannot be read."""


def _choice(words: dict[str, str], text: str, what: str) -> str:
    if not text:
        return ""
    found = words.get(normalise(text))
    if found is None:
        raise _Bad(tr("{0!r} is not a {1}").format(text, what))
    return found


def _number(text: str, what: str) -> float:
    try:
        value = float(text.replace(",", ".").replace("\u066b", ".").strip())
    except ValueError:
        raise _Bad(tr("{0!r} is not a number ({1})").format(text, what)) from None
    if not math.isfinite(value):
        raise _Bad(tr("{0!r} is not a number ({1})").format(text, what))
    return value


def _whole(text: str, what: str, low: int, high: int) -> int:
    value = _number(text, what)
    if value != int(value) or not low <= value <= high:
        raise _Bad(tr("{0} must be a whole number from {1} to {2}, not {3!r}").format(what, low, high, text))
    return int(value)


def _flag(text: str, what: str) -> bool:
    key = normalise(text)
    if not text or key in NO:
        return False
    if key in YES:
        return True
    raise _Bad(tr("{0!r} is not yes or no ({1})").format(text, what))


def _tags(text: str) -> list[str]:
    for separator in (";", "，", "、", "،"):
        text = text.replace(separator, ",")
    return [tag.strip() for tag in text.split(",") if tag.strip()]


_METHOD_KINDS = {method: kind for kind, names in METHODS.items() for method in names}
_KIND_MARK = re.compile(r"^\((analytical|anecdotal)\)\s*")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QUOTES = ("\"\"", "“”", "«»", "''", "„“")


#: words of anecdotal evidence beyond the English methods: interview, observation, quote, diary …
ANECDOTAL_WORDS = (*METHODS["anecdotal"], "diary", "usability test", "访谈", "訪談", "采访", "採訪", "观察", "觀察",
                   "引述", "引用", "日记", "日記", "インタビュー", "観察", "引用", "интервью", "наблюдение", "цитата",
                   "дневник", "مصاحبه", "مشاهده", "نقل قول")


def _guessed_kind(method: str, text: str) -> str:
    """Anecdotal for an interview, an observation or a quote (by the method, else by the words)."""
    if method:
        return _METHOD_KINDS.get(method.casefold(), "anecdotal" if any(
            word in method.casefold() for word in ANECDOTAL_WORDS) else "analytical")
    return "anecdotal" if any(word in text.casefold() for word in ANECDOTAL_WORDS) else "analytical"


def _evidence(text: str) -> list[dict]:
    """An evidence cell's items, one a line: "interview: 5 riders | “It took ages” | https://… |
    2026-05-01" (a method and source, a quote, a link, a date; any may be left out), with
    "(analytical) " or "(anecdotal) " in front where the method does not tell the kind."""
    items = []
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        item: dict = {}
        marked = _KIND_MARK.match(line)
        if marked:
            line = line[marked.end():]
        for part in (p.strip() for p in line.split(" | ")):
            if len(part) > 1 and part[0] + part[-1] in _QUOTES:
                item["quote"] = part[1:-1].strip()
            elif _DATE.match(part):
                item["date"] = part
            elif part.startswith(("http://", "https://", "file:", "www.")) and " " not in part:
                item["link"] = part
            elif "source" not in item:
                method, colon, rest = part.replace("：", ":", 1).partition(":")  # a full-width colon too
                if colon and 0 < len(method.strip()) <= 30 and len(method.split()) <= 3:
                    item["method"], item["source"] = method.strip(), rest.strip()
                else:
                    item["source"] = part
            else:
                item["source"] += " | " + part
        if "quote" in item and not item.get("method"):
            item["method"] = "quote"
        item["kind"] = marked.group(1) if marked else _guessed_kind(item.get("method", ""), item.get("source", ""))
        items.append(item)
    return items


@dataclass
class _Row:
    number: int
    stage: str
    step: str | None  # None: the stage's first step
    lane: str
    lane_kind: str
    card: dict | None
    extra_cards: list[tuple[str, str]]  # (lane name, title)
    emotions: list[tuple[str, float]]  # (persona name, score)
    evidence: list[dict]
    metrics: list[tuple[str, float]]  # (metric kind or KPI name, value)


def _read_row(number: int, cells: Sequence[str], roles: Sequence[Role], stage: str, row_steps: bool) -> _Row:
    values: dict[str, str] = {}
    row = _Row(number, stage, None, "", "", None, [], [], [], [])
    card: dict = {}
    for role, text in zip(roles, cells):
        if role.field == "ignore" or not text:
            continue
        if role.field == "emotion":
            row.emotions.append((role.argument, _number(text, tr("emotion"))))
        elif role.field == "metric":
            row.metrics.append((role.argument, _number(text, tr("metric"))))
        elif role.field == "cards":
            row.extra_cards.append((role.argument, text))
        elif role.field == "evidence":
            row.evidence += _evidence(text)
        else:
            values[role.field] = text
    row.stage = values.get("stage", "") or stage
    if not row.stage:
        raise _Bad(tr("no stage (and no row above names one)"))
    if "step" in values:
        row.step = values["step"]
    elif row_steps:
        row.step = f"#row{number}"
    row.lane = values.get("lane", "")
    # each field read only when the row fills it (a 10,000-row sheet leaves most cells empty)
    if values.get("lane_kind"):
        row.lane_kind = _choice(_LANE_KINDS, values["lane_kind"], tr("lane kind"))
    for name in ("title", "body", "owner"):
        if name in values:
            card[name] = values[name]
    if values.get("type"):
        card["type"] = _choice(_TYPES, values["type"], tr("card type"))
    if values.get("channel"):
        card["channel"] = _choice(_CHANNELS, values["channel"], tr("channel"))
    if values.get("moment"):
        card["moment"] = _choice(_MOMENTS, values["moment"], tr("moment"))
    if values.get("status"):
        card["status"] = _choice(_STATUSES, values["status"], tr("status"))
    if values.get("fail_point"):
        card["fail_point"] = _flag(values["fail_point"], tr("fail point"))
    if values.get("wait_point"):
        card["wait_point"] = _flag(values["wait_point"], tr("wait point"))
    if values.get("minutes"):
        card["minutes"] = _number(values["minutes"], tr("time in minutes"))
        if card["minutes"] < 0:
            raise _Bad(tr("a time cannot be negative ({0!r})").format(values["minutes"]))
    for name in ("impact", "effort"):
        if values.get(name):
            card[name] = _whole(values[name], tr("impact") if name == "impact" else tr("effort"), 0, 5)
    if values.get("span"):
        card["span"] = _whole(values["span"], tr("span"), 1, 1000)
    if values.get("tags"):
        card["tags"] = _tags(values["tags"])
    if values.get("due"):
        try:
            card["due"] = datetime.date.fromisoformat(values["due"][:10]).isoformat()
        except ValueError:
            raise _Bad(tr("{0!r} is not a date (YYYY-MM-DD)").format(values["due"])) from None
    has_card = bool(card.get("title") or card.get("body"))
    details = [name for name in values if name not in ("stage", "step", "lane", "lane_kind", "title", "body")]
    if not has_card and (details or row.evidence or row.metrics):
        raise _Bad(tr("it has card details but no card title or text"))
    row.card = {k: v for k, v in card.items() if v not in ("", False)} if has_card else None
    return row


def _scale(scores: list[float]) -> tuple[int, int] | None:
    if not scores:
        return SCALES[0]
    low, high = min(scores), max(scores)
    return next(((a, b) for a, b in SCALES if a <= low and high <= b), None)


def _free_name(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


def build_map(project: Project, table: Table, roles: Sequence[Role], name: str | None = None) -> TabularImport:
    """The map `table` makes under `roles` (one per column), for adding to `project` (whose
    personas are reused by name). Rows that cannot be read are in `errors` and left out."""
    fields = {role.field for role in roles}
    # a sheet with neither steps nor lanes has one row per step (a research sheet: stage, what
    # happens, touchpoint, thought, emotion …); with lanes, rows are cards in the stage's cells
    row_steps = "step" not in fields and "lane" not in fields
    rows: list[_Row] = []
    errors: list[RowError] = []
    stage = ""
    points: dict[tuple[str, str, str], tuple[float, int]] = {}  # (stage, step, persona) -> (score, row)
    for number, cells in zip(table.numbers, table.rows):
        try:
            row = _read_row(number, cells, roles, stage, row_steps)
            for persona, score in row.emotions:
                key = (row.stage, row.step or "", persona)
                if key in points and points[key][0] != score:
                    raise _Bad(tr("the emotion {0} differs from the {1} of row {2} at the same step").format(
                        score, points[key][0], points[key][1]))
            for persona, score in row.emotions:
                points.setdefault((row.stage, row.step or "", persona), (score, number))
        except _Bad as bad:
            errors.append(RowError(number, str(bad)))
            continue
        stage = row.stage
        rows.append(row)
    scale = _scale([score for row in rows for _persona, score in row.emotions])
    if scale is None:
        bad_rows = [row for row in rows if row.emotions]
        errors += [RowError(row.number, tr("emotion scores from {0} to {1} fit no scale (-2..2, 1..5, -3..3, "
                                          "1..7, 1..10, 0..10, -5..5, -10..10, 0..100)").format(
            min(s for r in bad_rows for _p, s in r.emotions), max(s for r in bad_rows for _p, s in r.emotions)))
                   for row in bad_rows]
        rows = [row for row in rows if not row.emotions]
        scale = SCALES[0]
    errors.sort(key=lambda error: error.row)
    return _assemble(project, table, rows, errors, scale, name)


def _assemble(project: Project, table: Table, rows: list[_Row], errors: list[RowError], scale: tuple[int, int],
              name: str | None) -> TabularImport:
    # the language the sheet is written in names the lanes it adds: its stages and first titles tell
    stage_names = list(dict.fromkeys(row.stage for row in rows))
    language = written_language(stage_names[:200] + [(row.card or {}).get("title", "") for row in rows[:200]])
    taken = {m.name for m in project.maps}
    new_map = Map(_free_name(name or table.name or tr("Imported map"), taken), scale_min=scale[0], scale_max=scale[1])
    result = TabularImport(new_map, errors=errors, rows=len(rows))
    personas: dict[str, Persona] = {}
    existing = {normalise(p.name): p for p in project.personas}
    new_personas: list[Persona] = []

    def persona(name: str) -> Persona:
        if name not in personas:
            found = existing.get(normalise(name)) if name else (project.personas[0] if project.personas else None)
            if found is None:
                colour = PERSONA_COLOURS[(len(project.personas) + len(new_personas)) % len(PERSONA_COLOURS)]
                found = Persona(name or translate("Customer", language), colour=colour)
                new_personas.append(found)
            personas[name] = found
        return personas[name]

    stages: dict[str, Stage] = {}
    steps: dict[tuple[str, str], Step] = {}
    lanes: dict[str, Lane] = {}
    structure: list = []
    lane_list: list[Lane] = []
    cards: list[Card] = []
    annotations: list = []
    emotion_points: dict[tuple[str, str], EmotionPoint] = {}

    stage_steps: dict[str, list[Step]] = {}

    def step_of(row: _Row) -> Step:
        """The row's step: the one it names (made when first named), or its stage's first step."""
        stage = stages.get(row.stage)
        if stage is None:
            colour = STAGE_COLOURS[len(stages) % len(STAGE_COLOURS)]
            stage = stages[row.stage] = Stage(new_map.id, row.stage, colour=colour)
            structure.append(stage)
        key = (row.stage, row.step)
        if key not in steps:
            made = stage_steps.setdefault(stage.id, [])
            unnamed = row.step is None or row.step.startswith("#")
            step = Step(new_map.id, stage.id, "" if unnamed else row.step)
            if not made:  # a stage's first step has the id a new stage's first step gets
                step.id = first_step_id(stage.id)
                steps[(row.stage, None)] = step
            made.append(step)
            structure.append(step)
            steps[key] = step
        return steps[key]

    def lane_of(lane_name: str, kind: str = "") -> Lane:
        if lane_name not in lanes:
            kind = kind or lane_kind_of(lane_name) or LaneKind.ACTIONS.value
            lanes[lane_name] = Lane(new_map.id, lane_name, kind, LANE_COLOURS.get(kind, "#FFFFFF"), lane_height(kind))
            lane_list.append(lanes[lane_name])
        return lanes[lane_name]

    default_lane = translate("Customer actions", language)
    for row in rows:
        step = step_of(row)
        placed: list[tuple[Lane, dict]] = []
        if row.card is not None or (row.lane and not row.extra_cards):
            lane = lane_of(row.lane or default_lane, row.lane_kind)
            if row.card is not None:
                placed.append((lane, row.card))
        for lane_name, title in row.extra_cards:
            placed.append((lane_of(lane_name), {"title": title}))
        for number, (lane, values) in enumerate(placed):
            values = dict(values)
            values["type"] = values.get("type") or LANE_CARD_TYPES.get(lane.kind, CardType.NOTE.value)
            card = Card(new_map.id, step.stage_id, lane.id, step_id=step.id, **values)
            cards.append(card)
            if number == 0 and row.card is not None:
                annotations += [Evidence(new_map.id, card.id, **item) for item in row.evidence]
                annotations += [_metric(new_map.id, card.id, argument, value) for argument, value in row.metrics]
        for persona_name, score in row.emotions:
            who = persona(persona_name)
            emotion_points.setdefault((who.id, step.id), EmotionPoint(new_map.id, who.id, step.stage_id, score,
                                                                      step_id=step.id))
    if emotion_points and not any(lane.kind == LaneKind.EMOTIONS.value for lane in lane_list):
        lane_of(translate("Emotions", language), LaneKind.EMOTIONS.value)  # where the curve is drawn
    kinds = {lane.kind for lane in lane_list}
    blueprint = bool(kinds & BLUEPRINT_KINDS)
    new_map.kind = MapKind.SERVICE_BLUEPRINT.value if blueprint else MapKind.CURRENT_STATE.value
    shown = list(personas.values()) if personas else ([] if blueprint else project.personas)
    new_map.persona_ids = [p.id for p in [*project.personas, *new_personas] if p in shown]
    result.entities = [*new_personas, new_map, *structure, *lane_list, *cards, *annotations,
                       *emotion_points.values()]
    result.cards = len(cards)
    return result


def _metric(map_id: str, card_id: str, argument: str, value: float) -> Metric:
    kind = _METRIC_KINDS.get(normalise(argument)) or metric_kind_of(argument)
    if kind is None:
        return Metric(map_id, card_id, MetricKind.CUSTOM.value, value, name=argument)
    return Metric(map_id, card_id, kind, value)


def build_maps(project: Project, sheets: Sequence[tuple[Table, Sequence[Role], str | None]]) -> list[TabularImport]:
    """build_map for several tables at once: each sees the maps and personas the ones before make
    (no two maps get one name, a persona named in two sheets is made once)."""
    from types import SimpleNamespace

    seen = SimpleNamespace(maps=list(project.maps), personas=list(project.personas))
    made = []
    for table, roles, name in sheets:
        result = build_map(seen, table, roles, name)
        seen.maps.append(result.map)
        seen.personas += [e for e in result.entities if isinstance(e, Persona)]
        made.append(result)
    return made


def add_to_project(project: Project, made: TabularImport) -> None:
    """Add what build_map made, straight into the model (the command line's new file; the
    window goes through the editor instead, as one undo step)."""
    for entity in made.entities:
        project.add(entity)


# ------------------------------------------------------------------------------------ export
CARD_COLUMNS = (("title", "Title"), ("body", "Text"), ("type", "Type"), ("moment", "Moment"),
                ("channel", "Channel"), ("owner", "Owner"), ("tags", "Tags"), ("fail_point", "Fail point"),
                ("wait_point", "Wait point"), ("minutes", "Minutes"), ("impact", "Impact"), ("effort", "Effort"),
                ("status", "Status"), ("due", "Due"), ("span", "Span"))


def _evidence_text(item: Evidence) -> str:
    """One line that _evidence() reads back into the same item."""
    implied_method = "quote" if item.quote else ""
    parts = [f"{item.method}: {item.source}" if item.method and item.method != implied_method else item.source]
    parts += [f"“{item.quote}”" if item.quote else "", item.link, item.date]
    line = " | ".join(p for p in parts if p)
    method = item.method or implied_method
    if item.kind != _guessed_kind(method, item.source) or not line:
        line = f"({item.kind}) {line}"
    return line


def _cell(name: str, card: Card):
    value = getattr(card, name)
    if name == "tags":
        return ", ".join(value)
    if name in ("fail_point", "wait_point"):
        return "yes" if value else ""
    if name in ("minutes", "impact", "effort"):
        return (int(value) if float(value).is_integer() else value) if value else ""
    if name == "span":
        return value if value != 1 else ""
    return value


def _score(value: float):
    return int(value) if float(value).is_integer() else value


def map_to_rows(project: Project, map_id: str) -> tuple[list[str], list[list]]:
    """A map as a header row and one row per card (stage, step, lane, the card's fields, its
    evidence, each persona's emotion at its step, its metrics' latest values), in reading order:
    step by step, lane by lane, each cell top to bottom. Texts are str, numbers int or float."""
    from ..model.metrics import label, latest

    contents = project.contents(map_id)
    the_map = project.require(map_id, Map)
    shown = [p for p in project.personas if p.id in the_map.persona_ids or
             any(point.persona_id == p.id for point in contents.emotion_points.values())]
    series: list[tuple[str, str]] = []  # (kind, name) of the card metrics, in order of first appearance
    card_metrics: dict[str, dict[tuple[str, str], float]] = {}
    for metric in latest(list(contents.metrics.values())):
        if metric.subject_id in contents.cards:
            key = (metric.kind, label(metric))
            if key not in series:
                series.append(key)
            card_metrics.setdefault(metric.subject_id, {})[key] = metric.value
    evidence: dict[str, list[Evidence]] = {}
    for item in sorted(contents.evidence.values(), key=lambda e: (not e.date, e.date)):
        evidence.setdefault(item.card_id, []).append(item)
    headers = ["Stage", "Step", "Lane", "Lane kind", *(title for _name, title in CARD_COLUMNS), "Evidence",
               *(f"Emotion: {p.name}" for p in shown), *(f"Metric: {name}" for _kind, name in series)]
    blank_card = [""] * (len(CARD_COLUMNS) + 1 + len(shown) + len(series))
    rows: list[list] = []
    lanes_seen: list[str] = []
    for stage in contents.stages:
        stage_steps = contents.steps_of(stage.id)
        for number, step in enumerate(stage_steps, 1):
            token = step.name or (f"#{number}" if len(stage_steps) > 1 else "")
            emotions = [_score(point.score) if (point := contents.emotion_points.get((p.id, step.id))) else ""
                        for p in shown]
            before = len(rows)
            for lane in contents.lanes:
                for card in contents.cells.get((step.id, lane.id), []):
                    if lane.id not in lanes_seen:
                        lanes_seen.append(lane.id)
                    metrics = card_metrics.get(card.id, {})
                    rows.append([stage.name, token, lane.name, lane.kind, *(_cell(n, card) for n, _t in CARD_COLUMNS),
                                 "\n".join(_evidence_text(e) for e in evidence.get(card.id, [])), *emotions,
                                 *(_score(metrics[key]) if key in metrics else "" for key in series)])
            if len(rows) == before:  # a step with no cards still has its row (and its emotions)
                rows.append([stage.name, token, "", "", *blank_card[:len(CARD_COLUMNS) + 1], *emotions,
                             *([""] * len(series))])
    if lanes_seen != [lane.id for lane in contents.lanes] and rows:
        # rows that only name the lanes, so they come back in their order and empty ones too
        first = rows[0]
        rows[:0] = [[first[0], first[1], lane.name, lane.kind, *blank_card] for lane in contents.lanes]
    return headers, rows


def export_csv(project: Project, map_id: str, path) -> None:
    from .tables import write_csv

    headers, rows = map_to_rows(project, map_id)
    write_csv(path, headers, rows)


def export_xlsx(project: Project, maps: Sequence[Map], path) -> None:
    """A workbook with a sheet per map."""
    from .tables import write_xlsx

    write_xlsx(path, [(m.name, *map_to_rows(project, m.id)) for m in maps])
