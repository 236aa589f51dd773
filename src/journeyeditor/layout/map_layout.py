"""Geometry of one map from the model and a text measurer: stage columns, lane rows, card
boxes with their wrapped lines, emotion curves, connector paths, blueprint lines.

Laying out again after an edit costs what the edit touched: wrapped lines are cached per
card text and width, and each cell's card stack is placed relative to its lane's top and kept
until the project says a card in that cell changed (Project.cell_revision; a lane with a
spanning card is one stack). A lane that only shifts (one above it grew) keeps its boxes;
their absolute rects follow the lane's shared origin.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Card, Map, Project
from ..model.blueprint import blueprint_lines
from ..model.derive import card_status
from ..model.evidence import evidence_counts
from ..text.measure import FontMeasurer, wrap
from .card_details import DETAILS_GAP, NO_DETAILS, CardDetails, lay_out_details, progress_chips
from .metric_chips import MetricChip, chip_key, lay_out_card_chips, lay_out_lane_chips, series_by_subject
from .routing import (
    LABEL_HEIGHT,
    LABEL_PAD,
    LABEL_SIZE,
    CellGrid,
    Routed,
    SharedEnds,
    label_place,
    route_in_grid,
    spread_ends,
)
from .style import CARD_COLOURS, Style, legend_items, minutes_label

if TYPE_CHECKING:
    from .emotion_notes import EmotionCaption
    from .gap_marks import GapMark, LegendItem
    from .heat import HeatWash
    from .persona_sheet import PersonaCardBox, SheetText
    from .workshop_marks import WorkshopMarks


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass
class StageBox:
    id: str
    column: Rect  # the whole column, below the header
    header: Rect
    name_lines: list[str]  # up to 3, the last with an ellipsis if the name is longer
    goal_lines: list[str]
    colour: str
    name: str = ""  # in full, for tooltips and the PDF's text
    goal: str = ""

    @property
    def name_cut(self) -> bool:
        """The drawn lines leave out part of the name."""
        return _cut(self.name, self.name_lines)


@dataclass
class StepBox:
    """A step: one column of the grid. Its header sits in the step band under its stage's
    header (a Rect of no height when the map shows no step band)."""

    id: str
    stage_id: str
    column: Rect
    header: Rect
    name_lines: list[str]  # up to 2, the last with an ellipsis if the name is longer
    colour: str  # its stage's
    name: str = ""
    description: str = ""

    @property
    def name_cut(self) -> bool:
        return _cut(self.name, self.name_lines)


@dataclass
class LaneBox:
    id: str
    row: Rect  # the whole row, right of the header
    header: Rect
    name_lines: list[str]  # up to 3 (fewer in a low lane), the last with an ellipsis if the name is longer
    kind: str
    colour: str
    name: str = ""  # in full

    @property
    def name_cut(self) -> bool:
        return _cut(self.name, self.name_lines)


def _cut(text: str, lines: list[str]) -> bool:
    return bool(lines) and lines[-1].endswith("…") and "".join(text.split()) != "".join("".join(lines).split())


class LaneOrigin:
    """The top of a lane; shared by its card boxes, moved when the lanes above change height."""

    __slots__ = ("y",)

    def __init__(self, y: float = 0.0) -> None:
        self.y = y


@dataclass
class CardBox:
    id: str
    local: Rect  # x in map coordinates, y from the top of its lane
    title_lines: list[str]
    body_lines: list[str]
    accent: str
    type: str
    rtl: bool  # the title reads right to left
    body_rtl: bool = False
    status: str | None = None  # in a derived map: new / changed / unchanged
    minutes: float = 0.0  # a blueprint step's estimated time
    lane_id: str = ""
    origin: LaneOrigin = field(default_factory=LaneOrigin, compare=False, repr=False)
    details: CardDetails = NO_DETAILS  # moment line and chips, in the card's own coordinates
    metric_chips: tuple[MetricChip, ...] = ()  # the card's metrics, at its bottom, in its own coordinates

    @property
    def rect(self) -> Rect:
        """The box in map coordinates."""
        local = self.local
        return Rect(local.x, self.origin.y + local.y, local.w, local.h)


@dataclass(eq=False)
class CardGroup:
    """Card boxes placed together: one cell's stack, or a whole lane when a card in it spans
    stages (then its cells depend on each other)."""

    key: tuple
    boxes: dict[str, CardBox]
    bottom: float  # below the lowest card, from the lane's top


@dataclass(eq=False)
class LanePlacement:
    """A lane's card boxes, placed from the lane's top; reused while its key holds."""

    key: tuple
    groups: dict[str | None, CardGroup]  # step id -> its cell's cards; None -> the whole lane
    boxes: dict[str, CardBox]
    needed: float  # the height the cards need
    origin: LaneOrigin


#: a face on an emotion line, and the distance between two personas' faces at one stage
FACE_RADIUS = 11.0
FACE_SLOT = 2 * FACE_RADIUS + 4


@dataclass
class EmotionCurve:
    """One visible persona's line in the emotions lane (every visible persona has one, maybe
    still without points).

    Each shown persona owns a slot at every step, side by side around the column's centre
    (a dodge, as in a grouped dot plot): equal scores never hide each other, a face keeps its
    x while its score changes, and where the persona has no point yet (`missing`) the canvas
    offers to add one at the very x the face will take. The PDF draws from the same numbers."""

    persona_id: str
    colour: str
    lane_id: str
    points: list[tuple[str, float, float, float]]  # (step id, x, y, score)
    band: tuple[float, float] = (0.0, 0.0)  # y of the scale's top and bottom
    missing: list[tuple[str, float]] = field(default_factory=list)  # (step id, x): no point there yet
    scale: tuple[int, int] = (-2, 2)  # the map's scale_min, scale_max
    captions: list[EmotionCaption] = field(default_factory=list)  # its points' notes (layout/emotion_notes.py)

    def y_of(self, score: float) -> float:
        """Where a score sits in the band (clamped to the scale)."""
        lo, hi = self.scale
        top, bottom = self.band
        score = max(lo, min(hi, score))
        return bottom - (score - lo) / max(1, hi - lo) * (bottom - top)

    def score_at(self, y: float) -> float:
        """The score under a height in the band, unsnapped (clamped to the scale)."""
        lo, hi = self.scale
        top, bottom = self.band
        if bottom <= top:
            return float(lo)
        return max(lo, min(hi, lo + (bottom - y) / (bottom - top) * max(1, hi - lo)))

    def snapped_score_at(self, y: float) -> int:
        """The whole score of the map's scale nearest to a height in the band."""
        lo, hi = self.scale
        return max(lo, min(hi, round(self.score_at(y))))


