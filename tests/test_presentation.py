"""Presentation mode as a facilitator uses it: F5 on the sample map, every slide turned by keys
(each stage spotlit, its card titles at least 24 px high on a 1080p screen, measured from the
layout and the view's transform), the timer, a black screen, the room's words captured onto the
map (one undo step each), the presenter view, Esc back to the editor as it was, and the command
line's --present --map."""

from __future__ import annotations

import pytest
from conftest import close_window, open_window
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication

from journeyeditor import cli
from journeyeditor.layout import LayoutEngine
from journeyeditor.layout.style import BACKGROUND, Style
from journeyeditor.workshop.presentation import choose_screens
from journeyeditor.workshop.slides import dimmed_spans, has_content, lane_column_width, plan_slides
from journeyeditor.workshop.spotlight import as_rect
from journeyeditor.workshop.theme import HAIRLINE, PROJECTOR

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def type_keys(widget_of, text: str) -> None:
    """Key presses carrying text, each to where the keyboard is at that moment (the first letter
    may open the capture bar, which then has the keys)."""
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget_of(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        QApplication.processEvents()


@pytest.fixture
def window(qtbot, sample_file):
    win = open_window(qtbot, sample_file)
    yield win
    if win.presentation is not None:
        win.presentation.stop()
    close_window(win)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def present(window, presenter: bool = False, clock=None):
    """View ▸ Present, in a 1920 x 1080 window (offscreen has no real full screen)."""
    p = window.present(presenter=presenter, full_screen=False)
    if clock is not None:
        p.timer.clock = clock
    p.audience.resize(1920, 1080)
    QApplication.processEvents()
    assert p.view.viewport().size().width() == 1920 and p.view.viewport().size().height() == 1080
    return p


# ------------------------------------------------------------------ slides, from the layout alone
def test_the_sample_in_slides_at_1080p_every_stage_legible_and_every_lane_shown(sample_project):
    style = Style()
    for m in sample_project.maps:
        layout = LayoutEngine().layout(sample_project, m.id)
        slides = plan_slides(layout, 1920, 1080, style)
        assert slides[0].kind == "overview" and slides[0].spotlight is None
        assert slides[0].window.w >= layout.width - 0.01  # the whole map, fitted
        stages = slides[1:]
        assert [s.stage_id for s in stages if s.part == 0] == [st.id for st in layout.stages]
        for slide in stages:
            assert PROJECTOR.title_px_at(style, slide.scale, 1080) >= 24
            assert style.body_size * slide.scale >= 18 and HAIRLINE * slide.scale >= 2
            column = layout.stage_box(slide.stage_id).column
            # the spotlight is the stage's column, and it is in sight right of the lane headers
            assert (slide.spotlight.x, slide.spotlight.w) == (column.x, column.w)
            assert slide.window.x + lane_column_width(layout) <= column.x + 0.01
            assert column.right <= slide.window.right + 0.01
        for stage in layout.stages:  # the parts of a stage show each lane that has something there, whole, once
            parts = [s for s in stages if s.stage_id == stage.id]
            shown = [lane for s in parts for lane in s.lane_ids]
            assert len(shown) == len(set(shown)) and shown[0] == layout.lanes[0].id
            assert {lane.id for lane in layout.lanes if has_content(layout, stage.column, (lane.id,))} <= set(shown)
            for s in parts:
                for lane_id in s.lane_ids:
                    row = next(lane.row for lane in layout.lanes if lane.id == lane_id)
                    assert s.window.y <= row.y and row.bottom <= s.window.bottom + 0.01


def test_a_part_of_a_stage_with_nothing_in_it_is_skipped_until_something_lands_there(sample_project):
    from journeyeditor.editor import Editor

    m = sample_project.maps[0]
    contents = sample_project.contents(m.id)
    awareness = contents.stages[0]
    pains = next(lane for lane in contents.lanes if lane.kind == "pain-points")

    def parts() -> list[tuple[str, ...]]:
        layout = LayoutEngine().layout(sample_project, m.id)
        return [s.lane_ids for s in plan_slides(layout, 1920, 1080) if s.stage_id == awareness.id]

    assert not any(pains.id in lanes for lanes in parts())
    Editor(sample_project).add_card(m.id, awareness.id, pains.id, title="Posters are too small")
    assert sum(pains.id in lanes for lanes in parts()) == 1


def test_a_short_map_fits_each_stage_whole_and_a_wide_stage_goes_step_by_step(sample_project):
    from journeyeditor.editor import Editor

    editor = Editor(sample_project)
    blueprint = sample_project.maps[1]
    contents = sample_project.contents(blueprint.id)
    for lane in contents.lanes[2:]:
        editor.remove([lane.id])
    stage = contents.stages[0]
    for _ in range(4):  # five steps of 260: too wide for one legible screen
        editor.add_step(stage.id)
    layout = LayoutEngine().layout(sample_project, blueprint.id)
    slides = plan_slides(layout, 1920, 1080)
    first = [s for s in slides if s.stage_id == stage.id]
    assert [s.kind for s in first] == ["step"] * 5
    assert [s.step_id for s in first] == [step.id for step in contents.steps_of(stage.id)]
    others = [s for s in slides if s.stage_id and s.stage_id != stage.id]
    assert all(s.kind == "stage" and s.parts == 1 for s in others)  # two lanes: a stage fits whole
    assert all(PROJECTOR.title_px_at(Style(), s.scale, 1080) >= 24 for s in slides[1:])
    assert all(s.scale <= PROJECTOR.least_scale(Style(), 1080) * PROJECTOR.most_over_least + 1e-9 for s in slides[1:])


def test_the_screens_the_room_and_the_presenter_get():
    laptop, projector, third = object(), object(), object()
    assert choose_screens([laptop], laptop) == (laptop, None)
    assert choose_screens([laptop, projector], laptop) == (projector, laptop)
    assert choose_screens([projector, laptop], laptop) == (projector, laptop)
    assert choose_screens([laptop, projector, third], projector) == (laptop, projector)
    assert choose_screens([], None) == (None, None)


# ------------------------------------------------------------------ in the window
def test_f5_presents_keys_turn_every_slide_and_esc_gives_the_editor_back(qtbot, window):
    view = window.view
    view.set_zoom(0.8)
    view.horizontalScrollBar().setValue(300)
    before = (view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    press(qtbot, window.focusWidget() or window, Qt.Key.Key_F5)
    p = window.presentation
    assert p is not None and p.audience.isVisible()
    p.audience.showNormal()
    p.audience.resize(1920, 1080)
    QApplication.processEvents()
    layout = p.scene.layout
    style = p.scene.engine.style
    assert p.index == 0 and p.slide.kind == "overview"
    seen_stages = []
    for number in range(1, len(p.slides)):
        press(qtbot, p.audience, [Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space][number % 3])
        assert p.index == number
        slide = p.slide
        scale = p.view.transform().m11()
        height = p.view.viewport().height()
        # the 24 px rule, from the layout's title size and the view's transform
        assert style.title_size * scale * 1080 / height >= 24
        stage = layout.stage_box(slide.stage_id)
        seen_stages.append(stage.id)
        visible = p.view.visible_rect()
        assert p.view.slide.spotlight.x == stage.column.x and p.view.slide.spotlight.w == stage.column.w
        assert visible.left() <= stage.column.x and stage.column.right <= visible.right() + 1
        # every card of the stage on the part's lanes is on screen, its title ≥ 24 px high
        for card in p.editor.project.contents(p.map_id).cards.values():
            if card.stage_id == stage.id and card.lane_id in slide.lane_ids:
                box = p.view.mapFromScene(QPointF(layout.cards[card.id].rect.x, layout.cards[card.id].rect.y))
                assert 0 <= box.x() < 1920 and 0 <= box.y() < 1080, card.title
        # all the screen but the stage and the lane headers fades
        spans = dimmed_spans(layout, as_rect(visible), slide.spotlight)
        assert all(x1 <= stage.column.x + 0.01 or x0 >= stage.column.right - 0.01 for x0, x1 in spans)
    assert list(dict.fromkeys(seen_stages)) == [s.id for s in layout.stages]
    press(qtbot, p.audience, Qt.Key.Key_Right)  # past the end: stays on the last slide
    assert p.index == len(p.slides) - 1
    press(qtbot, p.audience, Qt.Key.Key_Home)
    assert p.index == 0
    press(qtbot, p.audience, Qt.Key.Key_End)
    assert p.index == len(p.slides) - 1
    press(qtbot, p.audience, Qt.Key.Key_PageUp)
    press(qtbot, p.audience, Qt.Key.Key_Left)
    assert p.index == len(p.slides) - 3
    press(qtbot, p.audience, Qt.Key.Key_Escape)
    assert window.presentation is None and not p.audience.isVisible()
    assert (view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == before


def test_the_stages_out_of_the_spotlight_are_faded_on_screen(qtbot, window):
    p = present(window)
    layout = p.scene.layout
    contents = p.editor.project.contents(p.map_id)
    stage = contents.stages[1]  # Consideration: Awareness on its left, Sign-up on its right
    p.go(next(i for i, s in enumerate(p.slides) if s.stage_id == stage.id))
    QApplication.processEvents()
    image = p.view.viewport().grab().toImage()
    lane = contents.lanes[0]

    def darkest(card) -> int:
        r = layout.cards[card.id].rect
        top_left = p.view.mapFromScene(QPointF(r.x, r.y))
        bottom_right = p.view.mapFromScene(QPointF(r.right, r.bottom))
        values = [QColor(image.pixel(x, y)).lightness()
                  for x in range(max(0, top_left.x()), min(1919, bottom_right.x()), 2)
                  for y in range(max(0, top_left.y()), min(1079, bottom_right.y()), 2)]
        return min(values)

    spotlit = contents.cell(contents.steps_of(stage.id)[0].id, lane.id)[0]
    neighbour = contents.cell(contents.steps_of(contents.stages[2].id)[0].id, lane.id)[0]
    assert darkest(spotlit) < 80  # the ink of its title
    faded_ink = round(0.35 * QColor("#1F2328").lightness() + 0.65 * QColor(BACKGROUND).lightness())
    assert darkest(neighbour) >= faded_ink - 12


def test_black_screen_and_stage_jumps(qtbot, window):
    p = present(window)
    press(qtbot, p.audience, Qt.Key.Key_Right)
    press(qtbot, p.audience, Qt.Key.Key_B)
    assert p.blacked_out and p.audience.blackout.isVisible()
    press(qtbot, p.audience, Qt.Key.Key_PageDown)  # a clicker's next: the map comes back, same slide
    assert not p.blacked_out and p.index == 1
    press(qtbot, p.audience, Qt.Key.Key_Period)
    assert p.blacked_out
    press(qtbot, p.audience, Qt.Key.Key_Period)
    assert not p.blacked_out
    first_stage = p.slide.stage_id
    press(qtbot, p.audience, Qt.Key.Key_Right, CTRL)  # past the stage's other parts
    assert p.slide.stage_id != first_stage and p.slide.part == 0
    press(qtbot, p.audience, Qt.Key.Key_Right)
    press(qtbot, p.audience, Qt.Key.Key_Left, CTRL)
    assert p.slide.stage_id == first_stage and p.slide.part == 0


def test_the_timer_counts_down_pauses_and_ends_for_all_to_see(qtbot, window):
    clock = FakeClock()
    p = present(window, presenter=True, clock=clock)
    overlay = p.audience.timer_overlay
    assert not overlay.isVisible()
    press(qtbot, p.audience, Qt.Key.Key_T, SHIFT)  # set it: 2 minutes, countdown
    dialog = p.timer_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.minutes.setValue(2)
    dialog.countdown.setChecked(True)
    dialog.accept()
    assert (p.timer.minutes, p.timer.countdown) == (2, True) and window.settings.timer_minutes == 2
    assert overlay.isVisible() and overlay.label() == "2:00"
    ended = []
    p.timer.ended.connect(lambda: ended.append(True))
    press(qtbot, p.audience, Qt.Key.Key_T)
    clock.now += 30.5
    p.timer.tick()
    assert overlay.label() == "1:30" and p.timer.running
    press(qtbot, p.presenter, Qt.Key.Key_T)  # paused from the presenter's window
    clock.now += 600
    p.timer.tick()
    assert overlay.label() == "1:30" and not p.timer.running and overlay.paused()
    press(qtbot, p.audience, Qt.Key.Key_T)
    clock.now += 95
    p.timer.tick()
    assert p.timer.is_over() and ended == [True]
    assert overlay.label().endswith("+0:05") and "Time's up" in overlay.label()
    phases = {p.timer.colours()}
    clock.now += 0.5
    phases.add(p.timer.colours())
    assert len(phases) == 2  # it flashes: red, and light red
    for fill, ink in phases:  # red, not heard; its words readable in both phases
        assert QColor(fill).hslHue() in range(0, 10) or QColor(fill).hslHue() > 350
        assert abs(QColor(fill).lightness() - QColor(ink).lightness()) > 100
    assert "Time's up" in p.presenter.timer_label.text()
    p.timer.tick()
    assert ended == [True]  # said once
    press(qtbot, p.audience, Qt.Key.Key_R)
    assert not p.timer.running and overlay.label() == "2:00" and overlay.isVisible()
    press(qtbot, p.audience, Qt.Key.Key_R)
    assert not overlay.isVisible()
    press(qtbot, p.audience, Qt.Key.Key_T, SHIFT)  # a stopwatch counts up
    p.timer_dialog.stopwatch.setChecked(True)
    p.timer_dialog.accept()
    press(qtbot, p.audience, Qt.Key.Key_T)
    clock.now += 75
    p.timer.tick()
    assert overlay.label() == "1:15" and not p.timer.is_over()
    assert window.settings.timer_countdown is False


def test_quick_capture_lands_in_the_spotlit_stage_as_one_undo_step(qtbot, window):
    p = present(window)
    editor, project = p.editor, p.editor.project
    contents = project.contents(p.map_id)
    stage = next(s for s in contents.stages if s.name == "First ride")
    p.go(next(i for i, s in enumerate(p.slides) if s.stage_id == stage.id))
    editor_selection = window.scene.selected_ids()
    lanes_before, steps_before = len(contents.lanes), editor.undo_stack.count()

    def focused():
        return QApplication.focusWidget() or p.audience

    type_keys(focused, "Helmets for hire")  # typing opens the bar with the first letter
    bar = p.audience.capture
    assert bar.isVisible() and bar.text.text() == "Helmets for hire"
    assert bar.lane.currentText().startswith("Parking lot")
    assert bar.step.isVisible() and bar.step.currentData() == contents.steps_of(stage.id)[0].id
    press(qtbot, bar.text, Qt.Key.Key_Return)
    lot = next(lane for lane in contents.lanes if lane.name == "Parking lot")
    first_step = contents.steps_of(stage.id)[0]
    assert [c.title for c in contents.cell(first_step.id, lot.id)] == ["Helmets for hire"]
    assert len(contents.lanes) == lanes_before + 1 and editor.undo_stack.count() == steps_before + 1
    # the room sees it land: the slide turned to the part with the Parking lot, the card outlined
    assert p.slide.stage_id == stage.id and lot.id in p.slide.lane_ids
    card = contents.cell(first_step.id, lot.id)[0]
    assert p.view.landed == card.id and not p.scene.selectedItems()
    assert window.scene.selected_ids() == editor_selection  # the editor's selection is its own
    assert bar.isVisible() and bar.text.text() == ""  # ready for the next words
    # a second card, in another step and lane chosen in the bar
    pains = next(lane for lane in contents.lanes if lane.kind == "pain-points")
    second_step = contents.steps_of(stage.id)[1]
    bar.lane.setCurrentIndex(bar.lane.findData(pains.id))
    bar.lane.activated.emit(bar.lane.currentIndex())
    bar.step.setCurrentIndex(bar.step.findData(second_step.id))
    type_keys(lambda: bar.text, "Lock is stiff")
    press(qtbot, bar.text, Qt.Key.Key_Return)
    added = contents.cell(second_step.id, pains.id)[-1]
    assert (added.title, added.type) == ("Lock is stiff", "pain-point")
    assert pains.id in p.slide.lane_ids
    assert p.capture_lane == pains.id
    press(qtbot, bar.text, Qt.Key.Key_Escape)
    assert not bar.isVisible() and p.audience.isVisible()
    press(qtbot, p.audience, Qt.Key.Key_Z, CTRL)  # undo from the presentation: one card
    assert added.id not in [c.id for c in contents.cell(second_step.id, pains.id)]
    press(qtbot, p.audience, Qt.Key.Key_Z, CTRL)  # then the first card with its lane
    assert len(contents.lanes) == lanes_before and editor.undo_stack.index() == steps_before
    press(qtbot, p.audience, Qt.Key.Key_Z, CTRL | SHIFT)
    assert any(lane.name == "Parking lot" for lane in contents.lanes)
    press(qtbot, p.audience, Qt.Key.Key_C)  # C opens the bar empty, with the Parking lot again
    assert bar.isVisible() and bar.text.text() == "" and bar.lane.currentData() == pains.id
    press(qtbot, bar.text, Qt.Key.Key_Return)  # nothing typed: nothing added
    assert editor.undo_stack.index() == steps_before + 1


def test_capture_refuses_empty_words_and_a_read_only_project_leaving_no_step(sample_project):
    from journeyeditor.editor import Editor
    from journeyeditor.model import ModelError
    from journeyeditor.workshop.capture import capture_card

    class ReadOnlyStore:
        read_only, read_only_reason = True, "opened read-only"

    m = sample_project.maps[0]
    step = sample_project.contents(m.id).columns()[0]
    editor = Editor(sample_project)
    with pytest.raises(ModelError, match="Type what"):
        capture_card(editor, m.id, step.id, None, "   ")
    editor.store = ReadOnlyStore()
    with pytest.raises(ModelError, match="read-only"):
        capture_card(editor, m.id, step.id, None, "Helmets")
    assert editor.undo_stack.count() == 0


def test_the_presenter_sees_now_next_goal_notes_timer_and_votes(qtbot, window):
    clock = FakeClock()
    p = present(window, presenter=True, clock=clock)
    editor, project = p.editor, p.editor.project
    contents = project.contents(p.map_id)
    awareness = contents.stages[0]
    editor.comment(awareness.id, "Ask who already cycles", "Ana")
    editor.update(contents.steps_of(awareness.id)[0].id, description="Docks by the metro")
    pains = [c for c in contents.cards.values() if c.type == "pain-point"]
    voting = editor.start_round(p.map_id, "Biggest pains", [("Ana", ""), ("Bo", "")], votes_each=3)
    for participant, card in ((0, pains[0]), (1, pains[0]), (0, pains[1])):
        editor.vote(voting.id, card.id, participant)
    presenter = p.presenter
    press(qtbot, presenter, Qt.Key.Key_Right)
    assert presenter.position.text() == f"Slide 2 of {len(p.slides)}: Awareness (part 1 of 3)"
    assert presenter.next_label.text() == "Next: Awareness (part 2 of 3)"
    assert presenter.goal.text() == awareness.goal
    assert "“Ask who already cycles” — Ana" in presenter.notes.text()
    assert "Docks by the metro" in presenter.notes.text()
    tally_lines = presenter.tally.text().splitlines()
    assert tally_lines[0] == "Biggest pains"
    assert tally_lines[1].split() [0] == "2" and pains[0].title in tally_lines[1]
    assert presenter.current.slide is p.slide and presenter.next.slide is p.slides[2]
    assert "T starts it" in presenter.timer_label.text()
    press(qtbot, presenter, Qt.Key.Key_T)
    assert presenter.timer_label.text().startswith("5:00")
    press(qtbot, presenter, Qt.Key.Key_B)
    assert "black" in presenter.status.text()
    editor.vote(voting.id, pains[1].id, 1)  # a vote while presenting shows at once
    assert presenter.tally.text().splitlines()[1].split()[0] == "2"
    press(qtbot, presenter, Qt.Key.Key_Escape)
    assert window.presentation is None


TWO_SCREENS = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from journeyeditor.app import create_app
from journeyeditor.ui.main_window import MainWindow

app = create_app()
win = MainWindow()
win.setScreen(app.screens()[0])
win.show()
win.open_path(sys.argv[1])
app.processEvents()
QTest.keyClick(win.view, Qt.Key.Key_F5)
app.processEvents()
p = win.presentation
QTest.keyClick(p.presenter, Qt.Key.Key_Right)
app.processEvents()
seen = {"presenter": p.presenter.screen().name(), "audience": p.audience.screen().name(),
        "full_screen": p.audience.isFullScreen(), "size": [p.audience.width(), p.audience.height()],
        "title_px": p.scene.engine.style.title_size * p.view.transform().m11() * 1080 / p.view.viewport().height(),
        "index": p.index, "presenter_says": p.presenter.position.text()}
QTest.keyClick(p.presenter, Qt.Key.Key_Escape)
app.processEvents()
seen["after_esc"] = win.presentation is None
print(json.dumps(seen))
win.close()
"""


def test_with_two_screens_the_room_gets_the_map_and_the_presenter_their_view(sample_file, tmp_path):
    """Two screens faked by Qt's offscreen platform (a laptop and a projector), in a process of its own."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    screens = tmp_path / "screens.json"
    screen = {"y": 0, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    screens.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "width": 1440, "height": 900, **screen},
        {"name": "projector", "x": 1440, "width": 1920, "height": 1080, **screen}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
    result = subprocess.run([sys.executable, "-c", TWO_SCREENS, str(sample_file)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert (seen["presenter"], seen["audience"]) == ("laptop", "projector")
    assert seen["full_screen"] and seen["size"] == [1920, 1080]
    assert seen["title_px"] >= 24 and seen["index"] == 1
    assert seen["presenter_says"].startswith("Slide 2 of") and seen["after_esc"]


def test_presenting_a_map_with_no_stage_shows_its_overview_only(qtbot, window):
    editor = window.document.editor
    m = editor.add_map("Empty")
    window._switch_to(m.id)
    p = present(window)
    assert [s.kind for s in p.slides] == ["overview"]
    press(qtbot, p.audience, Qt.Key.Key_Right)
    assert p.index == 0
    press(qtbot, p.audience, Qt.Key.Key_C)  # nowhere to add a card: said, not crashed
    assert not p.audience.capture.isVisible()


# ------------------------------------------------------------------ the command line
def test_present_and_map_on_the_command_line(sample_file, monkeypatch, capsys):
    from journeyeditor import app

    calls = []
    monkeypatch.setattr(app, "run_gui", lambda *a, **k: calls.append((a, k)) or 0)
    name = "Unlocking a bike — service blueprint"
    assert cli.main([str(sample_file), "--present", "--map", name]) == 0
    assert calls[-1] == ((str(sample_file),), {"present": True, "map_name": name})
    assert cli.main(["--present", str(sample_file)]) == 0
    assert calls[-1] == ((str(sample_file),), {"present": True, "map_name": None})
    assert cli.main([str(sample_file)]) == 0
    assert calls[-1] == ((str(sample_file),), {"present": False, "map_name": None})
    count = len(calls)
    assert cli.main([str(sample_file), "--present", "--map", "Nope"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("journeyeditor: error: no map named 'Nope' (maps: Commuter subscription")
    assert cli.main(["--present", "--map", name]) == 1
    assert "--map needs the FILE" in capsys.readouterr().err
    assert cli.main([str(sample_file), "--presnt"]) == 1
    assert "unrecognized arguments: --presnt" in capsys.readouterr().err
    assert len(calls) == count  # no window for a mistake


def test_a_second_launch_hands_over_what_to_present():
    from journeyeditor.app import open_request, read_open_request

    plain = open_request("/tmp/x.journey")
    assert plain == "/tmp/x.journey" and read_open_request(plain) == ("/tmp/x.journey", False, None)
    asked = open_request("/tmp/x.journey", True, "Journey")
    assert "\n" not in asked and read_open_request(asked) == ("/tmp/x.journey", True, "Journey")
