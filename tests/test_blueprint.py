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
    copied = [c for c in contents.cards.values() if c.lane_id == actions.id
              and project.get(project.get(c.source_card_id).lane_id).kind == "actions"]
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


# ------------------------------------------------------------------ derived maps: what goes where
def _lane_kind_of(project, card):
    return project.get(card.lane_id).kind


def _derived_with_editor(make):
    from full_project import build_full_project

    project = build_full_project()
    editor = Editor(project)
    before = project_to_json(project)
    new_id = make(editor, "journey")
    return project, editor, before, project.get(new_id), project.contents(new_id)


def _same_columns(project, source_id, derived_id):
    ours, theirs = project.contents(source_id), project.contents(derived_id)
    assert [(s.name, s.goal, s.colour) for s in theirs.stages] == [(s.name, s.goal, s.colour) for s in ours.stages]
    assert [(s.name, s.description, s.width, project.get(s.stage_id).name) for s in theirs.columns()] == \
        [(s.name, s.description, s.width, project.get(s.stage_id).name) for s in ours.columns()]


def test_a_blueprint_from_a_journey_takes_actions_touchpoints_and_pain_points():
    project, editor, before, blueprint, contents = _derived_with_editor(Editor.derive_blueprint)
    assert blueprint.kind == "service-blueprint" and blueprint.source_map_id == "journey"
    assert [lane.kind for lane in contents.lanes] == ["physical-evidence", "actions", "frontstage", "backstage",
                                                      "support-processes"]
    _same_columns(project, "journey", blueprint.id)
    journey = project.contents("journey")
    sources = {card.source_card_id: card for card in contents.cards.values()}
    wanted = {"actions": "actions", "touchpoints": "physical-evidence", "pain-points": "actions"}
    carried = {c.id for c in journey.cards.values() if _lane_kind_of(project, c) in wanted}
    assert set(sources) == carried  # each linked back to its journey card, nothing else taken
    for source_id, card in sources.items():
        source = project.get(source_id)
        assert _lane_kind_of(project, card) == wanted[_lane_kind_of(project, source)]
        assert (card.title, card.body, card.type, card.channel, card.span, card.tags) == \
            (source.title, source.body, source.type, source.channel, source.span, source.tags)
        # in the same step (by place: the blueprint's steps are copies)
        assert journey.columns().index(project.get(source.step_id)) == \
            contents.columns().index(project.get(card.step_id))
        assert card_status(project, card) == "unchanged"
    # pain points are fail points, after the actions of their step
    queue = sources["c-queue"]
    assert queue.fail_point and _lane_kind_of(project, queue) == "actions"
    assert not sources["c-sees"].fail_point
    truth, pays = sources["c-truth"], sources["c-pays"]
    assert [c.id for c in contents.cell(pays.step_id, pays.lane_id)] == [pays.id, truth.id]
    # the connectors between cards it took are kept, the others (to an opportunity) not
    ends = {(project.get(k.source_id).source_card_id, project.get(k.target_id).source_card_id)
            for k in contents.connectors.values()}
    assert ends == {("c-sees", "c-reads"), ("c-site", "c-reads"), ("c-reads", "c-pays")}
    assert not contents.emotion_points
    editor.undo()
    assert project_to_json(project) == before


def test_a_day_in_the_life_from_a_journey_keeps_its_steps_cards_and_feelings():
    project, editor, before, day, contents = _derived_with_editor(Editor.derive_day_in_the_life)
    assert day.kind == "day-in-the-life" and day.source_map_id == "journey"
    assert editor.undo_stack.undoText() == "Create day in the life"
    template = build_template("day-in-the-life")
    assert [(lane.name, lane.kind) for lane in contents.lanes] == \
        [(lane.name, lane.kind) for lane in template.contents(template.maps[0].id).lanes]
    _same_columns(project, "journey", day.id)
    journey = project.contents("journey")
    assert day.persona_ids == project.get("journey").persona_ids
    assert (day.scale_min, day.scale_max) == (-3, 3)
    kinds = {lane.kind for lane in contents.lanes}
    sources = {card.source_card_id: card for card in contents.cards.values()}
    assert set(sources) == {c.id for c in journey.cards.values() if _lane_kind_of(project, c) in kinds}
    assert {"c-sees", "c-reads", "c-think", "c-queue"} <= set(sources)  # actions, thoughts, pain points
    for source_id, card in sources.items():
        assert _lane_kind_of(project, card) == _lane_kind_of(project, project.get(source_id))
        assert card.title == project.get(source_id).title
    # every emotion point, of each persona at the same step, score and note
    def points(contents):
        steps = contents.columns()
        return sorted((p.persona_id, steps.index(project.get(p.step_id)), p.score, p.note)
                      for p in contents.emotion_points.values())
    assert points(contents) == points(journey) and len(points(contents)) == 13
    editor.undo()
    assert project_to_json(project) == before


@pytest.mark.parametrize("stage_names, language, actions", [
    (["认知", "购买", "使用"], "zh", "用户行为"),
    (["認知", "購入する", "使う"], "ja", "顧客の行動"),
    (["Выбор", "Покупка", "Поездка"], "ru", "Действия клиента"),
    (["انتخاب", "خرید", "پرداخت"], "fa", "اقدامات مشتری"),
    (["Choose", "Buy", "Ride"], "en", "Customer actions"),
])
def test_derived_lanes_are_named_in_the_journeys_language(stage_names, language, actions):
    from journeyeditor.model.derive import map_language
    from journeyeditor.templates import translated

    project = Project()
    journey = new_map(project, "current-state", "Journey")  # lanes keep the template's English names
    for stage, name in zip(project.contents(journey.id).stages, stage_names):
        stage.name = name
    assert map_language(project, journey.id) == language
    editor = Editor(project)
    blueprint = project.contents(editor.derive_blueprint(journey.id))
    assert [lane.name for lane in blueprint.lanes][1] == actions
    day = project.contents(editor.derive_day_in_the_life(journey.id))
    assert [lane.name for lane in day.lanes][0] == translated("What they do", language)


def test_the_language_of_names_is_told_by_their_script():
    from journeyeditor.model.derive import written_language

    assert written_language([]) == written_language(["Customer actions", "Awareness"]) == "en"
    assert written_language(["Kaufen", "Fahren"]) == "en"  # a Latin script we have no names for
    assert written_language(["买车", "骑车", "Pain points", "Checkout"]) == "zh"
    assert written_language(["乗る", "買う"]) == "ja" and written_language(["購入", "利用", "乗る"]) == "ja"
    assert written_language(["شراء", "ركوب"]) == "ar"  # Arabic, not Persian: no Persian-only letter
    assert written_language(["Checkout", "Оплата"]) == "ru"  # a tie: English words slip into any map
    assert written_language(["Checkout", "Receipt", "Оплата"]) == "en"
