"""The JSON interchange format (docs/interchange.md): full fidelity, deterministic output.

Keys name things as the UI does. Output is sorted and stable, so export -> import -> export
gives the same bytes.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from ..model import (
    Card,
    Connector,
    EmotionPoint,
    Image,
    Lane,
    Map,
    ModelError,
    Persona,
    Project,
    Stage,
)

FORMAT = "journeyeditor-project"
FORMAT_VERSION = 1


class InterchangeError(ValueError):
    """A malformed or unsupported interchange file; str() says where and what."""


def _stage(s: Stage) -> dict:
    return {"id": s.id, "name": s.name, "goal": s.goal, "colour": s.colour, "width": s.width,
            "link_map": s.link_map_id}


def _lane(lane: Lane) -> dict:
    return {"id": lane.id, "name": lane.name, "kind": lane.kind, "colour": lane.colour,
            "height": lane.height}


def _card(c: Card) -> dict:
    return {"id": c.id, "stage": c.stage_id, "lane": c.lane_id, "index": c.index, "span": c.span,
            "title": c.title, "body": c.body, "type": c.type, "moment": c.moment,
            "channel": c.channel, "owner": c.owner, "colour": c.colour, "tags": list(c.tags),
            "fail_point": c.fail_point, "wait_point": c.wait_point, "minutes": c.minutes,
            "link_map": c.link_map_id}


def project_to_dict(project: Project) -> dict:
    personas_order = {p.id: i for i, p in enumerate(project.personas)}
    maps = []
    for m in project.maps:
        contents = project.contents(m.id)
        stage_order = {s.id: i for i, s in enumerate(contents.stages)}
        lane_order = {lane.id: i for i, lane in enumerate(contents.lanes)}
        cards = sorted(contents.cards.values(),
                       key=lambda c: (stage_order[c.stage_id], lane_order[c.lane_id], c.index))
        points = sorted(contents.emotion_points.values(),
                        key=lambda p: (personas_order[p.persona_id], stage_order[p.stage_id]))
        maps.append({
            "id": m.id, "name": m.name, "kind": m.kind, "description": m.description,
            "emotion_scale": {"min": m.scale_min, "max": m.scale_max},
            "source_map": m.source_map_id, "hidden_lines": list(m.hidden_lines),
            "stages": [_stage(s) for s in contents.stages],
            "lanes": [_lane(lane) for lane in contents.lanes],
            "cards": [_card(c) for c in cards],
            "emotion_points": [{"id": p.id, "persona": p.persona_id, "stage": p.stage_id,
                                "score": p.score, "note": p.note} for p in points],
            "connectors": [{"id": c.id, "source": c.source_id, "target": c.target_id,
                            "label": c.label, "two_way": c.two_way}
                           for c in sorted(contents.connectors.values(), key=lambda c: c.id)],
        })
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": project.title,
        "personas": [{"id": p.id, "name": p.name, "role": p.role, "quote": p.quote,
                      "goals": p.goals, "expectations": p.expectations, "scenario": p.scenario,
                      "photo": p.photo_hash, "colour": p.colour, "visible": p.visible}
                     for p in project.personas],
        "images": [{"hash": i.hash, "mime": i.mime, "data": base64.b64encode(i.data).decode("ascii")}
                   for i in sorted(project.images.values(), key=lambda i: i.hash)],
        "maps": maps,
    }


def project_to_json(project: Project) -> str:
    return json.dumps(project_to_dict(project), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# ------------------------------------------------------------------- import
class _Reader:
    """Reads one object of the document, naming its place in every error."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise InterchangeError(f"{where}: expected an object")
        self.data, self.where = data, where

    def get(self, key: str, kind: type | tuple, default: Any = ...) -> Any:
        if key not in self.data:
            if default is ...:
                raise InterchangeError(f"{self.where}: missing {key!r}")
            return default
        value = self.data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind in (int, float) and isinstance(value, bool)):
            raise InterchangeError(f"{self.where}.{key}: expected {_kind_name(kind)}")
        return value

    def text(self, key: str, default: str = "") -> str:
        return self.get(key, str, default)

    def items(self, key: str) -> list[_Reader]:
        values = self.get(key, list, [])
        return [_Reader(v, f"{self.where}.{key}[{i}]") for i, v in enumerate(values)]


