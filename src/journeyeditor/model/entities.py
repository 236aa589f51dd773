"""Plain data objects of a project. No Qt, no SQL: just values with stable UUID ids."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from enum import Enum


def new_id() -> str:
    return uuid.uuid4().hex


class MapKind(str, Enum):
    CURRENT_STATE = "current-state"
    FUTURE_STATE = "future-state"
    DAY_IN_THE_LIFE = "day-in-the-life"
    SERVICE_BLUEPRINT = "service-blueprint"


class LaneKind(str, Enum):
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain-points"
    OPPORTUNITIES = "opportunities"
    CHANNELS = "channels"
    TEXT = "text"
    IMAGES = "images"
    KPIS = "kpis"
    OWNERS = "owners"
    PHYSICAL_EVIDENCE = "physical-evidence"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support-processes"
    METRICS = "metrics"  # the stages' and steps' metrics as chips


class CardType(str, Enum):
    ACTION = "action"
    TOUCHPOINT = "touchpoint"
    THOUGHT = "thought"
    PAIN_POINT = "pain-point"
    OPPORTUNITY = "opportunity"
    IDEA = "idea"
    MOMENT = "moment"
    KPI = "kpi"
    NOTE = "note"


class Moment(str, Enum):
    NONE = ""
    AHA = "aha"
    MICRO = "micro"
    OF_TRUTH = "of-truth"


class OpportunityStatus(str, Enum):
    NONE = ""
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    DROPPED = "dropped"


class MetricKind(str, Enum):
    """What a metric measures; each kind knows its range and which way is better (metrics.py)."""

    NPS = "nps"  # -100..100
    CSAT = "csat"  # 1..5
    CSAT_PERCENT = "csat-percent"  # 0..100 %
    CES = "ces"  # 1..7, lower is better
    CONVERSION = "conversion"  # %
    TIME = "time"  # minutes, lower is better
    COUNT = "count"
    CUSTOM = "custom"  # a KPI with its own name, unit and direction


class GapKind(str, Enum):
    DEVICE = "device"  # the customer switches device
    DEPARTMENT = "department"  # a hand-off between departments
    CHANNEL = "channel"  # the customer switches channel
    OTHER = "other"


class EvidenceKind(str, Enum):
    ANALYTICAL = "analytical"  # survey, analytics, logs, support tickets …
    ANECDOTAL = "anecdotal"  # interview, observation, quote …


class Channel(str, Enum):
    NONE = ""
    WEB = "web"
    MOBILE = "mobile"
    EMAIL = "email"
    PHONE = "phone"
    STORE = "store"
    CHAT = "chat"
    SOCIAL = "social"
    MAIL = "mail"
    PERSON = "in-person"


@dataclass
class Map:
    name: str
    kind: str = MapKind.CURRENT_STATE.value
    description: str = ""
    scale_min: int = -2
    scale_max: int = 2
    source_map_id: str = ""  # the map this one was derived from ("" for none)
    hidden_lines: list[str] = field(default_factory=list)  # blueprint lines the user turned off
    #: the personas this map shows (its legend, lines and sheet), in the project's persona order
    persona_ids: list[str] = field(default_factory=list)
    #: gap suggestions the user dismissed ("step id|lane id|kind"), so they are not offered again
    dismissed_gaps: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class Stage:
    map_id: str
    name: str
    goal: str = ""
    colour: str = "#DCE6F2"
    width: float = 260.0  # the width its first step gets when the stage is made (steps have widths)
    link_map_id: str = ""
    id: str = field(default_factory=new_id)


def first_step_id(stage_id: str) -> str:
    """The id of the step a stage is made with (and every v4 stage became): known from the stage
    alone, so a redone "add stage" makes the same step again and later steps can refer to it."""
    return stage_id + ".1"


@dataclass
class Step:
    """A sub-column of a stage: cards sit in step x lane cells, emotion points are per step.
    A stage has at least one; a stage with one unnamed step looks as stages always did."""

    map_id: str
    stage_id: str
    name: str = ""
    description: str = ""
    width: float = 260.0
    id: str = field(default_factory=new_id)


@dataclass
class Lane:
    map_id: str
    name: str
    kind: str = LaneKind.ACTIONS.value
    colour: str = "#FFFFFF"
    height: float = 150.0
    id: str = field(default_factory=new_id)


@dataclass
class Card:
    map_id: str
    stage_id: str
    lane_id: str
    title: str = ""
    body: str = ""
    type: str = CardType.NOTE.value
    moment: str = Moment.NONE.value
    channel: str = Channel.NONE.value
    owner: str = ""
    colour: str = ""  # "" = the type's colour
    tags: list[str] = field(default_factory=list)
    index: int = -1  # order inside its step x lane cell; -1 = at the end when added
    span: int = 1  # number of steps (columns) it covers, from step_id rightwards
    fail_point: bool = False
    wait_point: bool = False
    minutes: float = 0.0  # estimated time of the step (blueprints); 0 = not set
    link_map_id: str = ""
    source_card_id: str = ""  # in a derived map: the card of the source map this one came from
    #: its column; "" when made = the stage's first step. The model keeps stage_id = the step's stage
    step_id: str = ""
    # an opportunity's rating and progress (any card may have them; the matrix shows opportunities)
    impact: int = 0  # 1..5, 0 = not rated
    effort: int = 0  # 1..5, 0 = not rated
    status: str = OpportunityStatus.NONE.value
    due: str = ""  # an ISO date (YYYY-MM-DD), "" for none
    id: str = field(default_factory=new_id)


@dataclass
class Persona:
    name: str
    role: str = ""
    quote: str = ""
    goals: str = ""
    expectations: str = ""
    scenario: str = ""
    photo_hash: str = ""  # an Image's hash, "" for none
    colour: str = "#0072B2"
    visible: bool = True
    id: str = field(default_factory=new_id)


@dataclass
class EmotionPoint:
    map_id: str
    persona_id: str
    stage_id: str
    score: float = 0.0
    note: str = ""
    step_id: str = ""  # "" when made = the stage's first step; the model keeps stage_id = its stage
    id: str = field(default_factory=new_id)


@dataclass
class Metric:
    """A measured value of a stage, a step or a card (`subject_id`): NPS, CSAT, CES, a conversion
    rate, a time, a count or a custom KPI, for a period. Several metrics of one subject, kind
    and name over different periods make its history (the previous period gives the arrow)."""

    map_id: str
    subject_id: str  # a stage, step or card of the map
    kind: str = MetricKind.CUSTOM.value
    value: float = 0.0
    target: float | None = None
    name: str = ""  # a custom KPI's name ("" for the kinds with one)
    unit: str = ""  # a custom KPI's unit
    higher_is_better: bool = True  # a custom KPI's direction (the kinds know theirs)
    period_start: str = ""  # ISO date
    period_end: str = ""  # ISO date, "" for a single day or an open period
    source: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Gap:
    """A break in the journey between a step and the next one (`step_id` is the left step), in
    one lane: the customer switches device or channel, or the work is handed to another
    department."""

    map_id: str
    step_id: str
    lane_id: str
    kind: str = GapKind.OTHER.value
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Evidence:
    """What backs a card's claim: analytical (survey, analytics …) or anecdotal (interview …)."""

    map_id: str
    card_id: str
    kind: str = EvidenceKind.ANALYTICAL.value
    method: str = ""  # survey, analytics, log, tickets, interview, observation, quote …
    source: str = ""
    link: str = ""  # a URL or a file reference
    date: str = ""  # ISO date
    quote: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class VotingRound:
    """A dot-voting round on a map: who votes (participants as [name, colour]; anonymous rounds
    show no names in results), how many dots each, and on what (lane kinds and card types; empty:
    anything)."""

    map_id: str
    name: str = ""
    participants: list[list[str]] = field(default_factory=list)
    votes_each: int = 3
    lane_kinds: list[str] = field(default_factory=list)
    card_types: list[str] = field(default_factory=list)
    anonymous: bool = False
    created: str = ""  # ISO date and time
    id: str = field(default_factory=new_id)