def emotion_slot_x(column: Rect, slot: int, count: int, gutter: float) -> float:
    """The x of persona number `slot` of `count` visible ones at a stage: side by side around the
    column's centre, FACE_SLOT apart, closer together when the column is too narrow for that."""
    if count <= 1:
        return column.cx
    room = max(0.0, column.w - 2 * gutter - 2 * FACE_RADIUS)
    step = min(FACE_SLOT, room / (count - 1))
    return column.cx + (slot - (count - 1) / 2) * step


@dataclass
class ConnectorPath:
    """A connector's route (layout/routing.py): an orthogonal polyline from a point on the
    source box's edge to one on the target's, clear of other cards and faces, drawn with
    rounded bends (routing.rounded); and where its label sits."""

    id: str
    points: list[tuple[float, float]]  # the route's corners, from the source's edge to the target's
    two_way: bool
    label: str  # as drawn: one line, cut with an ellipsis if long
    anchor: tuple[float, float] = (0.0, 0.0)  # on the path: the label's centre (its middle if no label)
    label_box: Rect | None = None  # the label's pill, centred on the anchor


@dataclass
class BlueprintLineBox:
    name: str
    y: float
    x0: float
    x1: float


@dataclass
class LegendEntry:
    name: str  # as drawn (cut with "…" past LEGEND_NAME_MAX)
    colour: str
    x: float
    y: float
    width: float
    full_name: str = ""  # the persona's whole name, when `name` was cut


