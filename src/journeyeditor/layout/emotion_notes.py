"""Emotion-point notes as captions by their faces, placed once the curves are finished; drawn
by the canvas (canvas/personas.py) and the PDF (export/pdf_personas.py) from these numbers.

A caption is short: up to two lines, cut with "…" (the face's tooltip and the inspector keep
the whole note). Each face with a note has places for its caption: above or below it,
stepping away, centred or shifted sideways, or beside it. A place must not cover a face or
leave the lane's room for the band; covering a line, being far from the face, out of the
stage's column, on the inside of the line's bend (the outside: above a peak, below a dip) or
showing one line instead of two all count against it. A caption that keeps its distance gets
a hairline leader to its face. Captions must not cover each other or each other's leaders:
faces crowd at a stage (personas side by side), so the captions are chosen together, left to
right, keeping the few best sets of choices so far (a beam search), not one at a time.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..text.bidi import paragraph_is_rtl
from ..text.measure import SAFETY
from .curves import catmull_rom_beziers
from .map_layout import FACE_RADIUS, EmotionCurve, MapLayout, Rect, _cut

CAPTION_SIZE = 10.0
CAPTION_MAX_WIDTH = 150.0  # the text's, inside the pill
CAPTION_PAD_X = 5.0
CAPTION_PAD_Y = 2.0
CAPTION_GAP = 3.0  # between a face's edge and its caption
#: how much of a line's stroke (2.8 wide) and of a face's ring a caption keeps clear of
CLEARANCE = 2.0
#: points per curve segment checked against a caption (a segment is a stage wide)
SAMPLES = 20
#: a caption steps this far away from its face at a time, so many times, looking for room
STEP_AWAY = 8.0
STEPS_AWAY = 6
#: what counts as distance from the face, in layout units: a point of a line under the caption
#: (a line along it costs about 80, one crossing it about 12), a note cut to one line, a unit
#: out of the stage's column, and the inside of the line's bend
LINE_POINT = 4.0
SHORTENED = 20.0
OUTSIDE = 0.5
BEND_PREFERENCE = 6.0
#: the search keeps this many best sets of captions so far, and tries this many places a face
BEAM = 8
CHOICES = 24
#: captions of faces further apart than this never meet (two pills' widths and more)
REACH = 2 * (CAPTION_MAX_WIDTH + 2 * CAPTION_PAD_X + FACE_RADIUS + CAPTION_GAP)

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass
class EmotionCaption:
    key: str  # the point's place on its curve: EmotionCurve.points[i][0]
    lines: list[str]
    rect: Rect  # the pill; its lines sit in it from the top, CAPTION_PAD_* inside
    rtl: bool
    note: str = ""  # the whole note, when the lines leave part of it out
    #: a hairline from the face's edge to the pill, when the pill keeps its distance
    leader: tuple[Point, Point] | None = None


@dataclass(slots=True)
class _Place:
    """A place for a face's caption, with what it costs on its own."""

    covered: int  # faces covered, and 1 for leaving the room: never, if it can be helped
    far: float  # distance from the face and the rest (see LINE_POINT …)
    box: Box  # the pill
    lines: tuple[str, ...]
    leader: tuple[Point, Point] | None
    along: tuple[Point, ...]  # points along the leader
    face_x: float
    bounds: Box  # around the pill (and CLEARANCE) and its leader

    def near(self, other: _Place) -> bool:
        """Whether the two may meet at all (their bounds overlap)."""
        a, b = self.bounds, other.bounds
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_emotion_captions(engine, layout: MapLayout, points: dict, kept: dict) -> None:
    """Caption every face whose point has a note. `points` maps (persona id, a curve point's
    key) to the EmotionPoint, as the curves were made from. `kept` holds each map's last
    captions with what they were placed from, so an edit elsewhere on the map reuses them, and
    each face's places with what they depend on, so a changed score looks again only near it."""
    noted = [(curve, index, " ".join(point.note.split()))
             for curve in layout.curves for index, (key, *_) in enumerate(curve.points)
             if (point := points.get((curve.persona_id, key))) is not None and point.note.strip()]
    if not noted:
        kept.pop(layout.map_id, None)
        return
    made_from = (tuple((curve.persona_id, tuple(curve.points), curve.band) for curve in layout.curves),
                 tuple((index, note) for _curve, index, note in noted),
                 tuple((stage.column.x, stage.column.w) for stage in layout.stages))
    previous = kept.get(layout.map_id)
    if previous is not None and previous[0] == made_from:
        for curve, captions in zip(layout.curves, previous[1]):
            curve.captions = list(captions)
        return
    noted.sort(key=lambda item: item[0].points[item[1]][1])  # left to right: neighbours meet in turn
    obstacles = _Obstacles(layout.curves)
    known = previous[2] if previous is not None else {}
    places_of: dict[tuple, list[_Place]] = {}
    choices = []
    for curve, index, note in noted:
        where = _Where(layout, curve, index, note, engine.style.emotion_pad)
        made = where.key(obstacles)
        places = places_of[made] = known.get(made) or _places(engine, where, obstacles)
        choices.append(places)
    for (curve, index, note), place in zip(noted, _choose(choices)):
        text = list(place.lines)
        x0, y0, x1, y1 = place.box
        curve.captions.append(EmotionCaption(curve.points[index][0], text, Rect(x0, y0, x1 - x0, y1 - y0),
                                             paragraph_is_rtl(note), note if _cut(note, text) else "", place.leader))
    for curve in layout.curves:
        curve.captions.sort(key=lambda caption: caption.rect.x)
    kept[layout.map_id] = (made_from, [list(curve.captions) for curve in layout.curves], places_of)


