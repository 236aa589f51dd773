"""A designer's day by keyboard and by mouse: the flows the first wave could not finish.

Driven the way a user drives the window: key clicks on the focused widget, mouse events on the
view's viewport, context menus built for the item under the pointer.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from journeyeditor.model import Project
from journeyeditor.persistence import ProjectStore
from journeyeditor.templates import build_template
from test_canvas_gui import double_click, send_mouse, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def make_window(qtbot, path):
    from conftest import open_window

    return open_window(qtbot, path)


@pytest.fixture
def journey(qtbot, tmp_path):
    """A window on a fresh current-state map (five stages, seven lanes, no cards)."""
    path = tmp_path / "j.journey"
    ProjectStore.create(path, build_template("current-state", "Day")).close()
    win = make_window(qtbot, path)
    yield win
    from conftest import close_window

    close_window(win)


def key(qtbot, widget, k, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, modifiers)
    QApplication.processEvents()


def card_in(win, stage_index, lane_index, title):
    contents = win.document.project.contents(win.scene.map_id)
    card = win.document.editor.add_card(win.scene.map_id, contents.stages[stage_index].id,
                                        contents.lanes[lane_index].id, title=title)
    win.scene.refresh()
    return card


def cell_of(win, card):
    contents = win.document.project.contents(win.scene.map_id)
    return ([s.id for s in contents.stages].index(card.stage_id), [lane.id for lane in contents.lanes].index(card.lane_id))


# ------------------------------------------------------------------ keyboard
def test_tab_reaches_the_canvas(journey, qtbot):
    journey.find_box.setFocus()
    for _ in range(40):
        if journey.view.hasFocus():
            break
        key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert journey.view.hasFocus()


def test_alt_arrows_move_a_card_across_the_whole_map_and_back(journey, qtbot):
    card = card_in(journey, 0, 0, "Walks in")
    editor = journey.document.editor
    journey.scene.cards[card.id].setSelected(True)
    journey.view.setFocus()
    contents = journey.document.project.contents(journey.scene.map_id)
    steps = editor.undo_stack.index()
    for _ in range(len(contents.stages) - 1):
        key(qtbot, journey.view, Qt.Key.Key_Right, ALT)
    for _ in range(len(contents.lanes) - 1):
        key(qtbot, journey.view, Qt.Key.Key_Down, ALT)
    assert cell_of(journey, card) == (len(contents.stages) - 1, len(contents.lanes) - 1)
    key(qtbot, journey.view, Qt.Key.Key_Right, ALT)  # the edge: nothing moves, nothing is pushed
    assert editor.undo_stack.index() == steps + len(contents.stages) - 1 + len(contents.lanes) - 1
    assert editor.undo_stack.undoText() == "Move card"
    assert journey.scene.cards[card.id].isSelected()  # the selection travels with the card
    for _ in range(len(contents.stages) - 1):
        key(qtbot, journey.view, Qt.Key.Key_Left, ALT)
    for _ in range(len(contents.lanes) - 1):
        key(qtbot, journey.view, Qt.Key.Key_Up, ALT)
    assert cell_of(journey, card) == (0, 0)
    editor.undo()  # each move is one step
    assert cell_of(journey, card) == (0, 1)


def test_alt_arrows_move_several_cards_keeping_their_order(journey, qtbot):
    a, b = card_in(journey, 1, 2, "A"), card_in(journey, 1, 2, "B")
    for card in (a, b):
        journey.scene.cards[card.id].setSelected(True)
    journey.view.setFocus()
    key(qtbot, journey.view, Qt.Key.Key_Left, ALT)
    assert cell_of(journey, a) == cell_of(journey, b) == (0, 2)
    assert (a.index, b.index) == (0, 1)
    journey.document.editor.undo()  # the two moves are one step
    assert cell_of(journey, a) == cell_of(journey, b) == (1, 2)


def test_arrows_walk_cards_and_empty_cells(journey, qtbot):
    a, b = card_in(journey, 0, 0, "A"), card_in(journey, 0, 0, "B")
    c = card_in(journey, 1, 0, "C")
    scene = journey.scene
    scene.cards[a.id].setSelected(True)
    journey.view.setFocus()
    key(qtbot, journey.view, Qt.Key.Key_Down)
    assert scene.selected_card_ids() == [b.id]  # down the stack
    key(qtbot, journey.view, Qt.Key.Key_Right)
    assert scene.selected_card_ids() == [c.id]  # across to the next stage
    key(qtbot, journey.view, Qt.Key.Key_Down)
    assert scene.selected_card_ids() == [] and scene.cursor_cell == (c.step_id, scene.layout.lanes[1].id)
    assert scene._cursor.isVisible()  # the empty cell shows where the keyboard is
    key(qtbot, journey.view, Qt.Key.Key_Return)  # Enter on an empty cell: a new card, typed into
    assert scene.editor_item is not None and scene.focusItem() is scene.editor_item
    type_text(journey.view.viewport(), "Typed by keys")
    key(qtbot, journey.view.viewport(), Qt.Key.Key_Return)
    contents = journey.document.project.contents(scene.map_id)
    assert [card.title for card in contents.cell(c.stage_id, scene.layout.lanes[1].id)] == ["Typed by keys"]


def test_escape_on_a_new_card_leaves_nothing(journey, qtbot):
    scene, editor = journey.scene, journey.document.editor
    journey.view.zoom_actual()
    stage, lane = scene.layout.stages[1], scene.layout.lanes[1]
    before = (editor.undo_stack.index(), editor.undo_stack.count())
    double_click(journey.view, QPointF(stage.column.cx, lane.row.y + 30))
    assert scene.editor_item is not None
    key(qtbot, journey.view.viewport(), Qt.Key.Key_Escape)
    assert journey.document.project.contents(scene.map_id).cards == {}
    assert (editor.undo_stack.index(), editor.undo_stack.count()) == before
    assert not editor.undo_stack.canRedo()


def test_the_inline_editor_takes_the_focus_from_anywhere(journey, qtbot):
    card = card_in(journey, 0, 0, "Old")
    journey.scene.cards[card.id].setSelected(True)
    journey.find_box.setFocus()  # the focus is in a text field outside the canvas
    key(qtbot, journey.find_box, Qt.Key.Key_F2)
    assert journey.scene.editor_item is not None
    assert journey.view.hasFocus() and journey.scene.focusItem() is journey.scene.editor_item
    type_text(journey.view.viewport(), "New")
    key(qtbot, journey.view.viewport(), Qt.Key.Key_Return)
    assert card.title == "New" and journey.find_box.text() == ""


def test_a_palette_drop_opens_a_focused_editor(journey, qtbot):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDropEvent

    from journeyeditor.canvas.view import MapView

    journey.palette.setFocus()
    journey.view.zoom_actual()
    stage, lane = journey.scene.layout.stages[2], journey.scene.layout.lanes[3]
    data = QMimeData()
    data.setData(MapView.CARD_TYPE_MIME, b"idea")
    pos = journey.view.mapFromScene(QPointF(stage.column.cx, lane.row.y + 20))
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    journey.view.dropEvent(event)
    assert journey.scene.focusItem() is journey.scene.editor_item and journey.view.hasFocus()
    type_text(journey.view.viewport(), "Idea!")
    key(qtbot, journey.view.viewport(), Qt.Key.Key_Return)
    cards = list(journey.document.project.contents(journey.scene.map_id).cards.values())
    assert [(c.title, c.type) for c in cards] == [("Idea!", "idea")]


# ------------------------------------------------------------------ shortcuts and menus
def test_no_two_actions_share_a_shortcut(journey):
    from journeyeditor.ui.shortcuts import duplicate_shortcuts, shortcut_rows

    actions = journey.all_actions()
    assert duplicate_shortcuts(actions) == {}
    rows = shortcut_rows(actions)
    assert any(text == "Add Stage" for _menu, text, _keys in rows)
    assert any(text == "Full Screen" and "F11" in keys for _menu, text, keys in rows)


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Equal, CTRL), (Qt.Key.Key_Plus, CTRL),
                                  (Qt.Key.Key_Plus, CTRL | Qt.KeyboardModifier.KeypadModifier)])
def test_zoom_in_with_every_spelling_wherever_the_focus_is(journey, qtbot, keys):
    journey.view.zoom_actual()
    journey.find_box.setFocus()
    before = journey.view.zoom()
    key(qtbot, journey.find_box, *keys)
    assert journey.view.zoom() > before
    journey.inspector.setFocus()
    key(qtbot, QApplication.focusWidget() or journey, Qt.Key.Key_1, CTRL)
    assert journey.view.zoom() == pytest.approx(1.0)


def test_help_menu_has_the_sheet_about_and_the_sample(journey):
    texts = [a.text().replace("&", "") for a in journey.all_actions()]
    for wanted in ("Keyboard Shortcuts", "About Journey Editor", "Open the Sample Project"):
        assert wanted in texts


def _menu_action(menu, text):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None:
            found = _menu_action(action.menu(), text)
            if found is not None:
                return found
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def test_context_menus_do_what_they_say(journey):
    from journeyeditor.ui.context_menu import build_context_menu

    scene, editor, project = journey.scene, journey.document.editor, journey.document.project
    contents = project.contents(scene.map_id)
    stage, lane = scene.layout.stages[0], scene.layout.lanes[0]
    # an empty cell: add a card there
    _menu_action(build_context_menu(journey, None, QPointF(stage.column.cx, lane.row.cy)), "Add Card Here").trigger()
    scene.finish_edit(commit=True)
    card = card_in(journey, 0, 0, "Menu card")
    # a card: change its type, then delete it
    item = scene.cards[card.id]
    scene.clearSelection()
    item.setSelected(True)
    _menu_action(build_context_menu(journey, item, item.sceneBoundingRect().center()), "Pain point").trigger()
    assert card.type == "pain-point"
    # a stage header: a stage after it
    header = scene.headers[stage.id]
    count = len(contents.stages)
    _menu_action(build_context_menu(journey, header, header.rect.center()), "Add Stage After").trigger()
    scene.finish_edit(commit=True)
    assert len(contents.stages) == count + 1 and contents.stages[0].id == stage.id
    # a lane header: a lane below it
    lane_header = scene.headers[lane.id]
    count = len(contents.lanes)
    _menu_action(build_context_menu(journey, lane_header, lane_header.rect.center()), "Add Lane Below").trigger()
    scene.finish_edit(commit=True)
    assert len(contents.lanes) == count + 1 and contents.lanes[1].name == "New lane"
    # a connector: two-way
    other = card_in(journey, 1, 0, "Other")
    connector = editor.connect(card.id, other.id)
    scene.refresh()
    connector_item = scene.connectors[connector.id]
    scene.clearSelection()
    connector_item.setSelected(True)
    _menu_action(build_context_menu(journey, connector_item, QPointF()), "Two-Way").trigger()
    assert project.get(connector.id).two_way is True
    # an emotion face: a score from the menu
    persona = editor.add_persona("Ana")
    point = editor.set_emotion(scene.map_id, persona.id, stage.id, 0)
    scene.refresh()
    face = next(i for i in scene.items() if getattr(i, "kind", "") == "emotion_point"
                and getattr(i, "entity_id", "") == point.id)
    scene.clearSelection()
    face.setSelected(True)
    _menu_action(build_context_menu(journey, face, face.scenePos()), "+2").trigger()
    assert project.get(point.id).score == 2.0
    # the empty canvas: a stage
    count = len(contents.stages)
    _menu_action(build_context_menu(journey, None, QPointF(-500, -500)), "Add Stage").trigger()
    scene.finish_edit(commit=True)
    assert len(contents.stages) == count + 1
    # and the card's Delete
    item = scene.cards[card.id]
    scene.clearSelection()
    item.setSelected(True)
    _menu_action(build_context_menu(journey, item, item.sceneBoundingRect().center()), "Delete").trigger()
    assert project.get(card.id) is None


def test_a_right_click_opens_the_menu_for_what_is_under_the_pointer(journey, monkeypatch):
    shown = []
    monkeypatch.setattr(journey, "show_context_menu", lambda item, scene_pos, screen_pos: shown.append(item))
    journey.scene.context_requested.disconnect()
    journey.scene.context_requested.connect(journey.show_context_menu)
    card = card_in(journey, 0, 0, "Right")
    journey.view.zoom_actual()
    item = journey.scene.cards[card.id]
    journey.view.centerOn(item)
    pos = journey.view.mapFromScene(item.sceneBoundingRect().center())
    from PySide6.QtGui import QContextMenuEvent

    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, journey.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(journey.view.viewport(), event)
    assert shown and shown[0] is item and item.isSelected()


# ------------------------------------------------------------------ paste
def test_paste_goes_to_the_cell_under_the_pointer_keeping_the_arrangement(journey, qtbot):
    scene = journey.scene
    a, b = card_in(journey, 0, 1, "A"), card_in(journey, 2, 1, "B")  # two columns apart
    for card in (a, b):
        scene.cards[card.id].setSelected(True)
    journey.copy()
    journey.view.zoom_fit()
    target_stage, target_lane = scene.layout.stages[1], scene.layout.lanes[3]
    pos = journey.view.mapFromScene(QPointF(target_stage.column.cx, target_lane.row.cy))
    send_mouse(journey.view.viewport(), QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)
    journey.view.underMouse = lambda: True  # offscreen windows never have the pointer over them
    journey.paste()
    contents = journey.document.project.contents(scene.map_id)
    pasted = [c for c in contents.cards.values() if c.id not in (a.id, b.id)]
    assert sorted((cell_of(journey, c), c.title) for c in pasted) == [((1, 3), "A"), ((3, 3), "B")]
    journey.document.editor.undo()  # one step
    assert len(contents.cards) == 2


def test_paste_without_a_pointer_goes_to_the_selected_cell(journey):
    scene = journey.scene
    a = card_in(journey, 0, 0, "A")
    scene.cards[a.id].setSelected(True)
    journey.copy()
    target = card_in(journey, 3, 2, "Target")
    scene.clearSelection()
    scene.cards[target.id].setSelected(True)
    journey.paste()
    contents = journey.document.project.contents(scene.map_id)
    assert [c.title for c in contents.cell(target.stage_id, target.lane_id)] == ["Target", "A"]


# ------------------------------------------------------------------ scales, start, screen
def test_a_one_to_five_scale_survives_focus_changes_and_each_bound_edits_alone(journey, qtbot):
    editor, m = journey.document.editor, journey.document.project.get(journey.scene.map_id)
    editor.update(m.id, scale_min=1, scale_max=5)
    journey.scene.clearSelection()
    journey.inspector.show_entity(m.id)
    low, high = journey.inspector._widgets["scale_min"], journey.inspector._widgets["scale_max"]
    assert (low.value(), high.value()) == (1, 5)
    steps = editor.undo_stack.index()
    low.setFocus()
    journey.find_box.setFocus()  # tab out without changing anything
    high.setFocus()
    journey.find_box.setFocus()
    assert (m.scale_min, m.scale_max) == (1, 5) and editor.undo_stack.index() == steps
    low.setValue(-2)
    low.editingFinished.emit()
    assert (m.scale_min, m.scale_max) == (-2, 5)
    high.setValue(-3)  # below the other bound: refused in words, nothing changes
    high.editingFinished.emit()
    assert (m.scale_min, m.scale_max) == (-2, 5)
    assert "below" in journey.statusBar().currentMessage()
    for lo, hi in ((-1, 1), (0, 10), (-2, 2)):
        editor.update(m.id, scale_min=lo, scale_max=hi)
        widgets = journey.inspector._widgets
        assert (widgets["scale_min"].value(), widgets["scale_max"].value()) == (lo, hi)


def test_a_project_without_maps_shows_the_start_page(qtbot, tmp_path):
    path = tmp_path / "empty.journey"
    ProjectStore.create(path, Project("Empty")).close()
    win = make_window(qtbot, path)
    assert win.central.currentWidget() is win.start_page
    map_actions = [a for a in win.all_actions() if a.text().replace("&", "") in ("Add Stage", "Export PDF…",
                                                                                  "Fit to Window", "Paste")]
    assert map_actions and not any(a.isEnabled() for a in map_actions)
    win.view.zoom_fit()  # nothing to fit: no error
    win.start_page.templates.setCurrentRow(0)
    win.start_page.templates.setFocus()
    key(qtbot, win.start_page.templates, Qt.Key.Key_Return)  # by keyboard
    assert len(win.document.project.maps) == 1
    assert win.central.currentWidget() is win.view and all(a.isEnabled() for a in map_actions)
    win.document.editor.undo()  # the last map goes: the start page comes back
    assert win.central.currentWidget() is win.start_page
    win.close()


def test_a_failed_open_leaves_a_window_where_nothing_runs_on_nothing(qtbot, tmp_path, monkeypatch):
    from journeyeditor.app import create_app
    from journeyeditor.ui.main_window import MainWindow

    create_app()
    monkeypatch.setattr("journeyeditor.ui.main_window.QMessageBox.critical", lambda *a, **k: None)
    bad = tmp_path / "bad.journey"
    bad.write_bytes(b"not a project")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert not win.open_path(bad)
    assert win.central.currentWidget() is win.start_page
    for action in win.all_actions():
        text = action.text().replace("&", "")
        if text in ("Fit to Window", "Export PNG…", "Add Card", "Delete", "Save As / Duplicate…"):
            assert not action.isEnabled(), text
    win.view.zoom_fit()
    win.close()


def test_the_inspector_scrolls(journey):
    from PySide6.QtWidgets import QDockWidget

    docks = {d.objectName(): d.widget() for d in journey.findChildren(QDockWidget)}
    assert isinstance(docks["inspector"], QScrollArea) and docks["inspector"].widget() is journey.inspector


# ------------------------------------------------------------------ exports
def test_png_export_asks_a_scale_suggests_the_map_name_and_says_where(journey, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from journeyeditor.ui import png_dialog

    card_in(journey, 0, 0, "Print me")
    asked = {}

    def fake_save(parent, title, suggestion, filters):
        asked["suggestion"] = suggestion
        return str(tmp_path / "out.png"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    monkeypatch.setattr(png_dialog.PngOptionsDialog, "exec", lambda self: (self.buttons[0].setChecked(True), 1)[1])
    journey.export_png()
    m = journey.document.project.get(journey.scene.map_id)
    assert asked["suggestion"].endswith(f"{m.name}.png")
    from PIL import Image

    assert Image.open(tmp_path / "out.png").size[0] == round(journey.scene.layout.width)
    assert str(tmp_path / "out.png") in journey.statusBar().currentMessage()
    assert journey._show_folder.isVisible()
    journey.export_json()  # the next dialog starts in the folder used last
    assert asked["suggestion"].startswith(str(tmp_path))


def test_a_scene_and_its_editor_can_go_away_together():
    """The undo stack signals while it is destroyed; a scene going at the same moment must not
    be called then (it crashed the process). Run apart, so a crash fails the test, not the run."""
    import os
    import subprocess
    import sys

    from conftest import SRC

    code = (f"import sys, gc; sys.path.insert(0, {str(SRC)!r})\n"
            "from journeyeditor.app import create_app\n"
            "app = create_app()\n"
            "from journeyeditor.templates import build_sample\n"
            "from journeyeditor.editor import Editor\n"
            "from journeyeditor.canvas.scene import MapScene\n"
            "p = build_sample(); e = Editor(p); s = MapScene(e); s.set_map(p.maps[0].id)\n"
            "e.update(p.maps[0].id, name='x')\n"
            "del e; gc.collect(); del s; gc.collect(); print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0 and result.stdout.strip() == "ok", (result.returncode, result.stderr[-500:])


# ------------------------------------------------------------------ the whole journey, keys only
def test_a_five_stage_journey_built_without_the_mouse(qtbot, tmp_path, monkeypatch):
    """From an empty project: a map from the start page, a persona with a full emotion line,
    nine pain points, four opportunities and their connectors, all by key presses (the one
    dialog, the persona's name, is answered as a user would type it)."""
    from PySide6.QtWidgets import QInputDialog

    path = tmp_path / "keys.journey"
    ProjectStore.create(path, Project("Keys")).close()
    win = make_window(qtbot, path)
    view, project = win.view, win.document.project
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Ana", True)))

    def press(k, modifiers=Qt.KeyboardModifier.NoModifier, times=1):
        for _ in range(times):
            key(qtbot, win.focusWidget() or win, k, modifiers)  # where the keyboard's focus is

    # the start page: Enter on the first template (a current-state journey, five stages)
    win.start_page.templates.setFocus()
    press(Qt.Key.Key_Return)
    m = project.maps[0]
    contents = project.contents(m.id)
    assert len(contents.stages) == 5
    kinds = [lane.kind for lane in contents.lanes]
    press(Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Insert > Add Persona…
    persona = project.personas[0]
    view.setFocus()
    scene = win.scene

    def go_to_cell(stage_index, lane_kind):
        """Home by the arrows (the top-left corner), then along the empty first lane and down."""
        press(Qt.Key.Key_Escape)
        press(Qt.Key.Key_Up, times=25)
        press(Qt.Key.Key_Left, times=6)
        press(Qt.Key.Key_Right, times=stage_index)
        target = contents.lanes[kinds.index(lane_kind)].id
        for _ in range(40):
            if scene.cursor_cell[1] == target:
                break
            press(Qt.Key.Key_Down)
        assert scene.cursor_cell == (contents.columns()[stage_index].id, target)

    # the emotion line: Enter in the band at each stage, Up/Down to the score
    scores = [0, 1, -2, -1, 2]
    for stage_index, score in enumerate(scores):
        go_to_cell(stage_index, "emotions")
        press(Qt.Key.Key_Return)
        press(Qt.Key.Key_Up if score > 0 else Qt.Key.Key_Down, times=abs(score))
    points = {p.stage_id: p.score for p in contents.emotion_points.values() if p.persona_id == persona.id}
    assert [points[s.id] for s in contents.stages] == scores

    # nine pain points and four opportunities, typed into their cells (Insert > Add Card)
    for i in range(9):
        go_to_cell(i % 5, "pain-points")
        press(Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
        type_text(view.viewport(), f"Pain {i + 1}")
        press(Qt.Key.Key_Return)
    for i in range(4):
        go_to_cell(i, "opportunities")
        press(Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
        type_text(view.viewport(), f"Opportunity {i + 1}")
        press(Qt.Key.Key_Return)
    cards = {c.title: c for c in contents.cards.values()}
    assert sorted(cards) == sorted([f"Pain {i + 1}" for i in range(9)] + [f"Opportunity {i + 1}" for i in range(4)])

    # connectors: on pain point i, Ctrl+K, arrow down to opportunity i, Enter
    for i in range(4):
        go_to_cell(i, "pain-points")  # lands on the first pain point of the stage: Pain i+1
        assert scene.selected_card_ids() == [cards[f"Pain {i + 1}"].id]
        press(Qt.Key.Key_K, CTRL)
        for _ in range(10):
            if scene.selected_card_ids() == [cards[f"Opportunity {i + 1}"].id]:
                break
            press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
    joined = {(c.source_id, c.target_id) for c in contents.connectors.values()}
    assert joined == {(cards[f"Pain {i + 1}"].id, cards[f"Opportunity {i + 1}"].id) for i in range(4)}
    win.close()
    with ProjectStore.open(path, read_only=True) as reopened:
        assert len(reopened.project.contents(m.id).cards) == 13
        assert len(reopened.project.contents(m.id).connectors) == 4


# ------------------------------------------------------------------ found by a fresh pair of eyes
def test_a_new_card_typed_into_is_one_undo_step(journey, qtbot):
    scene, editor = journey.scene, journey.document.editor
    journey.view.setFocus()
    key(qtbot, journey.view, Qt.Key.Key_Down)  # the keyboard starts at the top-left cell
    before = editor.undo_stack.index()
    key(qtbot, journey.view, Qt.Key.Key_Return)
    type_text(journey.view.viewport(), "One step")
    key(qtbot, journey.view.viewport(), Qt.Key.Key_Return)
    contents = journey.document.project.contents(scene.map_id)
    assert [c.title for c in contents.cards.values()] == ["One step"]
    assert editor.undo_stack.index() == before + 1 and editor.undo_stack.undoText() == "Add card"
    editor.undo()
    assert contents.cards == {}


def test_enter_in_the_emotion_band_without_personas_adds_no_card(journey, qtbot):
    scene = journey.scene
    contents = journey.document.project.contents(scene.map_id)
    band = next(lane for lane in contents.lanes if lane.kind == "emotions")
    scene.cursor_cell = (contents.columns()[0].id, band.id)
    journey.view.setFocus()
    key(qtbot, journey.view, Qt.Key.Key_Return)
    assert contents.cards == {} and "persona" in journey.statusBar().currentMessage()


def test_changing_the_scale_keeps_what_each_point_means(journey):
    editor, scene = journey.document.editor, journey.scene
    m = journey.document.project.get(scene.map_id)
    contents = journey.document.project.contents(m.id)
    persona = editor.add_persona("Ana")
    scores = (-2, 0, 2)
    for stage, score in zip(contents.stages, scores):
        editor.set_emotion(m.id, persona.id, stage.id, score)
    steps = editor.undo_stack.index()
    editor.set_emotion_scale(m.id, 1, 5)
    assert [contents.emotion_points[(persona.id, s.id)].score for s in contents.columns()[:3]] == [1.0, 3.0, 5.0]
    assert editor.undo_stack.index() == steps + 1
    editor.undo()
    assert (m.scale_min, m.scale_max) == (-2, 2)
    assert [contents.emotion_points[(persona.id, s.id)].score for s in contents.columns()[:3]] == list(map(float, scores))


def test_the_first_arrow_starts_on_the_top_left_card(journey, qtbot):
    first = card_in(journey, 0, 0, "First")
    journey.scene.clearSelection()
    journey.view.setFocus()
    key(qtbot, journey.view, Qt.Key.Key_Right)
    assert journey.scene.selected_card_ids() == [first.id]


def test_right_from_a_persona_s_last_face_walks_on(journey, qtbot):
    editor, scene = journey.document.editor, journey.scene
    contents = journey.document.project.contents(scene.map_id)
    persona = editor.add_persona("Ana")
    editor.set_emotion(scene.map_id, persona.id, contents.stages[0].id, 0)
    scene.refresh()
    face = scene.points[(persona.id, contents.columns()[0].id)]
    scene.clearSelection()
    face.setSelected(True)
    journey.view.setFocus()
    key(qtbot, journey.view, Qt.Key.Key_Right)
    assert not face.isSelected() and scene.cursor_cell[0] == contents.columns()[1].id


def test_delete_and_duplicate_never_share_a_key(journey):
    actions = {a.text().replace("&", ""): a for a in journey.all_actions()}
    delete_keys = {k.toString() for k in actions["Delete"].shortcuts()}
    duplicate_keys = {k.toString() for k in actions["Duplicate"].shortcuts()}
    assert not delete_keys & duplicate_keys and "Ctrl+D" not in delete_keys


def test_an_opened_project_shows_its_map_in_the_inspector(journey):
    assert journey.inspector.entity_id == journey.scene.map_id
    assert "scale_min" in journey.inspector._widgets


def test_pinned_headers_answer_clicks_like_the_real_ones(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "s.journey"
    ProjectStore.create(path, build_template("sample")).close()
    win = make_window(qtbot, path)
    view, scene = win.view, win.scene
    QApplication.processEvents()  # the first fit, queued when the project opened
    view.zoom_actual()
    lane = scene.layout.lanes[5]
    view.centerOn(QPointF(scene.layout.stages[2].column.cx, lane.row.cy))  # stage headers pinned at the top
    QApplication.processEvents()
    from PySide6.QtCore import QPoint

    point = QPoint(view.viewport().width() // 2, 20)  # in the pinned band at the top
    x = view.mapToScene(point).x()
    stage = next(s for s in scene.layout.stages if s.header.x <= x <= s.header.right)
    assert view.mapToScene(point).y() > stage.header.bottom  # the real header is out of sight
    shown = []
    monkeypatch.setattr(win, "show_context_menu", lambda item, scene_pos, screen_pos: shown.append(item))
    scene.context_requested.disconnect()
    scene.context_requested.connect(win.show_context_menu)
    from PySide6.QtGui import QContextMenuEvent

    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                             view.viewport().mapToGlobal(point)))
    assert shown and shown[0] is scene.headers[stage.id]
    send_mouse(view.viewport(), QEvent.Type.MouseButtonDblClick, point)
    assert scene.editor_item is not None  # renaming the stage under the pinned copy
    scene.finish_edit()
    win.close()
