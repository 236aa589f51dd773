"""The canvas driven as a user drives it: double-click, type, drag, connect, undo, reopen."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from journeyeditor.interchange import project_to_json
from journeyeditor.persistence import ProjectStore
from journeyeditor.model import Project


def send_mouse(widget, kind, pos: QPoint, button=Qt.MouseButton.LeftButton, buttons=None, modifiers=Qt.KeyboardModifier.NoModifier):
    buttons = button if buttons is None else buttons
    global_pos = widget.mapToGlobal(pos)
    event = QMouseEvent(kind, QPointF(pos), QPointF(global_pos), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(view, start_scene: QPointF, end_scene: QPointF, steps: int = 6) -> None:
    """Press, move in steps with the button held, release: as a hand on a mouse does."""
    viewport = view.viewport()
    start = view.mapFromScene(start_scene)
    end = view.mapFromScene(end_scene)
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * i / steps
        send_mouse(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton)
    QApplication.processEvents()


def scroll_to_top_left(view) -> None:
    """The map's own headers in sight (scrolled away, pinned copies cover the first lane's top)."""
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())


def type_text(widget, text: str) -> None:
    """Key presses carrying any Unicode text (QTest.keyClicks asserts on non-ASCII)."""
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def double_click(view, scene_pos: QPointF) -> None:
    pos = view.mapFromScene(scene_pos)
    send_mouse(view.viewport(), QEvent.Type.MouseButtonPress, pos)
    send_mouse(view.viewport(), QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton)
    send_mouse(view.viewport(), QEvent.Type.MouseButtonDblClick, pos)
    send_mouse(view.viewport(), QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton)
    QApplication.processEvents()


@pytest.fixture
def window(qtbot, tmp_path):
    from conftest import close_window, open_window

    path = tmp_path / "empty.journey"
    ProjectStore.create(path, Project("GUI test")).close()  # no map yet: the start page shows
    win = open_window(qtbot, path)
    yield win
    close_window(win)


def test_user_builds_a_map_by_mouse_and_keyboard(window, qtbot, tmp_path):
    editor = window.document.editor
    project = window.document.project
    view = window.view

    # a map from the blank template, more stages and lanes through the Insert actions
    assert window.central.currentWidget() is window.start_page
    window.maps_panel.add_map("blank")
    map_id = window.scene.map_id
    assert project.maps[0].id == map_id
    assert window.central.currentWidget() is window.view
    contents = project.contents(map_id)
    stages, lanes = len(contents.stages), len(contents.lanes)
    assert stages >= 3 and lanes >= 3  # a blank map still has a grid to type into
    for _ in range(2):
        window.add_stage()
    window.add_lane()
    window.add_lane()
    window.scene.finish_edit(commit=True)  # a new lane opens its name for typing
    assert (len(contents.stages), len(contents.lanes)) == (stages + 2, lanes + 2)
    view.zoom_actual()
    scroll_to_top_left(view)
    layout = window.scene.layout
    s0, s1 = layout.stages[:2]
    l0, l1 = layout.lanes[:2]

    # double-click a cell, type, Enter
    double_click(view, QPointF(s0.column.cx, l0.row.y + 30))
    assert window.scene.editor_item is not None
    type_text(view.viewport(), "Finds us — 发现")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    card = next(iter(contents.cards.values()))
    assert card.title == "Finds us — 发现" and card.stage_id == s0.id and card.lane_id == l0.id
    steps_after_typing = editor.undo_stack.index()

    # F2 edit then Esc cancels: nothing changes
    window.scene.cards[card.id].setSelected(True)
    window.edit_text()
    qtbot.keyClicks(view.viewport(), "zzz")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert card.title == "Finds us — 发现" and editor.undo_stack.index() == steps_after_typing

    # drag the card to the other stage and lane: one move command on release
    box = window.scene.layout.cards[card.id].rect
    s1, l1 = window.scene.layout.stages[1], window.scene.layout.lanes[1]
    drag(view, QPointF(box.x + 30, box.y + 20), QPointF(s1.column.cx, l1.row.y + 40))
    assert (card.stage_id, card.lane_id) == (s1.id, l1.id)
    assert editor.undo_stack.undoText() == "Move card"
    item = window.scene.cards[card.id]
    new_box = window.scene.layout.cards[card.id].rect
    assert (item.scenePos().x(), item.scenePos().y()) == (new_box.x, new_box.y)  # snapped into its cell

    # a second card, then connect them by dragging from the handle
    other_id = window.scene.add_card_at(s0.id, l0.id, edit=False)
    window.scene.refresh()
    window.scene.clearSelection()
    source = window.scene.cards[other_id]
    source.setSelected(True)  # the handle shows on a selected card
    handle = source.mapToScene(source.handle_centre())
    target = window.scene.layout.cards[card.id].rect
    drag(view, handle, QPointF(target.cx, target.cy))
    assert len(contents.connectors) == 1
    connector = next(iter(contents.connectors.values()))
    assert (connector.source_id, connector.target_id) == (other_id, card.id)
    assert connector.id in window.scene.connectors
    assert window.scene.mouseGrabberItem() is None  # the gesture let go of the mouse

    # the emotion line: a persona, a lane of kind emotions, a point dragged up snaps to the scale
    persona = editor.add_persona("Ana", colour="#0072B2")
    editor.add_lane(map_id, "Emotions", "emotions")
    editor.set_emotion(map_id, persona.id, s0.id, 0)
    window.scene.refresh()
    point_item = window.scene.points[(persona.id, contents.steps_of(s0.id)[0].id)]
    view.centerOn(point_item)  # scroll to it, as a user would
    top, bottom = point_item.band
    start = point_item.scenePos()
    drag(view, start, QPointF(start.x(), top + (bottom - top) * 0.22))
    assert project.emotion_point(map_id, persona.id, s0.id).score == 1.0
    assert editor.undo_stack.undoText() == "Set emotion"

    # undo everything step by step, then redo: the model and the file follow
    end = project_to_json(project)
    while editor.undo_stack.canUndo():
        editor.undo()
    assert project.maps == [] or all(m.id != map_id for m in project.maps)
    while editor.undo_stack.canRedo():
        editor.redo()
    assert project_to_json(project) == end

    path = window.document.path
    window.close()
    with ProjectStore.open(path) as reopened:
        assert project_to_json(reopened.project) == end


def test_reorder_and_resize_stage_by_dragging_headers(window):
    editor = window.document.editor
    window.maps_panel.add_map("current-state")
    map_id = window.scene.map_id
    contents = window.document.project.contents(map_id)
    names = [s.name for s in contents.stages]
    window.view.zoom_actual()
    scroll_to_top_left(window.view)
    header = window.scene.headers[contents.stages[0].id]
    rect = header.rect
    target = window.scene.layout.stages[2].column
    drag(window.view, QPointF(rect.center().x(), rect.center().y()), QPointF(target.cx + 20, rect.center().y()))
    assert [s.name for s in contents.stages] == [names[1], names[2], names[0], *names[3:]]
    editor.undo()
    assert [s.name for s in contents.stages] == names

    stage = contents.stages[1]
    header = window.scene.headers[stage.id]
    edge = QPointF(header.rect.right(), header.rect.center().y())
    step = contents.steps_of(stage.id)[-1]  # a stage's right edge is its last step's
    width = step.width
    drag(window.view, edge, edge + QPointF(80, 0))
    assert step.width == pytest.approx(width + 80, abs=3)
    assert editor.undo_stack.undoText() == "Resize stage"


def test_copy_paste_delete_and_find(window):
    window.maps_panel.add_map("current-state")
    scene = window.scene
    contents = window.document.project.contents(scene.map_id)
    card_id = scene.add_card_at(contents.stages[0].id, contents.lanes[0].id, edit=False)
    window.document.editor.update(card_id, title="Pays at the counter", body="Нужна квитанция")
    scene.clearSelection()
    scene.cards[card_id].setSelected(True)
    window.copy()
    assert "Pays at the counter" in QApplication.clipboard().text()
    window.paste()
    assert len(contents.cards) == 2
    window.find("квитанция")
    assert len(window._matches) == 2
    window.find_next()
    assert scene.selected_card_ids() == [window._matches[0]]
    window.select_all()
    window.delete_selection()
    assert not contents.cards
    window.document.editor.undo()
    assert len(contents.cards) == 2


def test_png_export_draws_the_map(tmp_path, sample_file):
    from journeyeditor.cli import main

    out = tmp_path / "map.png"
    assert main(["export", str(sample_file), "--format", "png", "-o", str(out), "--scale", "0.5"]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() > 500 and image.height() > 500
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 20  # a drawn map, not a blank page


def test_pdf_dialog_previews_and_remembers(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from journeyeditor.ui.pdf_dialog import PdfExportDialog

    window.maps_panel.reload()
    project = window.document.project
    window.maps_panel.add_map("current-state")
    dialog = PdfExportDialog(project, project.get(window.scene.map_id), window.settings, window)
    dialog.tile.setCurrentIndex(dialog.tile.findData("A4"))
    dialog.overlap.setValue(15)
    assert dialog.preview.grid is not None and "sheets" in dialog.windowTitle()
    out = tmp_path / "dialog.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    dialog.export()
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    again = PdfExportDialog(project, project.get(window.scene.map_id), window.settings, window)
    assert again.tile.currentData() == "A4" and again.overlap.value() == 15


def test_map_menu_derivations_and_follow_link(window, monkeypatch):
    from journeyeditor.ui import gallery

    monkeypatch.setattr(gallery.MapGallery, "exec", lambda self: (setattr(self, "choice", "service-blueprint"), 1)[1])
    window.new_map_gallery()
    project = window.document.project
    blueprint_id = window.scene.map_id
    assert project.get(blueprint_id).kind == "service-blueprint"
    assert [line.name for line in window.scene.layout.lines][0] == "Line of interaction"
    window.maps_panel.add_map("current-state")
    journey_id = window.scene.map_id
    contents = project.contents(journey_id)
    card_id = window.scene.add_card_at(contents.stages[0].id, contents.lanes[0].id, edit=False)
    window.document.editor.update(card_id, title="Orders online", link_map_id=blueprint_id)
    window.derive_future_state()
    future_id = window.scene.map_id
    assert project.get(future_id).source_map_id == journey_id
    assert {box.status for box in window.scene.layout.cards.values()} == {"unchanged"}
    window.maps_panel.reload(select=journey_id)
    window.show_map(journey_id)
    window.derive_blueprint()
    derived = project.get(window.scene.map_id)
    assert derived.kind == "service-blueprint" and derived.source_map_id == journey_id
    window.show_map(journey_id)
    window.scene.clearSelection()
    window.scene.cards[card_id].setSelected(True)
    window.follow_link()
    assert window.scene.map_id == blueprint_id


def test_gallery_previews_every_template(qtbot):
    from journeyeditor.app import create_app
    from journeyeditor.ui.gallery import KINDS, MapGallery

    create_app()
    dialog = MapGallery()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(KINDS)
    assert all(not dialog.list.item(i).icon().isNull() for i in range(dialog.list.count()))
def test_rename_map_in_the_list(window, qtbot):
    window.maps_panel.add_map("current-state")
    item = window.maps_panel.list.currentItem()
    item.setText("Renamed — 重命名")
    qtbot.wait(50)
    assert window.document.project.maps[0].name == "Renamed — 重命名"
    assert window.maps_panel.list.currentItem().text() == "Renamed — 重命名"
    window.document.editor.undo()
    qtbot.wait(50)
    assert window.maps_panel.list.currentItem().text() != "Renamed — 重命名"