@dataclass
class Vote:
    """One dot: a participant's (an index into the round's participants) vote for a card."""

    map_id: str
    round_id: str
    card_id: str
    participant: int = 0
    id: str = field(default_factory=new_id)


@dataclass
class Comment:
    """A comment on a card, stage, step or the map itself (`subject_id`); a reply names the
    thread's first comment as its parent. Resolving the first comment resolves the thread."""

    map_id: str
    subject_id: str
    text: str = ""
    author: str = ""
    created: str = ""  # ISO date and time
    parent_id: str = ""
    resolved: bool = False
    id: str = field(default_factory=new_id)


@dataclass
class Connector:
    map_id: str
    source_id: str
    target_id: str
    label: str = ""
    two_way: bool = False
    id: str = field(default_factory=new_id)


@dataclass
class Image:
    hash: str  # sha256 hex of data: images are stored once
    mime: str
    data: bytes

    @property
    def id(self) -> str:
        return self.hash


Entity = (Map | Stage | Step | Lane | Card | Persona | EmotionPoint | Connector | Metric | Gap | Evidence
          | VotingRound | Vote | Comment | Image)

ENTITY_TYPES: dict[str, type] = {
    "map": Map,
    "stage": Stage,
    "step": Step,
    "lane": Lane,
    "card": Card,
    "persona": Persona,
    "emotion_point": EmotionPoint,
    "connector": Connector,
    "metric": Metric,
    "gap": Gap,
    "evidence": Evidence,
    "voting_round": VotingRound,
    "vote": Vote,
    "comment": Comment,
    "image": Image,
}
TYPE_NAMES: dict[type, str] = {cls: name for name, cls in ENTITY_TYPES.items()}


def type_name(entity: object) -> str:
    return TYPE_NAMES[type(entity)]


def field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def copy_entity(entity):
    """A deep-enough copy (lists are copied) so snapshots never alias live objects."""
    clone = dataclasses.replace(entity)
    for f in dataclasses.fields(clone):
        value = getattr(clone, f.name)
        if isinstance(value, list):
            setattr(clone, f.name, list(value))
    return clone
