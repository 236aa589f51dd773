"""Where a map's workshop marks go, for the canvas and the PDF alike: a voting round's dots at
each card's top right (in the participants' colours, with a count badge past five), and comment
markers (a speech bubble with the count of open threads) on commented cards, stage and step
headers and by the map's title."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Card, Map, Stage, Step, VotingRound
from ..model.voting import participant_colour, rounds_of, votes_of
from .style import STATUS_LABELS

if TYPE_CHECKING:
    from .map_layout import LayoutEngine, MapLayout, Rect

DOT_RADIUS = 5.0
DOT_STEP = 12.0  # from one dot's centre to the next
DOT_INSET = 6.0  # from the card's right edge to the last dot's edge
DOTS_SHOWN = 5  # more votes than this: a count badge says how many
BADGE_SIZE = 8.0  # the badge's number, bold
BADGE_HEIGHT = 10.0
BUBBLE_HEIGHT = 13.0
BUBBLE_SIZE = 8.5  # the bubble's count, bold
BUBBLE_TAIL = 4.0  # the tail under the bubble's left end
BUBBLE_INK = "#1F2328"  # open threads: a dark bubble with a white count
BUBBLE_RESOLVED = "#8C939B"  # only resolved threads: an outlined, empty bubble
DOT_RING = "#FFFFFF"


@dataclass
class VoteDots:
    """A card's dots: (centre x, centre y, colour) each, in map coordinates; past DOTS_SHOWN
    votes, a badge with the count left of them."""

    card_id: str
    count: int
    dots: list[tuple[float, float, str]]
    badge: Rect | None = None
    badge_text: str = ""
    radius: float = DOT_RADIUS


@dataclass
class CommentMarker:
    """A speech bubble on a commented card, stage, step or map: `open` threads unresolved of
    `total`; `rect` is the bubble's body (its tail hangs below the left end)."""

    subject_id: str
    kind: str  # card | stage | step | map
    rect: Rect
    open: int
    total: int

    @property
    def text(self) -> str:
        return str(self.open) if self.open else ""


@dataclass
class WorkshopMarks:
    round_id: str = ""  # the round whose dots are shown ("" when none)
    dots: dict[str, VoteDots] = field(default_factory=dict)
    comments: list[CommentMarker] = field(default_factory=list)


def shown_round(project, map_id: str, round_id: str = "") -> VotingRound | None:
    """The round whose dots a map shows: `round_id` if it is one of the map's rounds, else the
    map's most recent round (None when it has none)."""
    rounds = project.contents(map_id).rounds
    if round_id in rounds:
        return rounds[round_id]
    ordered = rounds_of(project, map_id)
    return ordered[-1] if ordered else None


def place_workshop_marks(engine: LayoutEngine, project, m: Map, layout: MapLayout, votes_round: str | None,
                         comments: bool) -> WorkshopMarks:
    """The marks of a laid-out map: a round's dots (`votes_round` None: no dots; "": the latest
    round) and, if `comments`, the comment markers."""
    marks = WorkshopMarks()
    if votes_round is not None:
        voting = shown_round(project, m.id, votes_round)
        if voting is not None:
            marks.round_id = voting.id
            marks.dots = vote_dots(engine, project, voting, layout)
    if comments:
        marks.comments = comment_markers(engine, project, m, layout)
    return marks


def _dot_order(participants: list[int], shown: int) -> list[int]:
    """Which participants' dots show: grouped by participant when all fit; when they are cut,
    one of each voter's first, so the dots shown name as many voters as they can."""
    ordered = sorted(participants)
    if len(ordered) <= shown:
        return ordered
    seen: dict[int, int] = {}
    keyed = []
    for p in ordered:
        keyed.append((seen.get(p, 0), p))
        seen[p] = seen.get(p, 0) + 1
    return [p for _, p in sorted(keyed)][:shown]