@dataclass
class MapLayout:
    map_id: str
    width: float
    height: float
    title: Rect
    stages: list[StageBox] = field(default_factory=list)
    columns: list[StepBox] = field(default_factory=list)  # the steps, left to right
    step_band: float = 0.0  # the height of the step headers' band (0: the map shows none)
    lanes: list[LaneBox] = field(default_factory=list)
    cards: dict[str, CardBox] = field(default_factory=dict)
    placements: dict[str, LanePlacement] = field(default_factory=dict)  # lane id -> its cards
    curves: list[EmotionCurve] = field(default_factory=list)
    connectors: list[ConnectorPath] = field(default_factory=list)
    lines: list[BlueprintLineBox] = field(default_factory=list)
    grid: Rect = Rect(0, 0, 0, 0)  # stages x lanes, without headers
    legend: list[LegendEntry] = field(default_factory=list)  # personas, right of the title
    legend_top: float = 0.0  # where the legend band under the grid starts
    #: emotions lane id -> (top, bottom) of its score band: below the lane's cards, as the curves are
    emotion_bands: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: the persona sheet under the legend (layout/persona_sheet.py): its heading and a card per persona
    persona_sheet_heading: SheetText | None = None
    persona_sheet: list[PersonaCardBox] = field(default_factory=list)
    #: the metrics lanes' chips (layout/metric_chips.py), and the heatmap's wash and legend (layout/heat.py)
    metric_chips: list[MetricChip] = field(default_factory=list)
    heat: HeatWash | None = None
    #: gaps' glyphs on their step boundaries, and the legend row for gaps and evidence (layout/gap_marks.py)
    gap_marks: list[GapMark] = field(default_factory=list)
    gap_legend: list[LegendItem] = field(default_factory=list)
    #: a voting round's dots and the comment markers (layout/workshop_marks.py), when asked for
    workshop: WorkshopMarks | None = None

    def stage_at(self, x: float) -> StageBox | None:
        return next((s for s in self.stages if s.column.x <= x < s.column.right), None)

    def column_at(self, x: float) -> StepBox | None:
        """The step whose column holds x."""
        return next((c for c in self.columns if c.column.x <= x < c.column.right), None)

    def stage_box(self, stage_id: str) -> StageBox | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def column_box(self, step_id: str) -> StepBox | None:
        return next((c for c in self.columns if c.id == step_id), None)

    def lane_at(self, y: float) -> LaneBox | None:
        return next((lane for lane in self.lanes if lane.row.y <= y < lane.row.bottom), None)

    def cell_index_at(self, step_id: str, lane_id: str, y: float, cards_in_cell: list[Card],
                      skip: set[str] = frozenset()) -> int:
        """Where a card dropped at height y goes in its cell's order."""
        index = 0
        for card in cards_in_cell:
            if card.id in skip:
                continue
            box = self.cards.get(card.id)
            if box and y > box.rect.cy:
                index = card.index + 1
        return index


def _is_rtl(text: str) -> bool:
    for char in text:
        code = ord(char)
        if 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFEFF:
            return True
        if char.isalpha():
            return False
    return False


#: the channel icon's size in a card's bottom-right corner (canvas/paint.py, export/pdf.py)
CHANNEL_ICON = 12.0

#: a persona's name in the legend gets at most this much room; a longer one is cut
LEGEND_NAME_MAX = 200.0


def shown_personas(project: Project, m) -> list:
    """The personas a map shows (its legend, its emotion lines, its persona sheet), in the project's order."""
    chosen = set(m.persona_ids)
    return [persona for persona in project.personas if persona.id in chosen]


def shows_steps(contents) -> bool:
    """Whether a map draws the step band: some stage has several steps, or a step has a name.
    (A map whose stages each have one unnamed step looks as maps did before steps.)"""
    return any(len(steps) > 1 or any(step.name.strip() for step in steps) for steps in contents.steps.values())


