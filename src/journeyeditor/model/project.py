"""The project: every entity of one file, the operations that change them, and change events.

Operations are small and reversible (each returns what its inverse needs); the undo commands
call them. Listeners (the canvas, the store) hear a :class:`Change` only on a real change.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..catalogue import tr
from .entities import (
    Card,
    Comment,
    Connector,
    EmotionPoint,
    Evidence,
    Gap,
    Image,
    Lane,
    Map,
    Metric,
    Persona,
    Stage,
    Step,
    Vote,
    VotingRound,
    copy_entity,
    first_step_id,
    type_name,
)

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
#: fields that place an entity; they change through move operations, not update()
PLACEMENT_FIELDS = {"id", "map_id", "stage_id", "step_id", "lane_id", "index", "persona_id", "hash"}


_REVISIONS = itertools.count(1)
#: what hangs on a map's stages, steps, lanes and cards, kept per map in a dict by id
ANNOTATIONS = (Metric, Gap, Evidence, VotingRound, Vote, Comment)


class ModelError(ValueError):
    """An operation that would break the project's consistency."""


@dataclass(frozen=True)
class Change:
    action: str  # ADDED, REMOVED or CHANGED
    entity_type: str  # "map", "stage", "card" …
    entity: object
    fields: tuple[str, ...] = ()
    old: dict = field(default_factory=dict, compare=False)


@dataclass
class Removal:
    """What remove() took away, in removal order, so restore() can put it all back."""

    items: list[tuple[object, int | None]] = field(default_factory=list)


class MapContents:
    """The stages (each with its steps), lanes, cards, emotion points and connectors of one map.

    The grid's columns are the steps, stage by stage: cards sit in (step, lane) cells and
    emotion points are per (persona, step)."""

    def __init__(self) -> None:
        self.stages: list[Stage] = []
        self.steps: dict[str, list[Step]] = {}  # stage id -> its steps, in order
        self.lanes: list[Lane] = []
        self.cards: dict[str, Card] = {}
        self.cells: dict[tuple[str, str], list[Card]] = {}  # (step, lane) -> cards in order
        self.emotion_points: dict[tuple[str, str], EmotionPoint] = {}  # (persona, step)
        self.connectors: dict[str, Connector] = {}
        self.metrics: dict[str, Metric] = {}
        self.gaps: dict[str, Gap] = {}
        self.evidence: dict[str, Evidence] = {}
        self.rounds: dict[str, VotingRound] = {}
        self.votes: dict[str, Vote] = {}
        self.comments: dict[str, Comment] = {}

    def cell(self, column_id: str, lane_id: str) -> list[Card]:
        """The cards of a (step, lane) cell; a stage's id stands for its first step."""
        steps = self.steps.get(column_id)
        if steps:
            column_id = steps[0].id
        return self.cells.get((column_id, lane_id), [])

    def steps_of(self, stage_id: str) -> list[Step]:
        return self.steps.get(stage_id, [])

    def columns(self) -> list[Step]:
        """Every step of the map, left to right."""
        return [step for stage in self.stages for step in self.steps.get(stage.id, ())]