def vote_dots(engine: LayoutEngine, project, voting: VotingRound, layout: MapLayout) -> dict[str, VoteDots]:
    from .map_layout import Rect

    s = engine.style
    by_card: dict[str, list[int]] = {}
    for vote in votes_of(project, voting):
        by_card.setdefault(vote.card_id, []).append(vote.participant)
    result = {}
    for card_id, participants in by_card.items():
        box = layout.cards.get(card_id)
        if box is None:
            continue
        r = box.rect
        count = len(participants)
        right = r.right - DOT_INSET
        if box.status in STATUS_LABELS:  # a derived map's NEW / CHANGED pill sits on the top right
            right -= 7.5 * len(STATUS_LABELS[box.status]) + 12
        cy = r.y + s.accent  # on the lower edge of the top bar: inside the card, above its text
        badge_text = str(count) if count > DOTS_SHOWN else ""
        badge_w = engine.measurer.width(badge_text, BADGE_SIZE, True) + 8 if badge_text else 0.0
        room = right - (r.x + s.card_pad) - (badge_w + 3 if badge_w else 0.0)
        fits = max(1, min(DOTS_SHOWN, int((room - 2 * DOT_RADIUS) // DOT_STEP) + 1))
        shown = _dot_order(participants, min(count, fits))
        if count > len(shown) and not badge_text:  # cut by a narrow card: the count says the rest
            badge_text = str(count)
            badge_w = engine.measurer.width(badge_text, BADGE_SIZE, True) + 8
            room -= badge_w + 3
            fits = max(1, min(DOTS_SHOWN, int((room - 2 * DOT_RADIUS) // DOT_STEP) + 1))
            shown = _dot_order(participants, min(count, fits))
        dots = []
        for i, participant in enumerate(reversed(shown)):  # from the right edge leftwards
            cx = right - DOT_RADIUS - i * DOT_STEP
            dots.append((cx, cy, participant_colour(voting, participant)))
        dots.reverse()
        badge = None
        if badge_text:
            left_dot = dots[0][0] - DOT_RADIUS if dots else right
            badge = Rect(left_dot - 3 - badge_w, cy - BADGE_HEIGHT / 2, badge_w, BADGE_HEIGHT)
        result[card_id] = VoteDots(card_id, count, dots, badge, badge_text)
    return result


def bubble_width(engine: LayoutEngine, text: str) -> float:
    return max(18.0, math.ceil(engine.measurer.width(text, BUBBLE_SIZE, True)) + 10.0)


def thread_counts(project, map_id: str) -> dict[str, tuple[int, int]]:
    """subject id -> (open threads, all threads) of a map's comments."""
    counts: dict[str, tuple[int, int]] = {}
    for comment in project.contents(map_id).comments.values():
        if comment.parent_id:
            continue
        open_, total = counts.get(comment.subject_id, (0, 0))
        counts[comment.subject_id] = (open_ + (not comment.resolved), total + 1)
    return counts


def comment_markers(engine: LayoutEngine, project, m: Map, layout: MapLayout) -> list[CommentMarker]:
    from .map_layout import Rect

    markers = []
    for subject_id, (open_, total) in thread_counts(project, m.id).items():
        subject = project.get(subject_id)
        text = str(open_) if open_ else ""
        width = bubble_width(engine, text)
        rect = None
        if isinstance(subject, Card) and subject_id in layout.cards:
            r = layout.cards[subject_id].rect
            badges = int(subject.fail_point) + int(subject.wait_point)  # a blueprint's F and W sit top left
            rect = Rect(r.x + 8 + badges * 20, r.y - BUBBLE_HEIGHT / 2 - 1, width, BUBBLE_HEIGHT)
        elif isinstance(subject, Stage):
            box = layout.stage_box(subject_id)
            if box is not None:  # on the header's top edge, at its right
                h = box.header
                rect = Rect(h.right - 10 - width, h.y - BUBBLE_HEIGHT / 2, width, BUBBLE_HEIGHT)
        elif isinstance(subject, Step):
            box = layout.column_box(subject_id)
            if box is not None and layout.step_band:  # inside the step's tab, at its right
                h = box.header
                rect = Rect(h.right - 5 - width, h.y + (h.h - BUBBLE_HEIGHT) / 2 - 1, width, BUBBLE_HEIGHT)
            elif box is not None:  # no step band: the step's stage header carries it
                stage_box = layout.stage_box(box.stage_id)
                if stage_box is not None:
                    h = stage_box.header
                    rect = Rect(h.right - 10 - width, h.y - BUBBLE_HEIGHT / 2, width, BUBBLE_HEIGHT)
        elif isinstance(subject, Map):
            t = layout.title
            name_w = min(engine.measurer.width(m.name, 22, True), t.w * 0.6)
            rect = Rect(t.x + name_w + 10, t.y + 4, width, BUBBLE_HEIGHT)
        if rect is not None:
            markers.append(CommentMarker(subject_id, type(subject).__name__.lower(), rect, open_, total))
    return markers


def bubble_tail(rect: Rect) -> list[tuple[float, float]]:
    """The tail's triangle under a bubble's left end."""
    x, bottom = rect.x + 4, rect.bottom
    return [(x, bottom - 1), (x + 7, bottom - 1), (x + 1, bottom + BUBBLE_TAIL)]
