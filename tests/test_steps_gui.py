"""Steps in the window, driven as a user drives it: from an empty file, stages split into named
steps by keys and by mouse, cards typed into steps and moved across them, step headers dragged,
renamed and deleted; every edit one undo step, and the file follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QInputDialog
from test_canvas_gui import double_click, drag, scroll_to_top_left, send_mouse, type_text

from journeyeditor.interchange import project_to_json
from journeyeditor.model import Project
from journeyeditor.persistence import ProjectStore
from journeyeditor.templates import build_template

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def key(qtbot, widget, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifiers)
    QApplication.processEvents()


def press(qtbot, win, k, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """Keys where the keyboard's focus is, as a person types them."""
    for _ in range(times):
        key(qtbot, win.focusWidget() or win, k, modifiers)


def type_and_enter(qtbot, win, text: str) -> None:
    assert win.scene.editor_item is not None, "no inline editor is open"
    type_text(win.view.viewport(), text)
    key(qtbot, win.view.viewport(), Qt.Key.Key_Return)
    assert win.scene.editor_item is None


def in_sight(win, where) -> None:
    """Scroll a header's rect or a scene point into the middle of the view (the top of the map
    stays at the top when it fits)."""
    scroll_to_top_left(win.view)
    win.view.centerOn(where.center() if hasattr(where, "center") else where)
    QApplication.processEvents()


def click(win, scene_pos: QPointF) -> None:
    pos = win.view.mapFromScene(scene_pos)
    send_mouse(win.view.viewport(), QEvent.Type.MouseButtonPress, pos)
    send_mouse(win.view.viewport(), QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton)
    QApplication.processEvents()


def header(win, entity_id: str):
    item = win.scene.headers[entity_id]
    in_sight(win, item.rect)
    return item


def click_header(win, entity_id: str):
    item = header(win, entity_id)
    click(win, item.rect.center())
    assert win.scene.selected_ids() == [entity_id]
    return item


def menu_action(menu, text: str):
    for action in menu.actions():
        if action.text() == text:
            return action
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def right_click_choose(win, scene_pos: QPointF, text: str) -> None:
    """A right-click where a person would make it; the entry `text` of the menu that opens."""
    from journeyeditor.ui.context_menu import build_context_menu

    chosen = []

    def show(item, at, _screen) -> None:
        action = menu_action(build_context_menu(win, item, at), text)
        assert action.isEnabled(), text
        chosen.append(text)
        action.trigger()

    win.scene.context_requested.disconnect()
    win.scene.context_requested.connect(show)
    try:
        pos = win.view.mapFromScene(scene_pos)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, win.view.viewport().mapToGlobal(pos))
        QApplication.sendEvent(win.view.viewport(), event)
    finally:
        win.scene.context_requested.disconnect()
        win.scene.context_requested.connect(win.show_context_menu)
    assert chosen == [text]


def step_names(win) -> list[list[str]]:
    contents = win.document.project.contents(win.scene.map_id)
    return [[step.name for step in contents.steps_of(stage.id)] for stage in contents.stages]


def step_named(win, name: str):
    contents = win.document.project.contents(win.scene.map_id)
    return next(step for step in contents.columns() if step.name == name)


def card_titled(win, title: str):
    contents = win.document.project.contents(win.scene.map_id)
    return next(card for card in contents.cards.values() if card.title == title)


def open_on(qtbot, path):
    from conftest import open_window

    return open_window(qtbot, path)


@pytest.fixture
def stepped(qtbot, tmp_path):
    """A window on a current-state map whose first stage is split into two steps."""
    from conftest import close_window

    path = tmp_path / "stepped.journey"
    project = build_template("current-state", "Steps")
    m = project.maps[0]
    stage = project.contents(m.id).stages[0]
    project.update(project.column(stage.id).id, name="Looks")
    ProjectStore.create(path, project).close()
    win = open_on(qtbot, path)
    win.document.editor.add_step(stage.id, name="Asks")
    QApplication.processEvents()  # the window fits the map to the view once shown: then 100 %
    win.view.zoom_actual()
    yield win
    close_window(win)


