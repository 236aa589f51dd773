"""Copies of maps and cards with fresh ids (duplicate, templates, paste, derived maps)."""

from __future__ import annotations

import dataclasses

from .entities import Card, Connector, EmotionPoint, Lane, Map, MapKind, Stage, first_step_id, new_id
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


#: where a journey's cards go in a service blueprint, by the kind of lane they sit in: (the
#: blueprint lane's kind, fail point). A touchpoint is what the customer sees and handles, Bitner's
#: physical evidence (the frontstage lane holds what staff and systems do in front of them, which
#: a journey does not record). A pain point is where the service fails the customer: a card with
#: the fail-point mark in the customer's row, at its step, after the actions there.
BLUEPRINT_CARDS = {"actions": ("actions", False), "touchpoints": ("physical-evidence", False),
                   "pain-points": ("actions", True)}


def blueprint_from_journey(project: Project, map_id: str, name: str) -> list:
    """A service blueprint on the journey's stages and steps, with the template's lanes named in
    the journey's language: its customer actions, touchpoints (as physical evidence) and pain
    points (as fail points) carried over and linked back, with the connectors between them."""
    journey = project.require(map_id, Map)
    blueprint = Map(name, MapKind.SERVICE_BLUEPRINT.value, journey.description, journey.scale_min,
                    journey.scale_max, source_map_id=map_id, persona_ids=list(journey.persona_ids))
    return _derived(project, map_id, blueprint, BLUEPRINT_CARDS, with_points=False)


def day_in_the_life(project: Project, map_id: str, name: str) -> list:
    """A day in the life of the journey's personas, on its stages and steps, with the lanes a new
    day-in-the-life map gets (in the journey's language). The journey's cards in lanes of those
    kinds (actions, thoughts, channels, emotions, pain points) go to the lane of their kind,
    linked back; the emotion points and the connectors between carried cards are kept."""
    journey = project.require(map_id, Map)
    day = Map(name, MapKind.DAY_IN_THE_LIFE.value, journey.description, journey.scale_min, journey.scale_max,
              source_map_id=map_id, persona_ids=list(journey.persona_ids))
    kinds = [lane.kind for lane in _template_lanes(day.kind, "en", day.id)]
    return _derived(project, map_id, day, {kind: (kind, False) for kind in kinds}, with_points=True)


def _derived(project: Project, map_id: str, new_map: Map, destinations: dict[str, tuple[str, bool]],
             with_points: bool) -> list:
    """`new_map` with the source map's stages and steps, the template lanes of its kind, and the
    source's cards sent on by `destinations` (source lane kind -> (lane kind, fail point)), in
    that order of kinds, each cell keeping the source's order."""
    contents = project.contents(map_id)
    ids: dict[str, str] = {}
    result: list = [new_map, *_copied_stages(contents, new_map.id, ids)]
    lanes = _template_lanes(new_map.kind, map_language(project, map_id), new_map.id)
    result += lanes
    lane_of_kind: dict[str, Lane] = {}
    for lane in lanes:
        lane_of_kind.setdefault(lane.kind, lane)
    source_kinds = {lane.id: lane.kind for lane in contents.lanes}
    rank = {kind: number for number, kind in enumerate(destinations)}
    column = {step.id: number for number, step in enumerate(contents.columns())}
    row = {lane.id: number for number, lane in enumerate(contents.lanes)}
    carried = [card for card in contents.cards.values() if source_kinds[card.lane_id] in destinations]
    for card in sorted(carried, key=lambda c: (rank[source_kinds[c.lane_id]], column[c.step_id], row[c.lane_id],
                                               c.index)):
        lane_kind, fail_point = destinations[source_kinds[card.lane_id]]
        ids[card.id] = new_id()
        result.append(dataclasses.replace(card, id=ids[card.id], map_id=new_map.id, stage_id=ids[card.stage_id],
                                          step_id=ids[card.step_id], lane_id=lane_of_kind[lane_kind].id, index=-1,
                                          tags=list(card.tags), fail_point=card.fail_point or fail_point,
                                          source_card_id=card.id))
    for connector in sorted(contents.connectors.values(), key=lambda c: c.id):
        if connector.source_id in ids and connector.target_id in ids:
            result.append(dataclasses.replace(connector, id=new_id(), map_id=new_map.id,
                                              source_id=ids[connector.source_id], target_id=ids[connector.target_id]))
    if with_points:
        for point in contents.emotion_points.values():
            result.append(dataclasses.replace(point, id=new_id(), map_id=new_map.id, stage_id=ids[point.stage_id],
                                              step_id=ids[point.step_id]))
    return result


def _template_lanes(kind: str, language: str, map_id: str) -> list[Lane]:
    """The lanes templates.new_map gives a new map of `kind`, named in `language`, for `map_id`."""
    from ..templates import new_map

    scratch = Project()
    made = new_map(scratch, kind, language=language)
    return [dataclasses.replace(lane, id=new_id(), map_id=map_id) for lane in scratch.contents(made.id).lanes]


# ------------------------------------------------------------------ the language a map is written in
#: a name's script -> the language whose template names we use (the catalogue's); a script we have
#: no names for keeps the English ones
_SCRIPT_LANGUAGES = {"latin": "en", "cyrillic": "ru", "hangul": "ko"}
_PERSIAN_ONLY = set("پچژگکی")  # letters Persian writes and Arabic does not (keheh and Farsi yeh too)


def _script(character: str) -> str:
    code = ord(character)
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return "kana"
    if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF:
        return "han"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "arabic"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    return "latin" if code < 0x0250 else "other"


def written_language(names: list[str]) -> str:
    """The language these names are written in, as far as its script tells: each name votes for
    the script most of its letters are in, and the most votes win (a tie goes to the script that
    is not Latin: English words slip into any map). Chinese characters with kana anywhere are
    Japanese; Arabic script with a letter only Persian has is Persian. Names the templates give
    in English ("Customer actions") do not vote: they are defaults, not the user's words."""
    from collections import Counter

    from ..templates import TEMPLATE_NAMES

    votes: Counter = Counter()
    letters_seen: set[str] = set()
    for name in names:
        if name in TEMPLATE_NAMES:
            continue
        scripts = Counter("han" if _script(c) == "kana" else _script(c) for c in name if c.isalpha())
        scripts.pop("other", None)
        if scripts:
            votes[max(scripts, key=lambda s: (scripts[s], s))] += 1
            letters_seen.update(name)
    if not votes:
        return "en"
    script = max(votes, key=lambda s: (votes[s], s != "latin", s))
    if script == "han":
        return "ja" if any(_script(c) == "kana" for c in letters_seen) else "zh"
    if script == "arabic":
        return "fa" if letters_seen & _PERSIAN_ONLY else "ar"
    return _SCRIPT_LANGUAGES[script]


def map_language(project: Project, map_id: str) -> str:
    """The language a map's stage, step, lane and card names are written in (written_language)."""
    contents = project.contents(map_id)
    names = [stage.name for stage in contents.stages] + [step.name for step in contents.columns()]
    names += [lane.name for lane in contents.lanes] + [card.title for card in contents.cards.values()]
    return written_language(names)


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


__all__ = ["Card", "Connector", "EmotionPoint", "Lane", "Stage", "blueprint_from_journey", "card_from_dict",
           "card_status", "card_to_dict", "copy_map", "day_in_the_life", "future_state", "map_language",
           "written_language"]
