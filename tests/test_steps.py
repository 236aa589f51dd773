"""Steps inside stages (schema v5): the model, the v4 -> v5 upgrade from a kept fixture, the
layout's columns, and undo."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from journeyeditor.editor import Editor
from journeyeditor.layout import LayoutEngine
from journeyeditor.model import Card, Lane, Map, ModelError, Project, Stage, Step, first_step_id
from journeyeditor.persistence import ProjectStore
from journeyeditor.persistence.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"


def test_version_four_fixture_upgrades_to_one_step_per_stage(tmp_path):
    path = tmp_path / "v4.journey"
    shutil.copy(FIXTURES / "project_v4.journey", path)
    original = path.read_bytes()
    with ProjectStore.open(path) as store:
        project = store.project
        contents = project.contents("m1")
        # every stage became one unnamed step as wide as the stage was
        assert [(s.id, [(st.id, st.name, st.width) for st in contents.steps_of(s.id)]) for s in contents.stages] == [
            ("s1", [("s1.1", "", 260.0)]), ("s2", [("s2.1", "", 320.0)]), ("s3", [("s3.1", "", 280.0)])]
        # cards and emotion points sit in their stage's step; spans and notes are kept
        assert {c.id: (c.stage_id, c.step_id, c.span) for c in contents.cards.values()} == {
            "c1": ("s1", "s1.1", 1), "c2": ("s2", "s2.1", 1), "c3": ("s1", "s1.1", 2), "c4": ("s3", "s3.1", 1)}
        assert project.emotion_point("m1", "p1", "s2.1").note == "price shock"
        assert project.emotion_point("m1", "p2", "s2.1").score == 0.0
        # each map shows the personas that were visible (Боб was hidden)
        assert all(m.persona_ids == ["p1"] for m in project.maps)
        # the derived future state still knows its source cards; the blueprint its hidden line
        future = next(m for m in project.maps if m.kind == "future-state")
        assert sorted(c.source_card_id for c in project.contents(future.id).cards.values()) == ["c1", "c2", "c3", "c4"]
        # (the v4 writer spelt it "line of visibility": read as the app spells it, so it hides the line)
        assert project.require("m3").hidden_lines == ["Line of visibility"]
        assert project.require("p1").photo_hash in project.images
        # v6: nothing measured yet, no gaps, no evidence; opportunities unrated
        assert not contents.metrics and not contents.gaps and not contents.evidence
        assert (project.get("c3").impact, project.get("c3").status) == (0, "")
        # the layout: one column per stage, as wide as the stage was, and no step band
        layout = LayoutEngine().layout(project, "m1")
        assert [c.column.w for c in layout.columns] == [260.0, 320.0, 280.0]
        assert [s.column.w for s in layout.stages] == [260.0, 320.0, 280.0]
        assert layout.step_band == 0
        assert layout.cards["c3"].rect.w == 260 + 320 - 2 * 12  # spans two steps
        # and it is written back as v5
        project.update("c1", title="Sees an ad twice")
        store.flush()
    assert (tmp_path / "v4.journey.v4-backup").read_bytes() == original
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 5
    with ProjectStore.open(path) as store:
        assert store.project.get("c1").title == "Sees an ad twice"
        assert store.project.get("c1").step_id == "s1.1"


def test_version_four_fixture_read_only_is_upgraded_in_a_copy_only(tmp_path):
    before = (FIXTURES / "project_v4.journey").read_bytes()
    with ProjectStore.open(FIXTURES / "project_v4.journey", read_only=True) as store:
        assert store.project.column("s2").id == "s2.1"
    assert (FIXTURES / "project_v4.journey").read_bytes() == before


def _map_with_steps():
    project = Project("Steps")
    m = project.add(Map("Journey"))
    stage = project.add_stage(Stage(m.id, "Buy", width=300))
    other = project.add_stage(Stage(m.id, "Use", width=300))
    lane = project.add(Lane(m.id, "Actions", "actions"))
    return project, m, stage, other, lane


def test_cards_and_points_live_in_steps_and_go_with_them(qapp):
    project, m, stage, other, lane = _map_with_steps()
    editor = Editor(project)
    second = editor.add_step(stage.id, name="Pays", width=200)
    assert [s.id for s in project.contents(m.id).steps_of(stage.id)] == [first_step_id(stage.id), second.id]
    card = editor.add_card(m.id, second.id, lane.id, title="Pays by card")
    assert (card.stage_id, card.step_id) == (stage.id, second.id)
    persona = editor.add_persona("Ana")
    assert m.persona_ids == [persona.id]
    editor.set_emotion(m.id, persona.id, second.id, 1)
    editor.set_emotion(m.id, persona.id, stage.id, -1)  # a stage's id: its first step
    assert project.emotion_point(m.id, persona.id, second.id).score == 1
    assert project.emotion_point(m.id, persona.id, first_step_id(stage.id)).score == -1
    # moving a card to another stage's step keeps stage_id true
    editor.move_cards([(card.id, first_step_id(other.id), lane.id, 0)])
    assert (card.stage_id, card.step_id) == (other.id, first_step_id(other.id))
    editor.undo()
    assert (card.stage_id, card.step_id) == (stage.id, second.id)
    # deleting the step takes its card and point; undo brings them back in place
    editor.remove([second.id])
    assert project.get(card.id) is None and project.emotion_point(m.id, persona.id, second.id) is None
    editor.undo()
    assert project.get(card.id).step_id == second.id
    assert project.emotion_point(m.id, persona.id, second.id).score == 1
    # the last step of a stage is never deleted on its own
    editor.remove([second.id])
    with pytest.raises(ModelError, match="at least one step"):
        editor.remove([first_step_id(stage.id)])
    # but with its stage it goes, and comes back
    editor.remove([stage.id])
    assert project.column(stage.id) is None
    editor.undo()
    assert project.column(stage.id).id == first_step_id(stage.id)


def test_redone_stage_makes_the_same_first_step(qapp):
    project, m, stage, other, lane = _map_with_steps()
    editor = Editor(project)
    new = editor.add_stage(m.id, "Leave")
    card = editor.add_card(m.id, new.id, lane.id, title="Cancels")
    editor.undo()
    editor.undo()
    assert project.get(new.id) is None
    editor.redo()
    editor.redo()  # the card's step id is the redone stage's first step again
    assert project.get(card.id).step_id == first_step_id(new.id)


def test_layout_has_a_column_per_step_and_a_step_band(qapp):
    project, m, stage, other, lane = _map_with_steps()
    editor = Editor(project)
    first = project.column(stage.id)
    editor.update(first.id, name="Chooses")
    second = editor.add_step(stage.id, name="Pays", width=180)
    card = editor.add_card(m.id, first.id, lane.id, title="Spans both steps", span=2)
    layout = LayoutEngine().layout(project, m.id)
    assert [c.id for c in layout.columns] == [first.id, second.id, first_step_id(other.id)]
    assert layout.step_band > 0
    buy = layout.stage_box(stage.id)
    assert buy.column.w == 300 + 180
    assert buy.header.bottom < layout.columns[0].header.y  # the step band sits under the stage header
    assert layout.columns[1].column.x == layout.columns[0].column.right
    assert layout.columns[0].name_lines == ["Chooses"]
    box = layout.cards[card.id].rect
    assert box.x > layout.columns[0].column.x and box.right < layout.columns[1].column.right
    assert box.right > layout.columns[1].column.x  # across the step boundary
    # steps reorder inside their stage
    editor.reorder(second.id, 0)
    assert [s.id for s in project.contents(m.id).steps_of(stage.id)] == [second.id, first.id]
    assert isinstance(project.get(second.id), Step) and isinstance(card, Card)
