"""The canvas updates only what an edit touched (reused lane placements, lane layers); after any
sequence of edits, undos and redos it must show exactly what a fresh layout of the map shows."""

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editing import random_edit
from journeyeditor.canvas.scene import MapScene
from journeyeditor.editor import Editor
from journeyeditor.interchange import project_from_json, project_to_json
from journeyeditor.layout import LayoutEngine
from journeyeditor.templates import build_sample


def assert_scene_matches_fresh_layout(scene: MapScene) -> None:
    fresh = LayoutEngine().layout(scene.project, scene.map_id)
    assert set(scene.cards) == set(fresh.cards)
    for card_id, box in fresh.cards.items():
        item = scene.cards[card_id]
        shown = item.box
        assert (item.scenePos().x(), item.scenePos().y()) == (box.rect.x, box.rect.y), card_id
        assert (shown.rect, shown.title_lines, shown.body_lines, shown.accent, shown.status) == \
               (box.rect, box.title_lines, box.body_lines, box.accent, box.status)
        assert any(item.parentItem() is layer for key, layer in scene.layers.items() if key[0] == box.lane_id)
    assert {key[0] for key in scene.layers} <= {lane.id for lane in fresh.lanes}
    assert all(layer.childItems() for layer in scene.layers.values())  # no empty layers left behind
    assert [(lane.id, lane.row) for lane in scene.layout.lanes] == [(lane.id, lane.row) for lane in fresh.lanes]
    assert {c.id: c.points for c in fresh.connectors} == \
           {key: item.path_box.points for key, item in scene.connectors.items()}
    assert [(c.persona_id, c.points) for c in fresh.curves] == [(c.persona_id, c.points) for c in scene.layout.curves]
    assert (scene.layout.width, scene.layout.height) == (fresh.width, fresh.height)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_canvas_after_random_edits_equals_a_fresh_layout(qapp, seed):
    project = build_sample()
    editor = Editor(project)
    scene = MapScene(editor)
    rng = random.Random(seed)
    scene.set_map(project.maps[0].id)
    for step in range(60):
        if rng.random() < 0.1:  # look at another map now and then (derived ones read their source)
            scene.set_map(rng.choice(project.maps).id)
        roll = rng.random()
        if roll < 0.15 and editor.undo_stack.canUndo():
            editor.undo()
        elif roll < 0.2 and editor.undo_stack.canRedo():
            editor.redo()
        else:
            random_edit(editor, rng)
        if scene.map_id is None:
            scene.set_map(project.maps[0].id)
        assert_scene_matches_fresh_layout(scene)
    editor.undo_stack.clear()


def test_moving_one_card_rebuilds_only_the_lanes_it_touched(qapp):
    project = build_sample()
    editor = Editor(project)
    scene = MapScene(editor)
    m = next(m for m in project.maps if len(project.contents(m.id).lanes) > 3)
    scene.set_map(m.id)
    contents = project.contents(m.id)
    card = next(c for c in contents.cards.values() if c.lane_id == contents.lanes[0].id)
    before = dict(scene.layout.placements)
    card_step = card.step_id
    editor.move_cards([(card.id, contents.stages[-1].id, card.lane_id, 0)])
    after = scene.layout.placements
    rebuilt = {lane_id for lane_id in after if after[lane_id] is not before[lane_id]}
    assert rebuilt == {card.lane_id}
    lane_before, lane_after = before[card.lane_id].groups, after[card.lane_id].groups
    regrouped = {stage_id for stage_id, group in lane_after.items() if lane_before.get(stage_id) is not group}
    last_step = contents.columns()[-1].id
    assert regrouped == {last_step} | ({card_step} if contents.cell(card_step, card.lane_id) else set())
    assert_scene_matches_fresh_layout(scene)
    editor.undo()
    assert_scene_matches_fresh_layout(scene)
    editor.undo_stack.clear()


def test_a_reopened_project_never_reuses_another_projects_placements(qapp):
    """A file opened again in the same window is a new Project with the same ids; the layout
    kept for the old one (at its first revisions) must not be taken for it."""
    first = build_sample()
    m = first.maps[0]
    engine = LayoutEngine()
    assert engine.layout(first, m.id).cards  # kept: placements at the project's first revisions
    card = next(iter(first.contents(m.id).cards.values()))
    first.remove(card.id)
    reopened = project_from_json(project_to_json(first))  # the same ids, fresh revisions
    assert card.id not in engine.layout(reopened, m.id).cards