# ------------------------------------------------------------------ the whole flow
def test_three_stages_of_named_steps_built_by_keys_and_mouse_then_undone(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "steps.journey"
    ProjectStore.create(path, Project("Steps")).close()
    win = open_on(qtbot, path)
    project, editor, view = win.document.project, win.document.editor, win.view
    snapshots = [project_to_json(project)]  # the project after each undo step, by stack index
    texts = [""]  # each step's undo text

    def landed(text: str) -> None:
        """The last gesture was one undo step named `text`."""
        assert editor.undo_stack.index() == len(snapshots), f"{text}: {editor.undo_stack.undoText()!r}"
        assert editor.undo_stack.undoText() == text
        snapshots.append(project_to_json(project))
        texts.append(text)

    # the start page: a blank map by keys (Enter on its template)
    templates = win.start_page.templates
    templates.setCurrentRow(next(i for i in range(templates.count())
                                 if templates.item(i).data(Qt.ItemDataRole.UserRole) == "blank"))
    templates.setFocus()
    press(qtbot, win, Qt.Key.Key_Return)
    landed("Add map")
    scene = win.scene
    contents = project.contents(scene.map_id)
    view.zoom_actual()
    # three stages: click the fourth's header, Delete
    click_header(win, contents.stages[3].id)
    press(qtbot, win, Qt.Key.Key_Delete)
    landed("Delete stage")
    stage_ids = [stage.id for stage in contents.stages]
    assert len(stage_ids) == 3 and scene.layout.step_band == 0

    # stage 1 by keys: to the top-left cell, Up to the stage header, Add Step, type its name
    view.setFocus()
    press(qtbot, win, Qt.Key.Key_Right)  # the first arrow shows the keyboard's cell: the top-left
    press(qtbot, win, Qt.Key.Key_Up)
    assert scene.selected_ids() == [stage_ids[0]]
    press(qtbot, win, Qt.Key.Key_N, CTRL_SHIFT)  # Insert > Add Step
    landed("Add step")  # and its name opens for typing: naming it is a step of its own
    type_and_enter(qtbot, win, "Pays")
    landed("Edit step")
    assert scene.layout.step_band > 0  # the step headers show under the stage headers
    # Left to the first step's header (unnamed: "Step 1" on screen), Enter, type its name
    press(qtbot, win, Qt.Key.Key_Left)
    first = contents.steps_of(stage_ids[0])[0]
    assert scene.selected_ids() == [first.id] and scene.headers[first.id].placeholder == "Step 1"
    press(qtbot, win, Qt.Key.Key_Return)
    type_and_enter(qtbot, win, "Chooses")
    landed("Edit step")
    assert scene.headers[first.id].placeholder == ""
    press(qtbot, win, Qt.Key.Key_N, CTRL_SHIFT)  # after the selected step: between the two
    landed("Add step")
    type_and_enter(qtbot, win, "Compares")
    landed("Edit step")
    assert step_names(win)[0] == ["Chooses", "Compares", "Pays"]

    # stage 2 by mouse: right-click its header, Split into Steps (two), type the first name;
    # double-click the second step's header and type its name
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (2, True)))
    right_click_choose(win, header(win, stage_ids[1]).rect.center(), "Split into Steps…")
    landed("Split stage into 2 steps")
    type_and_enter(qtbot, win, "Arrives")
    landed("Edit step")
    second_step = contents.steps_of(stage_ids[1])[1]
    double_click(view, header(win, second_step.id).rect.center())
    type_and_enter(qtbot, win, "Waits")
    landed("Edit step")
    assert step_names(win)[1] == ["Arrives", "Waits"]

    # stage 3: the keyboard walks into its column, Add Step after it; the first step named in
    # the inspector, after a click on its header
    click_header(win, second_step.id)
    view.setFocus()
    press(qtbot, win, Qt.Key.Key_Right)  # header to header, across the stage boundary
    third_first = contents.steps_of(stage_ids[2])[0]
    assert scene.selected_ids() == [third_first.id]
    press(qtbot, win, Qt.Key.Key_Down)  # back into the grid, the top cell of that step
    assert scene.cursor_cell == (third_first.id, contents.lanes[0].id) and scene.selected_ids() == []
    press(qtbot, win, Qt.Key.Key_N, CTRL_SHIFT)
    landed("Add step")
    type_and_enter(qtbot, win, "Leaves")
    landed("Edit step")
    click_header(win, third_first.id)
    name_field = win.inspector._widgets["name"]
    name_field.setFocus()
    name_field.selectAll()
    qtbot.keyClicks(name_field, "Reviews")
    key(qtbot, name_field, Qt.Key.Key_Return)
    landed("Edit step")
    assert step_names(win) == [["Chooses", "Compares", "Pays"], ["Arrives", "Waits"], ["Reviews", "Leaves"]]

    # cards in steps: by keys in "Chooses" (Down from its header, Enter, type), by mouse in
    # "Waits" and "Compares" (double-click the cell, type)
    click_header(win, step_named(win, "Chooses").id)
    view.setFocus()
    press(qtbot, win, Qt.Key.Key_Down)
    press(qtbot, win, Qt.Key.Key_Return)
    type_and_enter(qtbot, win, "Reads reviews")
    landed("Add card")
    lane = scene.layout.lanes[0]
    for step_name, title in (("Waits", "Queues"), ("Compares", "Checks prices")):
        column = scene.layout.column_box(step_named(win, step_name).id).column
        in_sight(win, QPointF(column.cx, lane.row.y + 30))
        double_click(view, QPointF(column.cx, lane.row.y + 30))
        type_and_enter(qtbot, win, title)
        landed("Add card")
    assert card_titled(win, "Queues").step_id == step_named(win, "Waits").id

    # Alt+Right: from step 1 to step 2 and 3 of the same stage, then into the next stage
    card = card_titled(win, "Reads reviews")
    scene.clearSelection()
    scene.cards[card.id].setSelected(True)
    view.setFocus()
    for step_name in ("Compares", "Pays", "Arrives"):
        press(qtbot, win, Qt.Key.Key_Right, ALT)
        landed("Move card")
        assert card.step_id == step_named(win, step_name).id
    assert card.stage_id == stage_ids[1] and scene.cards[card.id].isSelected()

    # drag the right edge of "Waits" wider, and "Pays" to the front of its stage
    waits = step_named(win, "Waits")
    width = waits.width
    edge_item = header(win, waits.id)
    edge = QPointF(edge_item.rect.right() - 1, edge_item.rect.center().y())
    drag(view, edge, edge + QPointF(70, 0))
    landed("Resize step")
    assert waits.width == pytest.approx(width + 70, abs=3)
    pays = header(win, step_named(win, "Pays").id).rect
    chooses = scene.headers[step_named(win, "Chooses").id].rect
    drag(view, pays.center(), QPointF(chooses.left() + 10, pays.center().y()))
    landed("Reorder step")
    assert step_names(win)[0] == ["Pays", "Chooses", "Compares"]

    # delete "Compares" with its card: a click on its header, Delete
    compares = step_named(win, "Compares")
    prices = card_titled(win, "Checks prices")
    click_header(win, compares.id)
    press(qtbot, win, Qt.Key.Key_Delete)
    landed("Delete step")
    assert project.get(compares.id) is None and project.get(prices.id) is None
    assert compares.id not in scene.headers
    assert step_names(win)[0] == ["Pays", "Chooses"]
    end = snapshots[-1]

    # the file on disk is the project after the last step
    with ProjectStore.open(path, read_only=True) as on_disk:
        assert project_to_json(on_disk.project) == end
    # undo step by step: each gives back the project as it was before that step
    for index in range(len(snapshots) - 1, 0, -1):
        assert editor.undo_stack.undoText() == texts[index]
        editor.undo()
        assert project_to_json(project) == snapshots[index - 1], f"undo {texts[index]!r}"
    assert project.maps == [] and win.central.currentWidget() is win.start_page
    with ProjectStore.open(path, read_only=True) as on_disk:
        assert project_to_json(on_disk.project) == snapshots[0]
    while editor.undo_stack.canRedo():
        editor.redo()
    assert project_to_json(project) == end
    win.close()
    with ProjectStore.open(path) as reopened:
        assert project_to_json(reopened.project) == end
        m = reopened.project.maps[0]
        names = [[s.name for s in reopened.project.contents(m.id).steps_of(stage.id)]
                 for stage in reopened.project.contents(m.id).stages]
        assert names == [["Pays", "Chooses"], ["Arrives", "Waits"], ["Reviews", "Leaves"]]