def _kind_name(kind) -> str:
    return {str: "text", int: "a whole number", float: "a number", bool: "true or false",
            list: "a list", dict: "an object"}.get(kind, "another type")


def project_from_json(text: str | bytes) -> Project:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InterchangeError(f"not valid JSON ({error})") from error
    root = _Reader(data, "document")
    if data.get("format") != FORMAT:
        raise InterchangeError("not a Journey Editor interchange file (its \"format\" is not "
                               f"{FORMAT!r})")
    version = root.get("format_version", int)
    if version > FORMAT_VERSION:
        raise InterchangeError(f"the file is interchange version {version}, newer than this "
                               f"Journey Editor reads ({FORMAT_VERSION}); update the app")
    project = Project(root.text("title", "Untitled project"))

    def add(entity, where: str) -> None:
        try:
            project.add(entity)
        except ModelError as error:
            raise InterchangeError(f"{where}: {error}") from error

    for r in root.items("images"):
        try:
            data_bytes = base64.b64decode(r.text("data"), validate=True)
        except ValueError as error:
            raise InterchangeError(f"{r.where}.data: not base64") from error
        add(Image(r.text("hash"), r.text("mime"), data_bytes), r.where)
    for r in root.items("personas"):
        add(Persona(r.text("name"), r.text("role"), r.text("quote"), r.text("goals"),
                    r.text("expectations"), r.text("scenario"), r.text("photo"),
                    r.text("colour", "#0072B2"), r.get("visible", bool, True), r.get("id", str)),
            r.where)
    for mr in root.items("maps"):
        scale = _Reader(mr.get("emotion_scale", dict, {"min": -2, "max": 2}), f"{mr.where}.emotion_scale")
        m = Map(mr.text("name"), mr.text("kind", "current-state"), mr.text("description"),
                scale.get("min", int, -2), scale.get("max", int, 2), mr.text("source_map"),
                id=mr.get("id", str))
        hidden = mr.get("hidden_lines", list, [])
        if not all(isinstance(name, str) for name in hidden):
            raise InterchangeError(f"{mr.where}.hidden_lines: expected a list of text")
        m.hidden_lines = hidden
        if m.scale_min >= m.scale_max:
            raise InterchangeError(f"{mr.where}.emotion_scale: min must be below max")
        add(m, mr.where)
        for r in mr.items("stages"):
            add(Stage(m.id, r.text("name"), r.text("goal"), r.text("colour", "#DCE6F2"),
                      r.get("width", float, 260.0), r.text("link_map"), r.get("id", str)), r.where)
        for r in mr.items("lanes"):
            add(Lane(m.id, r.text("name"), r.text("kind", "actions"), r.text("colour", "#FFFFFF"),
                     r.get("height", float, 150.0), r.get("id", str)), r.where)
        for r in sorted(mr.items("cards"), key=lambda r: r.get("index", int, 0)):
            tags = r.get("tags", list, [])
            if not all(isinstance(t, str) for t in tags):
                raise InterchangeError(f"{r.where}.tags: expected a list of text")
            add(Card(m.id, r.get("stage", str), r.get("lane", str), r.text("title"), r.text("body"),
                     r.text("type", "note"), r.text("moment"), r.text("channel"), r.text("owner"),
                     r.text("colour"), tags, r.get("index", int, 0), r.get("span", int, 1),
                     r.get("fail_point", bool, False), r.get("wait_point", bool, False),
                     r.get("minutes", float, 0.0), r.text("link_map"), r.text("source_card"),
                     r.get("id", str)), r.where)
        for r in mr.items("emotion_points"):
            add(EmotionPoint(m.id, r.get("persona", str), r.get("stage", str),
                             r.get("score", float, 0.0), r.text("note"), r.get("id", str)), r.where)
        for r in mr.items("connectors"):
            add(Connector(m.id, r.get("source", str), r.get("target", str), r.text("label"),
                          r.get("two_way", bool, False), r.get("id", str)), r.where)
    return project