class LayoutEngine:
    """Lays out maps; keeps a cache of wrapped text between calls. `persona_sheet` and
    `emotion_notes` say whether maps get a persona sheet and note captions; `heatmap` what the
    columns are washed by ("" for none, else model.heatmap's `by`)."""

    def __init__(self, measurer: FontMeasurer | None = None, style: Style | None = None,
                 persona_sheet: bool = True, emotion_notes: bool = True,
                 heatmap: str = "") -> None:
        self.measurer = measurer or FontMeasurer()
        self.style = style or Style()
        self.persona_sheet = persona_sheet
        self.emotion_notes = emotion_notes
        self.heatmap = heatmap
        self._series: dict[str, list] = {}  # subject id -> its metric series, for the map being laid out
        self._wrapped: dict[tuple, list[str]] = {}
        self._card_text: dict[tuple, tuple[list[str], list[str], float, CardDetails]] = {}
        self._placements: dict[str, LanePlacement] = {}  # lane id -> the last placement of its cards
        self._origins: dict[str, LaneOrigin] = {}  # lane id -> its origin, shared by all its boxes
        # map id -> (last routing grid, routes by connector, shared ends, recent routes): see _connectors
        self._paths: dict[str, tuple] = {}
        self._captions: dict[str, tuple] = {}  # map id -> its last note captions: see emotion_notes
        self._evidence: dict[str, tuple[int, int]] = {}  # card id -> its evidence counts, for its badges
        #: workshop marks: a round's dots (None: none; "": each map's latest round; else a round's
        #: id) and the comment markers
        self.votes: str | None = None
        self.comments = False

    def sibling(self) -> LayoutEngine:
        """An engine with the same options and its own caches, for another project's maps (an
        earlier state of this one): the caches go by lane and map id, which the two share, and
        laying one out would move the other's cards."""
        other = LayoutEngine(self.measurer, self.style)
        other.follow(self)
        return other

    def follow(self, other: LayoutEngine) -> None:
        """Take the other engine's options (what maps show), keeping this one's caches."""
        for option in ("persona_sheet", "emotion_notes", "heatmap", "votes", "comments"):
            setattr(self, option, getattr(other, option))

    def wrap(self, text: str, width: float, size: float, bold: bool = False, max_lines: int = 0) -> list[str]:
        if not text:
            return []
        key = (text, round(width, 1), size, bold, max_lines)
        lines = self._wrapped.get(key)
        if lines is None:
            if len(self._wrapped) > 200_000:
                self._wrapped.clear()
            lines = self._wrapped[key] = wrap(text, self.measurer, width, size, bold, max_lines)
        return lines

    def card_height(self, title_lines: list[str], body_lines: list[str]) -> float:
        s = self.style
        height = s.accent + 2 * s.card_pad + len(title_lines) * s.line_height(s.title_size)
        if body_lines:
            height += 4 + len(body_lines) * s.line_height(s.body_size)
        return max(s.min_card_height, height)

    def _stage_texts(self, kind: str, contents) -> tuple[list[tuple[list[str], list[str]]], float]:
        """Each stage's name lines (up to 3) and goal lines (up to 2; a blueprint's time takes the
        second), and the height of the header band: the tallest stage's, shared by all stages so
        the grid below stays aligned."""
        s = self.style
        stages = contents.stages
        # a blueprint's time axis: each stage header says how long its customer actions take
        stage_minutes: dict[str, float] = {}
        if kind == "service-blueprint":
            for lane in contents.lanes:
                if lane.kind != "actions":
                    continue
                for stage in stages:
                    minutes = sum(card.minutes for step in contents.steps_of(stage.id)
                                  for card in contents.cells.get((step.id, lane.id), ()) if card.minutes > 0)
                    if minutes:
                        stage_minutes[stage.id] = stage_minutes.get(stage.id, 0.0) + minutes
        name_height, goal_height = s.line_height(s.stage_name_size), s.line_height(s.stage_goal_size)
        texts = []
        tallest = s.stage_header_height - 8
        for stage in stages:
            width = stage_width(contents, stage) - 26  # the header's width less its padding
            minutes = stage_minutes.get(stage.id)
            goal = self.wrap(stage.goal, width, s.stage_goal_size, False, 1 if minutes else 2)
            if minutes:
                goal = goal + [minutes_label(minutes)]
            name = self.wrap(stage.name, width, s.stage_name_size, True, 3)
            texts.append((name, goal))
            # 9 above the name (as painted), 1 between name and goal, 8 below
            tallest = max(tallest, 17 + len(name) * name_height + (1 + len(goal) * goal_height if goal else 0))
        return texts, round(tallest, 1)

    def _text_bottom(self, title_lines: list[str], body_lines: list[str]) -> float:
        """Where a card's text ends, from the card's top (as the canvas and the PDF draw it)."""
        s = self.style
        bottom = s.accent + s.card_pad - 2 + len(title_lines) * s.line_height(s.title_size)
        if body_lines:
            bottom += 4 + len(body_lines) * s.line_height(s.body_size)
        return bottom

    def layout(self, project: Project, map_id: str) -> MapLayout:
        s = self.style
        m = project.require(map_id)
        contents = project.contents(map_id)
        self._evidence = evidence_counts(contents)
        stages, lanes, columns = contents.stages, contents.lanes, contents.columns()
        self._series = series_by_subject(contents.metrics.values())
        left = s.margin + s.header_width
        stage_texts, stage_header_h = self._stage_texts(m.kind, contents)
        step_band = s.step_header_height if shows_steps(contents) else 0.0
        top = s.margin + s.title_height + stage_header_h + step_band + 8
        xs = [left]  # the columns' edges: one column per step
        for step in columns:
            xs.append(xs[-1] + step.width)

        # cards: per lane, placed from the lane's top (reused while nothing in the lane changed)
        derived = bool(m.source_map_id) and project.get(m.source_map_id) is not None
        stage_key = tuple((step.id, step.width) for step in columns)
        placements: dict[str, LanePlacement] = {}
        lane_tops: list[float] = []
        lane_heights: list[float] = []
        lane_chips: dict[str, list[MetricChip]] = {}
        y = top
        for lane in lanes:
            # a derived map's card status reads its source map, so any change may matter there
            key = (project.lane_revision(lane.id), stage_key, lane.kind, project.revision if derived else None)
            placement = self._placements.get(lane.id)
            if placement is None or placement.key != key:
                placement = self._placements[lane.id] = self._place_lane(project, contents, lane, xs, key, derived)
            placements[lane.id] = placement
            placement.origin.y = y
            needed = placement.needed
            if lane.kind == "metrics":  # its chips below its cards: the lane grows to hold them
                lane_chips[lane.id], needed = self._metrics_lane(contents, placement, xs)
            height = max(lane.height, needed)
            lane_tops.append(y)
            lane_heights.append(height)
            y += height
        bottom = y
        right = xs[-1]

        # below the grid: the legend band (card types, emotion scale, blueprint markers)
        legend_right = s.margin + max(item[1] for item in legend_items(m.kind, derived, (m.scale_min, m.scale_max))) + 130
        result = MapLayout(map_id, max(right + s.margin, legend_right), bottom + s.margin + s.legend_height,
                           Rect(s.margin, s.margin, right - s.margin, s.title_height - 12))
        result.legend_top = bottom + s.margin - 8
        result.grid = Rect(left, top, right - left, bottom - top)
        result.step_band = step_band
        first = 0  # the stage's first column
        for i, stage in enumerate(stages):
            steps = contents.steps_of(stage.id)
            x0, x1 = xs[first], xs[first + len(steps)]
            header = Rect(x0 + 3, s.margin + s.title_height, x1 - x0 - 6, stage_header_h)
            name_lines, goal_lines = stage_texts[i]
            result.stages.append(StageBox(stage.id, Rect(x0, top, x1 - x0, bottom - top), header,
                                          name_lines, goal_lines, stage.colour, stage.name, stage.goal))
            for k, step in enumerate(steps):
                column = first + k
                step_header = Rect(xs[column] + 3, header.bottom + 2, step.width - 6, max(0.0, step_band - 4))
                name = self.wrap(step.name, step.width - 18, s.step_name_size, True, 1) if step_band else []
                result.columns.append(StepBox(step.id, stage.id, Rect(xs[column], top, step.width, bottom - top),
                                              step_header, name, stage.colour, step.name, step.description))
            first += len(steps)
        lane_line = s.line_height(s.lane_name_size)
        for i, lane in enumerate(lanes):
            header = Rect(s.margin, lane_tops[i], s.header_width - 8, lane_heights[i])
            # up to 3 lines, as many as the lane's height holds (10 above the name, 8 below)
            max_lines = max(1, min(3, int((lane_heights[i] - 18) / lane_line)))
            result.lanes.append(LaneBox(
                lane.id, Rect(left, lane_tops[i], right - left, lane_heights[i]), header,
                self.wrap(lane.name, header.w - 40, s.lane_name_size, True, max_lines), lane.kind, lane.colour,
                lane.name))
        cards: dict[str, CardBox] = {}
        for placement in placements.values():
            cards.update(placement.boxes)  # C-speed, about 1 ms for 20,000 cards
        result.cards = cards
        result.placements = placements
        result.metric_chips = [chip.moved(0.0, placements[lane_id].origin.y)
                               for lane_id, chips in lane_chips.items() for chip in chips]
        self._curves(project, m, result)
        self._legend(project, result)
        self._connectors(contents, result)
        if m.kind == "service-blueprint":
            for line in blueprint_lines(lanes, m.hidden_lines):
                y_line = lane_tops[line.after_lane] + lane_heights[line.after_lane]
                result.lines.append(BlueprintLineBox(line.name, y_line, left, right))  # labels sit inside the grid
        if self.heatmap:
            self._heat(project, m, result)
        from .gap_marks import lay_out_gaps  # imported here: it builds on this module's boxes

        lay_out_gaps(self, contents, result)
        self._persona_extras(project, m, contents, result)
        if self.votes is not None or self.comments:
            from .workshop_marks import place_workshop_marks

            result.workshop = place_workshop_marks(self, project, m, result, self.votes, self.comments)
        return result

    def _metrics_lane(self, contents, placement: LanePlacement, xs: list[float]) -> tuple[list[MetricChip], float]:
        """A metrics lane's chips, from the lane's top, under its cards; and the height the lane
        needs for its cards and chips."""
        s = self.style
        cards_bottom = max((group.bottom for group in placement.groups.values()), default=s.gutter)
        spans, first = [], 0
        columns = contents.columns()
        for stage in contents.stages:
            count = len(contents.steps_of(stage.id))
            spans.append((stage.id, [(columns[i].id, xs[i], xs[i + 1]) for i in range(first, first + count)]))
            first += count
        chips, bottom = lay_out_lane_chips(self._series, spans, cards_bottom, s.gutter, self.wrap, self.measurer.width)
        return chips, (bottom + s.gutter if chips else placement.needed)

    def _heat(self, project: Project, m: Map, result: MapLayout) -> None:
        """The heatmap's column wash and its legend row under the legend band (the map grows)."""
        from ..model.heatmap import heat
        from .heat import LEGEND_ROW, lay_out_heat

        s = self.style
        y = result.height + 2  # the legend band's next row
        result.heat, right = lay_out_heat(heat(project, m.id, self.heatmap), len(result.columns), s.margin, y,
                                          self.measurer.width)
        result.height = y + LEGEND_ROW + 2
        result.width = max(result.width, right + s.margin)

    def _persona_extras(self, project: Project, m: Map, contents, result: MapLayout) -> None:
        """The emotion notes' captions by the finished curves, and the persona sheet under the
        legend (the map grows to hold it)."""
        # imported here: both modules build on this one's boxes
        from .emotion_notes import place_emotion_captions
        from .persona_sheet import place_persona_sheet

        if self.emotion_notes:
            place_emotion_captions(self, result, contents.emotion_points, self._captions)
        if self.persona_sheet:
            s = self.style
            sheet = place_persona_sheet(self, project, shown_personas(project, m), result.height - 8,
                                        s.margin, result.width - 2 * s.margin)
            if sheet is not None:
                result.persona_sheet_heading, result.persona_sheet = sheet.heading, sheet.cards
                result.height = sheet.bottom + s.margin

    def _place_lane(self, project: Project, contents, lane, xs: list[float], key: tuple,
                    derived: bool) -> LanePlacement:
        """Stack a lane's cards from y = 0. Cells stack on their own, and a cell whose cards did
        not change keeps its group; a spanning card sits below everything it spans, so a lane
        with one is placed as a whole."""
        s = self.style
        stages = contents.columns()  # the grid's columns: steps
        origin = self._origins.setdefault(lane.id, LaneOrigin())
        previous = self._placements.get(lane.id)
        cells = [contents.cells.get((step.id, lane.id), []) for step in stages]
        groups: dict[str | None, CardGroup] = {}
        if any(card.span > 1 for cell in cells for card in cell):
            group_key = (key, "lane")
            old = previous.groups.get(None) if previous else None
            groups[None] = old if old is not None and old.key == group_key else \
                self._place_cards(project, lane, cells, 0, xs, group_key, derived, origin)
        else:
            for i, stage in enumerate(stages):
                if not cells[i]:
                    continue
                group_key = (project.cell_revision(stage.id, lane.id), xs[i], xs[i + 1],
                             project.revision if derived else None)
                old = previous.groups.get(stage.id) if previous else None
                groups[stage.id] = old if old is not None and old.key == group_key else \
                    self._place_cards(project, lane, [cells[i]], i, xs, group_key, derived, origin)
        boxes: dict[str, CardBox] = {}
        for group in groups.values():
            boxes.update(group.boxes)
        needed = max((group.bottom for group in groups.values()), default=0.0)
        if groups:
            needed += s.gutter - s.card_gap
            if lane.kind == "emotions":
                needed += 2 * s.emotion_pad
        return LanePlacement(key, groups, boxes, needed, origin)

    def _place_cards(self, project: Project, lane, cells: list[list[Card]], first_stage: int, xs: list[float],
                     key: tuple, derived: bool, origin: LaneOrigin) -> CardGroup:
        """Stack the cards of consecutive cells (cells[0] is column first_stage) from y = 0."""
        s = self.style
        n_stages = len(xs) - 1
        bottoms = [s.gutter] * n_stages
        boxes: dict[str, CardBox] = {}
        for offset, cell in enumerate(cells):
            first = first_stage + offset
            for card in cell:  # a cell's list is in card order
                last = min(n_stages, first + max(1, card.span))
                width = xs[last] - xs[first] - 2 * s.gutter
                metrics = self._series.get(card.id, ())
                text_key = (card.title, card.body, width, card.minutes > 0, bool(card.channel), card.owner,
                            tuple(card.tags), card.moment, chip_key(metrics) if metrics else (),
                            self._evidence.get(card.id), card.status, card.due, card.impact, card.effort)
                text = self._card_text.get(text_key)
                if text is None:  # one lookup per card when nothing about its text changed
                    inner = width - 2 * s.card_pad
                    title = self.wrap(card.title, inner - s.icon_room, s.title_size, True, s.title_lines)
                    body = self.wrap(card.body, inner, s.body_size, False, s.body_lines)
                    if len(self._card_text) > 100_000:
                        self._card_text.clear()
                    height = self.card_height(title, body) + (s.line_height(s.body_size) + 2 if card.minutes > 0 else 0)
                    if card.channel:  # the channel icon sits in the bottom-right corner: text stays above it
                        # (whole units: sums of boxes stay exact whichever order a relayout adds them in)
                        height = max(height, math.ceil(self._text_bottom(title, body) + 2 + CHANNEL_ICON + s.card_pad))
                    height, details, metric_chips = self._card_metrics(card, metrics, inner, title, body, height)
                    text = self._card_text[text_key] = (title, body, height, details, metric_chips)
                title, body, height, details, metric_chips = text
                card_y = max(bottoms[first:last])
                for i in range(first, last):
                    bottoms[i] = card_y + height + s.card_gap
                boxes[card.id] = CardBox(
                    card.id, Rect(xs[first] + s.gutter, card_y, width, height), title, body,
                    card.colour or CARD_COLOURS.get(card.type, "#9CA3AF"), card.type, _is_rtl(card.title),
                    _is_rtl(card.body), card_status(project, card) if derived else None, card.minutes, lane.id, origin,
                    details=details, metric_chips=metric_chips)
        return CardGroup(key, boxes, max(bottoms))

    def _card_metrics(self, card: Card, metrics: list, inner: float, title: list[str], body: list[str],
                      height: float) -> tuple[float, CardDetails, tuple[MetricChip, ...]]:
        """A card's details (_card_details) and, under them, a row of its metrics' chips, at its
        bottom above a blueprint step's time; the card's height grown to hold them."""
        if not metrics:
            return (*self._card_details(card, inner, title, body, height), ())
        s = self.style
        room = inner - (CHANNEL_ICON + 4 if card.channel else 0.0)  # clear of the channel icon
        chips, chips_height = lay_out_card_chips(metrics, room, self.wrap, self.measurer.width)
        below = chips_height + DETAILS_GAP
        height, details = self._card_details(card, inner, title, body, height, below)
        minutes_room = s.line_height(s.body_size) + 2 if card.minutes > 0 else 0.0
        height = max(height, math.ceil(self._text_bottom(title, body) + below + minutes_room + s.card_pad))
        top = height - s.card_pad - minutes_room - chips_height
        return height, details, tuple(chip.moved(s.card_pad, top) for chip in chips)

    def _card_details(self, card: Card, inner: float, title: list[str], body: list[str],
                      height: float, below: float = 0.0) -> tuple[float, CardDetails]:
        """A card's moment line and chips (layout/card_details.py), at its bottom above a blueprint
        step's time (and `below`, kept free for its metrics), and the card's height grown to hold
        them below its text."""
        s = self.style
        # a channel icon sits in the bottom-right corner: the details keep clear of it
        room = inner - (CHANNEL_ICON + 4 if card.channel else 0.0)
        details = lay_out_details(card.moment, card.owner, card.tags, room, self.wrap, self.measurer.width,
                                  _is_rtl(card.title), self._evidence.get(card.id, (0, 0)),
                                  progress_chips(card.status, card.due, card.impact, card.effort))
        if not details.height:
            return height, details
        minutes_room = (s.line_height(s.body_size) + 2 if card.minutes > 0 else 0.0) + below
        # whole units, as for the channel icon above
        height = max(height, math.ceil(self._text_bottom(title, body) + DETAILS_GAP + details.height
                                       + minutes_room + s.card_pad))
        return height, details.placed(s.card_pad, height - s.card_pad - minutes_room - details.height)

    def _curves(self, project: Project, m, result: MapLayout) -> None:
        s = self.style
        contents = project.contents(m.id)
        lanes = [lane for lane in result.lanes if lane.kind == "emotions"]
        if not lanes:
            return
        for band_lane in lanes:  # the band sits below the lane's cards, if it has any
            cards_bottom = band_lane.row.y + max(
                (b.local.bottom for b in result.placements[band_lane.id].boxes.values()), default=0.0)
            result.emotion_bands[band_lane.id] = (max(band_lane.row.y, cards_bottom) + s.emotion_pad,
                                                  band_lane.row.bottom - s.emotion_pad)
        lane = lanes[0]
        band_top, band_bottom = result.emotion_bands[lane.id]
        personas = shown_personas(project, m)
        for slot, persona in enumerate(personas):
            curve = EmotionCurve(persona.id, persona.colour, lane.id, [], (band_top, band_bottom),
                                 scale=(m.scale_min, m.scale_max))
            for stage_box in result.columns:
                x = emotion_slot_x(stage_box.column, slot, len(personas), s.gutter)
                point = contents.emotion_points.get((persona.id, stage_box.id))
                if point is None:
                    curve.missing.append((stage_box.id, x))
                    continue
                score = max(m.scale_min, min(m.scale_max, point.score))
                curve.points.append((stage_box.id, x, curve.y_of(score), score))
            result.curves.append(curve)

    def _legend(self, project: Project, result: MapLayout) -> None:
        x = result.title.right
        y = result.title.y + 5
        for persona in reversed(shown_personas(project, project.require(result.map_id))):
            name = persona.name
            if len(name) > 60 or self.measurer.width(name, 12) > LEGEND_NAME_MAX:
                name = (self.wrap(name, LEGEND_NAME_MAX / 0.94, 12, False, 1) or [""])[0]  # cut with "…"
            width = self.measurer.width(name, 12) + 8
            x -= width + 18 + 16
            result.legend.insert(0, LegendEntry(name, persona.colour, x, y, width,
                                                persona.name if name != persona.name else ""))

    def _connectors(self, contents, result: MapLayout) -> None:
        """Route every connector around the cards (layout/routing.py). A route is a function of
        its two boxes, the heights of the lanes it was routed across and what lies in the cells
        its search looked at, in coordinates from its top lane; so a route is kept while none
        of those changed (CellGrid.changed_for) and only moved when lanes above it grew or
        shrank. Then routes that share a point of a box are spread apart (routing.spread_ends,
        over all routes on every layout) and labels placed on the result. Kept per map: (its
        last grid, connector id -> route, the routes' shared ends, connector id -> its last few
        routes, each with what it was made from)."""
        kept_grid, previous, shared, recent = self._paths.get(result.map_id, (None, {}, None, {}))
        grid = CellGrid(result, kept_grid, self.style.gutter)
        made: dict[str, list] = {}
        for connector in contents.connectors.values():
            a, b = result.cards.get(connector.source_id), result.cards.get(connector.target_id)
            if a is None or b is None or a is b:
                continue
            style = (connector.two_way, connector.label)
            kept = previous.get(connector.id)
            if kept is not None and kept[0] is a and kept[1] is b and kept[2] == style and \
                    not grid.changed_for(kept[3].lanes, kept[3].touched):
                entry = kept
            else:
                lines = self.wrap(connector.label, 220, LABEL_SIZE, False, 1) if connector.label.strip() else []
                text = lines[0] if lines else ""
                width = self.measurer.width(text, LABEL_SIZE) + 2 * LABEL_PAD if text else LABEL_HEIGHT
                # a route made earlier from the same boxes, lanes and cells (undo, redo, a drag
                # and its way back) is this route again: no need to search
                known = recent.setdefault(connector.id, [])
                routed = next((old for old in known if old.holds(grid, a, b)), None)
                if routed is None:
                    routed = connector_points(grid, a, b)
                    routed.remember(grid, a, b)
                    known.insert(0, routed)
                    del known[3:]
                entry = [a, b, style, routed, text, width, None, None, None]
            # entry: box a, box b, (two-way, label), route, label as drawn, its pill's width,
            # the top the route was placed at, its points there, the ConnectorPath drawn
            routed, top = entry[3], grid.tops[entry[3].top_lane]
            if top != entry[6]:  # routed anew, or the lanes above it moved it
                entry[6], entry[7] = top, [(x, y + top) for x, y in routed.points]
            made[connector.id] = entry
        shared = shared or SharedEnds()
        order = {connector_id: n for n, connector_id in enumerate(made)}
        moved = spread_ends({connector_id: entry[7] for connector_id, entry in made.items()},
                            {connector_id: (entry[0], entry[1]) for connector_id, entry in made.items()},
                            order, shared, grid)
        routes: dict[str, list] = {}
        for connector_id, entry in made.items():
            points, path = moved.get(connector_id, entry[7]), entry[8]
            if path is None or path.points != points:
                text, two_way = entry[4], entry[2][0]
                anchor, pill = label_place(points, entry[5], two_way)
                path = entry[8] = ConnectorPath(connector_id, points, two_way, text, anchor,
                                                Rect(*pill) if text else None)
            routes[connector_id] = entry
            result.connectors.append(path)
        if len(recent) > 2 * len(routes) + 16:  # forget routes of connectors gone
            recent = {connector_id: recent[connector_id] for connector_id in routes if connector_id in recent}
        self._paths[result.map_id] = (grid, routes, shared, recent)


def stage_width(contents, stage) -> float:
    """A stage is as wide as its steps together."""
    return sum(step.width for step in contents.steps_of(stage.id))


def connector_points(grid: CellGrid, a: CardBox, b: CardBox) -> Routed:
    """The route from box a to box b, with what it depends on (routing.route_in_grid)."""
    return route_in_grid(grid, a, b)