# ------------------------------------------------------------------ refusing the last step
def test_delete_refuses_a_stage_s_only_step_in_the_status_bar(stepped, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    win, editor = stepped, stepped.document.editor
    dialogs = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: dialogs.append(a)))
    contents = win.document.project.contents(win.scene.map_id)
    lone = contents.steps_of(contents.stages[1].id)[0]  # the band shows: every step has a header
    assert lone.id in win.scene.headers and win.scene.headers[lone.id].placeholder == ""
    before = (editor.undo_stack.index(), editor.undo_stack.count())
    click_header(win, lone.id)
    press(qtbot, win, Qt.Key.Key_Delete)
    assert win.document.project.get(lone.id) is not None
    assert "at least one step" in win.statusBar().currentMessage()
    assert (editor.undo_stack.index(), editor.undo_stack.count()) == before and dialogs == []
    # its menu says so, and offers no deletion
    from journeyeditor.ui.context_menu import build_context_menu

    menu = build_context_menu(win, win.scene.headers[lone.id], QPointF())
    refused = next(a for a in menu.actions() if a.text().startswith("Delete Step"))
    assert not refused.isEnabled() and "at least one" in refused.text()
    # a step with a sibling goes, with its cards, as one step
    looks = contents.steps_of(contents.stages[0].id)[0]
    card = editor.add_card(win.scene.map_id, looks.id, contents.lanes[0].id, title="Browses")
    click_header(win, looks.id)
    press(qtbot, win, Qt.Key.Key_Delete)
    assert win.document.project.get(looks.id) is None and win.document.project.get(card.id) is None
    assert editor.undo_stack.undoText() == "Delete step"
    # the other step of the stage is now its only one: refused too
    asks = contents.steps_of(contents.stages[0].id)[0]
    click_header(win, asks.id)
    press(qtbot, win, Qt.Key.Key_Delete)
    assert win.document.project.get(asks.id) is not None
    editor.undo()
    assert [s.name for s in contents.steps_of(contents.stages[0].id)] == ["Looks", "Asks"]
    assert win.document.project.get(card.id).step_id == looks.id


