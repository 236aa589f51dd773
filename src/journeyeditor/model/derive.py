"""Copies of maps and cards with fresh ids (duplicate, templates, paste, derived maps)."""

from __future__ import annotations

import dataclasses

from .entities import Card, Connector, EmotionPoint, Lane, Map, Stage, new_id
from .project import Project


def copy_map(source: Project, map_id: str, name: str | None = None, with_points: bool = True,
             persona_ids: set[str] | None = None) -> list:
    """Entities of a new map equal to `map_id` of `source`, with fresh ids, in the order to add."""
    original = source.require(map_id, Map)
    contents = source.contents(map_id)
    new_map = dataclasses.replace(original, id=new_id(), name=name or original.name)
    ids = {map_id: new_map.id}
    result: list = [new_map]
    for stage in contents.stages:
        ids[stage.id] = new_id()
        result.append(dataclasses.replace(stage, id=ids[stage.id], map_id=new_map.id))
    for lane in contents.lanes:
        ids[lane.id] = new_id()
        result.append(dataclasses.replace(lane, id=ids[lane.id], map_id=new_map.id))
    for card in sorted(contents.cards.values(), key=lambda c: c.index):
        ids[card.id] = new_id()
        result.append(dataclasses.replace(card, id=ids[card.id], map_id=new_map.id, stage_id=ids[card.stage_id],
                                          lane_id=ids[card.lane_id], tags=list(card.tags)))
    if with_points:
        for point in contents.emotion_points.values():
            if persona_ids is None or point.persona_id in persona_ids:
                result.append(dataclasses.replace(point, id=new_id(), map_id=new_map.id,
                                                  stage_id=ids[point.stage_id]))
    for connector in contents.connectors.values():
        result.append(dataclasses.replace(connector, id=new_id(), map_id=new_map.id,
                                          source_id=ids[connector.source_id], target_id=ids[connector.target_id]))
    return result


def card_to_dict(card: Card) -> dict:
    return {f.name: getattr(card, f.name) for f in dataclasses.fields(card)
            if f.name not in ("id", "map_id", "stage_id", "lane_id", "index")}


def card_from_dict(values: dict, map_id: str, stage_id: str, lane_id: str, index: int) -> Card:
    allowed = {f.name for f in dataclasses.fields(Card)} - {"id", "map_id", "stage_id", "lane_id", "index"}
    clean = {k: v for k, v in values.items() if k in allowed}
    return Card(map_id, stage_id, lane_id, index=index, **clean)


__all__ = ["Card", "Connector", "EmotionPoint", "Lane", "Stage", "card_from_dict", "card_to_dict", "copy_map"]
