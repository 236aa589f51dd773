"""Copies of maps and cards with fresh ids (duplicate, templates, paste, derived maps)."""

from __future__ import annotations

import dataclasses

from .entities import Card, Connector, EmotionPoint, Lane, Map, Stage, first_step_id, new_id
from .project import Project


def copy_map(source: Project, map_id: str, name: str | None = None, with_points: bool = True,
             persona_ids: set[str] | None = None, link_cards: bool = False) -> list:
    """Entities of a new map equal to `map_id` of `source`, with fresh ids, in the order to add."""
    original = source.require(map_id, Map)
    contents = source.contents(map_id)
    new_map = dataclasses.replace(original, id=new_id(), name=name or original.name,
                                  hidden_lines=list(original.hidden_lines),
                                  persona_ids=[p for p in original.persona_ids if persona_ids is None or p in persona_ids])
    ids = {map_id: new_map.id}
    result: list = [new_map]
    result += _copied_stages(contents, new_map.id, ids)
    for lane in contents.lanes:
        ids[lane.id] = new_id()
        result.append(dataclasses.replace(lane, id=ids[lane.id], map_id=new_map.id))
    for card in sorted(contents.cards.values(), key=lambda c: c.index):
        ids[card.id] = new_id()
        result.append(dataclasses.replace(card, id=ids[card.id], map_id=new_map.id, stage_id=ids[card.stage_id],
                                          step_id=ids[card.step_id], lane_id=ids[card.lane_id], tags=list(card.tags),
                                          source_card_id=card.id if link_cards else card.source_card_id))
    if with_points:
        for point in contents.emotion_points.values():
            if persona_ids is None or point.persona_id in persona_ids:
                result.append(dataclasses.replace(point, id=new_id(), map_id=new_map.id,
                                                  stage_id=ids[point.stage_id], step_id=ids[point.step_id]))
    for connector in contents.connectors.values():
        result.append(dataclasses.replace(connector, id=new_id(), map_id=new_map.id,
                                          source_id=ids[connector.source_id], target_id=ids[connector.target_id]))
    return result


def _copied_stages(contents, map_id: str, ids: dict[str, str]) -> list:
    """Copies of a map's stages, each followed by copies of its steps, with fresh ids (a stage's
    first step gets the id a new stage's first step has); `ids` learns old id -> new id."""
    result: list = []
    for stage in contents.stages:
        ids[stage.id] = new_id()
        result.append(dataclasses.replace(stage, id=ids[stage.id], map_id=map_id))
        for number, step in enumerate(contents.steps_of(stage.id)):
            ids[step.id] = first_step_id(ids[stage.id]) if number == 0 else new_id()
            result.append(dataclasses.replace(step, id=ids[step.id], map_id=map_id, stage_id=ids[stage.id]))
    return result


def card_to_dict(card: Card) -> dict:
    return {f.name: getattr(card, f.name) for f in dataclasses.fields(card)
            if f.name not in ("id", "map_id", "stage_id", "step_id", "lane_id", "index")}


def card_from_dict(values: dict, map_id: str, step: object, lane_id: str, index: int) -> Card:
    """A card from card_to_dict's values, into the cell of `step` (a Step) and the lane."""
    allowed = {f.name for f in dataclasses.fields(Card)} - {"id", "map_id", "stage_id", "step_id", "lane_id", "index"}
    clean = {k: v for k, v in values.items() if k in allowed}
    return Card(map_id, step.stage_id, lane_id, index=index, step_id=step.id, **clean)


NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"


def future_state(project: Project, map_id: str, name: str) -> list:
    """A future-state copy of a map that links back to it, card by card."""
    entities = copy_map(project, map_id, name, link_cards=True)
    entities[0].kind = "future-state"
    entities[0].source_map_id = map_id
    return entities


def blueprint_from_journey(project: Project, map_id: str, name: str) -> list:
    """A service blueprint on the journey's stages, its customer-actions lane filled with the
    journey's action cards (linked back); the other blueprint lanes start empty."""
    from ..templates import BLUEPRINT_LANES, LANE_COLOURS, lane_height

    journey = project.require(map_id, Map)
    contents = project.contents(map_id)
    blueprint = Map(name, "service-blueprint", journey.description, journey.scale_min, journey.scale_max,
                    source_map_id=map_id, persona_ids=list(journey.persona_ids))
    result: list = [blueprint]
    stage_ids: dict[str, str] = {}
    result += _copied_stages(contents, blueprint.id, stage_ids)
    lanes = {kind: Lane(blueprint.id, lane_name, kind, LANE_COLOURS[kind], lane_height(kind))
             for kind, lane_name in BLUEPRINT_LANES}
    result += list(lanes.values())
    action_lanes = {lane.id for lane in contents.lanes if lane.kind == "actions"}
    for card in sorted(contents.cards.values(), key=lambda c: c.index):
        if card.lane_id in action_lanes:
            result.append(dataclasses.replace(card, id=new_id(), map_id=blueprint.id, stage_id=stage_ids[card.stage_id],
                                              step_id=stage_ids[card.step_id], lane_id=lanes["actions"].id, index=-1, tags=list(card.tags),
                                              source_card_id=card.id))
    return result


def card_status(project: Project, card: Card) -> str | None:
    """Against the map it was derived from: new, changed or unchanged (None if not derived)."""
    m = project.get(card.map_id)
    if m is None or not m.source_map_id or project.get(m.source_map_id) is None:
        return None
    source = project.get(card.source_card_id) if card.source_card_id else None
    if not isinstance(source, Card):
        return NEW
    source_stage, stage = project.get(source.stage_id), project.get(card.stage_id)
    same = (source.title, source.body, source.type) == (card.title, card.body, card.type) and \
        getattr(source_stage, "name", None) == getattr(stage, "name", None)
    return UNCHANGED if same else CHANGED


__all__ = ["blueprint_from_journey", "card_status", "future_state", "Card", "Connector", "EmotionPoint", "Lane", "Stage", "card_from_dict", "card_to_dict", "copy_map"]