# ------------------------------------------------------------------ renaming
def test_rename_a_step_by_double_click_f2_and_enter(stepped, qtbot):
    win, editor, scene = stepped, stepped.document.editor, stepped.scene
    contents = win.document.project.contents(scene.map_id)
    looks, asks = contents.steps_of(contents.stages[0].id)
    # a double-click opens its name, selected: typing replaces it
    double_click(win.view, header(win, looks.id).rect.center())
    assert scene.editor_item is not None and scene.editor_item.toPlainText() == "Looks"
    type_and_enter(qtbot, win, "Browses")
    assert looks.name == "Browses" and editor.undo_stack.undoText() == "Edit step"
    # F2 on the selected header; Esc leaves the name as it was
    click_header(win, asks.id)
    press(qtbot, win, Qt.Key.Key_F2)
    type_text(win.view.viewport(), "zzz")
    key(qtbot, win.view.viewport(), Qt.Key.Key_Escape)
    assert asks.name == "Asks"
    # Enter on the selected header (the canvas has the keys)
    click_header(win, asks.id)
    win.view.setFocus()
    press(qtbot, win, Qt.Key.Key_Return)
    type_and_enter(qtbot, win, "Asks a friend — 问朋友")
    assert asks.name == "Asks a friend — 问朋友"
    # an emptied name leaves the step unnamed: its header shows "Step 2" on screen
    press(qtbot, win, Qt.Key.Key_F2)
    key(qtbot, win.view.viewport(), Qt.Key.Key_Delete)
    key(qtbot, win.view.viewport(), Qt.Key.Key_Return)
    assert asks.name == "" and scene.headers[asks.id].placeholder == "Step 2"
    editor.undo()
    assert asks.name == "Asks a friend — 问朋友" and scene.headers[asks.id].placeholder == ""