class Project:
    def __init__(self, title: str = "Untitled project") -> None:
        self.title = title
        self.maps: list[Map] = []
        self.personas: list[Persona] = []
        self.images: dict[str, Image] = {}
        self._contents: dict[str, MapContents] = {}
        self._index: dict[str, object] = {}  # id -> entity, for every entity
        self._listeners: list[Callable[[Change], None]] = []
        # revisions let a consumer (the layout) keep work done for parts that did not change:
        # `revision` moves on every change, a lane's and a cell's on every change to a card in it
        # numbers come from one process-wide counter, so two Project objects (a file reopened
        # in the same window) never share one and a cache keyed by them cannot mix them up
        self.revision = self._born = next(_REVISIONS)
        self._lane_revisions: dict[str, int] = {}
        self._cell_revisions: dict[tuple[str, str], int] = {}

    # ----------------------------------------------------------------- events
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def lane_revision(self, lane_id: str) -> int:
        """Changes whenever a card enters, leaves or changes in the lane."""
        return self._lane_revisions.get(lane_id, self._born)

    def cell_revision(self, step_id: str, lane_id: str) -> int:
        """Changes whenever a card enters, leaves or changes in the (step, lane) cell."""
        return self._cell_revisions.get((step_id, lane_id), self._born)

    def _emit(self, change: Change) -> None:
        self.revision = next(_REVISIONS)
        card = change.entity
        if isinstance(card, Metric):  # a card's metric is drawn on the card: its cell changed
            card = self._index.get(card.subject_id)
        if isinstance(card, Evidence):  # a card's evidence is drawn on it (its badge): its cell changed
            card = self._index.get(card.card_id)
        if isinstance(card, Card):
            for step_id, lane_id in {(card.step_id, card.lane_id),
                                     (change.old.get("step_id", card.step_id), change.old.get("lane_id", card.lane_id))}:
                self._lane_revisions[lane_id] = self._cell_revisions[(step_id, lane_id)] = self.revision
        for listener in list(self._listeners):
            listener(change)

    # ---------------------------------------------------------------- queries
    def get(self, entity_id: str):
        return self._index.get(entity_id)

    def require(self, entity_id: str, cls: type | None = None):
        entity = self._index.get(entity_id)
        if entity is None or (cls is not None and not isinstance(entity, cls)):
            raise ModelError(f"no {cls.__name__.lower() if cls else 'entity'} with id {entity_id}")
        return entity

    def contents(self, map_id: str) -> MapContents:
        return self._contents[map_id]

    def map_by_name(self, name: str) -> Map | None:
        return next((m for m in self.maps if m.name == name), None)

    def cards_of_stage(self, stage: Stage) -> list[Card]:
        return [c for c in self._contents[stage.map_id].cards.values() if c.stage_id == stage.id]

    def emotion_point(self, map_id: str, persona_id: str, column_id: str) -> EmotionPoint | None:
        """A persona's point at a step (or at a stage's first step, given the stage's id)."""
        step = self.column(column_id)
        return self._contents[map_id].emotion_points.get((persona_id, step.id)) if step else None

    def column(self, column_id: str) -> Step | None:
        """The step with this id, or the first step of the stage with this id."""
        entity = self._index.get(column_id)
        if isinstance(entity, Stage):
            steps = self._contents[entity.map_id].steps_of(entity.id)
            return steps[0] if steps else None
        return entity if isinstance(entity, Step) else None

    def require_column(self, column_id: str) -> Step:
        step = self.column(column_id)
        if step is None:
            raise ModelError(f"no step or stage with steps with id {column_id}")
        return step

    def add_stage(self, stage: Stage, index: int | None = None) -> Stage:
        """Add a stage with its first step (as wide as the stage says), as a new stage is made."""
        self.add(stage, index)
        self.add(Step(stage.map_id, stage.id, width=stage.width, id=first_step_id(stage.id)))
        return stage

    def all_entities(self) -> Iterable[object]:
        return self._index.values()

    # --------------------------------------------------------------- add/remove
    def _ordered_list(self, entity) -> list | None:
        if isinstance(entity, Map):
            return self.maps
        if isinstance(entity, Persona):
            return self.personas
        if isinstance(entity, Stage):
            return self._contents[entity.map_id].stages
        if isinstance(entity, Step):
            return self._contents[entity.map_id].steps.setdefault(entity.stage_id, [])
        if isinstance(entity, Lane):
            return self._contents[entity.map_id].lanes
        return None

    def siblings(self, entity) -> list:
        """The ordered list a map, persona, stage or lane belongs to ([] if its map is gone)."""
        try:
            return self._ordered_list(entity) or []
        except KeyError:
            return []

    def index_of(self, entity) -> int | None:
        ordered = self._ordered_list(entity)
        return None if ordered is None else ordered.index(entity)

    def add(self, entity, index: int | None = None):
        """Add an entity (at `index` in its ordered list, or its cell for a card)."""
        if isinstance(entity, Image):
            if entity.hash in self.images:
                return self.images[entity.hash]
            self.images[entity.hash] = entity
            self._emit(Change(ADDED, "image", entity))
            return entity
        if entity.id in self._index:
            raise ModelError(f"{type_name(entity)} {entity.id} is already in the project")
        if isinstance(entity, (Card, EmotionPoint)):
            self._place_in_step(entity)
        self._check_references(entity)
        ordered = self._ordered_list(entity)
        if ordered is not None:
            position = len(ordered) if index is None else max(0, min(index, len(ordered)))
            ordered.insert(position, entity)
            if isinstance(entity, Map):
                self._contents[entity.id] = MapContents()
        elif isinstance(entity, Card):
            contents = self._contents[entity.map_id]
            contents.cards[entity.id] = entity
            cell = contents.cells.setdefault((entity.step_id, entity.lane_id), [])
            wanted = entity.index if index is None else index
            entity.index = len(cell) if wanted < 0 else min(wanted, len(cell))
            cell.insert(entity.index, entity)
        elif isinstance(entity, EmotionPoint):
            points = self._contents[entity.map_id].emotion_points
            key = (entity.persona_id, entity.step_id)
            if key in points:
                raise ModelError(tr("that persona already has a point at that step"))
            points[key] = entity
        elif isinstance(entity, Connector):
            self._contents[entity.map_id].connectors[entity.id] = entity
        elif isinstance(entity, ANNOTATIONS):
            self._annotations(entity)[entity.id] = entity
        self._index[entity.id] = entity
        self._emit(Change(ADDED, type_name(entity), entity))
        if isinstance(entity, Card):
            self._renumber(self._contents[entity.map_id].cells[(entity.step_id, entity.lane_id)])
        return entity

    def _annotations(self, entity) -> dict:
        contents = self._contents[entity.map_id]
        return {Metric: contents.metrics, Gap: contents.gaps, Evidence: contents.evidence,
                VotingRound: contents.rounds, Vote: contents.votes, Comment: contents.comments}[type(entity)]

    def _place_in_step(self, entity: Card | EmotionPoint) -> None:
        """A card or point names its step, or only its stage (then it goes in the stage's first
        step); either way its stage_id is made the step's stage."""
        if entity.step_id:
            step = self._index.get(entity.step_id)
            if not isinstance(step, Step) or step.map_id != entity.map_id:
                raise ModelError(f"{type_name(entity)} refers to a missing step")
        else:
            step = self.column(entity.stage_id)
            if step is None or step.map_id != entity.map_id:
                raise ModelError(f"{type_name(entity)} refers to a missing stage, or one without steps")
        entity.step_id, entity.stage_id = step.id, step.stage_id

    def remove_image(self, image_hash: str) -> Image:
        """Take an image out (an image's add undone, or one no persona shows any more)."""
        image = self.images.pop(image_hash, None)
        if image is None:
            raise ModelError(f"no image {image_hash[:12]}… in the project")
        self._emit(Change(REMOVED, "image", image))
        return image

    def _check_references(self, entity) -> None:
        def need(ref_id: str, cls: type) -> None:
            if not isinstance(self._index.get(ref_id), cls):
                raise ModelError(f"{type_name(entity)} refers to a missing {cls.__name__.lower()}")

        if isinstance(entity, (Stage, Step, Lane, Card, EmotionPoint, Connector, *ANNOTATIONS)):
            need(entity.map_id, Map)
        if isinstance(entity, Vote):
            need(entity.round_id, VotingRound)
            need(entity.card_id, Card)
        if isinstance(entity, Comment):
            subject = self._index.get(entity.subject_id)
            if not isinstance(subject, (Map, Stage, Step, Card)) or getattr(subject, "map_id", subject.id) != entity.map_id:
                raise ModelError("a comment is on a card, stage, step or map of its map")
            if entity.parent_id:
                need(entity.parent_id, Comment)
        if isinstance(entity, Metric):
            subject = self._index.get(entity.subject_id)
            if not isinstance(subject, (Stage, Step, Card)) or subject.map_id != entity.map_id:
                raise ModelError(tr("a metric belongs to a stage, step or card of its map"))
        if isinstance(entity, Gap):
            need(entity.step_id, Step)
            need(entity.lane_id, Lane)
        if isinstance(entity, Evidence):
            need(entity.card_id, Card)
        if isinstance(entity, Step):
            need(entity.stage_id, Stage)
            if self._index[entity.stage_id].map_id != entity.map_id:
                raise ModelError(tr("a step belongs to a stage of its own map"))
        if isinstance(entity, Card):
            need(entity.stage_id, Stage)
            need(entity.lane_id, Lane)
            if entity.span < 1:
                raise ModelError(tr("a card spans at least one step"))
        if isinstance(entity, EmotionPoint):
            need(entity.persona_id, Persona)
            need(entity.stage_id, Stage)
        if isinstance(entity, Connector):
            need(entity.source_id, Card)
            need(entity.target_id, Card)
            if entity.source_id == entity.target_id:
                raise ModelError(tr("a connector joins two different cards"))

    def _renumber(self, cell: list[Card]) -> None:
        for position, card in enumerate(cell):
            if card.index != position:
                old = card.index
                card.index = position
                self._emit(Change(CHANGED, "card", card, ("index",), {"index": old}))

    def _annotations_of(self, contents: MapContents, ids: set[str]) -> list:
        """The metrics, gaps and evidence that hang on any of `ids` (stages, steps, lanes, cards)."""
        # comments on any of ids, and replies to those (or to a comment in ids): replies first, so
        # a restore puts each thread's first comment back before its replies
        comments = [c for c in contents.comments.values() if c.subject_id in ids or c.parent_id in ids]
        threads = {c.id for c in comments if not c.parent_id}
        comments += [c for c in contents.comments.values() if c.parent_id in threads and c not in comments]
        comments.sort(key=lambda c: not c.parent_id)
        return [*(m for m in contents.metrics.values() if m.subject_id in ids),
                *(g for g in contents.gaps.values() if g.step_id in ids or g.lane_id in ids),
                *(e for e in contents.evidence.values() if e.card_id in ids),
                *(v for v in contents.votes.values() if v.card_id in ids or v.round_id in ids),
                *comments]

    def _dependents(self, entity) -> list:
        """What must go with `entity`, in the order to remove it (deepest first)."""
        result: list = []
        if isinstance(entity, Card):
            contents = self._contents[entity.map_id]
            result += [
                c for c in contents.connectors.values() if entity.id in (c.source_id, c.target_id)
            ]
            result += self._annotations_of(contents, {entity.id})
        elif isinstance(entity, (VotingRound, Comment)):  # a round's votes, a thread's replies
            result += [x for x in self._annotations_of(self._contents[entity.map_id], {entity.id}) if x is not entity]
        elif isinstance(entity, (Stage, Step, Lane)):
            contents = self._contents[entity.map_id]
            attr = {Stage: "stage_id", Step: "step_id", Lane: "lane_id"}[type(entity)]
            cards = [c for c in contents.cards.values() if getattr(c, attr) == entity.id]
            card_ids = {c.id for c in cards}
            result += [
                c
                for c in contents.connectors.values()
                if c.source_id in card_ids or c.target_id in card_ids
            ]
            inner = card_ids | {entity.id}
            if isinstance(entity, Stage):
                inner |= {step.id for step in contents.steps_of(entity.id)}
            result += self._annotations_of(contents, inner)
            if not isinstance(entity, Lane):
                result += [p for p in contents.emotion_points.values() if getattr(p, attr) == entity.id]
            # last-in-cell first, so restoring in reverse re-inserts each at its own index
            result += sorted(cards, key=lambda c: -c.index)
            if isinstance(entity, Stage):
                result += list(reversed(contents.steps_of(entity.id)))
        elif isinstance(entity, Persona):
            for contents in self._contents.values():
                result += [p for p in contents.emotion_points.values() if p.persona_id == entity.id]
        elif isinstance(entity, Map):
            contents = self._contents[entity.id]
            result += [*contents.votes.values(), *contents.rounds.values(),
                       *(c for c in contents.comments.values() if c.parent_id),
                       *(c for c in contents.comments.values() if not c.parent_id),
                       *contents.metrics.values(), *contents.gaps.values(), *contents.evidence.values()]
            result += list(contents.connectors.values())
            result += list(contents.emotion_points.values())
            result += sorted(contents.cards.values(), key=lambda c: -c.index)
            for stage in reversed(contents.stages):
                result += list(reversed(contents.steps_of(stage.id))) + [stage]
            result += list(reversed(contents.lanes))
        return result

    def remove(self, entity_id: str) -> Removal:
        """Remove an entity with everything that depends on it; restore() undoes it."""
        entity = self.require(entity_id)
        removal = Removal()
        for dependent in [*self._dependents(entity), entity]:
            removal.items.append((copy_entity(dependent), self.index_of(dependent)))
            self._detach(dependent)
        return removal

    def _detach(self, entity) -> None:
        ordered = self._ordered_list(entity)
        if ordered is not None:
            ordered.remove(entity)
            if isinstance(entity, Map):
                del self._contents[entity.id]
            elif isinstance(entity, Stage):
                self._contents[entity.map_id].steps.pop(entity.id, None)
        elif isinstance(entity, Card):
            contents = self._contents[entity.map_id]
            del contents.cards[entity.id]
            cell = contents.cells[(entity.step_id, entity.lane_id)]
            cell.remove(entity)
        elif isinstance(entity, EmotionPoint):
            del self._contents[entity.map_id].emotion_points[(entity.persona_id, entity.step_id)]
        elif isinstance(entity, Connector):
            del self._contents[entity.map_id].connectors[entity.id]
        elif isinstance(entity, ANNOTATIONS):
            del self._annotations(entity)[entity.id]
        del self._index[entity.id]
        self._emit(Change(REMOVED, type_name(entity), entity))
        if isinstance(entity, Card):
            cell = self._contents[entity.map_id].cells[(entity.step_id, entity.lane_id)]
            self._renumber(cell)

    def restore(self, removal: Removal) -> None:
        for entity, position in reversed(removal.items):
            self.add(copy_entity(entity), position)

    # ----------------------------------------------------------------- changes
    def set_title(self, title: str) -> str:
        old = self.title
        if title != old:
            self.title = title
            self._emit(Change(CHANGED, "project", self, ("title",), {"title": old}))
        return old

    def update(self, entity_id: str, **values) -> dict:
        """Set fields; returns the old values of the fields that really changed."""
        entity = self.require(entity_id)
        bad = set(values) & PLACEMENT_FIELDS
        if bad:
            raise ModelError(f"use a move operation to change {', '.join(sorted(bad))}")
        old = {}
        for name, value in list(values.items()):
            if not hasattr(entity, name):
                raise ModelError(f"{type_name(entity)} has no field {name!r}")
            current = getattr(entity, name)
            if isinstance(current, float) and isinstance(value, int) and not isinstance(value, bool):
                values[name] = value = float(value)  # keep a field's type: 2 and 2.0 are one score
            if current != value:
                old[name] = list(current) if isinstance(current, list) else current
        if isinstance(entity, Card) and values.get("span", 1) < 1:
            raise ModelError(tr("a card spans at least one step"))
        for name in old:
            value = values[name]
            setattr(entity, name, list(value) if isinstance(value, list) else value)
        if old:
            self._emit(Change(CHANGED, type_name(entity), entity, tuple(old), old))
        return old

    def reorder(self, entity_id: str, new_index: int) -> int:
        """Move a map, persona, stage, step (inside its stage) or lane to a new place in its
        list; returns the old one."""
        entity = self.require(entity_id)
        ordered = self._ordered_list(entity)
        if ordered is None:
            raise ModelError(f"a {type_name(entity)} has no order of its own")
        old_index = ordered.index(entity)
        new_index = max(0, min(new_index, len(ordered) - 1))
        if new_index != old_index:
            ordered.pop(old_index)
            ordered.insert(new_index, entity)
            self._emit(Change(CHANGED, type_name(entity), entity, ("position",), {"position": old_index}))
        return old_index

    def move_card(self, card_id: str, column_id: str, lane_id: str, index: int) -> tuple[str, str, int]:
        """Put a card into a cell at `index`: the cell of step `column_id` (or of the first step,
        given a stage's id) and the lane; returns where it was (step, lane, index)."""
        card = self.require(card_id, Card)
        step = self.require_column(column_id)
        self.require(lane_id, Lane)
        if step.map_id != card.map_id:
            raise ModelError(tr("a card moves inside its own map"))
        contents = self._contents[card.map_id]
        old = (card.step_id, card.lane_id, card.index)
        old_stage = card.stage_id
        old_cell = contents.cells[(card.step_id, card.lane_id)]
        old_cell.remove(card)
        new_cell = contents.cells.setdefault((step.id, lane_id), [])
        index = max(0, min(index, len(new_cell)))
        new_cell.insert(index, card)
        moved = (step.id, lane_id, index) != old
        card.step_id, card.stage_id, card.lane_id, card.index = step.id, step.stage_id, lane_id, index
        if moved:
            self._emit(
                Change(
                    CHANGED,
                    "card",
                    card,
                    ("stage_id", "step_id", "lane_id", "index"),
                    {"stage_id": old_stage, "step_id": old[0], "lane_id": old[1], "index": old[2]},
                )
            )
        self._renumber(old_cell)
        if new_cell is not old_cell:
            self._renumber(new_cell)
        return old
