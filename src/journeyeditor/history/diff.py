"""What changed between two states of a project, or of one map: a plain list of changes.

Entities are matched by id. A derived map (a future state) compared with its source matches its
cards by `source_card_id` and its stages, steps and lanes by their place, since deriving gave
them new ids. Qt-free: the canvas overlay, the CLI `diff` and the PDF report read the same list."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..catalogue import tr
from ..model import Project
from ..model import metrics as metric_rules
from ..reports import Table

ADDED, REMOVED, CHANGED, MOVED, RENAMED, SHIFTED = "added", "removed", "changed", "moved", "renamed", "shifted"

#: a card's fields that make it "changed" (its place makes it "moved")
CARD_FIELDS = ("title", "body", "type", "moment", "channel", "owner", "colour", "tags", "span", "fail_point",
               "wait_point", "minutes", "link_map_id", "impact", "effort", "status", "due")

#: besides the name (a change of the name alone is "renamed")
STRUCTURE_FIELDS = {"stage": ("goal", "colour"), "step": ("description",), "lane": ("kind", "colour")}
#: a map's settings that make it "changed" (its name makes it "renamed")
MAP_FIELDS = ("kind", "description", "scale_min", "scale_max", "hidden_lines", "persona_ids")
#: a persona's fields that make it "changed"
PERSONA_FIELDS = ("name", "role", "quote", "goals", "expectations", "scenario", "photo_hash", "colour")


@dataclass(frozen=True)
class Change:
    action: str  # added, removed, changed, moved, renamed, shifted
    kind: str  # map, persona, stage, step, lane, card, connector, emotion, metric
    id: str  # the entity in the later state (in the earlier one when removed)
    map_name: str
    label: str  # what it is in words: a card's title, a stage's name, "persona at step"
    fields: tuple[str, ...] = ()
    old: tuple = ()  # the fields' earlier values, in the order of `fields`
    new: tuple = ()
    map_id: str = ""  # the map in the later state (in the earlier one when the map was removed)

    def text(self) -> str:
        """The change in words, in the user's language (history/wording.py)."""
        from .wording import describe

        return describe(self)

    def as_dict(self) -> dict:
        return {"action": self.action, "kind": self.kind, "id": self.id, "map": self.map_name,
                "label": self.label, "changes": {name: {"old": old, "new": new}
                                                 for name, old, new in zip(self.fields, self.old, self.new)}}


def _show(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float):
        return metric_rules.number(value)
    return repr(value) if isinstance(value, str) else str(value)


def diff_projects(before: Project, after: Project) -> list[Change]:
    """Maps added, removed or renamed, then each common map's changes, in the later order."""
    changes: list[Change] = []
    earlier = {m.id: m for m in before.maps}
    later_ids = {m.id for m in after.maps}
    for map_ in after.maps:
        old = earlier.get(map_.id)
        if old is None:
            changes.append(Change(ADDED, "map", map_.id, map_.name, map_.name, map_id=map_.id))
            continue
        if old.name != map_.name:
            changes.append(Change(RENAMED, "map", map_.id, map_.name, old.name, ("name",), (old.name,),
                                  (map_.name,), map_.id))
        changes += diff_maps(before, old.id, after, map_.id)
    changes += [Change(REMOVED, "map", m.id, m.name, m.name, map_id=m.id) for m in before.maps
                if m.id not in later_ids]
    return changes + _personas(before, after)


def _personas(before: Project, after: Project) -> list[Change]:
    """The project's personas added, removed or edited (which maps show them is each map's change)."""
    earlier = {p.id: p for p in before.personas}
    result = []
    for persona in after.personas:
        old = earlier.pop(persona.id, None)
        if old is None:
            result.append(Change(ADDED, "persona", persona.id, "", persona.name))
            continue
        fields = tuple(name for name in PERSONA_FIELDS if getattr(old, name) != getattr(persona, name))
        if fields:
            result.append(Change(RENAMED if fields == ("name",) else CHANGED, "persona", persona.id, "",
                                 persona.name, fields, tuple(getattr(old, name) for name in fields),
                                 tuple(getattr(persona, name) for name in fields)))
    return result + [Change(REMOVED, "persona", p.id, "", p.name) for p in earlier.values()]