def test_a_step_s_context_menu_adds_moves_and_deletes(stepped):
    from journeyeditor.ui.context_menu import build_context_menu

    win, editor, scene = stepped, stepped.document.editor, stepped.scene
    contents = win.document.project.contents(scene.map_id)
    stage_id = contents.stages[0].id

    def choose(step_id: str, text: str) -> None:
        scene.finish_edit(commit=True)
        scene.clearSelection()
        scene.headers[step_id].setSelected(True)
        action = menu_action(build_context_menu(win, scene.headers[step_id], QPointF()), text)
        assert action.isEnabled(), text
        action.trigger()
        scene.finish_edit(commit=True)

    looks, asks = contents.steps_of(stage_id)
    menu = build_context_menu(win, scene.headers[looks.id], QPointF())
    assert not menu_action(menu, "Move Left").isEnabled() and menu_action(menu, "Move Right").isEnabled()
    choose(looks.id, "Add Step Before")
    assert editor.undo_stack.undoText() == "Add step"
    assert [s.name for s in contents.steps_of(stage_id)] == ["", "Looks", "Asks"]
    choose(asks.id, "Add Step After")
    assert [s.name for s in contents.steps_of(stage_id)] == ["", "Looks", "Asks", ""]
    choose(looks.id, "Move Right")
    assert [s.name for s in contents.steps_of(stage_id)] == ["", "Asks", "Looks", ""]
    assert editor.undo_stack.undoText() == "Reorder step" and scene.headers[looks.id].isSelected()
    choose(looks.id, "Move Left")
    choose(looks.id, "Delete Step")
    assert [s.name for s in contents.steps_of(stage_id)] == ["", "Asks", ""]
    assert editor.undo_stack.undoText() == "Delete step"
    # the stage's own menu: a step at its end; a one-step stage splits
    stage_menu = build_context_menu(win, scene.headers[stage_id], QPointF())
    assert "Split into Steps…" not in [a.text() for a in stage_menu.actions()]
    menu_action(stage_menu, "Add Step").trigger()
    scene.finish_edit(commit=True)
    assert len(contents.steps_of(stage_id)) == 4
    other = contents.stages[2].id
    width = contents.steps_of(other)[0].width
    win.split_stage(other, 3)
    scene.finish_edit(commit=True)
    assert len(contents.steps_of(other)) == 3 and editor.undo_stack.undoText() == "Split stage into 3 steps"
    assert all(s.width >= 180 for s in contents.steps_of(other))
    editor.undo()
    assert [s.width for s in contents.steps_of(other)] == [width]


# ------------------------------------------------------------------ keys, inspector, pinned headers
def test_alt_arrows_on_headers_reorder_steps_and_stages(stepped, qtbot):
    win, editor, scene = stepped, stepped.document.editor, stepped.scene
    contents = win.document.project.contents(scene.map_id)
    stage_id = contents.stages[0].id
    looks, asks = contents.steps_of(stage_id)
    click_header(win, looks.id)
    win.view.setFocus()
    press(qtbot, win, Qt.Key.Key_Right, ALT)
    assert [s.name for s in contents.steps_of(stage_id)] == ["Asks", "Looks"]
    assert scene.selected_ids() == [looks.id] and editor.undo_stack.undoText() == "Reorder step"
    steps = editor.undo_stack.index()
    press(qtbot, win, Qt.Key.Key_Right, ALT)  # the stage's end: a step never leaves its stage
    assert editor.undo_stack.index() == steps
    press(qtbot, win, Qt.Key.Key_Up)  # to the stage's header; Alt+Right moves the stage
    assert scene.selected_ids() == [stage_id]
    press(qtbot, win, Qt.Key.Key_Right, ALT)
    assert contents.stages[1].id == stage_id and editor.undo_stack.undoText() == "Reorder stage"
    press(qtbot, win, Qt.Key.Key_Down)
    assert scene.selected_ids() == [asks.id]  # Down from a stage: its first step's header


def test_add_step_goes_after_the_keyboard_s_step(stepped, qtbot):
    win, scene = stepped, stepped.scene
    contents = win.document.project.contents(scene.map_id)
    looks, asks = contents.steps_of(contents.stages[0].id)
    scene.cursor_cell = (looks.id, contents.lanes[1].id)
    win.view.setFocus()
    press(qtbot, win, Qt.Key.Key_N, CTRL_SHIFT)
    assert scene.editor_item is not None  # its name opens for typing
    type_and_enter(qtbot, win, "Thinks")
    assert [s.name for s in contents.steps_of(contents.stages[0].id)] == ["Looks", "Thinks", "Asks"]
    new = contents.steps_of(contents.stages[0].id)[1]
    assert new.width == pytest.approx((looks.width + asks.width) / 2, abs=1)


