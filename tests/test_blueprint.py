"""Templates, blueprint lines, derived maps and their undo; lines and legend on canvas and PDF."""

import pytest
from pypdf import PdfReader

from journeyeditor.editor import Editor
from journeyeditor.interchange import project_to_json
from journeyeditor.model import Project
from journeyeditor.model.blueprint import blueprint_lines
from journeyeditor.model.derive import card_status
from journeyeditor.templates import build_sample, build_template, new_map

LINES = ["Line of interaction", "Line of visibility", "Line of internal interaction"]


@pytest.mark.parametrize("kind, first_stage, lane_kinds", [
    ("current-state", "Awareness", {"actions", "touchpoints", "emotions", "pain-points", "opportunities"}),
    ("day-in-the-life", "Early morning", {"actions", "emotions"}),
    ("service-blueprint", "Arrive", {"physical-evidence", "actions", "frontstage", "backstage", "support-processes"}),
    ("future-state", "Awareness", {"actions", "opportunities"}),
])
def test_template_contents(kind, first_stage, lane_kinds):
    project = build_template(kind)
    m = project.maps[0]
    contents = project.contents(m.id)
    assert m.kind == kind and contents.stages[0].name == first_stage
    assert lane_kinds <= {lane.kind for lane in contents.lanes}


def test_template_names_in_the_users_language():
    project = Project()
    m = new_map(project, "service-blueprint", "藍圖", "zh")
    assert [lane.name for lane in project.contents(m.id).lanes][:2] == ["有形展示", "用户行为"]
    m = new_map(project, "current-state", "Путь", "ru")
    assert project.contents(m.id).stages[0].name == "Осведомлённость"


def test_blueprint_lines_follow_their_lanes():
    project = build_template("service-blueprint")
    m = project.maps[0]
    editor = Editor(project)
    lanes = project.contents(m.id).lanes
    assert [line.name for line in blueprint_lines(lanes)] == LINES
    frontstage = next(lane for lane in lanes if lane.kind == "frontstage")
    editor.remove([frontstage.id])  # no frontstage: interaction and visibility lines go
    assert [line.name for line in blueprint_lines(project.contents(m.id).lanes)] == ["Line of internal interaction"]
    editor.undo()
    assert [line.name for line in blueprint_lines(project.contents(m.id).lanes)] == LINES


def test_future_state_marks_new_changed_unchanged_and_undoes_as_one_step():
    project = build_sample()
    editor = Editor(project)
    before = project_to_json(project)
    source = project.maps[0]
    future_id = editor.derive_future_state(source.id)
    future = project.contents(future_id)
    assert project.get(future_id).source_map_id == source.id and project.get(future_id).kind == "future-state"
    cards = list(future.cards.values())
    assert {card_status(project, c) for c in cards} == {"unchanged"}
    editor.update(cards[0].id, title="Sees bikes — redesigned dock")
    editor.move_cards([(cards[1].id, future.stages[-1].id, cards[1].lane_id, 0)])
    added = editor.add_card(future_id, future.stages[0].id, future.lanes[0].id, title="A new idea")
    statuses = {c.id: card_status(project, c) for c in future.cards.values()}
    assert statuses[cards[0].id] == "changed" and statuses[cards[1].id] == "changed"
    assert statuses[added.id] == "new" and list(statuses.values()).count("unchanged") == len(cards) - 2
    assert card_status(project, next(iter(project.contents(source.id).cards.values()))) is None
    for _ in range(4):
        editor.undo()
    assert project_to_json(project) == before


def test_blueprint_from_journey_shares_stages_and_takes_the_actions():
    project = build_sample()
    editor = Editor(project)
    journey = project.maps[0]
    blueprint_id = editor.derive_blueprint(journey.id)
    journey_contents, contents = project.contents(journey.id), project.contents(blueprint_id)
    assert [s.name for s in contents.stages] == [s.name for s in journey_contents.stages]
    actions = [lane for lane in contents.lanes if lane.kind == "actions"][0]
    journey_actions = [c for c in journey_contents.cards.values()
                       if project.get(c.lane_id).kind == "actions"]
    copied = [c for c in contents.cards.values() if c.lane_id == actions.id]
    assert sorted(c.title for c in copied) == sorted(c.title for c in journey_actions)
    assert [line.name for line in blueprint_lines(contents.lanes)] == LINES
    editor.undo()
    assert project.get(blueprint_id) is None


def test_blueprint_fields_undo(sample_project):
    editor = Editor(sample_project)
    blueprint = next(m for m in sample_project.maps if m.kind == "service-blueprint")
    card = next(iter(sample_project.contents(blueprint.id).cards.values()))
    before = (card.fail_point, card.wait_point, card.minutes)
    editor.update(card.id, fail_point=not card.fail_point)
    editor.update(card.id, wait_point=not card.wait_point)
    editor.update(card.id, minutes=12.5)
    editor.undo(), editor.undo(), editor.undo()
    assert (card.fail_point, card.wait_point, card.minutes) == before


def test_pdf_shows_lines_and_legend(tmp_path, sample_project):
    from journeyeditor.export.pdf import export_pdf

    blueprint = next(m for m in sample_project.maps if m.kind == "service-blueprint")
    out = tmp_path / "bp.pdf"
    export_pdf(sample_project, [blueprint], out)
    text = PdfReader(out).pages[0].extract_text()
    for name in LINES + ["Fail point", "Wait point", "Card types", "Emotion scale"]:
        assert name in text


def test_canvas_shows_lines(qtbot):
    from journeyeditor.app import create_app
    from journeyeditor.canvas.scene import MapScene

    create_app()
    project = build_sample()
    blueprint = next(m for m in project.maps if m.kind == "service-blueprint")
    scene = MapScene(Editor(project))
    scene.set_map(blueprint.id)
    assert [line.name for line in scene.layout.lines] == LINES
    assert any(item.markers for item in scene.cards.values())  # fail / wait badges drawn


def test_blueprint_stage_headers_carry_the_time_axis(sample_project):
    from journeyeditor.layout import LayoutEngine

    blueprint = next(m for m in sample_project.maps if m.kind == "service-blueprint")
    layout = LayoutEngine().layout(sample_project, blueprint.id)
    assert [stage.goal_lines[-1] for stage in layout.stages] == ["≈ 2 min", "≈ 30 s", "≈ 15 min", "≈ 1 min", "≈ 30 s"]


def test_a_blueprint_line_can_be_removed_and_added_back(tmp_path):
    from journeyeditor.persistence import ProjectStore

    path = tmp_path / "bp.journey"
    ProjectStore.create(path, build_template("service-blueprint")).close()
    with ProjectStore.open(path) as store:
        editor = Editor(store.project, store)
        m = store.project.maps[0]
        editor.update(m.id, hidden_lines=["Line of visibility"])
        assert editor.undo_stack.undoText() == "Restyle map"
        lanes = store.project.contents(m.id).lanes
        assert [line.name for line in blueprint_lines(lanes, m.hidden_lines)] == [LINES[0], LINES[2]]
    with ProjectStore.open(path) as store:
        assert store.project.maps[0].hidden_lines == ["Line of visibility"]
        editor = Editor(store.project, store)
        editor.update(store.project.maps[0].id, hidden_lines=[])
    with ProjectStore.open(path, read_only=True) as store:
        assert store.project.maps[0].hidden_lines == []
