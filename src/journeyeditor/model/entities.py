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
    id: str = field(default_factory=new_id)


@dataclass
class Stage:
    map_id: str
    name: str
    goal: str = ""
    colour: str = "#DCE6F2"
    width: float = 260.0
    link_map_id: str = ""
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
    index: int = -1  # order inside its stage x lane cell; -1 = at the end when added
    span: int = 1  # number of stages it covers, from stage_id rightwards
    fail_point: bool = False
    wait_point: bool = False
    minutes: float = 0.0  # estimated time of the step (blueprints); 0 = not set
    link_map_id: str = ""
    source_card_id: str = ""  # in a derived map: the card of the source map this one came from
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


Entity = Map | Stage | Lane | Card | Persona | EmotionPoint | Connector | Image

ENTITY_TYPES: dict[str, type] = {
    "map": Map,
    "stage": Stage,
    "lane": Lane,
    "card": Card,
    "persona": Persona,
    "emotion_point": EmotionPoint,
    "connector": Connector,
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
