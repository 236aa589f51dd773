"""The JSON interchange format (docs/interchange.md): full fidelity, deterministic output.

Keys name things as the UI does. Output is sorted and stable, so export -> import -> export
gives the same bytes.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
import math
import re
from enum import Enum
from typing import Any

from ..model import (
    Card,
    CardType,
    Channel,
    Comment,
    Connector,
    EmotionPoint,
    Evidence,
    EvidenceKind,
    Gap,
    GapKind,
    Image,
    Lane,
    LaneKind,
    Map,
    MapKind,
    Metric,
    MetricKind,
    ModelError,
    Moment,
    OpportunityStatus,
    Persona,
    Project,
    Stage,
    Step,
    Vote,
    VotingRound,
    first_step_id,
)
from ..model.blueprint import LINES as BLUEPRINT_LINES
from ..model.metrics import out_of_range

FORMAT = "journeyeditor-project"
#: 2: stages hold steps (cards and emotion points name their step), maps list their personas;
#: unknown keys are refused (version 1 ignored them)
FORMAT_VERSION = 2


def _stage(s: Stage, steps: list[Step]) -> dict:
    # no "width": a stage is as wide as its steps (Stage.width only sizes a new stage's first step)
    return {"id": s.id, "name": s.name, "goal": s.goal, "colour": s.colour, "link_map": s.link_map_id,
            "steps": [{"id": step.id, "name": step.name, "description": step.description, "width": step.width}
                      for step in steps]}


def _lane(lane: Lane) -> dict:
    return {"id": lane.id, "name": lane.name, "kind": lane.kind, "colour": lane.colour,
            "height": lane.height}


def _card(c: Card) -> dict:
    return {"id": c.id, "step": c.step_id, "lane": c.lane_id, "index": c.index, "span": c.span,
            "title": c.title, "body": c.body, "type": c.type, "moment": c.moment,
            "channel": c.channel, "owner": c.owner, "colour": c.colour, "tags": list(c.tags),
            "fail_point": c.fail_point, "wait_point": c.wait_point, "minutes": c.minutes,
            "link_map": c.link_map_id, "source_card": c.source_card_id, "impact": c.impact,
            "effort": c.effort, "status": c.status, "due": c.due}


def _metric(x: Metric) -> dict:
    return {"id": x.id, "subject": x.subject_id, "kind": x.kind, "value": x.value, "target": x.target,
            "name": x.name, "unit": x.unit, "higher_is_better": x.higher_is_better,
            "period_start": x.period_start, "period_end": x.period_end, "source": x.source}


def project_to_dict(project: Project) -> dict:
    personas_order = {p.id: i for i, p in enumerate(project.personas)}
    maps = []
    for m in project.maps:
        contents = project.contents(m.id)
        step_order = {step.id: i for i, step in enumerate(contents.columns())}
        lane_order = {lane.id: i for i, lane in enumerate(contents.lanes)}
        cards = sorted(contents.cards.values(),
                       key=lambda c: (step_order[c.step_id], lane_order[c.lane_id], c.index))
        points = sorted(contents.emotion_points.values(),
                        key=lambda p: (personas_order[p.persona_id], step_order[p.step_id]))
        maps.append({
            "id": m.id, "name": m.name, "kind": m.kind, "description": m.description,
            "emotion_scale": {"min": m.scale_min, "max": m.scale_max},
            "source_map": m.source_map_id, "hidden_lines": list(m.hidden_lines),
            # a persona deleted since it was chosen is no longer shown: not listed either
            "personas": [i for i in m.persona_ids if i in personas_order],
            "stages": [_stage(s, contents.steps_of(s.id)) for s in contents.stages],
            "lanes": [_lane(lane) for lane in contents.lanes],
            "cards": [_card(c) for c in cards],
            "emotion_points": [{"id": p.id, "persona": p.persona_id, "step": p.step_id,
                                "score": p.score, "note": p.note} for p in points],
            "connectors": [{"id": c.id, "source": c.source_id, "target": c.target_id,
                            "label": c.label, "two_way": c.two_way}
                           for c in sorted(contents.connectors.values(), key=lambda c: c.id)],
            "metrics": [_metric(x) for x in sorted(contents.metrics.values(), key=lambda x: x.id)],
            "gaps": [{"id": g.id, "step": g.step_id, "lane": g.lane_id, "kind": g.kind, "note": g.note}
                     for g in sorted(contents.gaps.values(), key=lambda g: g.id)],
            "evidence": [{"id": e.id, "card": e.card_id, "kind": e.kind, "method": e.method, "source": e.source,
                          "link": e.link, "date": e.date, "quote": e.quote}
                         for e in sorted(contents.evidence.values(), key=lambda e: e.id)],
            "dismissed_gaps": list(m.dismissed_gaps),
            "voting_rounds": [{"id": r.id, "name": r.name, "participants": [list(p) for p in r.participants],
                               "votes_each": r.votes_each, "lane_kinds": list(r.lane_kinds),
                               "card_types": list(r.card_types), "anonymous": r.anonymous, "created": r.created}
                              for r in sorted(contents.rounds.values(), key=lambda r: r.id)],
            "votes": [{"id": v.id, "round": v.round_id, "card": v.card_id, "participant": v.participant}
                      for v in sorted(contents.votes.values(), key=lambda v: v.id)],
            # a thread's first comment before its replies (a reply names it)
            "comments": [{"id": c.id, "subject": c.subject_id, "text": c.text, "author": c.author,
                          "created": c.created, "parent": c.parent_id, "resolved": c.resolved}
                         for c in sorted(contents.comments.values(), key=lambda c: (bool(c.parent_id), c.id))],
        })
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": project.title,
        "personas": [{"id": p.id, "name": p.name, "role": p.role, "quote": p.quote,
                      "goals": p.goals, "expectations": p.expectations, "scenario": p.scenario,
                      "photo": p.photo_hash, "colour": p.colour}
                     # no "visible": each map lists the personas it shows
                     for p in project.personas],
        "images": [{"hash": i.hash, "mime": i.mime, "data": base64.b64encode(i.data).decode("ascii")}
                   for i in sorted(project.images.values(), key=lambda i: i.hash)],
        "maps": maps,
    }


def project_to_json(project: Project) -> str:
    return json.dumps(project_to_dict(project), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# ------------------------------------------------------------------- import
# What a file may hold. The limits are the app's own (ui/inspector.py, canvas resizing) with room
# to spare, so everything the app writes reads back, and nothing reaches the store, the layout or
# the PDF/PNG painters that they were never built for.
SIZE_RANGE = (20.0, 10_000.0)  # stage width, lane height; dragging a header has no upper limit
MINUTES_RANGE = (0.0, 1_000_000.0)
SCALE_RANGE = (-10, 10)  # emotion scale ends, and scores (the inspector's score box is -10..10)
SPAN_RANGE = (1, 50)  # the inspector's limit; a span past the last stage is drawn to the last
INDEX_RANGE = (0, 1_000_000)
RATING_RANGE = (0, 5)  # an opportunity's impact and effort; 0 = not rated
METRIC_RANGE = (-1e12, 1e12)  # then each kind's own range (model/metrics.py)
_LONGEST_WHOLE_NUMBER = 30  # digits; longer ones are refused before Python turns them into ints
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_REQUIRED: Any = object()

#: the keys each object of a version-2 document may have (version 1 ignored unknown keys)
KEYS = {
    "document": {"format", "format_version", "title", "personas", "images", "maps"},
    "image": {"hash", "mime", "data"},
    "persona": {"id", "name", "role", "quote", "goals", "expectations", "scenario", "photo", "colour"},
    "map": {"id", "name", "kind", "description", "emotion_scale", "source_map", "hidden_lines", "personas",
            "stages", "lanes", "cards", "emotion_points", "connectors", "metrics", "gaps", "evidence",
            "dismissed_gaps", "voting_rounds", "votes", "comments"},
    "emotion_scale": {"min", "max"},
    "stage": {"id", "name", "goal", "colour", "link_map", "steps"},
    "step": {"id", "name", "description", "width"},
    "lane": {"id", "name", "kind", "colour", "height"},
    "card": {"id", "step", "lane", "index", "span", "title", "body", "type", "moment", "channel", "owner",
             "colour", "tags", "fail_point", "wait_point", "minutes", "link_map", "source_card", "impact",
             "effort", "status", "due"},
    "emotion_point": {"id", "persona", "step", "score", "note"},
    "connector": {"id", "source", "target", "label", "two_way"},
    "metric": {"id", "subject", "kind", "value", "target", "name", "unit", "higher_is_better", "period_start",
               "period_end", "source"},
    "gap": {"id", "step", "lane", "kind", "note"},
    "evidence": {"id", "card", "kind", "method", "source", "link", "date", "quote"},
    "voting_round": {"id", "name", "participants", "votes_each", "lane_kinds", "card_types", "anonymous", "created"},
    "vote": {"id", "round", "card", "participant"},
    "comment": {"id", "subject", "text", "author", "created", "parent", "resolved"},
}
#: keys the first version-2 writer still wrote and that now mean nothing: read (and checked) so
#: those files import, never written (a stage is as wide as its steps; maps list their personas)
LEGACY_KEYS = {"stage": {"width"}, "persona": {"visible"}}
_RENAMED = {"stage": "version 2 places cards and emotion points in a 'step' (a stage's steps are its columns)"}


class InterchangeError(ValueError):
    """A malformed or unsupported interchange file; str() says where and what, on one line."""


class _NotANumber:
    """What the parser makes of NaN, Infinity and overlong integers: a marker, so the error can
    name the place (the parser knows none) and a key nobody reads does not matter."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