def diff_maps(before: Project, before_map_id: str, after: Project, after_map_id: str) -> list[Change]:
    """The changes from one map to another: the same map at two times, or a derived map and its source."""
    return [replace(change, map_id=after_map_id)
            for change in _MapDiff(before, before_map_id, after, after_map_id).changes()]


def counterparts(before: Project, before_map_id: str, after: Project, after_map_id: str) -> dict[str, str]:
    """A derived map's cards, stages, steps and lanes (by id) -> their source map's; empty for
    the same map at two times, where ids match."""
    if before_map_id == after_map_id:
        return {}
    return _MapDiff(before, before_map_id, after, after_map_id).twin


class _MapDiff:
    def __init__(self, before: Project, before_map_id: str, after: Project, after_map_id: str) -> None:
        self.before, self.after = before, after
        self.old, self.new = before.contents(before_map_id), after.contents(after_map_id)
        self.old_map_id, self.new_map_id = before_map_id, after_map_id
        self.map_name = after.require(after_map_id).name
        self.derived = before_map_id != after_map_id
        self.twin = self._twins(before_map_id, after_map_id)  # later id -> earlier id

    def _twins(self, before_map_id: str, after_map_id: str) -> dict[str, str]:
        if before_map_id == after_map_id:
            return {}
        twins = {card.id: card.source_card_id for card in self.new.cards.values() if card.source_card_id}
        for old_list, new_list in ((self.old.stages, self.new.stages), (self.old.lanes, self.new.lanes),
                                   (self.old.columns(), self.new.columns())):
            unmatched = list(old_list)
            for new in new_list:  # by name: a derived map may drop or add stages, so places shift
                old = next((item for item in unmatched if item.name == new.name), None)
                if old is not None:
                    unmatched.remove(old)
                    twins[new.id] = old.id
        return twins

    def key(self, entity_id: str) -> str:
        return self.twin.get(entity_id, entity_id)

    def changes(self) -> list[Change]:
        return (self._map_fields()
                + self._structure("stage", self.old.stages, self.new.stages)
                + self._structure("step", self.old.columns(), self.new.columns())
                + self._structure("lane", self.old.lanes, self.new.lanes)
                + self._cards() + self._connectors() + self._emotions() + self._metrics())

    def _structure(self, kind: str, old_list: list, new_list: list) -> list[Change]:
        """Stages, steps or lanes added, removed, renamed (only the name) or changed. A step that
        came or went with its stage is part of that stage's change, not one of its own."""
        earlier = {item.id: item for item in old_list}
        kept = set()
        result = []
        old_stage_ids = {stage.id for stage in self.old.stages}
        new_stages = {stage.id for stage in self.new.stages if self.key(stage.id) not in old_stage_ids}
        old_stages = old_stage_ids - {self.key(stage.id) for stage in self.new.stages}
        for item in new_list:
            old = earlier.get(self.key(item.id))
            if old is None:
                if getattr(item, "stage_id", None) not in new_stages:
                    result.append(Change(ADDED, kind, item.id, self.map_name, item.name))
                continue
            kept.add(old.id)
            fields = tuple(name for name in ("name", *STRUCTURE_FIELDS[kind])
                           if getattr(old, name) != getattr(item, name))
            if fields:
                result.append(Change(RENAMED if fields == ("name",) else CHANGED, kind, item.id, self.map_name,
                                     item.name, fields, tuple(getattr(old, name) for name in fields),
                                     tuple(getattr(item, name) for name in fields)))
        result += [Change(REMOVED, kind, item.id, self.map_name, item.name) for item in old_list
                   if item.id not in kept and getattr(item, "stage_id", None) not in old_stages]
        return result

    def _map_fields(self) -> list[Change]:
        """The map's own settings: its description, kind, scale, blueprint lines, the personas it shows."""
        if self.derived:  # a future state differs from its source in these by making
            return []
        old, new = self.before.require(self.old_map_id), self.after.require(self.new_map_id)
        fields = tuple(name for name in MAP_FIELDS if getattr(old, name) != getattr(new, name))
        if not fields:
            return []
        values = [tuple(self._map_value(project, map_, name) for name in fields)
                  for project, map_ in ((self.before, old), (self.after, new))]
        return [Change(CHANGED, "map", new.id, self.map_name, new.name,
                       tuple("personas shown" if name == "persona_ids" else name for name in fields), *values)]

    @staticmethod
    def _map_value(project: Project, map_, name: str):
        value = getattr(map_, name)
        if name == "persona_ids":  # by name, as the legend shows them
            names = {p.id: p.name for p in project.personas}
            return ", ".join(names.get(persona_id, "?") for persona_id in value)
        return ", ".join(value) if isinstance(value, list) else value

    def _connectors(self) -> list[Change]:
        """Arrows between cards: added, removed, or with a new label, direction or end."""
        def label(project: Project, connector) -> str:
            ends = [project.get(connector.source_id), project.get(connector.target_id)]
            joined = " → ".join(getattr(end, "title", "") or "?" for end in ends)
            return f"{joined} ({connector.label})" if connector.label else joined

        if self.derived:  # deriving copies the connectors anew: matched by the cards they join
            earlier = {(c.source_id, c.target_id): c for c in self.old.connectors.values()}
            key = lambda c: (self.key(c.source_id), self.key(c.target_id))
        else:
            earlier = dict(self.old.connectors)
            key = lambda c: c.id
        result, kept = [], set()
        for connector in self.new.connectors.values():
            old = earlier.get(key(connector))
            if old is None:
                result.append(Change(ADDED, "connector", connector.id, self.map_name, label(self.after, connector)))
                continue
            kept.add(old.id)
            fields = tuple(name for name in ("label", "two_way", *(() if self.derived else ("source_id", "target_id")))
                           if getattr(old, name) != getattr(connector, name))
            if fields:
                result.append(Change(CHANGED, "connector", connector.id, self.map_name,
                                     label(self.after, connector), fields,
                                     tuple(getattr(old, name) for name in fields),
                                     tuple(getattr(connector, name) for name in fields)))
        # one whose card went went with it: part of that card's removal
        cards_left = {self.key(card.id) for card in self.new.cards.values()}
        result += [Change(REMOVED, "connector", c.id, self.map_name, label(self.before, c))
                   for c in self.old.connectors.values() if c.id not in kept
                   and c.source_id in cards_left and c.target_id in cards_left]
        return result

    def _place(self, project: Project, card) -> tuple[str, str]:
        step, lane = project.get(card.step_id), project.get(card.lane_id)
        stage = project.get(step.stage_id) if step else None
        # an unnamed step (a stage's only one, often) goes by its stage's name
        column = (step.name or (stage.name if stage else "")) if step else ""
        return (column, lane.name if lane else "")

    def _cards(self) -> list[Change]:
        earlier = self.old.cards
        result, kept = [], set()
        for card in self._in_order(self.new):
            old = earlier.get(self.key(card.id))
            if old is None:
                result.append(Change(ADDED, "card", card.id, self.map_name, card.title))
                continue
            kept.add(old.id)
            fields = tuple(name for name in CARD_FIELDS if getattr(old, name) != getattr(card, name))
            if fields:
                result.append(Change(CHANGED, "card", card.id, self.map_name, card.title, fields,
                                     tuple(getattr(old, name) for name in fields),
                                     tuple(getattr(card, name) for name in fields)))
        moved = self._moved_cards()
        for card in self._in_order(self.new):
            if card.id in moved:
                old = earlier[self.key(card.id)]
                cells = " / ".join(self._place(self.before, old)), " / ".join(self._place(self.after, card))
                if (old.step_id, old.lane_id) != (self.key(card.step_id), self.key(card.lane_id)):
                    result.append(Change(MOVED, "card", card.id, self.map_name, card.title, ("cell",),
                                         (cells[0],), (cells[1],)))
                else:  # reordered within its cell: its place there, counted from 1 as a reader does
                    result.append(Change(MOVED, "card", card.id, self.map_name, card.title, ("position",),
                                         (old.index + 1,), (card.index + 1,)))
        result += [Change(REMOVED, "card", card.id, self.map_name, card.title)
                   for card in self._in_order(self.old) if card.id not in kept]
        return result

    def _in_order(self, contents) -> list:
        """A map's cards column by column, lane by lane, top to bottom: the order a reader scans."""
        return [card for step in contents.columns() for lane in contents.lanes
                for card in contents.cells.get((step.id, lane.id), [])]

    def _moved_cards(self) -> set[str]:
        """Cards that changed cell, and within a cell the fewest cards whose reordering explains
        the new order (a card that only shifted because a neighbour came or went did not move)."""
        moved = set()
        for (step_id, lane_id), cell in self.new.cells.items():
            common = []
            for card in cell:
                old = self.old.cards.get(self.key(card.id))
                if old is None:
                    continue
                if (old.step_id, old.lane_id) != (self.key(step_id), self.key(lane_id)):
                    moved.add(card.id)
                else:
                    common.append((card.id, self.old.cells[(old.step_id, old.lane_id)].index(old)))
            in_place = _longest_increasing([rank for _id, rank in common])
            moved.update(card_id for position, (card_id, _rank) in enumerate(common) if position not in in_place)
        return moved

    def _emotions(self) -> list[Change]:
        personas = {p.id: p.name for p in (*self.before.personas, *self.after.personas)}
        steps = {s.id: s.name for s in (*self.old.columns(), *self.new.columns())}
        earlier = {(persona, step): point for (persona, step), point in self.old.emotion_points.items()}
        later = {(persona, self.key(step)): point for (persona, step), point in self.new.emotion_points.items()}
        result = []
        for persona_id, step_id in [*later, *(k for k in earlier if k not in later)]:
            old, new = earlier.get((persona_id, step_id)), later.get((persona_id, step_id))
            old_score, new_score = (old.score if old else None), (new.score if new else None)
            if old_score != new_score:
                point = new or old
                label = tr("{0} at {1}").format(personas.get(persona_id, ""), steps.get(point.step_id, ""))
                result.append(Change(SHIFTED, "emotion", point.id, self.map_name, label, ("score",),
                                     (old_score,), (new_score,)))
        return result

    def _metrics(self) -> list[Change]:
        """The same map at two times: each measurement by id, its value changed, added or removed.
        A derived map: each series' latest value (by subject, kind and name) against its source's;
        deriving copies no metrics, so a series only the source has is no change."""
        if self.derived:
            def series(contents, translate) -> dict:
                return {(translate(m.subject_id), m.kind, m.name): m
                        for m in metric_rules.latest(list(contents.metrics.values()))}

            earlier, later = series(self.old, lambda i: i), series(self.new, self.key)
            keys = list(later)
        else:
            earlier = self.old.metrics
            later = self.new.metrics
            keys = [*later, *(k for k in earlier if k not in later)]
        result = []
        for key in keys:
            old, new = earlier.get(key), later.get(key)
            old_value, new_value = (old.value if old else None), (new.value if new else None)
            if old_value != new_value:
                metric = new or old
                subject = (self.after if new else self.before).get(metric.subject_id)
                subject_name = getattr(subject, "title", "") or getattr(subject, "name", "")
                action = ADDED if old is None else REMOVED if new is None else CHANGED
                result.append(Change(action, "metric", metric.id, self.map_name,
                                     tr("{0} of {1}").format(metric_rules.label(metric), subject_name), ("value",),
                                     (old_value,), (new_value,)))
        return result


def changes_table(changes: list[Change], title: str) -> Table:
    """The change list as a report table: text, CSV and JSON on the command line, PDF pages."""
    rows = [[c.map_name, c.action, c.kind, c.label,
             "; ".join(f"{name}: {_show(old)} → {_show(new)}" for name, old, new in zip(c.fields, c.old, c.new))]
            for c in changes]
    return Table(title, ["Map", "Change", "What", "Name", "Details"], rows, [c.id for c in changes])


def _longest_increasing(ranks: list[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence of `ranks` (small lists: O(n²))."""
    if not ranks:
        return set()
    length = [1] * len(ranks)
    back = [-1] * len(ranks)
    for i in range(len(ranks)):
        for j in range(i):
            if ranks[j] < ranks[i] and length[j] + 1 > length[i]:
                length[i], back[i] = length[j] + 1, j
    # of equally long chains the one ending last: a card moved to the front is the one that moved
    position = max(reversed(range(len(ranks))), key=length.__getitem__)
    chain = set()
    while position != -1:
        chain.add(position)
        position = back[position]
    return chain