def _choose(choices: list[list[_Place]]) -> list[_Place]:
    """One place per face, the set covering least and, at that, nearest in all: each caption
    in turn joins the BEAM best sets so far at each of its places, paying for any caption or
    leader it meets. A set is a chain (place, the set before it)."""
    beam: list[tuple[int, float, tuple | None]] = [(0, 0.0, None)]
    for places in choices:
        grown = []
        for covered, far, chain in beam:
            for place in places:
                grown.append((covered + place.covered + _meets(place, chain), far + place.far, (place, chain)))
        grown.sort(key=lambda state: state[:2])
        beam = grown[:BEAM]
    chosen: list[_Place] = []
    chain = beam[0][2]
    while chain is not None:
        chosen.append(chain[0])
        chain = chain[1]
    return chosen[::-1]


def _meets(place: _Place, chain) -> int:
    """How many of the captions placed before (the near ones) this place covers, or whose
    leader it covers, or whose pill its leader crosses."""
    met = 0
    x0, y0, x1, y1 = _padded(place.box)
    while chain is not None and chain[0].face_x > place.face_x - REACH:
        other = chain[0]
        chain = chain[1]
        if not place.near(other):
            continue
        ox0, oy0, ox1, oy1 = other.box
        if ox0 < x1 and x0 < ox1 and oy0 < y1 and y0 < oy1:
            met += 1
        met += sum(1 for lx, ly in other.along if x0 <= lx <= x1 and y0 <= ly <= y1)
        met += sum(1 for lx, ly in place.along if ox0 <= lx <= ox1 and oy0 <= ly <= oy1)
    return met


def _padded(box: Box) -> Box:
    return box[0] - CLEARANCE, box[1] - CLEARANCE, box[2] + CLEARANCE, box[3] + CLEARANCE


