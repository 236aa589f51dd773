"""Geometry of one map from the model and a text measurer: stage columns, lane rows, card
boxes with their wrapped lines, emotion curves, connector paths, blueprint lines.

Laying out again after an edit costs what the edit touched: wrapped lines are cached per
card text and width, and each cell's card stack is placed relative to its lane's top and kept
until the project says a card in that cell changed (Project.cell_revision; a lane with a
spanning card is one stack). A lane that only shifts (one above it grew) keeps its boxes;
their absolute rects follow the lane's shared origin.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Card, Project
from ..model.blueprint import blueprint_lines
from ..model.derive import card_status
from ..text.measure import FontMeasurer, wrap
from .style import CARD_COLOURS, Style, legend_items, minutes_label


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
    name_lines: list[str]
    goal_lines: list[str]
    colour: str


@dataclass
class LaneBox:
    id: str
    row: Rect  # the whole row, right of the header
    header: Rect
    name_lines: list[str]
    kind: str
    colour: str


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
    groups: dict[str | None, CardGroup]  # stage id -> its cell's cards; None -> the whole lane
    boxes: dict[str, CardBox]
    needed: float  # the height the cards need
    origin: LaneOrigin


@dataclass
class EmotionCurve:
    persona_id: str
    colour: str
    lane_id: str
    points: list[tuple[str, float, float, float]]  # (stage id, x, y, score)
    band: tuple[float, float] = (0.0, 0.0)  # y of the scale's top and bottom


@dataclass
class ConnectorPath:
    id: str
    points: list[tuple[float, float]]  # start, control 1, control 2, end (a cubic Bézier)
    two_way: bool
    label: str


@dataclass
class BlueprintLineBox:
    name: str
    y: float
    x0: float
    x1: float


@dataclass
class LegendEntry:
    name: str
    colour: str
    x: float
    y: float
    width: float


@dataclass
class MapLayout:
    map_id: str
    width: float
    height: float
    title: Rect
    stages: list[StageBox] = field(default_factory=list)
    lanes: list[LaneBox] = field(default_factory=list)
    cards: dict[str, CardBox] = field(default_factory=dict)
    placements: dict[str, LanePlacement] = field(default_factory=dict)  # lane id -> its cards
    curves: list[EmotionCurve] = field(default_factory=list)
    connectors: list[ConnectorPath] = field(default_factory=list)
    lines: list[BlueprintLineBox] = field(default_factory=list)
    grid: Rect = Rect(0, 0, 0, 0)  # stages x lanes, without headers
    legend: list[LegendEntry] = field(default_factory=list)  # personas, right of the title
    legend_top: float = 0.0  # where the legend band under the grid starts

    def stage_at(self, x: float) -> StageBox | None:
        return next((s for s in self.stages if s.column.x <= x < s.column.right), None)

    def lane_at(self, y: float) -> LaneBox | None:
        return next((lane for lane in self.lanes if lane.row.y <= y < lane.row.bottom), None)

    def cell_index_at(self, stage_id: str, lane_id: str, y: float, cards_in_cell: list[Card],
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


class LayoutEngine:
    """Lays out maps; keeps a cache of wrapped text between calls."""

    def __init__(self, measurer: FontMeasurer | None = None, style: Style | None = None) -> None:
        self.measurer = measurer or FontMeasurer()
        self.style = style or Style()
        self._wrapped: dict[tuple, list[str]] = {}
        self._card_text: dict[tuple, tuple[list[str], list[str], float]] = {}
        self._placements: dict[str, LanePlacement] = {}  # lane id -> the last placement of its cards
        self._origins: dict[str, LaneOrigin] = {}  # lane id -> its origin, shared by all its boxes
        self._paths: dict[str, tuple] = {}  # connector id -> (box a, box b, origins and style, its path)

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

    def layout(self, project: Project, map_id: str) -> MapLayout:
        s = self.style
        m = project.require(map_id)
        contents = project.contents(map_id)
        stages, lanes = contents.stages, contents.lanes
        left = s.margin + s.header_width
        top = s.margin + s.title_height + s.stage_header_height
        xs = [left]
        for stage in stages:
            xs.append(xs[-1] + stage.width)

        # cards: per lane, placed from the lane's top (reused while nothing in the lane changed)
        derived = bool(m.source_map_id) and project.get(m.source_map_id) is not None
        stage_key = tuple((stage.id, stage.width) for stage in stages)
        placements: dict[str, LanePlacement] = {}
        lane_tops: list[float] = []
        lane_heights: list[float] = []
        y = top
        for lane in lanes:
            # a derived map's card status reads its source map, so any change may matter there
            key = (project.lane_revision(lane.id), stage_key, lane.kind, project.revision if derived else None)
            placement = self._placements.get(lane.id)
            if placement is None or placement.key != key:
                placement = self._placements[lane.id] = self._place_lane(project, contents, lane, xs, key, derived)
            placements[lane.id] = placement
            placement.origin.y = y
            height = max(lane.height, placement.needed)
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
        # a blueprint's time axis: each stage header says how long its customer actions take
        stage_minutes: dict[str, float] = {}
        if m.kind == "service-blueprint":
            for lane in lanes:
                if lane.kind != "actions":
                    continue
                for stage in stages:
                    minutes = sum(card.minutes for card in contents.cell(stage.id, lane.id) if card.minutes > 0)
                    if minutes:
                        stage_minutes[stage.id] = stage_minutes.get(stage.id, 0.0) + minutes
        for i, stage in enumerate(stages):
            header = Rect(xs[i] + 3, s.margin + s.title_height, stage.width - 6, s.stage_header_height - 8)
            goal = self.wrap(stage.goal, header.w - 20, s.stage_goal_size, False, 1 if stage.id in stage_minutes else 2)
            if stage.id in stage_minutes:
                goal = goal + [minutes_label(stage_minutes[stage.id])]
            result.stages.append(StageBox(
                stage.id, Rect(xs[i], top, stage.width, bottom - top), header,
                self.wrap(stage.name, header.w - 20, s.stage_name_size, True, 1), goal, stage.colour))
        for i, lane in enumerate(lanes):
            header = Rect(s.margin, lane_tops[i], s.header_width - 8, lane_heights[i])
            result.lanes.append(LaneBox(
                lane.id, Rect(left, lane_tops[i], right - left, lane_heights[i]), header,
                self.wrap(lane.name, header.w - 40, s.lane_name_size, True, 3), lane.kind, lane.colour))
        cards: dict[str, CardBox] = {}
        for placement in placements.values():
            cards.update(placement.boxes)  # C-speed, about 1 ms for 20,000 cards
        result.cards = cards
        result.placements = placements
        self._curves(project, m, result)
        self._legend(project, result)
        self._connectors(contents, result)
        if m.kind == "service-blueprint":
            for line in blueprint_lines(lanes, m.hidden_lines):
                y_line = lane_tops[line.after_lane] + lane_heights[line.after_lane]
                result.lines.append(BlueprintLineBox(line.name, y_line, left, right))  # labels sit inside the grid
        return result

    def _place_lane(self, project: Project, contents, lane, xs: list[float], key: tuple,
                    derived: bool) -> LanePlacement:
        """Stack a lane's cards from y = 0. Cells stack on their own, and a cell whose cards did
        not change keeps its group; a spanning card sits below everything it spans, so a lane
        with one is placed as a whole."""
        s = self.style
        stages = contents.stages
        origin = self._origins.setdefault(lane.id, LaneOrigin())
        previous = self._placements.get(lane.id)
        cells = [contents.cell(stage.id, lane.id) for stage in stages]
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
        """Stack the cards of consecutive cells (cells[0] is stage first_stage) from y = 0."""
        s = self.style
        n_stages = len(xs) - 1
        bottoms = [s.gutter] * n_stages
        boxes: dict[str, CardBox] = {}
        for offset, cell in enumerate(cells):
            first = first_stage + offset
            for card in cell:  # a cell's list is in card order
                last = min(n_stages, first + max(1, card.span))
                width = xs[last] - xs[first] - 2 * s.gutter
                text_key = (card.title, card.body, width, card.minutes > 0)
                text = self._card_text.get(text_key)
                if text is None:  # one lookup per card when nothing about its text changed
                    inner = width - 2 * s.card_pad
                    title = self.wrap(card.title, inner - s.icon_room, s.title_size, True, s.title_lines)
                    body = self.wrap(card.body, inner, s.body_size, False, s.body_lines)
                    if len(self._card_text) > 100_000:
                        self._card_text.clear()
                    height = self.card_height(title, body) + (s.line_height(s.body_size) + 2 if card.minutes > 0 else 0)
                    text = self._card_text[text_key] = (title, body, height)
                title, body, height = text
                card_y = max(bottoms[first:last])
                for i in range(first, last):
                    bottoms[i] = card_y + height + s.card_gap
                boxes[card.id] = CardBox(
                    card.id, Rect(xs[first] + s.gutter, card_y, width, height), title, body,
                    card.colour or CARD_COLOURS.get(card.type, "#9CA3AF"), card.type, _is_rtl(card.title),
                    _is_rtl(card.body), card_status(project, card) if derived else None, card.minutes, lane.id, origin)
        return CardGroup(key, boxes, max(bottoms))

    def _curves(self, project: Project, m, result: MapLayout) -> None:
        s = self.style
        contents = project.contents(m.id)
        lanes = [lane for lane in result.lanes if lane.kind == "emotions"]
        if not lanes:
            return
        lane = lanes[0]
        span = max(1, m.scale_max - m.scale_min)
        # the curve band sits below the lane's cards, if it has any
        cards_bottom = lane.row.y + max((b.local.bottom for b in result.placements[lane.id].boxes.values()),
                                        default=0.0)
        band_top = max(lane.row.y, cards_bottom) + s.emotion_pad
        band_bottom = lane.row.bottom - s.emotion_pad
        for persona in project.personas:
            if not persona.visible:
                continue
            points = []
            for stage_box in result.stages:
                point = contents.emotion_points.get((persona.id, stage_box.id))
                if point is None:
                    continue
                score = max(m.scale_min, min(m.scale_max, point.score))
                y = band_bottom - (score - m.scale_min) / span * (band_bottom - band_top)
                points.append((stage_box.id, stage_box.column.cx, y, score))
            if points:
                result.curves.append(EmotionCurve(persona.id, persona.colour, lane.id, points,
                                                  (band_top, band_bottom)))

    def _legend(self, project: Project, result: MapLayout) -> None:
        x = result.title.right
        y = result.title.y + 5
        for persona in reversed([p for p in project.personas if p.visible]):
            width = self.measurer.width(persona.name, 12) + 8
            x -= width + 18 + 16
            result.legend.insert(0, LegendEntry(persona.name, persona.colour, x, y, width))

    def _connectors(self, contents, result: MapLayout) -> None:
        # a path is kept while both its boxes are the same objects at the same lane origins
        previous, self._paths = self._paths, {}
        for connector in contents.connectors.values():
            a, b = result.cards.get(connector.source_id), result.cards.get(connector.target_id)
            if a is None or b is None:
                continue
            drawn_from = (a.origin.y, b.origin.y, connector.two_way, connector.label)
            kept = previous.get(connector.id)
            if kept is not None and kept[0] is a and kept[1] is b and kept[2] == drawn_from:
                path = kept[3]
            else:
                path = ConnectorPath(connector.id, connector_points(a.rect, b.rect), connector.two_way, connector.label)
            self._paths[connector.id] = (a, b, drawn_from, path)
            result.connectors.append(path)


def connector_points(a: Rect, b: Rect) -> list[tuple[float, float]]:
    """A smooth S-curve between two boxes, leaving and entering on the facing sides."""
    if b.x >= a.right or a.x >= b.right:  # side by side
        if b.x >= a.right:
            start, end = (a.right, a.cy), (b.x, b.cy)
        else:
            start, end = (a.x, a.cy), (b.right, b.cy)
        bend = (end[0] - start[0]) / 2
        return [start, (start[0] + bend, start[1]), (end[0] - bend, end[1]), end]
    if b.y >= a.bottom:
        start, end = (a.cx, a.bottom), (b.cx, b.y)
    else:
        start, end = (a.cx, a.y), (b.cx, b.bottom)
    bend = (end[1] - start[1]) / 2
    return [start, (start[0], start[1] + bend), (end[0], end[1] - bend), end]