def test_the_inspector_edits_a_step_s_name_description_and_width(stepped, qtbot):
    win, editor = stepped, stepped.document.editor
    contents = win.document.project.contents(win.scene.map_id)
    asks = contents.steps_of(contents.stages[0].id)[1]
    click_header(win, asks.id)
    assert win.inspector._heading.text() == "Step"
    widgets = win.inspector._widgets
    widths = widgets["width"]
    widths.setFocus()
    widths.selectAll()
    qtbot.keyClicks(widths, "320")
    key(qtbot, widths, Qt.Key.Key_Return)
    assert asks.width == 320 and editor.undo_stack.undoText() == "Resize step"
    assert win.scene.layout.column_box(asks.id).column.w == 320
    description = widgets["description"]
    description.setFocus()
    qtbot.keyClicks(description, "Calls the help line")
    win.find_box.setFocus()  # the field commits when the focus leaves it
    assert asks.description == "Calls the help line" and editor.undo_stack.undoText() == "Edit step"
    assert "Calls the help line" in win.scene.headers[asks.id].toolTip()


def test_pinned_headers_show_and_answer_for_steps(stepped, qtbot):
    win, scene, view = stepped, stepped.scene, stepped.view
    contents = win.document.project.contents(scene.map_id)
    asks = contents.steps_of(contents.stages[0].id)[1]
    lane = scene.layout.lanes[-1]
    view.centerOn(QPointF(scene.layout.column_box(asks.id).column.cx, lane.row.bottom))  # headers scrolled away
    QApplication.processEvents()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.top() > scene.layout.stages[0].header.bottom
    # the pinned step header under the pinned stage header: a click selects the step
    box = scene.layout.column_box(asks.id)
    pinned_y = visible.top() + 4 + (box.header.y - scene.layout.stages[0].header.y) + box.header.h / 2
    found = view.frozen_header_at(view.mapFromScene(QPointF(box.header.cx, pinned_y)))
    assert found is scene.headers[asks.id]
    stage_y = visible.top() + 4 + scene.layout.stages[0].header.h / 2
    assert view.frozen_header_at(view.mapFromScene(QPointF(box.header.cx, stage_y))) is \
        scene.headers[contents.stages[0].id]
    click(win, QPointF(box.header.cx, pinned_y))
    assert scene.selected_ids() == [asks.id]
    # it is drawn there: the step tab's colour in the pinned band
    image = view.viewport().grab().toImage()  # painted as on screen
    from journeyeditor.layout.style import step_tab_colours

    fill = step_tab_colours(box.colour)[0]
    point = view.mapFromScene(QPointF(box.header.x + 4, pinned_y))
    assert image.pixelColor(point).name() == fill.lower()
    # a double-click there edits its name (the view scrolls to the header itself)
    double_click(view, QPointF(box.header.cx, pinned_y))
    assert scene.editor_item is not None and scene.editor_item.toPlainText() == "Asks"
    key(qtbot, view.viewport(), Qt.Key.Key_Escape)


def test_unnamed_steps_show_a_placeholder_on_screen_only(stepped):
    from journeyeditor.export.png import render_map_image

    win, editor, scene = stepped, stepped.document.editor, stepped.scene
    contents = win.document.project.contents(scene.map_id)
    stage = contents.stages[1]
    editor.add_step(stage.id)
    editor.add_step(stage.id)
    placeholders = [scene.headers[s.id].placeholder for s in contents.steps_of(stage.id)]
    assert placeholders == ["Step 1", "Step 2", "Step 3"]
    lone = contents.steps_of(contents.stages[2].id)[0]
    assert scene.headers[lone.id].placeholder == ""  # a stage's only step is the stage itself
    from journeyeditor.layout.style import step_tab_colours

    box = scene.layout.column_box(contents.steps_of(stage.id)[1].id)
    fill = step_tab_colours(box.colour)[0].lower()

    def colours_across(image, to_image) -> set[str]:
        """The colours along the middle of the step's header, where its name would be."""
        colours = set()
        for dy in (-3, 0, 3):
            for dx in range(8, int(box.header.w) - 8):
                point = to_image(QPointF(box.header.x + dx, box.header.cy + dy))
                colours.add(image.pixelColor(round(point.x()), round(point.y())).name())
        return colours

    # on screen the unnamed step's header has its faint "Step 2"
    in_sight(win, scene.headers[box.id].rect)
    shot = win.view.viewport().grab().toImage()
    assert colours_across(shot, win.view.mapFromScene) - {fill}
    # the PNG export draws the scene without a view: no placeholder in it
    image = render_map_image(win.document.project, win.document.project.get(scene.map_id))
    assert colours_across(image, lambda point: point) == {fill}