class _Obstacles:
    """What a caption must keep clear of on its own: the lines (as points along them) and the
    faces, both sorted by x, so a caption looks only at those below its width."""

    def __init__(self, curves: list[EmotionCurve]) -> None:
        self.lines = sorted(sample for curve in curves for sample in _samples(curve))
        self.faces = sorted((x, y) for curve in curves for _, x, y, _ in curve.points)

    def near(self, low: float, high: float) -> tuple:
        """The line points and faces from x = low to high."""
        lines, faces = self.lines, self.faces
        return (tuple(lines[bisect_left(lines, (low,)):bisect_right(lines, (high, math.inf))]),
                tuple(faces[bisect_left(faces, (low,)):bisect_right(faces, (high, math.inf))]))

    def cost(self, box: Box, room: tuple[float, float], along: tuple[Point, ...]) -> tuple[int, int]:
        """(faces covered by the caption or crossed by its leader, and 1 if it leaves the room;
        points of lines under it)."""
        covered = 1 if box[1] < room[0] or box[3] > room[1] else 0
        x0, y0, x1, y1 = _padded(box)
        reach = FACE_RADIUS + CLEARANCE
        faces = self.faces
        for fx, fy in faces[bisect_left(faces, (x0 - reach,)):bisect_right(faces, (x1 + reach, math.inf))]:
            dx, dy = fx - max(x0, min(fx, x1)), fy - max(y0, min(fy, y1))
            if dx * dx + dy * dy < reach * reach:
                covered += 1
        if along:
            low, high = min(along)[0] - FACE_RADIUS, max(along)[0] + FACE_RADIUS
            for fx, fy in faces[bisect_left(faces, (low,)):bisect_right(faces, (high, math.inf))]:
                covered += sum(1 for lx, ly in along if (fx - lx) ** 2 + (fy - ly) ** 2 < FACE_RADIUS ** 2)
        lines = self.lines
        under = sum(1 for _, ly in lines[bisect_left(lines, (x0,)):bisect_right(lines, (x1, math.inf))]
                    if y0 <= ly <= y1)
        return covered, under


class _Where:
    """A face with a note and what its caption's places depend on besides the obstacles."""

    def __init__(self, layout: MapLayout, curve: EmotionCurve, index: int, note: str, pad: float) -> None:
        _key, self.x, self.y, _score = curve.points[index]
        self.note = note
        self.room = (curve.band[0] - pad, curve.band[1] + pad)
        stage = layout.stage_at(self.x)
        self.column = (stage.column.x, stage.column.right) if stage is not None else (self.x - 100, self.x + 100)
        self.grid = (layout.grid.x + 3, layout.grid.right - 3)
        self.above_first = _above_first(curve, index)

    def key(self, obstacles: _Obstacles) -> tuple:
        """All a caption's places are made from: this, and the obstacles as far as they reach."""
        reach = CAPTION_MAX_WIDTH + 2 * CAPTION_PAD_X + FACE_RADIUS + CAPTION_GAP + CLEARANCE
        low, high = min(self.x - reach, self.column[0]), max(self.x + reach, self.column[1])
        return (self.x, self.y, self.note, self.room, self.column, self.grid, self.above_first,
                obstacles.near(low - FACE_RADIUS, high + FACE_RADIUS))


def _places(engine, where: _Where, obstacles: _Obstacles) -> list[_Place]:
    """The CHOICES best places for a face's caption on their own, the whole note's and the
    note cut to one line."""
    x, y, column, grid, room, note = where.x, where.y, where.column, where.grid, where.room, where.note
    text_width = min(CAPTION_MAX_WIDTH, column[1] - column[0] - 2 * CAPTION_PAD_X - 6)
    above_first = where.above_first
    found: list[tuple] = []
    texts: list[tuple[str, ...]] = []
    for shortened, max_lines in enumerate((2, 1)):
        text = tuple(engine.wrap(note, text_width, CAPTION_SIZE, False, max_lines))
        if text in texts:
            break  # the note takes one line anyway
        texts.append(text)
        width = min(text_width, max(engine.measurer.width(line, CAPTION_SIZE) for line in text) / SAFETY)
        width += 2 * CAPTION_PAD_X
        height = len(text) * engine.style.line_height(CAPTION_SIZE) + 2 * CAPTION_PAD_Y
        for box in _boxes(x, y, width, height, column, grid):
            leader = _leader(x, y, box)
            along = _along(leader)
            covered, under = obstacles.cost(box, room, along)
            above = box[3] <= y - FACE_RADIUS
            outside = max(0.0, column[0] - box[0]) + max(0.0, box[2] - column[1])
            far = (_distance(x, y, box) + LINE_POINT * under + SHORTENED * shortened + OUTSIDE * outside
                   + (0 if above == above_first else BEND_PREFERENCE))
            found.append((covered, far, box, text, leader, along))
    # a caption never leaves the emotion band's room (it would sit on the cards or the next lane)
    # while a place inside is left, whatever that place covers
    inside = [item for item in found if room[0] <= item[2][1] and item[2][3] <= room[1]]
    found = inside or found
    found.sort(key=lambda item: item[:2])
    places = []
    for covered, far, box, text, leader, along in found[:CHOICES]:
        x0, y0, x1, y1 = _padded(box)
        if leader is not None:
            (ax, ay), (bx, by) = leader
            x0, y0, x1, y1 = min(x0, ax, bx), min(y0, ay, by), max(x1, ax, bx), max(y1, ay, by)
        places.append(_Place(covered, far, box, text, leader, along, x, (x0, y0, x1, y1)))
    return places


