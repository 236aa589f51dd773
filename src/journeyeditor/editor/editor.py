"""The one door for edits: the UI, the canvas, importers and tests all change a project here.

Each method pushes one command (or one macro) on the undo stack; after every step of the stack
(push, undo, redo) the store writes what changed in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..commands import (
    AddCommand,
    AddImageCommand,
    DropImageCommand,
    MoveCardCommand,
    RemoveCommand,
    ReorderCommand,
    ResizeCommand,
    RestyleCommand,
    RetextCommand,
    SetFieldsCommand,
    SetTitleCommand,
)
from ..i18n import number, tr
from ..model import (
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
    ModelError,
    Persona,
    Project,
    Stage,
    Step,
    Vote,
    VotingRound,
    first_step_id,
    type_name,
)

_NOUNS = {
    "map": "map", "stage": "stage", "step": "step", "lane": "lane", "card": "card", "persona": "persona",
    "emotion_point": "emotion point", "connector": "connector", "metric": "metric", "gap": "gap",
    "evidence": "evidence", "voting_round": "voting round", "vote": "vote", "comment": "comment",
}
_SIZE_FIELDS = {"width", "height", "span"}
_STYLE_FIELDS = {"colour", "type", "moment", "channel", "visible", "kind", "two_way",
                 "fail_point", "wait_point", "scale_min", "scale_max", "hidden_lines", "persona_ids",
                 "dismissed_gaps", "resolved"}


class Editor:
    def __init__(self, project: Project, store=None) -> None:
        self.project = project
        self.store = store
        self.undo_stack = QUndoStack()
        self.undo_stack.indexChanged.connect(self._write)
        self.write_error: Exception | None = None
        # a library project is edited by others too (persistence/library.py): which entities each
        # undo step wrote, so a change from elsewhere can tell which of this client's steps it overrode
        self._step_keys: dict[int, set] = {}
        self._step_refs: dict[int, set] = {}  # the ids each step's entities refer to
        self._last_index = 0
        self._writes_held = False
        self._unsent_forward = True
        #: steps at or below this index can't be undone: someone else changed what they changed
        self.undo_floor = 0
        #: the latest one-line message about other people's changes (a step dropped, …)
        self.notice = ""

    @property
    def read_only(self) -> bool:
        return bool(self.store and self.store.read_only)

    def _write(self, _index: int = 0) -> None:
        """Land the step in the file. A failure (disk full, file gone) is kept for the UI to
        report; the store keeps the unwritten changes and tries again on the next step."""
        index = self.undo_stack.index()
        if self._writes_held:
            return
        previous, self._last_index = self._last_index, index
        if self.store is None or self.store.read_only:
            return
        # a retry (the library server back) sends the step that failed: its direction is that step's
        forward = index > previous if index != previous else self._unsent_forward
        try:
            self.store.flush()
            self.write_error = None
        except Exception as error:  # noqa: BLE001 - any storage failure must reach the user
            self.write_error = error
            if getattr(error, "keys", None) is not None and hasattr(self.store, "apply_remote"):
                self._take_back(error, forward=forward)
            else:
                self._unsent_forward = forward
            return
        written = getattr(self.store, "last_written", None)
        if written and forward:
            for stale in [i for i in self._step_keys if i >= index]:
                del self._step_keys[stale]  # a push drops the steps that were above it
                self._step_refs.pop(stale, None)
            self._step_keys[index - 1] = set(written)
            self._step_refs[index - 1] = set(getattr(self.store, "last_refs", ()))

    def _take_back(self, conflict, forward: bool) -> None:
        """The server refused the step (someone changed its rows meanwhile): put the model back
        as it was, show the server's rows, and let go of the step."""
        stack = self.undo_stack
        self.store.discard_pending()
        self._writes_held = True
        try:
            if forward:
                stack.undo()  # back to before the step; it waits on the redo side, to be dropped below
            else:
                stack.redo()  # the undo is taken back: the step stays done, as the server has it
            self.store.discard_pending()
            self.apply_remote(conflict.keys)
            # named as it is now shown (the server's title), not as the refused step had it
            if not getattr(conflict, "named_before_reload", False):
                conflict.args = (self.store.conflict_message(conflict.keys),)
            if forward:
                self._drop_redo()
            else:
                self.undo_floor = max(self.undo_floor, stack.index())
        finally:
            self._writes_held = False
            self._last_index = stack.index()
        self.notice = str(conflict)

    def _drop_redo(self) -> None:
        """Empty the redo side: a command that is obsolete after its redo is deleted by push(),
        which also drops every command above the index."""
        held, self._writes_held = self._writes_held, True
        try:
            self.undo_stack.push(_Nothing())
        finally:
            self._writes_held = held
        for stale in [i for i in self._step_keys if i >= self.undo_stack.index()]:
            del self._step_keys[stale]
            self._step_refs.pop(stale, None)

    def apply_remote(self, keys) -> set:
        """Others' committed changes of `keys` (None: anything) into the model; this client's steps
        that touched them can no longer be undone (or redone), and the user is told so."""
        changed = self.store.apply_remote(keys)
        keys = changed if keys is None else set(keys)
        removed = getattr(self.store, "last_removed", set())
        index = self.undo_stack.index()
        # a step is overridden when another client changed what it changed, or removed what it
        # refers to (undoing the removal of a connector needs its cards)
        overridden = [i for i, written in self._step_keys.items()
                      if written & keys or self._step_refs.get(i, set()) & removed]
        below = [i for i in overridden if i < index]
        if below:
            newest = max(below)
            if newest + 1 > self.undo_floor:
                self.undo_floor = newest + 1
                self.notice = tr("Someone else changed what “{0}” changed: it can no longer be undone").format(
                    self.undo_stack.text(newest))
        if any(i >= index for i in overridden):
            self._drop_redo()
        return changed

    def can_undo(self) -> bool:
        return not self.read_only and self.undo_stack.canUndo() and self.undo_stack.index() > self.undo_floor

    def _push(self, command) -> None:
        self._refuse_if_read_only()
        self.undo_stack.push(command)

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ModelError(tr("This project is read-only: {0}").format(self.store.read_only_reason))

    def macro(self, text: str) -> _Macro:
        """`with editor.macro("Move cards"):` groups edits into one undo step."""
        return _Macro(self, text)

    # --------------------------------------------------------------- generic
    def add(self, entity, index: int | None = None, text: str | None = None):
        self._push(AddCommand(self.project, entity, index,
                              text or tr("Add {0}").format(tr(_NOUNS[type_name(entity)]))))
        return self.project.get(entity.id)

    def add_image(self, image: Image) -> None:
        """Store an image (a persona's photo) that an import brings along."""
        if image.hash not in self.project.images:
            self._push(AddImageCommand(self.project, image))

    def remove(self, entity_ids: Iterable[str]) -> None:
        ids = [i for i in dict.fromkeys(entity_ids) if self.project.get(i) is not None]
        if not ids:
            return
        for entity_id in ids:
            step = self.project.get(entity_id)
            if isinstance(step, Step) and step.stage_id not in ids and \
                    not [s for s in self.project.siblings(step) if s.id not in ids]:
                raise ModelError(tr("A stage keeps at least one step: delete the stage instead"))
        if len(ids) == 1:
            noun = tr(_NOUNS[type_name(self.project.get(ids[0]))])
            self._push(RemoveCommand(self.project, ids[0], tr("Delete {0}").format(noun)))
            return
        with self.macro(tr("Delete {0} items").format(number(len(ids)))):
            for entity_id in ids:
                if self.project.get(entity_id) is not None:  # may have gone with another
                    self._push(RemoveCommand(self.project, entity_id))

    def update(self, entity_id: str, text: str | None = None, **values) -> bool:
        """Set fields, as one step named for what changed; False when nothing would change."""
        entity = self.project.require(entity_id)
        values = {k: v for k, v in values.items() if getattr(entity, k) != v}
        if not values:
            return False
        noun = tr(_NOUNS[type_name(entity)])
        if set(values) <= _SIZE_FIELDS:
            command = ResizeCommand(self.project, entity_id, values, text or tr("Resize {0}").format(noun))
        elif set(values) <= _STYLE_FIELDS:
            command = RestyleCommand(self.project, entity_id, values, text or tr("Restyle {0}").format(noun))
        elif not set(values) & (_SIZE_FIELDS | _STYLE_FIELDS):
            command = RetextCommand(self.project, entity_id, values, text or tr("Edit {0}").format(noun))
        else:
            command = SetFieldsCommand(self.project, entity_id, values, text or tr("Edit {0}").format(noun))
        self._push(command)
        return True

    def reorder(self, entity_id: str, new_index: int) -> None:
        entity = self.project.require(entity_id)
        if self.project.index_of(entity) == new_index:
            return
        noun = tr(_NOUNS[type_name(entity)])
        self._push(ReorderCommand(self.project, entity_id, new_index, tr("Reorder {0}").format(noun)))

    def set_title(self, title: str) -> None:
        if title != self.project.title:
            self._push(SetTitleCommand(self.project, title))

    # ---------------------------------------------------------------- maps
    def add_map(self, name: str, kind: str = "current-state", index: int | None = None) -> Map:
        """A new map shows every persona of the project (a blueprint none: it has no emotion line)."""
        personas = [] if kind == "service-blueprint" else [p.id for p in self.project.personas]
        return self.add(Map(name, kind, persona_ids=personas), index)

    def add_stage(self, map_id: str, name: str, index: int | None = None, **fields) -> Stage:
        """A stage with its first step, as one step of the undo stack."""
        stage = Stage(map_id, name, **fields)
        with self.macro(tr("Add {0}").format(tr("stage"))):
            self.add(stage, index)
            self.add(Step(map_id, stage.id, width=stage.width, id=first_step_id(stage.id)))
        return self.project.get(stage.id)

    def add_step(self, stage_id: str, index: int | None = None, name: str = "", **fields) -> Step:
        """A new step (sub-column) in a stage, at `index` among its steps (default: last)."""
        stage = self.project.require(stage_id, Stage)
        return self.add(Step(stage.map_id, stage.id, name, **fields), index)

    def split_stage_width(self, stage_id: str) -> float:
        """The width a new step of this stage gets: as wide as its steps are on average."""
        steps = self.project.contents(self.project.require(stage_id, Stage).map_id).steps_of(stage_id)
        return round(sum(step.width for step in steps) / len(steps), 1) if steps else 260.0

    def add_lane(self, map_id: str, name: str, kind: str = "actions", index: int | None = None,
                 **fields) -> Lane:
        return self.add(Lane(map_id, name, kind, **fields), index)

    def add_card(self, map_id: str, column_id: str, lane_id: str, index: int | None = None,
                 **fields) -> Card:
        """A card in the cell of a step (or of a stage's first step, given the stage's id)."""
        step = self.project.require_column(column_id)
        card = Card(map_id, step.stage_id, lane_id, step_id=step.id, **fields)
        if index is not None:
            card.index = index
        else:
            card.index = len(self.project.contents(map_id).cell(step.id, lane_id))
        return self.add(card)

    def add_persona(self, name: str, map_ids: Iterable[str] | None = None, **fields) -> Persona:
        """A new persona, shown on the maps `map_ids` (default: every map but blueprints, which
        have no emotion line), as one step."""
        persona = Persona(name, **fields)
        if map_ids is None:
            map_ids = [m.id for m in self.project.maps if m.kind != "service-blueprint"]
        with self.macro(tr("Add {0}").format(tr("persona"))):
            self.add(persona)
            for map_id in map_ids:
                self.show_persona(map_id, persona.id, True)
        return self.project.get(persona.id)

    def show_persona(self, map_id: str, persona_id: str, shown: bool) -> bool:
        """Show a persona on a map (its legend, line and sheet) or stop showing it there."""
        m = self.project.require(map_id, Map)
        self.project.require(persona_id, Persona)
        if (persona_id in m.persona_ids) == shown:
            return False
        ids = [i for i in m.persona_ids if i != persona_id] + ([persona_id] if shown else [])
        return self.update(map_id, persona_ids=ids,
                           text=tr("Show persona") if shown else tr("Hide persona"))

    def edit_persona(self, persona_id: str, photo: Image | None = None, **values) -> bool:
        """Set a persona's fields and, given `photo`, store that image and show it (values may
        take the photo off: photo_hash=""); an image no persona shows any more leaves the
        project. One step; False when nothing would change."""
        persona = self.project.require(persona_id, Persona)
        if photo is not None:
            values["photo_hash"] = photo.hash
        values = {name: value for name, value in values.items() if getattr(persona, name) != value}
        if not values:
            return False
        old_photo, new_photo = persona.photo_hash, values.get("photo_hash", persona.photo_hash)
        adding = photo is not None and photo.hash not in self.project.images
        unused = old_photo != new_photo and old_photo in self.project.images and not any(
            other.photo_hash == old_photo for other in self.project.personas if other is not persona)
        if not (adding or unused):
            return self.update(persona_id, **values)
        text = tr("Remove persona photo") if not new_photo else tr("Set persona photo")
        self._refuse_if_read_only()  # before the macro: a refused step leaves no empty one
        with self.macro(text):
            if adding:
                self._push(AddImageCommand(self.project, photo))
            self.update(persona_id, **values)
            if unused:
                self._push(DropImageCommand(self.project, old_photo))
        return True

    def connect(self, source_id: str, target_id: str, label: str = "", two_way: bool = False) -> Connector:
        source = self.project.require(source_id, Card)
        return self.add(Connector(source.map_id, source_id, target_id, label, two_way))

    def set_emotion(self, map_id: str, persona_id: str, column_id: str, score: float,
                    note: str | None = None) -> EmotionPoint:
        """Set a persona's score at a step, or a stage's first step (adding the point if it has none)."""
        map_ = self.project.require(map_id, Map)
        score = float(max(map_.scale_min, min(map_.scale_max, score)))
        step = self.project.require_column(column_id)
        point = self.project.emotion_point(map_id, persona_id, step.id)
        if point is None:
            return self.add(EmotionPoint(map_id, persona_id, step.stage_id, score, note or "", step_id=step.id),
                            text=tr("Add emotion point"))
        values = {"score": score} if note is None else {"score": score, "note": note}
        self.update(point.id, text=tr("Set emotion"), **values)
        return point

    def move_cards(self, moves: list[tuple[str, str, str, int]]) -> None:
        """Move cards to cells: [(card_id, step_id, lane_id, index)], as one step (a stage's id
        stands for its first step)."""
        moves = [m for m in moves if self._would_move(*m)]
        if not moves:
            return
        if len(moves) == 1:
            self._push(MoveCardCommand(self.project, *moves[0]))
            return
        with self.macro(tr("Move {0} cards").format(number(len(moves)))):
            for move in moves:
                self._push(MoveCardCommand(self.project, *move))

    def _would_move(self, card_id: str, column_id: str, lane_id: str, index: int) -> bool:
        card = self.project.require(card_id, Card)
        step = self.project.require_column(column_id)
        if (card.step_id, card.lane_id) != (step.id, lane_id):
            return True
        cell = self.project.contents(card.map_id).cell(step.id, lane_id)
        return min(index, len(cell) - 1) != card.index

    def add_map_copy(self, source: Project, map_id: str, name: str | None = None,
                     select_name: str | None = None, text: str | None = None) -> str:
        """Add a copy of a map of `source` (this project or a template) as one step."""
        from ..model.derive import copy_map

        persona_ids = {p.id for p in self.project.personas}
        entities = copy_map(source, map_id, name, persona_ids=persona_ids)
        with self.macro(text or tr("Add map")):
            for entity in entities:
                self.add(entity)
        return entities[0].id

    def _add_all(self, entities: list, text: str) -> str:
        with self.macro(text):
            for entity in entities:
                self.add(entity)
        return entities[0].id

    def derive_future_state(self, map_id: str) -> str:
        """"Create future state from this map": a linked copy, as one step."""
        from ..model.derive import future_state

        original = self.project.require(map_id, Map)
        return self._add_all(future_state(self.project, map_id, tr("{0} — future state").format(original.name)),
                             tr("Create future state"))

    def derive_blueprint(self, map_id: str) -> str:
        """"Create service blueprint from this journey", as one step."""
        from ..model.derive import blueprint_from_journey

        original = self.project.require(map_id, Map)
        return self._add_all(blueprint_from_journey(self.project, map_id,
                                                    tr("{0} — service blueprint").format(original.name)),
                             tr("Create service blueprint"))

    def derive_day_in_the_life(self, map_id: str) -> str:
        """"Create day in the life from this journey", as one step."""
        from ..model.derive import day_in_the_life

        original = self.project.require(map_id, Map)
        return self._add_all(day_in_the_life(self.project, map_id, tr("{0} — day in the life").format(original.name)),
                             tr("Create day in the life"))

    def duplicate_map(self, map_id: str) -> str:
        original = self.project.require(map_id, Map)
        return self.add_map_copy(self.project, map_id, tr("{0} (copy)").format(original.name),
                                 text=tr("Duplicate map"))

    def paste_cards(self, cards: list[dict], map_id: str, column_id: str, lane_id: str,
                    index: int | None = None) -> list[str]:
        """Add cards copied elsewhere (maybe another project) into one cell, as one step."""
        from ..model.derive import card_from_dict

        step = self.project.require_column(column_id)
        cell = self.project.contents(map_id).cell(step.id, lane_id)
        start = len(cell) if index is None else index
        ids = []
        with self.macro(tr("Paste {0} cards").format(number(len(cards))) if len(cards) != 1 else tr("Paste card")):
            for i, values in enumerate(cards):
                card = card_from_dict(values, map_id, step, lane_id, start + i)
                self.add(card)
                ids.append(card.id)
        return ids

    def set_emotion_scale(self, map_id: str, low: int, high: int) -> None:
        """A new emotion scale, and every point of the map moved to the same place on it (+2 of
        -2..2 becomes 5 of 1..5), as one step: a point keeps what it meant."""
        m = self.project.require(map_id, Map)
        if low >= high:
            raise ModelError(tr("The scale's lower end must be below its upper end"))
        old_low, old_high = m.scale_min, m.scale_max
        if (low, high) == (old_low, old_high):
            return
        points = list(self.project.contents(map_id).emotion_points.values())
        with self.macro(tr("Change emotion scale")):
            self.update(map_id, scale_min=low, scale_max=high)
            for point in points:
                where = (min(max(point.score, old_low), old_high) - old_low) / (old_high - old_low)
                score = float(round(low + where * (high - low)))
                if score != point.score:
                    self.update(point.id, score=score)

    def paste_cards_spread(self, cards: list[dict], map_id: str, column_id: str, lane_id: str) -> list[str]:
        """Paste with each card's `cell_offset` [steps, lanes] from the target cell, so cards
        copied from several cells keep their arrangement (clamped at the map's edges); as one step."""
        from ..model.derive import card_from_dict

        contents = self.project.contents(map_id)
        columns = contents.columns()
        stage_ids = [step.id for step in columns]
        lane_ids = [lane.id for lane in contents.lanes]
        column, row = stage_ids.index(self.project.require_column(column_id).id), lane_ids.index(lane_id)
        filled: dict[tuple[str, str], int] = {}
        ids = []
        with self.macro(tr("Paste {0} cards").format(number(len(cards))) if len(cards) != 1 else tr("Paste card")):
            for values in cards:
                offset = values.get("cell_offset") or [0, 0]
                try:
                    dx, dy = int(offset[0]), int(offset[1])
                except (TypeError, ValueError, IndexError):
                    dx = dy = 0
                cell = (stage_ids[max(0, min(len(stage_ids) - 1, column + dx))],
                        lane_ids[max(0, min(len(lane_ids) - 1, row + dy))])
                if cell not in filled:
                    filled[cell] = len(contents.cell(*cell))
                card = card_from_dict(values, map_id, columns[stage_ids.index(cell[0])], cell[1], filled[cell])
                filled[cell] += 1
                self.add(card)
                ids.append(card.id)
        return ids

    # ------------------------------------------------- metrics, gaps, evidence, ratings
    def add_metric(self, subject_id: str, kind: str, value: float, **fields) -> Metric:
        """A metric of a stage, step or card (refused when its value does not fit its kind)."""
        from ..model.metrics import out_of_range

        subject = self.project.require(subject_id)
        metric = Metric(subject.map_id, subject_id, kind, float(value), **fields)
        problem = out_of_range(metric)
        if problem:
            raise ModelError(problem)
        return self.add(metric)

    def add_gap(self, step_id: str, lane_id: str, kind: str = "other", note: str = "") -> Gap:
        """A gap between a step and the next one, in a lane."""
        step = self.project.require(step_id, Step)
        return self.add(Gap(step.map_id, step_id, lane_id, kind, note))

    def accept_gap(self, suggestion) -> Gap:
        return self.add_gap(suggestion.step_id, suggestion.lane_id, suggestion.kind, suggestion.reason)

    def dismiss_gap(self, map_id: str, suggestion) -> None:
        """Never offer this suggestion again on this map (undoable, like any edit)."""
        m = self.project.require(map_id, Map)
        if suggestion.key not in m.dismissed_gaps:
            self.update(map_id, dismissed_gaps=[*m.dismissed_gaps, suggestion.key], text=tr("Dismiss gap suggestion"))

    def add_evidence(self, card_id: str, kind: str = "analytical", **fields) -> Evidence:
        card = self.project.require(card_id, Card)
        return self.add(Evidence(card.map_id, card_id, kind, **fields))

    def rate(self, card_id: str, impact: int, effort: int) -> bool:
        """An opportunity's impact and effort (1..5 each), as one step."""
        impact, effort = max(1, min(5, int(impact))), max(1, min(5, int(effort)))
        return self.update(card_id, impact=impact, effort=effort, text=tr("Rate opportunity"))

    # ------------------------------------------------------------ workshops
    def start_round(self, map_id: str, name: str, participants: list[tuple[str, str]], votes_each: int = 3,
                    lane_kinds: Iterable[str] = (), card_types: Iterable[str] = (),
                    anonymous: bool = False) -> VotingRound:
        """A dot-voting round: participants as (name, colour) (a colour "" gets one of DOT_COLOURS)."""
        import datetime

        from ..model.voting import DOT_COLOURS

        if not participants:
            raise ModelError(tr("A voting round needs at least one participant"))
        if votes_each < 1:
            raise ModelError(tr("Each participant needs at least one vote"))
        people = [[n.strip(), c or DOT_COLOURS[i % len(DOT_COLOURS)]] for i, (n, c) in enumerate(participants)]
        created = datetime.datetime.now().isoformat(timespec="seconds")
        return self.add(VotingRound(map_id, name, people, votes_each, list(lane_kinds), list(card_types), anonymous,
                                    created), text=tr("Start voting round"))

    def vote(self, round_id: str, card_id: str, participant: int) -> Vote:
        """A participant's dot on a card; refused when the card is not open to the round or the
        participant has no dots left."""
        from ..model.voting import eligible, participant_name, votes_left

        voting = self.project.require(round_id, VotingRound)
        card = self.project.require(card_id, Card)
        if not 0 <= participant < len(voting.participants):
            raise ModelError(tr("No such participant in this round"))
        if not eligible(self.project, voting, card):
            raise ModelError(tr("This round does not vote on this card"))
        if votes_left(self.project, voting, participant) == 0:
            raise ModelError(tr("{0} has no votes left").format(participant_name(voting, participant)))
        return self.add(Vote(voting.map_id, round_id, card_id, participant), text=tr("Vote"))

    def take_back_vote(self, round_id: str, card_id: str, participant: int) -> bool:
        """Take one of the participant's dots off the card; False when there is none."""
        from ..model.voting import votes_of

        voting = self.project.require(round_id, VotingRound)
        mine = [v for v in votes_of(self.project, voting) if v.card_id == card_id and v.participant == participant]
        if not mine:
            return False
        self._push(RemoveCommand(self.project, mine[-1].id, tr("Take back vote")))
        return True

    def comment(self, subject_id: str, text: str, author: str = "", parent_id: str = "") -> Comment:
        """A comment on a card, stage, step or map (a reply when parent_id names a thread)."""
        import datetime

        subject = self.project.require(subject_id)
        map_id = subject.id if isinstance(subject, Map) else subject.map_id
        if not text.strip():
            raise ModelError(tr("A comment needs some text"))
        if parent_id:
            parent = self.project.require(parent_id, Comment)
            parent_id = parent.parent_id or parent.id  # threads are one level deep
        created = datetime.datetime.now().isoformat(timespec="seconds")
        return self.add(Comment(map_id, subject_id, text, author, created, parent_id),
                        text=tr("Reply") if parent_id else tr("Add comment"))

    def resolve(self, comment_id: str, resolved: bool = True) -> bool:
        comment = self.project.require(comment_id, Comment)
        thread = comment.parent_id or comment.id
        return self.update(thread, resolved=resolved, text=tr("Resolve comment") if resolved else tr("Reopen comment"))

    def take_back_add(self, entity_id: str) -> str | None:
        """If the last step added `entity_id` (and nothing was undone since), remove the entity
        and that step, as if it had never been made; returns the step's name, else None.
        (A new card cancelled while empty leaves no undo step; its first text joins the add.)"""
        stack = self.undo_stack
        if stack.index() == 0 or stack.index() != stack.count():
            return None
        command = stack.command(stack.index() - 1)
        if not isinstance(command, AddCommand) or command.entity.id != entity_id:
            return None
        text = command.text()
        command.undo()  # an obsolete command is dropped without its undo() being called
        command.setObsolete(True)
        stack.undo()
        return text

    # ---------------------------------------------------------------- undo
    def undo(self) -> None:
        if self.read_only:
            return  # a library whose server is away: the step could not be sent
        if self.undo_stack.index() <= self.undo_floor:
            return  # what is below was overridden by someone else (apply_remote told the user)
        self.undo_stack.undo()

    def redo(self) -> None:
        if self.read_only:
            return
        self.undo_stack.redo()


class _Nothing(QUndoCommand):
    def redo(self) -> None:
        self.setObsolete(True)


class _Macro:
    def __init__(self, editor: Editor, text: str) -> None:
        self.editor, self.text = editor, text

    def __enter__(self) -> Editor:
        self.editor.undo_stack.beginMacro(self.text)
        return self.editor

    def __exit__(self, *_exc) -> None:
        self.editor.undo_stack.endMacro()