def test_emotion_points_sit_in_each_step(stepped, qtbot):
    win, editor, scene = stepped, stepped.document.editor, stepped.scene
    contents = win.document.project.contents(scene.map_id)
    persona = editor.add_persona("Ana")
    looks, asks = contents.steps_of(contents.stages[0].id)
    band = next(lane for lane in contents.lanes if lane.kind == "emotions")
    # Enter in the band at a step: the point goes there
    scene.cursor_cell = (asks.id, band.id)
    win.view.setFocus()
    press(qtbot, win, Qt.Key.Key_Return)
    assert win.document.project.emotion_point(scene.map_id, persona.id, asks.id) is not None
    assert win.document.project.emotion_point(scene.map_id, persona.id, looks.id) is None
    # selected, its inspector says at which step
    from PySide6.QtWidgets import QLabel

    assert win.inspector._heading.text() == "Emotion point"
    assert "Asks" in [label.text() for label in win.inspector._form_host.findChildren(QLabel)]
    # a double-click in the band over the other step: a point there, its note open
    curve = scene.emotion_curve(persona.id)
    column = scene.layout.column_box(looks.id).column
    in_sight(win, QPointF(column.cx, (curve.band[0] + curve.band[1]) / 2))
    double_click(win.view, QPointF(column.cx, (curve.band[0] + curve.band[1]) / 2))
    assert win.document.project.emotion_point(scene.map_id, persona.id, looks.id) is not None
    assert scene.editor_item is not None
    key(qtbot, win.view.viewport(), Qt.Key.Key_Escape)
    assert (persona.id, looks.id) in scene.points and (persona.id, asks.id) in scene.points
    assert scene.points[(persona.id, looks.id)].x() < scene.points[(persona.id, asks.id)].x()


def test_the_shortcut_sheet_lists_add_step(stepped):
    from journeyeditor.ui.shortcuts import CANVAS_KEYS, duplicate_shortcuts, shortcut_rows

    actions = stepped.all_actions()
    assert duplicate_shortcuts(actions) == {}
    assert any(text == "Add Step" and keys for _menu, text, keys in shortcut_rows(actions))
    assert any("step header" in keys for keys, _text in CANVAS_KEYS)


def test_scrolling_repaints_the_pinned_strips(stepped, monkeypatch):
    """A scroll blits the painted map, pinned headers and all: their strips are painted again,
    where they are and where the blit carried them (a real screen showed smeared headers)."""
    view = stepped.view
    strips = view._pinned_strips()
    assert len(strips) == 2 and strips[0].height() > stepped.scene.layout.stages[0].header.h
    updated = []
    monkeypatch.setattr(view.viewport(), "update", lambda *args: updated.append(args))
    view.scrollContentsBy(0, -40)
    assert (strips[0],) in updated and (strips[0].translated(0, -40),) in updated
    assert (strips[1],) in updated


def test_a_header_the_keyboard_goes_to_is_clear_of_the_pinned_lane_column(stepped, qtbot):
    win, scene, view = stepped, stepped.scene, stepped.view
    contents = win.document.project.contents(scene.map_id)
    looks, asks = contents.steps_of(contents.stages[0].id)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())  # far right
    click_header(win, asks.id)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.setFocus()
    press(qtbot, win, Qt.Key.Key_Left)
    assert scene.selected_ids() == [looks.id]
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    lane_column = scene.layout.lanes[0].header.w + 8
    assert scene.headers[looks.id].rect.left() >= visible.left() + lane_column - 1