def _boxes(x: float, y: float, width: float, height: float, column: tuple[float, float],
           grid: tuple[float, float]) -> set[Box]:
    """Boxes a caption may take about a face at (x, y), inside the grid: above and below it,
    stepping away, centred, shifted either way or against an edge of its column; and beside it."""
    starts = (x - width / 2, x - FACE_RADIUS, x + FACE_RADIUS - width, column[0] + 3, column[1] - 3 - width)
    tops = []
    for step in range(STEPS_AWAY):
        away = FACE_RADIUS + CAPTION_GAP + step * STEP_AWAY
        tops += [y - away - height, y + away]
    boxes = {(start, top) for top in tops for start in starts}
    boxes |= {(start, y - height / 2) for start in (x + FACE_RADIUS + CAPTION_GAP, x - FACE_RADIUS - CAPTION_GAP - width)}
    result = set()
    for start, top in boxes:
        start = max(grid[0], min(start, grid[1] - width))
        result.add((start, top, start + width, top + height))
    return result


def _leader(x: float, y: float, box: Box) -> tuple[Point, Point] | None:
    """From the face's edge to the pill's nearest point, if the pill is not right at the face."""
    distance = _distance(x, y, box)
    if distance <= FACE_RADIUS + CAPTION_GAP + 1:
        return None
    nx, ny = max(box[0], min(x, box[2])), max(box[1], min(y, box[3]))
    edge = (FACE_RADIUS + 1) / distance
    return (x + (nx - x) * edge, y + (ny - y) * edge), (nx, ny)


def _along(leader: tuple[Point, Point] | None) -> tuple[Point, ...]:
    """Points along a leader, its ends left out (they touch the face and the pill)."""
    if leader is None:
        return ()
    (x0, y0), (x1, y1) = leader
    return tuple((x0 + (x1 - x0) * i / 8, y0 + (y1 - y0) * i / 8) for i in range(1, 8))


def _distance(x: float, y: float, box: Box) -> float:
    return math.hypot(x - max(box[0], min(x, box[2])), y - max(box[1], min(y, box[3])))


def _above_first(curve: EmotionCurve, index: int) -> bool:
    """Above a face higher than its neighbours on the line (a peak: the line falls away
    below it), below a lower one; on a level stretch, above a good feeling, below a bad one."""
    y = curve.points[index][2]
    neighbours = [curve.points[i][2] for i in (index - 1, index + 1) if 0 <= i < len(curve.points)]
    if neighbours:
        mean = sum(neighbours) / len(neighbours)
        if abs(mean - y) > 1:
            return y < mean
    return y <= (curve.band[0] + curve.band[1]) / 2


def _samples(curve: EmotionCurve) -> list[Point]:
    """Points along the curve as drawn (layout.curves: Catmull–Rom through the faces)."""
    points = [(x, y) for _, x, y, _ in curve.points]
    samples: list[Point] = []
    for start, (c1, c2, end) in zip(points, catmull_rom_beziers(points)):
        for step in range(SAMPLES):
            t = step / SAMPLES
            u = 1 - t
            samples.append((u * u * u * start[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * end[0],
                            u * u * u * start[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * end[1]))
    return samples