def _non_finite(literal: str) -> _NotANumber:
    return _NotANumber(f"expected a finite number, not {literal}")


def _whole_number(digits: str) -> int | _NotANumber:
    length = len(digits.lstrip("-"))
    if length > _LONGEST_WHOLE_NUMBER:
        return _NotANumber(f"a {length}-digit number is far too large")
    return int(digits)


def _show(value: Any) -> str:
    """A value for an error message: quoted, escaped (repr keeps it on one line), kept short."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _choices(kind: type[Enum]) -> str:
    values = [member.value for member in kind]
    listed = ", ".join(value for value in values if value)
    return f"one of {listed}, or empty" if "" in values else f"one of {listed}"


class _Reader:
    """Reads one object of the document, naming its place in every error."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise InterchangeError(f"{where or 'document'}: expected an object")
        self.data, self.where = data, where

    def only(self, noun: str) -> None:
        """Refuse a key a `noun` does not have: a misspelt key would otherwise lose its value."""
        allowed = KEYS[noun] | LEGACY_KEYS.get(noun, set())
        unknown = next((key for key in self.data if key not in allowed), None)
        if unknown is None:
            return
        renamed = _RENAMED.get(unknown) if "step" in allowed else None
        expected = renamed or "expected one of " + ", ".join(sorted(KEYS[noun]))
        raise InterchangeError(f"{self.where or 'document'}: unknown key {_show(unknown)} ({expected})")

    def place(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _missing(self, key: str, default: Any) -> Any:
        if default is _REQUIRED:
            raise InterchangeError(f"{self.where or 'document'}: missing {key!r}")
        return default

    def text(self, key: str, default: Any = "") -> str:
        if key not in self.data:
            return self._missing(key, default)
        return _text(self.data[key], self.place(key))

    def identifier(self, key: str = "id") -> str:
        value = self.text(key, _REQUIRED)
        if not value:
            raise InterchangeError(f"{self.place(key)}: must not be empty")
        return value

    def flag(self, key: str, default: bool) -> bool:
        if key not in self.data:
            return default
        if not isinstance(self.data[key], bool):
            raise InterchangeError(f"{self.place(key)}: expected true or false")
        return self.data[key]

    def number(self, key: str, default: float, bounds: tuple[float, float]) -> float:
        if key not in self.data:
            return default
        value, place = self.data[key], self.place(key)
        if isinstance(value, _NotANumber):
            raise InterchangeError(f"{place}: {value.problem}")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InterchangeError(f"{place}: expected a number")
        if isinstance(value, float) and not math.isfinite(value):  # 1e999 parses as infinity
            raise InterchangeError(f"{place}: expected a finite number")
        low, high = bounds
        if not low <= value <= high:
            raise InterchangeError(f"{place}: {_show(value)} is out of range "
                                   f"(expected a number from {low:g} to {high:g})")
        return float(value) + 0.0  # -0.0 becomes 0.0, as SQLite stores it: the file then matches

    def whole(self, key: str, default: Any, bounds: tuple[int, int] | None = None) -> int:
        if key not in self.data:
            return self._missing(key, default)
        value, place = self.data[key], self.place(key)
        if isinstance(value, _NotANumber):
            raise InterchangeError(f"{place}: {value.problem}")
        if isinstance(value, bool) or not isinstance(value, int):
            raise InterchangeError(f"{place}: expected a whole number")
        if bounds is not None and not bounds[0] <= value <= bounds[1]:
            raise InterchangeError(f"{place}: {_show(value)} is out of range "
                                   f"(expected a whole number from {bounds[0]} to {bounds[1]})")
        return value

    def choice(self, key: str, default: str, kind: type[Enum], noun: str) -> str:
        value = self.text(key, default)
        if value not in {member.value for member in kind}:
            raise InterchangeError(f"{self.place(key)}: unknown {noun} {_show(value)} "
                                   f"(expected {_choices(kind)})")
        return value

    def colour(self, key: str, default: str, empty_means: str = "") -> str:
        value = self.text(key, default)
        if (value or not empty_means) and not _COLOUR.fullmatch(value):
            also = f", or empty for {empty_means}" if empty_means else ""
            raise InterchangeError(f"{self.place(key)}: {_show(value)} is not a colour "
                                   f"(expected #RRGGBB{also})")
        return value

    def texts(self, key: str) -> list[str]:
        values = self.data.get(key, [])
        if not isinstance(values, list):
            raise InterchangeError(f"{self.place(key)}: expected a list of text")
        return [_text(value, f"{self.place(key)}[{i}]") for i, value in enumerate(values)]

    def child(self, key: str) -> _Reader:
        return _Reader(self.data.get(key, {}), self.place(key))

    def items(self, key: str) -> list[_Reader]:
        values = self.data.get(key, [])
        if not isinstance(values, list):
            raise InterchangeError(f"{self.place(key)}: expected a list")
        return [_Reader(value, f"{self.place(key)}[{i}]") for i, value in enumerate(values)]


def _text(value: Any, place: str) -> str:
    if not isinstance(value, str):
        raise InterchangeError(f"{place}: expected text")
    # JSON can write half of a surrogate pair ("\\ud800"); it is no character, and SQLite and the
    # PDF cannot store it. Every real character is kept, control and bidi characters too.
    lone = _SURROGATE.search(value)
    if lone:
        raise InterchangeError(f"{place}: contains U+{ord(lone.group()):04X}, half of a surrogate "
                               "pair, which is not a character")
    return value


def _decode(text: str | bytes) -> Any:
    try:
        return json.loads(text, parse_constant=_non_finite, parse_int=_whole_number)
    except RecursionError:  # the parser recurses per level; a file nests only a few levels
        raise InterchangeError("not valid JSON here: nested too deeply to read") from None
    except ValueError as error:  # bad syntax, or bytes that are not UTF-8/16/32 text
        raise InterchangeError(f"not valid JSON ({error})") from error


_NOUNS = {Map: "map", Stage: "stage", Step: "step", Lane: "lane", Card: "card", Persona: "persona",
          EmotionPoint: "emotion point", Connector: "connector"}


def _noun(cls: type) -> str:
    return _NOUNS.get(cls, cls.__name__.lower())


class _Importer:
    """Builds the project, checking every reference as it goes: a refused file yields nothing."""

    def __init__(self, title: str, version: int = FORMAT_VERSION) -> None:
        self.project = Project(title)
        self.version = version  # 1: no steps (each stage gets one), no personas per map
        self.places: dict[str, str] = {}  # id -> the place of the entity that has it
        self.links: list[tuple[str, str, type]] = []  # (place, id, kind), checked at the end

    def known(self, r: _Reader, noun: str) -> _Reader:
        """`r`, once its keys are known ones (version 1 ignored unknown keys: still so there)."""
        if self.version >= 2:
            r.only(noun)
        return r

    def add(self, entity, place: str) -> None:
        try:
            self.project.add(entity)
        except ModelError as error:  # the model's own checks stay a backstop
            raise InterchangeError(f"{place}: {error}") from error

    def new_id(self, r: _Reader) -> str:
        entity_id = r.identifier("id")
        first = self.places.get(entity_id)
        if first is not None:
            raise InterchangeError(f"{r.place('id')}: {_show(entity_id)} is used twice (first at {first})")
        self.places[entity_id] = r.where
        return entity_id

    def member(self, r: _Reader, key: str, kind: type, map_id: str | None) -> str:
        """A reference that must name a `kind` already read, of map `map_id` (None: any map)."""
        ref, place, noun = r.identifier(key), r.place(key), _noun(kind)
        entity = self.project.get(ref)
        if entity is None:
            where = " in this map" if map_id else ""
            raise InterchangeError(f"{place}: no {noun} {_show(ref)}{where}")
        if not isinstance(entity, kind):
            raise InterchangeError(f"{place}: {_show(ref)} is a {_noun(type(entity))}, not a {noun}")
        if map_id is not None and entity.map_id != map_id:
            raise InterchangeError(f"{place}: the {noun} {_show(ref)} belongs to another map "
                                   f"({self.places[entity.map_id]}); references stay inside their map")
        return ref

    def link(self, r: _Reader, key: str, kind: type) -> str:
        """A link to another map or card ("" for none), checked once everything is read."""
        ref = r.text(key)
        if ref:
            self.links.append((r.place(key), ref, kind))
        return ref

    def check_links(self) -> None:
        # a link whose target is gone is kept, as the app keeps it when a map or card is deleted
        # (it reads as no link); one naming something else than a map or card is refused
        for place, ref, kind in self.links:
            entity = self.project.get(ref)
            if entity is not None and not isinstance(entity, kind):
                raise InterchangeError(f"{place}: {_show(ref)} is a {_noun(type(entity))}, "
                                       f"not a {_noun(kind)}")

    def read(self, root: _Reader) -> Project:
        self.known(root, "document")
        for r in root.items("images"):
            self.image(r)
        for r in root.items("personas"):
            self.persona(r)
        # every map's frame first, then all cards, then what joins them: a reference into
        # another map then finds its target and says so, whichever map comes first
        maps = [(self.map(r), r) for r in root.items("maps")]
        for m, r in maps:
            self.cards(m, r)
        for m, r in maps:
            self.points_and_connectors(m, r)
        self.check_links()
        return self.project

    def image(self, r: _Reader) -> None:
        self.known(r, "image")
        digest, mime = r.text("hash", _REQUIRED), r.text("mime")
        try:
            data = base64.b64decode(r.text("data", _REQUIRED), validate=True)
        except ValueError as error:
            raise InterchangeError(f"{r.place('data')}: not base64") from error
        if not _SHA256.fullmatch(digest) or hashlib.sha256(data).hexdigest() != digest:
            raise InterchangeError(f"{r.place('hash')}: not the sha256 of the image data "
                                   "(64 lowercase hex digits)")
        if digest in self.project.images:
            raise InterchangeError(f"{r.place('hash')}: the same image is listed twice")
        self.add(Image(digest, mime, data), r.where)

    def persona(self, r: _Reader) -> None:
        self.known(r, "persona")
        photo = r.text("photo")
        if photo and photo not in self.project.images:
            raise InterchangeError(f"{r.place('photo')}: no image with hash {_show(photo)} in the file")
        # "visible" chose the personas of every map in version 1; since, each map lists its own
        visible = r.flag("visible", True)
        self.add(Persona(r.text("name"), r.text("role"), r.text("quote"), r.text("goals"),
                         r.text("expectations"), r.text("scenario"), photo,
                         r.colour("colour", "#0072B2"), visible if self.version < 2 else True, self.new_id(r)),
                 r.where)

    def map(self, mr: _Reader) -> Map:
        self.known(mr, "map")
        scale = self.known(mr.child("emotion_scale"), "emotion_scale")
        scale_min, scale_max = scale.whole("min", -2, SCALE_RANGE), scale.whole("max", 2, SCALE_RANGE)
        if scale_min >= scale_max:
            raise InterchangeError(f"{scale.where}: min ({scale_min}) must be below max ({scale_max})")
        m = Map(mr.text("name"), mr.choice("kind", MapKind.CURRENT_STATE.value, MapKind, "map kind"),
                mr.text("description"), scale_min, scale_max, self.link(mr, "source_map", Map),
                self.hidden_lines(mr), self.map_personas(mr), id=self.new_id(mr))
        self.add(m, mr.where)
        for r in mr.items("stages"):
            self.stage(m, self.known(r, "stage"))
        for r in mr.items("lanes"):
            self.known(r, "lane")
            kind = r.choice("kind", LaneKind.ACTIONS.value, LaneKind, "lane kind")
            self.add(Lane(m.id, r.text("name"), kind, r.colour("colour", "#FFFFFF"),
                          r.number("height", 150.0, SIZE_RANGE), self.new_id(r)), r.where)
        return m

    def stage(self, m: Map, r: _Reader) -> None:
        stage = Stage(m.id, r.text("name"), r.text("goal"), r.colour("colour", "#DCE6F2"),
                      r.number("width", 260.0, SIZE_RANGE), self.link(r, "link_map", Map), self.new_id(r))
        if self.version < 2:  # a version-1 stage is one step, as a v4 project file's became
            self.add(stage, r.where)
            self.add(Step(m.id, stage.id, width=stage.width, id=first_step_id(stage.id)), r.where)
            return
        steps = [self.known(sr, "step") for sr in r.items("steps")]
        if not steps:
            raise InterchangeError(f"{r.place('steps')}: a stage has at least one step")
        widths = [sr.number("width", 260.0, SIZE_RANGE) for sr in steps]
        stage.width = widths[0]  # as a stage made with that first step has it (version 2 writes no width)
        self.add(stage, r.where)
        for sr, width in zip(steps, widths):
            self.add(Step(m.id, stage.id, sr.text("name"), sr.text("description"), width, self.new_id(sr)),
                     sr.where)

    def hidden_lines(self, mr: _Reader) -> list[str]:
        """The blueprint lines turned off, by the names the app gives them."""
        names = mr.texts("hidden_lines")
        known = [name for name, _above, _below in BLUEPRINT_LINES]
        for i, name in enumerate(names):
            place = f"{mr.place('hidden_lines')}[{i}]"
            if name not in known:
                raise InterchangeError(f"{place}: unknown blueprint line {_show(name)} "
                                       f"(expected one of {', '.join(known)})")
            if name in names[:i]:
                raise InterchangeError(f"{place}: {_show(name)} is listed twice")
        return names

    def map_personas(self, mr: _Reader) -> list[str]:
        """The personas a map shows: named by id (version 1: every visible persona)."""
        if self.version < 2:
            return [p.id for p in self.project.personas if p.visible]
        ids = mr.texts("personas")
        for i, persona_id in enumerate(ids):
            place = f"{mr.place('personas')}[{i}]"
            if not isinstance(self.project.get(persona_id), Persona):
                raise InterchangeError(f"{place}: no persona {_show(persona_id)}")
            if persona_id in ids[:i]:
                raise InterchangeError(f"{place}: {_show(persona_id)} is listed twice")
        return ids

    def column(self, r: _Reader, map_id: str) -> str:
        """A card's or point's step (version 1: its stage, whose one step it goes in)."""
        if self.version < 2:
            return first_step_id(self.member(r, "stage", Stage, map_id))
        return self.member(r, "step", Step, map_id)

    def cards(self, m: Map, mr: _Reader) -> None:
        cards = [(self.card(m, r), r.where) for r in mr.items("cards")]
        # a card's index is its place in its cell: add each cell's cards in that order
        for card, where in sorted(cards, key=lambda pair: pair[0].index):
            self.add(card, where)

    def points_and_connectors(self, m: Map, mr: _Reader) -> None:
        points: dict[tuple[str, str], str] = {}  # (persona, step) -> the place of its point
        for r in mr.items("emotion_points"):
            self.known(r, "emotion_point")
            key = (self.member(r, "persona", Persona, None), self.column(r, m.id))
            if key in points:
                raise InterchangeError(f"{r.where}: that persona already has a point at that "
                                       f"{'step' if self.version >= 2 else 'stage'} (at {points[key]})")
            points[key] = r.where
            self.add(EmotionPoint(m.id, key[0], "", r.number("score", 0.0, SCALE_RANGE), r.text("note"),
                                  key[1], self.new_id(r)), r.where)
        for r in mr.items("connectors"):
            self.known(r, "connector")
            source, target = self.member(r, "source", Card, m.id), self.member(r, "target", Card, m.id)
            if source == target:
                raise InterchangeError(f"{r.place('target')}: the same card as the source "
                                       "(a connector joins two different cards)")
            self.add(Connector(m.id, source, target, r.text("label"), r.flag("two_way", False),
                               self.new_id(r)), r.where)
        for r in mr.items("metrics"):
            self.metric(m, self.known(r, "metric"))
        for r in mr.items("gaps"):
            self.known(r, "gap")
            self.add(Gap(m.id, self.member(r, "step", Step, m.id), self.member(r, "lane", Lane, m.id),
                         r.choice("kind", GapKind.OTHER.value, GapKind, "gap kind"), r.text("note"),
                         self.new_id(r)), r.where)
        for r in mr.items("evidence"):
            self.known(r, "evidence")
            self.add(Evidence(m.id, self.member(r, "card", Card, m.id),
                              r.choice("kind", EvidenceKind.ANALYTICAL.value, EvidenceKind, "evidence kind"),
                              r.text("method"), r.text("source"), r.text("link"), _date(r, "date"), r.text("quote"),
                              self.new_id(r)), r.where)
        m.dismissed_gaps = mr.texts("dismissed_gaps")
        for r in mr.items("voting_rounds"):
            self.voting_round(m, self.known(r, "voting_round"))
        for r in mr.items("votes"):
            self.known(r, "vote")
            round_id = self.member(r, "round", VotingRound, m.id)
            voting = self.project.get(round_id)
            participant = r.whole("participant", 0, (0, max(0, len(voting.participants) - 1)))
            self.add(Vote(m.id, round_id, self.member(r, "card", Card, m.id), participant, self.new_id(r)), r.where)
        for r in mr.items("comments"):
            self.known(r, "comment")
            subject_id, place = r.identifier("subject"), r.place("subject")
            subject = self.project.get(subject_id)
            if not isinstance(subject, (Map, Stage, Step, Card)) or (subject.id if isinstance(subject, Map)
                                                                     else subject.map_id) != m.id:
                raise InterchangeError(f"{place}: no card, stage, step or map {_show(subject_id)} here")
            parent = r.text("parent")
            if parent and not isinstance(self.project.get(parent), Comment):
                raise InterchangeError(f"{r.place('parent')}: no comment {_show(parent)} before this one")
            self.add(Comment(m.id, subject_id, r.text("text"), r.text("author"), r.text("created"), parent,
                             r.flag("resolved", False), self.new_id(r)), r.where)

    def voting_round(self, m: Map, r: _Reader) -> None:
        people = r.data.get("participants", [])
        place = r.place("participants")
        if not isinstance(people, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in people):
            raise InterchangeError(f"{place}: expected a list of [name, colour] pairs")
        for i, (_name, colour) in enumerate(people):
            if not _COLOUR.fullmatch(colour):
                raise InterchangeError(f"{place}[{i}]: {_show(colour)} is not a colour (expected #RRGGBB)")
        lane_kinds = r.texts("lane_kinds")
        card_types = r.texts("card_types")
        for key, values, kind in (("lane_kinds", lane_kinds, LaneKind), ("card_types", card_types, CardType)):
            known = {member.value for member in kind}
            for i, value in enumerate(values):
                if value not in known:
                    raise InterchangeError(f"{r.place(key)}[{i}]: unknown {_show(value)} "
                                           f"(expected {_choices(kind)})")
        self.add(VotingRound(m.id, r.text("name"), [list(p) for p in people], r.whole("votes_each", 3, (1, 1000)),
                             lane_kinds, card_types, r.flag("anonymous", False), r.text("created"), self.new_id(r)),
                 r.where)

    def metric(self, m: Map, r: _Reader) -> None:
        subject_id, place = r.identifier("subject"), r.place("subject")
        subject = self.project.get(subject_id)
        if not isinstance(subject, (Stage, Step, Card)) or subject.map_id != m.id:
            raise InterchangeError(f"{place}: no stage, step or card {_show(subject_id)} in this map")
        target = None if r.data.get("target") is None else r.number("target", 0.0, METRIC_RANGE)
        metric = Metric(m.id, subject_id, r.choice("kind", MetricKind.CUSTOM.value, MetricKind, "metric kind"),
                        r.number("value", 0.0, METRIC_RANGE), target, r.text("name"), r.text("unit"),
                        r.flag("higher_is_better", True), _date(r, "period_start"), _date(r, "period_end"),
                        r.text("source"), self.new_id(r))
        problem = out_of_range(metric)
        if problem:
            raise InterchangeError(f"{r.where}: {problem}")
        self.add(metric, r.where)

    def card(self, m: Map, r: _Reader) -> Card:
        self.known(r, "card")
        step_id = self.column(r, m.id)
        return Card(m.id, "", self.member(r, "lane", Lane, m.id),
                    r.text("title"), r.text("body"),
                    r.choice("type", CardType.NOTE.value, CardType, "card type"),
                    r.choice("moment", Moment.NONE.value, Moment, "moment"),
                    r.choice("channel", Channel.NONE.value, Channel, "channel"), r.text("owner"),
                    r.colour("colour", "", empty_means="the card type's colour"), r.texts("tags"),
                    r.whole("index", 0, INDEX_RANGE), r.whole("span", 1, SPAN_RANGE),
                    r.flag("fail_point", False), r.flag("wait_point", False),
                    r.number("minutes", 0.0, MINUTES_RANGE), self.link(r, "link_map", Map),
                    self.link(r, "source_card", Card), step_id, r.whole("impact", 0, RATING_RANGE),
                    r.whole("effort", 0, RATING_RANGE),
                    r.choice("status", OpportunityStatus.NONE.value, OpportunityStatus, "status"), _date(r, "due"),
                    id=self.new_id(r))


def _date(r: _Reader, key: str) -> str:
    """An ISO date (YYYY-MM-DD), or empty."""
    value = r.text(key)
    if value:
        try:
            if len(value) != 10:
                raise ValueError(value)
            datetime.date.fromisoformat(value)
        except ValueError:
            raise InterchangeError(f"{r.place(key)}: {_show(value)} is not a date (expected YYYY-MM-DD)") from None
    return value


def project_from_json(text: str | bytes) -> Project:
    """The project a document holds, or InterchangeError naming the first problem's place.

    Every check runs before the project is returned, so a caller that writes it afterwards
    writes nothing for a refused file."""
    root = _Reader(_decode(text), "")
    if root.data.get("format") != FORMAT:
        raise InterchangeError("not a Journey Editor interchange file (its \"format\" is not "
                               f"{FORMAT!r})")
    version = root.whole("format_version", _REQUIRED)
    if not 1 <= version < 2**31:
        raise InterchangeError(f"format_version: {_show(version)} is not a version number "
                               f"(expected 1 to {FORMAT_VERSION})")
    if version > FORMAT_VERSION:
        raise InterchangeError(f"format_version: the file is interchange version {_show(version)}, newer "
                               f"than this Journey Editor reads ({FORMAT_VERSION}); update the app")
    return _Importer(root.text("title", "Untitled project"), version).read(root)
